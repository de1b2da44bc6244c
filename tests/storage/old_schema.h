#pragma once

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <catch2/catch.hpp>

namespace test {

// Loads tests/data/schema-vN.sql, a database as an older Marsa left it, into a new file.
inline void loadOldSchema(const QString &path, int version) {
    const QString name = QStringLiteral("v%1").arg(version);
    {
        QFile script(QStringLiteral(MARSA_TEST_DATA_DIR "/schema-%1.sql").arg(name));
        REQUIRE(script.open(QIODevice::ReadOnly));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery query(db);
        for (const QString &line : QString::fromUtf8(script.readAll()).split(QLatin1Char('\n'))) {
            if (!line.startsWith(QLatin1String("--")) && !line.trimmed().isEmpty()) {
                INFO(line.left(120).toStdString());
                REQUIRE(query.exec(line));
            }
        }
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace test
