#include "app_fixture.h"

#include "app/disembarkations_panel.h"
#include "app/handover_dialog.h"
#include "app/handover_forms.h"
#include "app/incidents_panel.h"
#include "app/users_dialog.h"
#include "app/vessel_console.h"
#include "models/disembarkation_table_model.h"
#include "models/incident_table_model.h"
#include "models/user_table_model.h"
#include "storage/asset_repository.h"
#include "storage/disembarkation_service.h"
#include "storage/handover_list_repository.h"
#include "storage/incident_service.h"
#include "storage/user_admin_service.h"

#include <QAction>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTimer>
#include <QToolButton>

#include <algorithm>

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

/// Processes events until `done` holds or a second has passed; how long it took.
template <typename Done>
qint64 waitUpToASecond(Done done) {
    QElapsedTimer clock;
    clock.start();
    QDeadlineTimer deadline(1000);
    while (!done() && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
    }
    return clock.elapsed();
}

core::User signIn(storage::Database &database, const QString &userName) {
    auto user =
        storage::UserRepository(database.connection()).authenticate(userName, storage::demoPassword());
    REQUIRE(user);
    return user.value();
}

} // namespace

TEST_CASE("A case changed on another console appears within a second and only its row is read again",
          "[engines]") {
    test::Console console;
    app::IncidentsPanel &panel = console.window->incidentsPanel();
    Model &model = panel.model();
    REQUIRE(model.rowCount() >= 2);
    const core::Incident changed = model.row(0)->incident;
    const core::Incident untouched = model.row(1)->incident;

    // The second console: its own connection to the same file.
    auto other = storage::Database::open(console.database->path());
    REQUIRE(other);
    const core::User officer = signIn(other.value(), QStringLiteral("cg.officer"));

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
    const auto done = service.changePhase(officer, changed.id, otherPhase(changed.phase),
                                          QStringLiteral("the boat reports water on board"));
    INFO((done ? QString() : done.errorMessage()).toStdString());
    REQUIRE(done);

    const auto phaseShown = [&] {
        const int row = rowOf(model, changed.id);
        return row >= 0 && model.row(row)->incident.phase == otherPhase(changed.phase);
    };
    const qint64 waited = waitUpToASecond(phaseShown);
    INFO("waited " << waited << " ms");
    REQUIRE(phaseShown());
    CHECK(resets.isEmpty());
    REQUIRE(rowsChanged.size() == 1);
    const int row = rowOf(model, changed.id);
    CHECK(rowsChanged.front().at(0).value<QModelIndex>().row() == row);
    CHECK(rowsChanged.front().at(1).value<QModelIndex>().row() == row);
    // The other case was not read again: it still shows the phase it had.
    CHECK(model.row(rowOf(model, untouched.id))->incident.phase == untouched.phase);
}

TEST_CASE("A handover signed on another console changes its row only, within a second, and joins the queue",
          "[engines]") {
    test::Console console(QStringLiteral("cg.supervisor"));
    app::DisembarkationsPanel &panel = console.window->disembarkationsPanel();
    using DisembarkationModel = models::DisembarkationTableModel;
    DisembarkationModel &list = panel.model();
    DisembarkationModel &queue = panel.queueModel();
    auto *queueButton = panel.findChild<QToolButton *>(QStringLiteral("reviewQueueButton"));
    REQUIRE(queueButton != nullptr);
    REQUIRE(queue.rowCount() == 1); // Misrata
    CHECK(queueButton->text() == QStringLiteral("Review (1)"));

    auto other = storage::Database::open(console.database->path());
    REQUIRE(other);
    const core::DisembarkationId alKhums =
        test::landingAt(other.value(), console.clock, QStringLiteral("al-khums"));
    const core::DisembarkationId zuwara =
        test::landingAt(other.value(), console.clock, QStringLiteral("zuwara"));
    const int alKhumsRow = list.rowOf(alKhums);
    REQUIRE(alKhumsRow >= 0);

    QSignalSpy resets(&list, &QAbstractItemModel::modelReset);
    QSignalSpy rowsChanged(&list, &QAbstractItemModel::dataChanged);
    QSignalSpy queueResets(&queue, &QAbstractItemModel::modelReset);
    QSignalSpy queued(&queue, &QAbstractItemModel::rowsInserted);
    // Zuwara's step changed behind the services' back, without a new version: a panel that read the
    // whole list again would show it, one that reads the changed handover only does not.
    QSqlQuery sneak(other->connection());
    sneak.prepare(QStringLiteral("UPDATE disembarkations SET state = ? WHERE disembarkation_id = ?"));
    sneak.addBindValue(core::handoverStateKey(core::HandoverState::Acknowledged));
    sneak.addBindValue(static_cast<qlonglong>(zuwara.value));
    REQUIRE(sneak.exec());

    // The Red Crescent records Al Khums' medical step on its own console: the numbers agree.
    core::MedicalReport report;
    report.medicalCases = 2;
    report.remarks = QStringLiteral("two with dehydration treated at the port");
    const auto done =
        storage::DisembarkationService(other.value(), console.clock)
            .recordMedical(signIn(other.value(), QStringLiteral("lrc.officer")), alKhums, report);
    INFO((done ? QString() : done.errorMessage()).toStdString());
    REQUIRE(done);

    const auto shown = [&] {
        const int row = list.rowOf(alKhums);
        return row >= 0 && list.row(row)->disembarkation.state == core::HandoverState::MedicalRecorded &&
               queue.rowOf(alKhums) >= 0;
    };
    const qint64 waited = waitUpToASecond(shown);
    INFO("waited " << waited << " ms");
    REQUIRE(shown());
    CHECK(resets.isEmpty());
    REQUIRE(rowsChanged.size() == 1);
    CHECK(rowsChanged.front().at(0).value<QModelIndex>().row() == list.rowOf(alKhums));
    CHECK(rowsChanged.front().at(1).value<QModelIndex>().row() == list.rowOf(alKhums));
    CHECK(list.row(list.rowOf(zuwara))->disembarkation.state == core::HandoverState::Declared);
    // The queue gained one row, after Misrata's unexplained discrepancy; the count follows.
    CHECK(queueResets.isEmpty());
    CHECK(queued.size() == 1);
    CHECK(queue.rowOf(alKhums) == 1);
    CHECK(queueButton->text() == QStringLiteral("Review (2)"));
}

