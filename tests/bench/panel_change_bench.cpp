// The time from a commit on one console to the changed row in another console's Disembarkations
// panel (docs/performance.md, "Live sharing"): a whole main window on the demonstration data, its
// change listener, and the panel's dataChanged for the handover that moved. Not a Google Benchmark:
// the notice needs the event loop.
//
//   QT_QPA_PLATFORM=offscreen marsa_panel_change_bench [LOCATION] [--rounds N]
//
// LOCATION: a postgresql:// URL of an empty database (PGPASSFILE for its password); none: a new
// SQLite file in a temporary folder. Each round, on the second connection, the supervisor returns
// Misrata's handover to step 3 and the Red Crescent signs it again: two commits, each at a random
// moment of the SQLite polling period.

#include "app/disembarkations_panel.h"
#include "app/main_window.h"
#include "chart/default_layers.h"
#include "core/clock.h"
#include "geo/reference_data.h"
#include "geo/srr_catalogue.h"
#include "models/disembarkation_table_model.h"
#include "models/log_model.h"
#include "storage/database.h"
#include "storage/demo_data.h"
#include "storage/disembarkation_service.h"
#include "storage/place_repository.h"
#include "storage/transaction.h"
#include "storage/user_repository.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSettings>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace marsa;

namespace {

double percentile(std::vector<double> values, double fraction) {
    std::sort(values.begin(), values.end());
    return values[static_cast<std::size_t>(fraction * static_cast<double>(values.size() - 1))];
}

int fail(const QString &message) {
    std::fprintf(stderr, "%s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char **argv) {
    qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("offscreen"));
    QApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    int rounds = 100;
    QString location;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == QStringLiteral("--rounds") && i + 1 < args.size()) {
            rounds = std::max(1, args[++i].toInt());
        } else {
            location = args[i];
        }
    }
    QTemporaryDir folder;
    if (location.isEmpty()) {
        location = folder.filePath(QStringLiteral("bench.sqlite"));
    }
    const core::SystemClock clock;
    auto console = storage::Database::open(location);
    if (!console) {
        return fail(console.errorMessage());
    }
    if (auto demo = storage::writeDemoData(console.value(), clock); !demo) {
        return fail(demo.errorMessage());
    }
    auto other = storage::Database::open(location);
    if (!other) {
        return fail(other.errorMessage());
    }
    const auto signIn = [&](storage::Database &database, const QString &name) {
        return storage::UserRepository(database.connection()).authenticate(name, storage::demoPassword());
    };
    auto supervisor = signIn(console.value(), QStringLiteral("cg.supervisor"));
    auto otherSupervisor = signIn(other.value(), QStringLiteral("cg.supervisor"));
    auto redCrescent = signIn(other.value(), QStringLiteral("lrc.officer"));
    auto catalogue = geo::SrrCatalogue::load(geo::sarReferencePath());
    auto places = storage::PlaceRepository(console->connection()).all();
    if (!supervisor || !otherSupervisor || !redCrescent || !catalogue || !places) {
        return fail(QStringLiteral("the demonstration accounts, the SRRs or the places cannot be read"));
    }
    models::LogModel log;
    chart::LayerStack layers;
    if (auto added = chart::addDefaultLayers(layers, catalogue.value(), std::move(places.value())); !added) {
        return fail(added.errorMessage());
    }
    QSettings settings(folder.filePath(QStringLiteral("bench.ini")), QSettings::IniFormat);
    app::MainWindow window(app::Services{console.value(), catalogue.value(), clock, log, layers, settings,
                                         false, supervisor.value()});
    window.resize(1920, 1080);
    window.show();
    models::DisembarkationTableModel &model = window.disembarkationsPanel().model();

    storage::DisembarkationService service(other.value(), clock);
    core::DisembarkationId misrata;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.row(row)->disembarkation.declaration.values.placeKey == QStringLiteral("misrata")) {
            misrata = model.row(row)->disembarkation.id;
        }
    }
    auto signedMedical = service.find(misrata);
    if (misrata.value == 0 || !signedMedical || !signedMedical->medical) {
        return fail(QStringLiteral("no Misrata handover waiting for review in the demonstration data"));
    }
    const core::MedicalReport report = signedMedical->medical->values;
    bool seen = false;
    QObject::connect(&model, &QAbstractItemModel::dataChanged, &app, [&](const QModelIndex &from) {
        seen = seen || model.row(from.row())->disembarkation.id == misrata;
    });
    QDeadlineTimer settle(1000);
    while (!settle.hasExpired()) {
        app.processEvents(QEventLoop::WaitForMoreEvents, 10);
    }

    std::vector<double> fromCommit;
    const std::vector<std::function<core::Result<core::Disembarkation>()>> steps = {
        [&] {
            return service.returnTo(otherSupervisor.value(), misrata, core::HandoverStep::Medical,
                                    QStringLiteral("bench: check the medical cases again"));
        },
        [&] { return service.recordMedical(redCrescent.value(), misrata, report); }};
    for (int round = 0; round < rounds; ++round) {
        for (const auto &step : steps) {
            // A commit at a random moment of the SQLite listener's polling period (250 ms).
            const QDeadlineTimer pause(static_cast<qint64>(QRandomGenerator::global()->bounded(251)));
            while (!pause.hasExpired()) {
                app.processEvents(QEventLoop::WaitForMoreEvents, 1);
            }
            seen = false;
            // The service's transaction becomes a savepoint in this one: the clock starts at COMMIT.
            storage::Transaction unit(other->connection());
            if (auto done = step(); !done) {
                return fail(done.errorMessage());
            }
            QElapsedTimer committed;
            committed.start();
            if (!unit.commit()) {
                return fail(QStringLiteral("commit refused"));
            }
            QDeadlineTimer deadline(5000);
            while (!seen && !deadline.hasExpired()) {
                app.processEvents(QEventLoop::WaitForMoreEvents, 5);
            }
            if (!seen) {
                return fail(QStringLiteral("round %1: the row did not change within 5 s").arg(round));
            }
            fromCommit.push_back(static_cast<double>(committed.nsecsElapsed()) / 1e6);
        }
    }
    std::printf("%s, %zu commits\n", console->dialect().isPostgreSql() ? "PostgreSQL" : "SQLite",
                fromCommit.size());
    std::printf("commit to the panel's row: median %.2f ms, 90%% %.2f ms, worst %.2f ms\n",
                percentile(fromCommit, 0.5), percentile(fromCommit, 0.9), percentile(fromCommit, 1.0));
    return 0;
}
