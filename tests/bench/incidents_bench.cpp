// The Incidents panel at scale (issue 3): 100,000 cases with 2,000,000 timeline events. Opening
// the panel, changing a filter, a text search and recording one event, each within 50 ms median.
//
// The data set is written once into $MARSA_BENCH_DB (default /tmp/marsa-bench-incidents.sqlite)
// and reused: ten years of cases, almost all closed, twenty events each, remarks drawn from the
// phrases an operations room writes, in English and Arabic.

#include "core/clock.h"
#include "models/incident_table_model.h"
#include "storage/database.h"
#include "storage/incident_service.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlQuery>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <memory>

namespace {

using namespace marsa;

constexpr int kIncidents = 100'000;
constexpr int kEventsPerIncident = 20;

class FixedClock final : public core::Clock {
public:
    QDateTime nowUtc() const override { return QDateTime(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC); }
};

const char *const kPhrases[] = {
    "Alarm Phone relays a call from the boat",
    "patrol boat tasked from Tripoli",
    "merchant vessel standing by",
    "engine failed, drifting north-east",
    "water inside the boat",
    "on scene, rescue under way",
    "disembarked at the naval base",
    "helicopter overhead, boat in sight",
    "no radio contact for one hour",
    "قارب مطاطي يغرق قرب زوارة",
    "تم الإنزال في ميناء طرابلس",
    "bus ready at the port",
    "weather worsening, NW 5",
    "MRCC Rome informed",
    "fuel low, people seasick",
};

QString databasePath() {
    const QString path = qEnvironmentVariable("MARSA_BENCH_DB");
    return path.isEmpty() ? QStringLiteral("/tmp/marsa-bench-incidents.sqlite") : path;
}

// Writes the data set through SQL directly (the service's checks are not what is measured).
void writeDataSet(storage::Database &database) {
    QElapsedTimer timer;
    timer.start();
    QSqlDatabase db = database.connection();
    storage::Transaction transaction(db);
    QSqlQuery incident(db);
    incident.prepare(QStringLiteral("INSERT INTO incidents (incident_id, case_year, case_sequence, "
                                    "case_number, first_alert_utc, alert_source, "
                                    "latitude, longitude, uncertainty_nm, srrs, craft, craft_condition, "
                                    "pob_total, weather, phase, status, "
                                    "is_exercise) VALUES (?, ?, ?, ?, ?, 'alarm_phone', ?, ?, 2.0, ?, "
                                    "'rubber', '', ?, '', ?, ?, 0)"));
    QSqlQuery event(db);
    event.prepare(
        QStringLiteral("INSERT INTO incident_events (incident_id, time_utc, user_name, agency, kind, "
                       "summary, remarks) VALUES (?, ?, 'cg.officer', 'coast_guard', 'log', '', ?)"));
    QRandomGenerator random(20261123);
    const QDateTime end(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC);
    const qint64 span = 10LL * 365 * 24 * 3600; // ten years of cases, one every 53 minutes
    const char *const phases[] = {"uncertainty", "alert", "distress"};
    std::vector<int> sequenceOfYear(3000, 0);
    for (int i = 1; i <= kIncidents; ++i) {
        const QDateTime alert = end.addSecs(-span + span * i / kIncidents);
        const int year = alert.date().year();
        const int sequence = ++sequenceOfYear[static_cast<std::size_t>(year)];
        // The newest 200 cases are still open.
        const bool open = i > kIncidents - 200;
        const QString status = open ? QStringLiteral("assessing") : QStringLiteral("closed");
        const double latitude = 32.8 + random.bounded(2.0);
        const double longitude = 11.8 + random.bounded(12.0);
        const QString srrs = longitude < 12.0 ? QStringLiteral("LBY TUN") : QStringLiteral("LBY");
        for (const QVariant &value :
             {QVariant(i), QVariant(year), QVariant(sequence),
              QVariant(QStringLiteral("LY-%1-%2").arg(year).arg(sequence, 4, 10, QLatin1Char('0'))),
              QVariant(alert.toString(Qt::ISODate)), QVariant(latitude), QVariant(longitude), QVariant(srrs),
              QVariant(20 + random.bounded(300)), QVariant(QString::fromLatin1(phases[random.bounded(3)])),
              QVariant(status)}) {
            incident.addBindValue(value);
        }
        if (!incident.exec()) {
            std::fprintf(stderr, "cannot write the data set\n");
            std::abort();
        }
        for (int e = 0; e < kEventsPerIncident; ++e) {
            event.addBindValue(i);
            event.addBindValue(alert.addSecs(600LL * e).toString(Qt::ISODateWithMs));
            const QString remark =
                QString::fromUtf8(kPhrases[random.bounded(static_cast<int>(std::size(kPhrases)))]) +
                QStringLiteral(" #%1").arg(random.bounded(100000));
            event.addBindValue(remark);
            if (!event.exec()) {
                std::fprintf(stderr, "cannot write the data set\n");
                std::abort();
            }
        }
    }
    QSqlQuery meta(db);
    if (!meta.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('bench_incidents', '100000')")) ||
        !transaction.commit()) {
        std::abort();
    }
    std::fprintf(stderr, "data set written in %.1f s\n", static_cast<double>(timer.elapsed()) / 1000.0);
}

storage::Database &database() {
    static std::unique_ptr<storage::Database> instance = [] {
        auto db = storage::Database::open(databasePath());
        if (!db) {
            std::fprintf(stderr, "%s\n", db.errorMessage().toLocal8Bit().constData());
            std::abort();
        }
        auto database = std::make_unique<storage::Database>(std::move(db.value()));
        // A file or a PostgreSQL database (MARSA_BENCH_DB=postgresql://...) written before is reused.
        if (database->meta(QStringLiteral("bench_incidents")).isEmpty()) {
            writeDataSet(*database);
        }
        return database;
    }();
    return *instance;
}

const FixedClock kClock;

core::User officer() {
    core::User user;
    user.userName = QStringLiteral("cg.officer");
    return user;
}

// What the panel does for a filter: the search in the database, then the rows into the model.
void showInPanel(models::IncidentTableModel &model, const storage::IncidentFilter &filter,
                 benchmark::State &state) {
    storage::IncidentService service(database(), kClock);
    auto page = service.search(filter);
    if (!page) {
        state.SkipWithError(page.errorMessage().toLocal8Bit().constData());
        return;
    }
    state.counters["rows"] = static_cast<double>(page->rows.size());
    state.counters["more"] = page->more ? 1.0 : 0.0;
    model.setRows(std::move(page->rows));
}

void BM_OpenIncidentsPanel(benchmark::State &state) {
    storage::IncidentFilter open; // the panel's first view: open cases
    open.openOnly = true;
    for (auto _ : state) {
        models::IncidentTableModel model(kClock);
        showInPanel(model, open, state);
        benchmark::DoNotOptimize(model.rowCount());
    }
}

void BM_ChangeFilter(benchmark::State &state) {
    models::IncidentTableModel model(kClock);
    storage::IncidentFilter filters[2];
    filters[0].phase = core::EmergencyPhase::Distress; // every DETRESFA case of ten years: 1,000 newest shown
    filters[1].status = core::IncidentStatus::Closed;
    filters[1].fromUtc = kClock.nowUtc().addDays(-30);
    int i = 0;
    for (auto _ : state) {
        showInPanel(model, filters[i++ % 2], state);
    }
}

void textSearch(benchmark::State &state, const QString &text) {
    models::IncidentTableModel model(kClock);
    storage::IncidentFilter filter;
    filter.text = text;
    for (auto _ : state) {
        showInPanel(model, filter, state);
    }
}

// A remark's number: a handful of cases among 2,000,000 events.
void BM_TextSearchRemark(benchmark::State &state) {
    textSearch(state, QStringLiteral("#4242"));
}
// Part of a case number: also scans the case numbers of 100,000 cases.
void BM_TextSearchCaseNumber(benchmark::State &state) {
    textSearch(state, QStringLiteral("LY-2021-03"));
}
// Arabic words and a number.
void BM_TextSearchArabic(benchmark::State &state) {
    textSearch(state, QStringLiteral("زوارة #77"));
}

void BM_RecordEvent(benchmark::State &state) {
    storage::IncidentService service(database(), kClock);
    const core::User user = officer();
    int i = 0;
    for (auto _ : state) {
        const core::IncidentId id{kIncidents - (i++ % 200)}; // an open case
        if (auto done = service.addLogEntry(user, id, QStringLiteral("position report from the patrol boat"));
            !done) {
            state.SkipWithError(done.errorMessage().toLocal8Bit().constData());
        }
    }
}

BENCHMARK(BM_OpenIncidentsPanel)->Unit(benchmark::kMillisecond)->Repetitions(5)->ReportAggregatesOnly(true);
BENCHMARK(BM_ChangeFilter)->Unit(benchmark::kMillisecond)->Repetitions(5)->ReportAggregatesOnly(true);
BENCHMARK(BM_TextSearchRemark)->Unit(benchmark::kMillisecond)->Repetitions(5)->ReportAggregatesOnly(true);
BENCHMARK(BM_TextSearchCaseNumber)->Unit(benchmark::kMillisecond)->Repetitions(5)->ReportAggregatesOnly(true);
BENCHMARK(BM_TextSearchArabic)->Unit(benchmark::kMillisecond)->Repetitions(5)->ReportAggregatesOnly(true);
BENCHMARK(BM_RecordEvent)->Unit(benchmark::kMillisecond)->Repetitions(5)->ReportAggregatesOnly(true);

} // namespace

int main(int argc, char **argv) {
    QCoreApplication application(argc, argv);
    benchmark::Initialize(&argc, argv);
    database(); // write the data set before anything is timed
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
