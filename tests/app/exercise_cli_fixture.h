#pragma once

// marsa-cli run as a user runs it, in a folder of its own (runCli), and on an operational database
// with the demonstration data there (CliFolder): the CLI tests' fixture.

#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace marsa::test {

struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

/// marsa-cli with `arguments`, its settings and data in `folder` (XDG folders of its own).
inline CliRun runCli(const QTemporaryDir &folder, const QStringList &arguments) {
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), folder.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), folder.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), folder.path());
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(MARSA_CLI_EXECUTABLE), arguments);
    REQUIRE(process.waitForFinished(120000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

struct CliFolder {
    QTemporaryDir folder;
    QString ops = folder.filePath(QStringLiteral("ops.sqlite"));

    CliFolder() {
        const CliRun written = cli({QStringLiteral("demo"), QStringLiteral("--db"), ops});
        INFO(written.err.toStdString());
        REQUIRE(written.exitCode == 0);
    }
    QString path(const char *name) const { return folder.filePath(QString::fromLatin1(name)); }
    CliRun cli(const QStringList &arguments) const { return runCli(folder, arguments); }
    /// marsa-cli exercise create from ops, named `name`, and more arguments (--scenario).
    CliRun create(const QString &target, const QString &name, const QStringList &more = {}) const {
        return cli(QStringList{QStringLiteral("exercise"), QStringLiteral("create"), QStringLiteral("--from"),
                               ops, QStringLiteral("--to"), target, QStringLiteral("--name"), name} +
                   more);
    }
};

} // namespace marsa::test
