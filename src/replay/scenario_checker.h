#pragma once

#include "replay/lined_json.h"
#include "replay/scenario_reader.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cstdint>
#include <initializer_list>
#include <optional>

// The reader's building blocks: each takes a value and its path, reports what is wrong with it
// (line and path from the document) and answers the value only when it is right.
namespace marsa::replay::detail {

QString tr(const char *text);

class Checker {
public:
    Checker(const LinedJson &json, const ScenarioContext &context)
        : m_json(json)
        , m_context(context) {}

    void report(const QString &path, const QString &message);
    bool hasIssues() const { return !m_issues.empty(); }
    std::vector<ScenarioIssue> takeIssues();
    const ScenarioContext &context() const { return m_context; }

    /// An object whose members are all among `required` and `optional`, with every required one.
    std::optional<QJsonObject> object(const QString &path, const QJsonValue &value,
                                      std::initializer_list<const char *> required,
                                      std::initializer_list<const char *> optional);
    std::optional<QJsonArray> array(const QString &path, const QJsonValue &value, bool nonEmpty);
    std::optional<QString> string(const QString &path, const QJsonValue &value, bool nonEmpty = true);
    std::optional<double> number(const QString &path, const QJsonValue &value, double min, double max);
    std::optional<std::int64_t> integer(const QString &path, const QJsonValue &value, std::int64_t min,
                                        std::int64_t max);
    std::optional<bool> boolean(const QString &path, const QJsonValue &value);
    std::optional<Offset> offset(const QString &path, const QJsonValue &value);
    /// One of `keys`, as written.
    std::optional<QString> choice(const QString &path, const QJsonValue &value, const QStringList &keys);
    /// {"lat": .., "lon": ..} inside the chart area and, with a land mask, at sea.
    std::optional<geo::LatLon> position(const QString &path, const QJsonValue &value);
    std::optional<std::int64_t> mmsi(const QString &path, const QJsonValue &value);

    /// Whether `at` lies within the exercise (after `duration` is known).
    void checkWithin(const QString &path, Offset at, Offset duration);
    /// Whether `at` is not earlier than `previous` (entries in order).
    void checkOrder(const QString &path, Offset at, std::optional<Offset> previous);
    bool isAtSea(const geo::LatLon &position) const;

private:
    const LinedJson &m_json;
    const ScenarioContext &m_context;
    std::vector<ScenarioIssue> m_issues;
};

/// Member `name` of `object` (Undefined when absent) and its path.
struct Member {
    QJsonValue value;
    QString path;
    bool present() const { return !value.isUndefined(); }
};
Member member(const QJsonObject &object, const QString &path, const char *name);

QString positionText(const geo::LatLon &position);

} // namespace marsa::replay::detail
