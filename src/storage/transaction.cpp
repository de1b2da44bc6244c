#include "storage/transaction.h"

#include <utility>

namespace marsa::storage {

Transaction::Transaction(QSqlDatabase database)
    : m_database(std::move(database)) {
    m_active = m_database.transaction();
}

Transaction::Transaction(Transaction &&other) noexcept
    : m_database(std::move(other.m_database))
    , m_active(std::exchange(other.m_active, false)) {}

Transaction::~Transaction() {
    if (m_active) {
        m_database.rollback();
    }
}

bool Transaction::commit() {
    if (!m_active) {
        return false;
    }
    m_active = false;
    return m_database.commit();
}

} // namespace marsa::storage
