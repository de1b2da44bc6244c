#include "storage/transaction.h"

#include <QSqlDriver>
#include <QSqlQuery>

#include <utility>

namespace marsa::storage {
namespace {

// How many guards are open on a connection, kept on its driver (one per connection).
constexpr const char *kDepthProperty = "marsaTransactionDepth";

int depthOf(const QSqlDatabase &database) {
    return database.driver()->property(kDepthProperty).toInt();
}
void setDepth(const QSqlDatabase &database, int depth) {
    database.driver()->setProperty(kDepthProperty, depth);
}

QString savepoint(int depth) {
    return QStringLiteral("marsa_%1").arg(depth);
}

} // namespace

Transaction::Transaction(QSqlDatabase database)
    : m_database(std::move(database)) {
    if (!m_database.isOpen()) {
        return;
    }
    m_depth = depthOf(m_database);
    if (m_depth == 0) {
        m_active = m_database.transaction();
    } else {
        m_active = QSqlQuery(m_database).exec(QStringLiteral("SAVEPOINT ") + savepoint(m_depth));
    }
    if (m_active) {
        setDepth(m_database, m_depth + 1);
    }
}

Transaction::Transaction(Transaction &&other) noexcept
    : m_database(std::move(other.m_database))
    , m_depth(other.m_depth)
    , m_active(std::exchange(other.m_active, false)) {}

Transaction::~Transaction() {
    if (m_active) {
        finish(false);
    }
}

bool Transaction::commit() {
    if (!m_active) {
        return false;
    }
    bool ok = false;
    if (m_depth == 0) {
        ok = m_database.commit();
        if (!ok) {
            m_database.rollback();
        }
    } else {
        ok = QSqlQuery(m_database).exec(QStringLiteral("RELEASE SAVEPOINT ") + savepoint(m_depth));
        if (!ok) {
            finish(false);
            return false;
        }
    }
    m_active = false;
    setDepth(m_database, m_depth);
    return ok;
}

void Transaction::finish(bool keep) {
    if (m_depth == 0) {
        keep ? m_database.commit() : m_database.rollback();
    } else {
        QSqlQuery query(m_database);
        if (!keep) {
            query.exec(QStringLiteral("ROLLBACK TO SAVEPOINT ") + savepoint(m_depth));
        }
        query.exec(QStringLiteral("RELEASE SAVEPOINT ") + savepoint(m_depth));
    }
    m_active = false;
    setDepth(m_database, m_depth);
}

} // namespace marsa::storage
