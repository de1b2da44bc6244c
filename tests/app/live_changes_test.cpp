#include "app_fixture.h"

#include "app/incidents_panel.h"
#include "models/incident_table_model.h"
#include "storage/incident_service.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlQuery>

using namespace marsa;

namespace {

using Model = models::IncidentTableModel;

int rowOf(const Model &model, core::IncidentId id) {
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.row(row)->incident.id == id) {
            return row;
        }
    }
    return -1;
}

core::EmergencyPhase otherPhase(core::EmergencyPhase phase) {
    return phase == core::EmergencyPhase::Distress ? core::EmergencyPhase::Alert
                                                   : core::EmergencyPhase::Distress;
}

} // namespace

TEST_CASE("A case changed on another console appears within a second and only its row is read again") {
    test::Console console;
    app::IncidentsPanel &panel = console.window->incidentsPanel();
    Model &model = panel.model();
    REQUIRE(model.rowCount() >= 2);
    const core::Incident changed = model.row(0)->incident;
    const core::Incident untouched = model.row(1)->incident;

    // The second console: its own connection to the same file.
    auto other = storage::Database::open(console.database->path());
    REQUIRE(other);
    auto officer = storage::UserRepository(other->connection())
                       .authenticate(QStringLiteral("cg.officer"), storage::demoPassword());
    REQUIRE(officer);

    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy rowsChanged(&model, &QAbstractItemModel::dataChanged);
    // Written behind the services' back, so announced by no timeline event: a console that read the
    // whole table again would show it, one that reads the changed row only does not.
    QSqlQuery sneak(other->connection());
    sneak.prepare(
        QStringLiteral("UPDATE incidents SET phase = ?, version = version + 1 WHERE incident_id = ?"));
    sneak.addBindValue(core::phaseKey(otherPhase(untouched.phase)));
    sneak.addBindValue(static_cast<qlonglong>(untouched.id.value));
    REQUIRE(sneak.exec());

    storage::IncidentService service(other.value(), console.clock);
    const auto done = service.changePhase(officer.value(), changed.id, otherPhase(changed.phase),
                                          QStringLiteral("the boat reports water on board"));
    INFO((done ? QString() : done.errorMessage()).toStdString());
    REQUIRE(done);

    QElapsedTimer clock;
    clock.start();
    QDeadlineTimer deadline(1000);
    const auto phaseShown = [&] {
        const int row = rowOf(model, changed.id);
        return row >= 0 && model.row(row)->incident.phase == otherPhase(changed.phase);
    };
    while (!phaseShown() && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
    }
    INFO("waited " << clock.elapsed() << " ms");
    REQUIRE(phaseShown());
    CHECK(resets.isEmpty());
    REQUIRE(rowsChanged.size() == 1);
    const int row = rowOf(model, changed.id);
    CHECK(rowsChanged.front().at(0).value<QModelIndex>().row() == row);
    CHECK(rowsChanged.front().at(1).value<QModelIndex>().row() == row);
    // The other case was not read again: it still shows the phase it had.
    CHECK(model.row(rowOf(model, untouched.id))->incident.phase == untouched.phase);
}
