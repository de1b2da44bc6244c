#include "storage/database_location.h"

#include <QCoreApplication>
#include <QUrl>

namespace marsa::storage {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(marsa::storage::DatabaseLocation)
};

bool isPostgreSqlUrl(const QString &text) {
    return text.startsWith(QStringLiteral("postgresql://"), Qt::CaseInsensitive) ||
           text.startsWith(QStringLiteral("postgres://"), Qt::CaseInsensitive);
}

// user:password@ (also an empty password, user:@): the part before the server, up to the path.
bool hasUserInfoColon(const QString &url) {
    const QString authority = url.section(QStringLiteral("://"), 1).section(QLatin1Char('/'), 0, 0);
    const qsizetype at = authority.lastIndexOf(QLatin1Char('@'));
    return at >= 0 && authority.left(at).contains(QLatin1Char(':'));
}

} // namespace

QString DatabaseLocation::display() const {
    if (engine == Engine::Sqlite) {
        return path;
    }
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host).arg(port).arg(databaseName);
}

core::Result<DatabaseLocation> parseDatabaseLocation(const QString &text) {
    DatabaseLocation location;
    if (!isPostgreSqlUrl(text)) {
        location.path = text;
        return location;
    }
    const QUrl url(text, QUrl::StrictMode);
    const QString example = QStringLiteral("postgresql://user@host:port/dbname");
    if (!url.isValid()) {
        return core::Error{Text::tr("The database URL is not valid; write it as %1.").arg(example)};
    }
    if (!url.password().isEmpty() || hasUserInfoColon(text)) {
        return core::Error{Text::tr("A database URL must not hold a password: it would show in the process "
                                    "list and the shell history. Put the password in a pgpass file "
                                    "(PGPASSFILE) or in PGPASSWORD.")};
    }
    location.engine = Engine::PostgreSql;
    location.user = url.userName();
    location.host = url.host();
    location.port = url.port(5432);
    location.databaseName = url.path().mid(1);
    if (location.user.isEmpty() || location.host.isEmpty() || location.databaseName.isEmpty() ||
        location.databaseName.contains(QLatin1Char('/'))) {
        return core::Error{
            Text::tr("The database URL needs a user, a server and a database name: %1.").arg(example)};
    }
    if (location.port <= 0 || location.port > 65535) {
        return core::Error{Text::tr("The port of the database URL must be between 1 and 65535.")};
    }
    if (url.hasQuery() || url.hasFragment()) {
        return core::Error{Text::tr("The database URL takes no options after '?' or '#'; set TLS and other "
                                    "connection options with libpq's environment (PGSSLMODE and the like).")};
    }
    return location;
}

} // namespace marsa::storage
