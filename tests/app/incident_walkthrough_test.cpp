// The walk the issue names: sign in, open a case from the chart, escalate it to DETRESFA, task a
// patrol boat, close the case, and read it all back in the timeline; then undo, and refusals.

#include "app_fixture.h"
#include "catch_qt.h"
#include "when_shown.h"

#include "app/action_dialog.h"
#include "app/chart_canvas.h"
#include "app/incident_detail.h"
#include "app/incidents_panel.h"
#include "app/new_incident_dialog.h"
#include "app/sign_in_dialog.h"
#include "chart/incident_layer.h"
#include "geo/land_mask.h"
#include "storage/asset_repository.h"
#include "storage/audit_log.h"
#include "storage/incident_service.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

#include <functional>

using namespace marsa;

namespace {

using test::whenShown;

QStringList timelineEvents(app::IncidentDetail &detail) {
    auto *timeline = detail.findChild<QTreeWidget *>(QStringLiteral("timeline"));
    REQUIRE(timeline != nullptr);
    QStringList events;
    for (int i = 0; i < timeline->topLevelItemCount(); ++i) {
        events << timeline->topLevelItem(i)->text(2);
    }
    return events;
}

core::AssetId assetNamed(test::Console &console, const QString &name) {
    auto assets = storage::AssetRepository(console.database->connection(), console.clock).all();
    REQUIRE(assets);
    for (const core::Asset &asset : assets.value()) {
        if (asset.name == name) {
            return asset.id;
        }
    }
    FAIL("no asset " << name.toStdString());
    return {};
}

} // namespace

