#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace marsa::core {

/// What kind of expected failure an Error is, for callers that must act on it, not only show it.
enum class ErrorKind {
    Refused,     ///< bad input, a rule or a permission said no: show the message
    Conflict,    ///< the record changed since the caller read it: show both versions, let the user decide
    Unreachable, ///< the database connection is gone: the console goes read-only until it returns
};

/// An expected failure: what happened and what to do, in words a user can read (already
/// translated by the layer that produced it).
struct Error {
    Error(QString text = {}, ErrorKind errorKind = ErrorKind::Refused)
        : message(std::move(text))
        , kind(errorKind) {}

    QString message;
    ErrorKind kind = ErrorKind::Refused;
};

/// The value of an operation that can fail for reasons outside the program's control (bad
/// input, a refused action, an unreadable file). Programming errors are asserts, not Results.
template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value)
        : m_state(std::move(value)) {}
    Result(Error error)
        : m_state(std::move(error)) {}

    static Result failure(QString message) { return Result(Error{std::move(message)}); }

    bool isOk() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return isOk(); }

    T &value() & { return std::get<T>(m_state); }
    const T &value() const & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    const QString &errorMessage() const { return std::get<Error>(m_state).message; }
    const Error &error() const { return std::get<Error>(m_state); }
    /// True when this failed because the record changed since it was read (ErrorKind::Conflict).
    bool isConflict() const { return !isOk() && error().kind == ErrorKind::Conflict; }

private:
    std::variant<T, Error> m_state;
};

/// A Result with no value: success, or an Error.
template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error)) {}

    static Result success() { return {}; }
    static Result failure(QString message) { return Result(Error{std::move(message)}); }

    bool isOk() const { return !m_error.has_value(); }
    explicit operator bool() const { return isOk(); }
    const QString &errorMessage() const { return m_error->message; }
    const Error &error() const { return *m_error; }
    bool isConflict() const { return !isOk() && m_error->kind == ErrorKind::Conflict; }

private:
    std::optional<Error> m_error;
};

} // namespace marsa::core
