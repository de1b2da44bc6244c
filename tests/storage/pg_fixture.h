#pragma once

// The PostgreSQL server of the CTest fixture "postgresql" (scripts/pg-test-cluster.sh), and a
// database of its own for each test, so tests run in parallel. MARSA_TEST_PG_DIR overrides the
// cluster's folder (a folder with url and pgpass, as the script writes them).

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>

#include <catch2/catch.hpp>

#include <atomic>
#include <memory>

namespace test {

inline QString pgClusterDir() {
    const QString overridden = qEnvironmentVariable("MARSA_TEST_PG_DIR");
    return overridden.isEmpty() ? QStringLiteral(MARSA_PG_TEST_DIR) : overridden;
}

/// postgresql://marsa_test@127.0.0.1:PORT/marsa_test; sets PGPASSFILE to the cluster's. Fails
/// the test when the cluster is not running: the fixture starts it, nothing skips silently.
inline QString pgBaseUrl() {
    const QString dir = pgClusterDir();
    QFile file(dir + QStringLiteral("/url"));
    INFO("no PostgreSQL test cluster in " << dir.toStdString()
                                          << ": run the tests through ctest (fixture pg_cluster_start)");
    REQUIRE(file.open(QIODevice::ReadOnly));
    qputenv("PGPASSFILE", QFile::encodeName(dir + QStringLiteral("/pgpass")));
    return QString::fromUtf8(file.readAll()).trimmed();
}

/// A Qt SQL connection of its own (named connectionName) to the database of url, without Marsa.
inline QSqlDatabase openPgConnection(const QString &connectionName, const QUrl &url) {
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    db.setHostName(url.host());
    db.setPort(url.port());
    db.setUserName(url.userName());
    db.setDatabaseName(url.path().mid(1));
    const bool open = db.open();
    INFO(db.lastError().text().toStdString());
    REQUIRE(open);
    return db;
}

/// A new, empty database on the test cluster, dropped at the end of the test.
class ScratchPgDatabase {
public:
    ScratchPgDatabase() {
        static std::atomic<int> counter{0};
        const QUrl base(pgBaseUrl());
        m_name = QStringLiteral("marsa_t%1_%2").arg(QCoreApplication::applicationPid()).arg(++counter);
        m_adminConnection = QStringLiteral("scratch-admin-") + m_name;
        QUrl url = base;
        url.setPath(QLatin1Char('/') + m_name);
        m_url = url.toString();
        {
            QSqlDatabase admin = openPgConnection(m_adminConnection, base);
            QSqlQuery query(admin);
            INFO(query.lastError().text().toStdString());
            REQUIRE(query.exec(QStringLiteral("CREATE DATABASE ") + m_name));
        }
    }
    ~ScratchPgDatabase() {
        {
            QSqlDatabase admin = QSqlDatabase::database(m_adminConnection, false);
            QSqlQuery(admin).exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
            admin.close();
        }
        QSqlDatabase::removeDatabase(m_adminConnection);
    }
    ScratchPgDatabase(const ScratchPgDatabase &) = delete;
    ScratchPgDatabase &operator=(const ScratchPgDatabase &) = delete;

    /// postgresql://marsa_test@127.0.0.1:PORT/marsa_tPID_N
    QString url() const { return m_url; }
    QString name() const { return m_name; }
    /// A plain Qt SQL connection to this database; the caller removes it.
    QSqlDatabase openRaw(const QString &connectionName) const {
        return openPgConnection(connectionName, QUrl(m_url));
    }

private:
    QString m_name;
    QString m_url;
    QString m_adminConnection;
};

#ifdef MARSA_PG_TEST_SCRIPT
/// Stops the test cluster's server as an administrator would (pg_ctl stop -m fast: every session
/// is ended) and starts it again on the same data and port (scripts/pg-test-cluster.sh halt and
/// resume). Only for the tests tagged [pg-restart]: CTest runs them one at a time on a cluster of
/// their own (fixture postgresql_restart), never on the one the other tests share. A server this
/// object stopped is started again when it goes, also when the test failed.
class PgServerSwitch {
public:
    PgServerSwitch() = default;
    ~PgServerSwitch() {
        if (m_halted) {
            run(QStringLiteral("resume"));
        }
    }
    PgServerSwitch(const PgServerSwitch &) = delete;
    PgServerSwitch &operator=(const PgServerSwitch &) = delete;

    void halt() {
        REQUIRE(run(QStringLiteral("halt")));
        m_halted = true;
    }
    void resume() {
        REQUIRE(run(QStringLiteral("resume")));
        m_halted = false;
    }

private:
    static bool run(const QString &action) {
        QProcess script;
        script.start(QStringLiteral("bash"), {QStringLiteral(MARSA_PG_TEST_SCRIPT), action, pgClusterDir()});
        const bool finished = script.waitForFinished(60000);
        INFO("pg-test-cluster.sh " << action.toStdString() << ": "
                                   << script.readAllStandardError().toStdString());
        CHECK(finished);
        CHECK(script.exitStatus() == QProcess::NormalExit);
        CHECK(script.exitCode() == 0);
        return finished && script.exitStatus() == QProcess::NormalExit && script.exitCode() == 0;
    }

    bool m_halted = false;
};
#endif

/// True in the PostgreSQL run of the storage tests (CTest's "postgresql: " tests): the
/// tests tagged [engines] then run on a scratch PostgreSQL database instead of an SQLite file.
inline bool testsOnPostgreSql() {
    return qEnvironmentVariable("MARSA_TEST_ENGINE") == QStringLiteral("postgresql");
}

/// Where a test's fresh database is: an SQLite file in a temporary folder, or in the
/// PostgreSQL run a scratch database on the test cluster. Both go away with this object.
class TestDatabaseLocation {
public:
    TestDatabaseLocation() {
        if (testsOnPostgreSql()) {
            m_scratch = std::make_unique<ScratchPgDatabase>();
        }
    }
    QString location() const {
        return m_scratch ? m_scratch->url() : m_folder.filePath(QStringLiteral("m.sqlite"));
    }

private:
    QTemporaryDir m_folder;
    std::unique_ptr<ScratchPgDatabase> m_scratch;
};

} // namespace test
