#pragma once

#include <QSqlDatabase>

namespace marsa::storage {

/// A move-only transaction guard: rolls back unless commit() succeeded.
class Transaction {
public:
    explicit Transaction(QSqlDatabase database);
    Transaction(Transaction &&other) noexcept;
    Transaction &operator=(Transaction &&) = delete;
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    ~Transaction();

    bool isActive() const { return m_active; }
    [[nodiscard]] bool commit();

private:
    QSqlDatabase m_database;
    bool m_active = false;
};

} // namespace marsa::storage
