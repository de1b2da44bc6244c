#pragma once

#include "core/result.h"

#include <QString>

namespace marsa::storage {

/// The two engines Marsa's database runs on.
enum class Engine {
    Sqlite,     ///< an SQLite file on this machine, the embedded default
    PostgreSql, ///< a shared PostgreSQL database (several consoles)
};

/// Where the database is: an SQLite file path, or a PostgreSQL server given as
/// postgresql://user@host:port/dbname. The password never comes from here: libpq reads it from
/// PGPASSWORD or the pgpass file (PGPASSFILE, ~/.pgpass).
struct DatabaseLocation {
    Engine engine = Engine::Sqlite;
    QString path; ///< SQLite: the file
    QString user; ///< PostgreSQL: the role, the server, its port and the database
    QString host;
    int port = 5432;
    QString databaseName;

    /// What to show and log: the path, or the URL (which never holds a password).
    QString display() const;
};

/// Reads a --db argument: a postgresql:// (or postgres://) URL, or else an SQLite path. A URL
/// with a password, without a user or a database name, or with a bad port is refused with a
/// message; the message never repeats the password.
core::Result<DatabaseLocation> parseDatabaseLocation(const QString &text);

} // namespace marsa::storage
