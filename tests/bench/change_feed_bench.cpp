// The time from a commit on one connection to the change listener's signal on another
// (docs/performance.md, "Live sharing"). Not a Google Benchmark: the signal needs the event loop.
//
//   marsa_change_feed_bench [LOCATION] [--commits N] [--poll MS]
//
// LOCATION: an SQLite file or a postgresql:// URL (PGPASSFILE for its password); none: a new
// SQLite file in a temporary folder. Each commit is a log entry on one case, at a random moment
// within a polling period of the last.

#include "core/clock.h"
#include "storage/change_feed.h"
#include "storage/database.h"
#include "storage/incident_service.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace marsa;

namespace {

double percentile(std::vector<double> values, double fraction) {
    std::sort(values.begin(), values.end());
    return values[static_cast<std::size_t>(fraction * static_cast<double>(values.size() - 1))];
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    int commits = 200;
    int pollMs = 250;
    QString location;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == QStringLiteral("--commits") && i + 1 < args.size()) {
            commits = std::max(1, args[++i].toInt());
        } else if (args[i] == QStringLiteral("--poll") && i + 1 < args.size()) {
            pollMs = std::max(1, args[++i].toInt());
        } else {
            location = args[i];
        }
    }
    QTemporaryDir folder;
    if (location.isEmpty()) {
        location = folder.filePath(QStringLiteral("bench.sqlite"));
    }
    auto writer = storage::Database::open(location);
    auto reader = storage::Database::open(location);
    if (!writer || !reader) {
        std::fprintf(stderr, "%s\n", qPrintable(writer ? reader.errorMessage() : writer.errorMessage()));
        return 1;
    }
    const core::SystemClock clock;
    core::User officer;
    officer.userName = QStringLiteral("bench.officer");
    storage::IncidentService service(*writer, clock);
    storage::NewIncident fresh;
    fresh.firstAlertUtc = clock.nowUtc();
    fresh.latitude = 33.25; // off Zuwara
    fresh.longitude = 12.05;
    fresh.srrs = {QStringLiteral("LBY")};
    const auto incident = service.create(officer, fresh, {});
    if (!incident) {
        std::fprintf(stderr, "%s\n", qPrintable(incident.errorMessage()));
        return 1;
    }

    storage::ChangeListener listener(*reader);
    listener.setPollInterval(pollMs);
    bool seen = false;
    QObject::connect(&listener, &storage::ChangeListener::changed, &app, [&](const QString &kind, qint64 id) {
        seen = seen || (kind == QStringLiteral("incident") && id == incident->id.value);
    });
    // The creation's own announcement first, out of the figures.
    QDeadlineTimer settle(2000);
    while (!settle.hasExpired()) {
        app.processEvents(QEventLoop::WaitForMoreEvents, 10);
    }

    std::vector<double> fromCommit;
    std::vector<double> fromWrite;
    for (int round = 0; round < commits; ++round) {
        // A commit at a random moment of the listener's polling period, as an officer's would be.
        const QDeadlineTimer pause(static_cast<qint64>(QRandomGenerator::global()->bounded(pollMs + 1)));
        while (!pause.hasExpired()) {
            app.processEvents(QEventLoop::WaitForMoreEvents, 1);
        }
        seen = false;
        QElapsedTimer write;
        write.start();
        // The service's transaction becomes a savepoint in this one, so the clock can start at COMMIT.
        storage::Transaction unit(writer->connection());
        if (auto done = service.addLogEntry(officer, incident->id, QStringLiteral("bench %1").arg(round));
            !done) {
            std::fprintf(stderr, "%s\n", qPrintable(done.errorMessage()));
            return 1;
        }
        QElapsedTimer committed;
        committed.start();
        if (!unit.commit()) {
            std::fprintf(stderr, "commit %d refused\n", round);
            return 1;
        }
        QDeadlineTimer deadline(5000);
        while (!seen && !deadline.hasExpired()) {
            app.processEvents(QEventLoop::WaitForMoreEvents, 5);
        }
        if (!seen) {
            std::fprintf(stderr, "commit %d: no signal within 5 s\n", round);
            return 1;
        }
        fromCommit.push_back(static_cast<double>(committed.nsecsElapsed()) / 1e6);
        fromWrite.push_back(static_cast<double>(write.nsecsElapsed()) / 1e6);
    }
    std::printf("%s, %d commits%s\n", writer->dialect().isPostgreSql() ? "PostgreSQL" : "SQLite", commits,
                writer->dialect().isPostgreSql()
                    ? ""
                    : qPrintable(QStringLiteral(", polled every %1 ms").arg(pollMs)));
    std::printf("commit to signal:       median %.2f ms, 90%% %.2f ms, worst %.2f ms\n",
                percentile(fromCommit, 0.5), percentile(fromCommit, 0.9), percentile(fromCommit, 1.0));
    std::printf("write+commit to signal: median %.2f ms, 90%% %.2f ms, worst %.2f ms\n",
                percentile(fromWrite, 0.5), percentile(fromWrite, 0.9), percentile(fromWrite, 1.0));
    return 0;
}