TEST_CASE("An officer signs in, opens a case from the chart, escalates it, tasks a boat and closes it",
          "[engines]") {
    test::Console console;
    console.clock.now = QDateTime::currentDateTimeUtc(); // the chart's clock and the dialogs' agree
    {
        storage::UserRepository users(console.database->connection());
        app::SignInDialog signIn(users, QStringLiteral("cg.officer"));
        signIn.findChild<QLineEdit *>(QStringLiteral("password"))->setText(storage::demoPassword());
        signIn.accept();
        REQUIRE(signIn.user());
        console.user = signIn.user();
        console.open();
    }
    app::MainWindow &window = *console.window;
    app::ChartCanvas &canvas = window.canvas();
    const geo::LatLon sea{33.55, 13.45}; // north of Garabulli, in the Libyan SRR
    canvas.centreOn(sea);
    const QPoint pixel = canvas.viewport().toScreen(sea).toPoint();

    // Right-click on the chart: "New case here", then the dialog with the position filled in.
    whenShown<QMenu>([](QMenu *menu) {
        QAction *create = menu->actions().front();
        REQUIRE(create->isEnabled());
        menu->setActiveAction(create);
        QTest::keyClick(menu, Qt::Key_Return);
    });
    whenShown<app::NewIncidentDialog>([](app::NewIncidentDialog *dialog) {
        CHECK(dialog->findChild<QLabel *>(QStringLiteral("srrs"))->text() == QStringLiteral("in LBY"));
        CHECK_FALSE(dialog->positionOnLand());
        dialog->setPersonsOnBoard(60);
        dialog->findChild<QComboBox *>(QStringLiteral("phase"))->setCurrentIndex(0); // INCERFA
        dialog->findChild<QPlainTextEdit *>(QStringLiteral("remarks"))
            ->setPlainText(QStringLiteral("fishing vessel reports a drifting boat"));
        dialog->accept();
    });
    QContextMenuEvent rightClick(QContextMenuEvent::Mouse, pixel, canvas.mapToGlobal(pixel));
    QApplication::sendEvent(&canvas, &rightClick);

    app::IncidentDetail &detail = window.incidentDetail();
    REQUIRE(detail.incident());
    const core::Incident created = *detail.incident();
    CHECK(created.personsOnBoard.total == 60);
    CHECK(created.srrs == QStringList{QStringLiteral("LBY")});
    CHECK(std::abs(created.latitude - sea.latitude) < 0.02);
    CHECK(window.incidentsPanel().selectedIncident() == created.id);
    const int layerIndex = console.layers.indexOf(QStringLiteral("incidents"));
    auto *layer = dynamic_cast<chart::IncidentLayer *>(console.layers.at(layerIndex));
    REQUIRE(layer != nullptr);
    CHECK(layer->selected() == created.id);
    CHECK(layer->incidentAt(canvas.viewport(), pixel) == created.id);

    // Escalate through the Phase button and its dialog.
    auto *phaseButton = detail.findChild<QPushButton *>(QStringLiteral("phaseButton"));
    REQUIRE(phaseButton->isEnabled());
    whenShown<app::ActionDialog>([](app::ActionDialog *dialog) {
        QComboBox *choice = dialog->choiceBox();
        choice->setCurrentIndex(choice->findData(static_cast<int>(core::EmergencyPhase::Distress)));
        dialog->remarksEdit()->setPlainText(QStringLiteral("boat taking water, children on board"));
        dialog->accept();
    });
    QTest::mouseClick(phaseButton, Qt::LeftButton);
    CHECK(detail.incident()->phase == core::EmergencyPhase::Distress);

    // Task a patrol boat; it reaches the scene; the rescue; the boat is released; closed.
    REQUIRE(detail.findChild<QPushButton *>(QStringLiteral("taskButton"))->isEnabled());
    // The Task dialog names each unit with its kind, call sign and transit speed.
    QStringList offered;
    whenShown<app::ActionDialog>([&offered](app::ActionDialog *dialog) {
        for (int i = 0; i < dialog->choiceBox()->count(); ++i) {
            offered << dialog->choiceBox()->itemText(i);
        }
        const QString folder = qEnvironmentVariable("MARSA_SCREENSHOTS");
        if (!folder.isEmpty()) {
            QDir().mkpath(folder);
            CHECK(dialog->grab().save(QDir(folder).filePath(QStringLiteral("task-asset.png"))));
        }
        dialog->reject();
    });
    QTest::mouseClick(detail.findChild<QPushButton *>(QStringLiteral("taskButton")), Qt::LeftButton);
    CHECK(offered.contains(QStringLiteral("Ubari (Patrol boat, 5ACG1, 24 kn)")));
    CHECK(offered.contains(QStringLiteral("Coast Guard helicopter 1 (Aircraft, 5AH01, 140 kn)")));
    CHECK(detail.incident()->status != core::IncidentStatus::AssetTasked); // cancelled: nothing tasked
    REQUIRE(detail.taskAsset(assetNamed(console, QStringLiteral("Ubari")), QStringLiteral("ETA 90 min")));
    CHECK(detail.incident()->status == core::IncidentStatus::AssetTasked);
    storage::IncidentService service(*console.database, console.clock);
    const std::int64_t tasking = service.taskings(created.id)->front().id;
    REQUIRE(detail.assetOnScene(tasking, {}));
    REQUIRE(detail.recordOutcome({60, 0, 0}, {}));
    REQUIRE(detail.changeStatus(core::IncidentStatus::RescueComplete, {}));
    REQUIRE(detail.releaseAsset(tasking, QStringLiteral("returning to Tripoli")));
    REQUIRE(detail.changeStatus(core::IncidentStatus::Disembarked, QStringLiteral("Tripoli naval base")));
    REQUIRE(detail.changeStatus(core::IncidentStatus::Closed, {}));

    CHECK(timelineEvents(detail) ==
          QStringList{QStringLiteral("Case opened: INCERFA, 60 on board"),
                      QStringLiteral("Phase INCERFA → DETRESFA"),
                      QStringLiteral("Ubari tasked; status Reported → Asset tasked"),
                      QStringLiteral("Ubari on scene; status Asset tasked → On scene"),
                      QStringLiteral("Outcome: 60 rescued, 0 dead, 0 missing"),
                      QStringLiteral("Status On scene → Rescue complete"), QStringLiteral("Ubari released"),
                      QStringLiteral("Status Rescue complete → Disembarked"),
                      QStringLiteral("Status Disembarked → Closed")});
    // Closed: the officer's buttons are greyed with the reason; the open-cases list lets it go.
    auto *logButton = detail.findChild<QPushButton *>(QStringLiteral("logButton"));
    CHECK_FALSE(logButton->isEnabled());
    CHECK(logButton->toolTip().contains(QStringLiteral("closed")));
    CHECK_FALSE(window.incidentsPanel().selectIncident(created.id));
    // The Event log shows the newest case event first; the audit chain holds.
    CHECK(window.caseEvents().item(0, 1)->text() == created.caseNumber.text());
    CHECK(window.caseEvents().item(0, 3)->text() == QStringLiteral("Status Disembarked → Closed"));
    const auto verified = storage::AuditLog(console.database->connection()).verify();
    REQUIRE(verified);
    CHECK_FALSE(verified->firstBrokenRow.has_value());
}