TEST_CASE("An account created by another administrator appears in the open Users dialog within a second",
          "[engines]") {
    test::Console console(QStringLiteral("admin"));
    auto other = storage::Database::open(console.database->path());
    REQUIRE(other);
    const core::User otherAdmin = signIn(other.value(), QStringLiteral("admin"));
    auto *usersAction = console.window->findChild<QAction *>(QStringLiteral("usersAction"));
    REQUIRE(usersAction != nullptr);

    // Inside the dialog's own event loop: nothing here may throw, the results are checked after.
    int before = -1;
    QStringList after;
    qint64 waited = -1;
    QString refused;
    QTimer::singleShot(0, console.window.get(), [&] {
        auto *dialog = console.window->findChild<app::UsersDialog *>();
        if (dialog == nullptr) {
            return;
        }
        before = dialog->model().rowCount();
        core::User account;
        account.userName = QStringLiteral("n.salem");
        account.displayName = QStringLiteral("N. Salem");
        account.agency = core::Agency::Dcim;
        const auto created = storage::UserAdminService(other.value(), console.clock)
                                 .create(otherAdmin, account, QStringLiteral("Zuwara-port-2026"));
        if (created) {
            waited = waitUpToASecond([&] { return dialog->model().rowCount() > before; });
            for (const core::User &user : dialog->model().users()) {
                after << user.userName;
            }
        } else {
            refused = created.errorMessage();
        }
        dialog->reject();
    });
    usersAction->trigger();
    INFO(refused.toStdString() << " waited " << waited << " ms");
    CHECK(before == 8);
    CHECK(after.size() == 9);
    CHECK(after.contains(QStringLiteral("n.salem")));
}

TEST_CASE(
    "A hospital added on another console is offered in an open handover form, which keeps what is typed") {
    test::Console console(QStringLiteral("lrc.officer"));
    const core::DisembarkationId alKhums =
        test::landingAt(*console.database, console.clock, QStringLiteral("al-khums"));
    console.window->openHandover(alKhums);
    auto *dialog = console.window->findChild<app::HandoverDialog *>();
    REQUIRE(dialog != nullptr);
    app::StepForm *form = dialog->form(core::HandoverStep::Medical);
    REQUIRE(form != nullptr);
    REQUIRE(form->isEditable());
    auto *medicalCases = form->findChild<QSpinBox *>(QStringLiteral("medicalCases"));
    auto *bodiesHospital = form->findChild<QComboBox *>(QStringLiteral("bodiesHospital"));
    REQUIRE(medicalCases != nullptr);
    REQUIRE(bodiesHospital != nullptr);
    medicalCases->setValue(2);
    const int offered = bodiesHospital->count();

    auto other = storage::Database::open(console.database->path());
    REQUIRE(other);
    const auto added =
        storage::HandoverListRepository(other->connection(), console.clock)
            .add(signIn(other.value(), QStringLiteral("admin")), {0,
                                                                  core::FacilityKind::Hospital,
                                                                  QStringLiteral("Zuwara Teaching Hospital"),
                                                                  {},
                                                                  QStringLiteral("Zuwara"),
                                                                  true});
    REQUIRE(added);
    const auto hospitalOffered = [&] {
        return bodiesHospital->findData(QVariant::fromValue(static_cast<qlonglong>(added->id))) >= 0;
    };
    const qint64 waited = waitUpToASecond(hospitalOffered);
    INFO("waited " << waited << " ms");
    CHECK(hospitalOffered());
    CHECK(bodiesHospital->count() == offered + 1);
    CHECK(medicalCases->value() == 2);
    dialog->close();
}

TEST_CASE("A unit added on another console marks its vessel as ours within a second") {
    test::Console console(QStringLiteral("cg.supervisor"));
    const core::LiveTargets &targets = console.window->vessels().targets();
    const auto stranger =
        std::find_if(targets.targets().begin(), targets.targets().end(), [](const core::LiveTarget &target) {
            return !target.isOwnAsset() && core::isValidMmsi(target.mmsi);
        });
    REQUIRE(stranger != targets.targets().end());
    const std::uint32_t mmsi = stranger->mmsi;

    auto other = storage::Database::open(console.database->path());
    REQUIRE(other);
    core::Asset boat;
    boat.name = QStringLiteral("Al Watiya");
    boat.callSign = QStringLiteral("5ACG9");
    boat.mmsi = mmsi;
    boat.homePort = QStringLiteral("zuwara");
    const auto created = storage::AssetRepository(other->connection(), console.clock)
                             .create(signIn(other.value(), QStringLiteral("cg.supervisor")), boat);
    INFO((created ? QString() : created.errorMessage()).toStdString());
    REQUIRE(created);
    const auto ours = [&] {
        const core::LiveTarget *target = targets.find(mmsi);
        return target != nullptr && target->isOwnAsset() && target->assetName == QStringLiteral("Al Watiya");
    };
    const qint64 waited = waitUpToASecond(ours);
    INFO("waited " << waited << " ms");
    CHECK(ours());
}
