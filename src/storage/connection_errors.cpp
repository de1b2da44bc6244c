#include "storage/connection_errors.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <libpq-fe.h>

namespace marsa::storage {
namespace {

// The translation context of the messages (lupdate reads the macro).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(marsa::storage::ConnectionMonitor)
};

/// libpq's own view of a QPSQL connection: bad once the server closed it or did not answer. Qt's
/// driver reports a dropped connection as an ordinary statement error.
bool isPostgreSqlConnectionBad(const QSqlDriver &driver) {
    const QVariant handle = driver.handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "PGconn*") != 0) {
        return false;
    }
    const PGconn *connection = *static_cast<PGconn *const *>(handle.constData());
    return connection == nullptr || PQstatus(connection) == CONNECTION_BAD;
}

/// The first line of what the server or libpq said ("server closed the connection unexpectedly").
QString firstLine(const QSqlError &error) {
    for (const QString &text : {error.databaseText(), error.driverText()}) {
        const QString line = text.section(QLatin1Char('\n'), 0, 0).trimmed();
        if (!line.isEmpty()) {
            return line;
        }
    }
    return Text::tr("no answer from the server");
}

core::Error failure(const QSqlError &error, const QSqlDriver *driver, const QString &refused) {
    if (!isConnectionLost(error, driver)) {
        return core::Error{refused};
    }
    if (driver != nullptr) {
        QCoreApplication::postEvent(const_cast<QSqlDriver *>(driver), new QEvent(connectionLostEvent()));
    }
    return core::Error{
        Text::tr("Database unreachable — nothing was saved; the console reconnects by itself (%1).")
            .arg(firstLine(error)),
        core::ErrorKind::Unreachable};
}

} // namespace

bool isConnectionLost(const QSqlError &error, const QSqlDriver *driver) {
    if (driver == nullptr) {
        return true;
    }
    if (driver->dbmsType() != QSqlDriver::PostgreSQL) {
        return false; // an SQLite file does not drop
    }
    // SQLSTATE 08…: connection exception; 57P…: the server ended the session (an administrator's
    // pg_terminate_backend or shutdown, a crash), which libpq may not have noticed yet.
    const QString state = error.nativeErrorCode();
    return error.type() == QSqlError::ConnectionError || state.startsWith(QLatin1String("08")) ||
           state.startsWith(QLatin1String("57P")) || !driver->isOpen() || driver->isOpenError() ||
           isPostgreSqlConnectionBad(*driver);
}

core::Error queryFailure(const QSqlQuery &query, const QString &refused) {
    return failure(query.lastError(), query.driver(), refused);
}

core::Error connectionFailure(const QSqlDatabase &db, const QString &refused) {
    return failure(db.lastError(), db.driver(), refused);
}

QEvent::Type connectionLostEvent() {
    static const auto type = static_cast<QEvent::Type>(QEvent::registerEventType());
    return type;
}

} // namespace marsa::storage
