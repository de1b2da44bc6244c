#pragma once

#include <QSqlDatabase>

namespace marsa::storage {

/// A move-only transaction guard: rolls back unless commit() succeeded. Guards nest: inside an
/// open transaction on the same connection a guard is a SAVEPOINT (SQLite and PostgreSQL alike),
/// so a service call inside a larger unit of work (the demonstration data set, a copy) commits
/// or rolls back with it.
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
    void finish(bool keep);

    QSqlDatabase m_database;
    int m_depth = 0; // 0: the outermost transaction; n: savepoint marsa_n
    bool m_active = false;
};

} // namespace marsa::storage
