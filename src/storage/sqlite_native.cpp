#include "storage/sqlite_native.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace marsa::storage::native {

void StatementDeleter::operator()(sqlite3_stmt *statement) const {
    sqlite3_finalize(statement);
}

sqlite3 *sqliteHandleOf(const QSqlDatabase &db) {
    if (db.driverName() != QLatin1String("QSQLITE") || db.driver() == nullptr) {
        return nullptr;
    }
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        return nullptr;
    }
    return *static_cast<sqlite3 *const *>(handle.constData());
}

} // namespace marsa::storage::native