TEST_CASE("Undo takes back an edit nobody has superseded, and redo does it again") {
    test::Console console;
    app::MainWindow &window = *console.window;
    app::IncidentsPanel &panel = window.incidentsPanel();
    auto *status = panel.findChild<QComboBox *>(QStringLiteral("statusFilter"));
    status->setCurrentIndex(status->findData(static_cast<int>(core::IncidentStatus::Assessing)));
    REQUIRE(panel.shownIncidents().size() == 1);
    const core::IncidentId id = panel.shownIncidents().front().id;
    REQUIRE(panel.selectIncident(id));
    app::IncidentDetail &detail = window.incidentDetail();
    REQUIRE(detail.incident()->id == id);
    REQUIRE(detail.changePhase(core::EmergencyPhase::Alert, QStringLiteral("no radio contact for 1 h")));
    QAction *undo = window.findChild<QAction *>(QStringLiteral("undoAction"));
    QAction *redo = window.findChild<QAction *>(QStringLiteral("redoAction"));
    REQUIRE(undo->isEnabled());
    undo->trigger();
    CHECK(detail.incident()->phase == core::EmergencyPhase::Uncertainty);
    CHECK(timelineEvents(detail).back() == QStringLiteral("Undone: Phase INCERFA → ALERFA"));
    REQUIRE(redo->isEnabled());
    redo->trigger();
    CHECK(detail.incident()->phase == core::EmergencyPhase::Alert);

    // A colleague writes to the case: the edit is superseded, undo says so and changes nothing.
    core::User dcim;
    dcim.userName = QStringLiteral("dcim.officer");
    dcim.agency = core::Agency::Dcim;
    storage::IncidentService service(*console.database, console.clock);
    REQUIRE(service.addLogEntry(dcim, id, QStringLiteral("bus ready at Tripoli")));
    QString warning;
    whenShown<QMessageBox>([&warning](QMessageBox *box) {
        warning = box->text();
        box->accept();
    });
    undo->trigger();
    CHECK(warning.contains(QStringLiteral("can no longer be undone")));
    CHECK(service.find(id)->phase == core::EmergencyPhase::Alert);
    CHECK_FALSE(window.undoStack().canUndo());
}

TEST_CASE("An observer reads the cases and cannot open, change or task anything") {
    test::Console console(QStringLiteral("observer"));
    app::MainWindow &window = *console.window;
    CHECK_FALSE(window.findChild<QAction *>(QStringLiteral("newIncidentAction"))->isEnabled());
    app::IncidentsPanel &panel = window.incidentsPanel();
    REQUIRE_FALSE(panel.shownIncidents().empty());
    REQUIRE(panel.selectIncident(panel.shownIncidents().front().id));
    app::IncidentDetail &detail = window.incidentDetail();
    REQUIRE(detail.incident());
    for (const char *name : {"logButton", "phaseButton", "statusButton", "taskButton", "outcomeButton"}) {
        auto *button = detail.findChild<QPushButton *>(QString::fromLatin1(name));
        INFO(name);
        CHECK_FALSE(button->isEnabled());
        CHECK(button->toolTip() == QStringLiteral("Observers read the record; they never change it."));
    }
    const int events =
        static_cast<int>(storage::IncidentService(*console.database, console.clock).lastEventId().value());
    CHECK_FALSE(detail.addLogEntry(QStringLiteral("note")));
    CHECK(storage::IncidentService(*console.database, console.clock).lastEventId().value() == events);
}

TEST_CASE("The new-case dialog shows the SRRs as the position is typed and questions a position on land") {
    test::Console console;
    auto land = geo::LandMask::load(geo::basemapPath());
    REQUIRE(land);
    app::NewIncidentDialog dialog(*console.srrs, &land.value(), *console.user, console.clock.now,
                                  std::nullopt);
    auto *srrs = dialog.findChild<QLabel *>(QStringLiteral("srrs"));
    dialog.setPositionText(QStringLiteral("35 40N 012 40E")); // west of Malta: Malta and Italy overlap
    CHECK(srrs->text() == QStringLiteral("in MLT + ITA"));
    CHECK_FALSE(dialog.positionOnLand());
    dialog.setPositionText(QStringLiteral("32 53N 013 11E")); // Tripoli itself
    CHECK(dialog.positionOnLand());
    CHECK(srrs->text().contains(QStringLiteral("on land")));
    dialog.setPositionText(QStringLiteral("33 61N 013 10E"));
    const auto refused = dialog.incident();
    REQUIRE_FALSE(refused);
    CHECK(refused.errorMessage().startsWith(QStringLiteral("Position: ")));
    // Accepting a position on land asks first; "No" keeps the dialog open and writes nothing.
    dialog.setPositionText(QStringLiteral("32 53N 013 11E"));
    whenShown<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::No)->click(); });
    dialog.show();
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
}

TEST_CASE("Selecting a case by its id works in the Arabic, right-to-left panel too") {
    test::Console console;
    app::IncidentsPanel &panel = console.window->incidentsPanel();
    panel.setLayoutDirection(Qt::RightToLeft);
    REQUIRE(panel.shownIncidents().size() >= 2);
    const core::IncidentId second = panel.shownIncidents().at(1).id;
    REQUIRE(panel.selectIncident(second));
    CHECK(panel.selectedIncident() == second);
    CHECK(console.window->incidentDetail().incident()->id == second);
}

TEST_CASE("The Event log lists case events newest first by their time, whatever order they were written in") {
    test::Console console; // the demonstration cases are written one after another, not in time order
    const QStandardItemModel &events = console.window->caseEvents();
    REQUIRE(events.rowCount() > 10);
    for (int row = 1; row < events.rowCount(); ++row) {
        INFO("row " << row);
        CHECK(events.item(row - 1, 0)->text() >= events.item(row, 0)->text());
    }
}
