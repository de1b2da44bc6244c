// The console while the database is unreachable: the status bar says so, every write control is
// greyed with the reason, what was shown stays, nothing is queued, and all of it comes back by
// itself. The [pg-restart] test stops a real PostgreSQL server under the console.

#include "app/disembarkations_panel.h"
#include "app/handover_dialog.h"
#include "app/incident_detail.h"
#include "app/users_dialog.h"
#include "app/write_gate.h"
#include "app_fixture.h"
#include "catch_qt.h"
#include "models/disembarkation_table_model.h"
#include "models/incident_table_model.h"
#include "pg_fixture.h"
#include "storage/connection_monitor.h"
#include "storage/disembarkation_service.h"
#include "storage/user_admin_service.h"

#include <QAction>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QUndoCommand>
#include <QUndoStack>

#include <algorithm>
#include <functional>

using namespace marsa;

namespace {

const QString kUnreachable = QStringLiteral("Database unreachable — ");

template <typename T>
T *child(const QObject &parent, const QString &name) {
    auto *found = parent.findChild<T *>(name);
    INFO("no child " << name.toStdString());
    REQUIRE(found != nullptr);
    return found;
}

/// Spins the event loop until done() or ms have passed; done()'s last answer.
bool waitUntil(const std::function<bool()> &done, int ms) {
    QDeadlineTimer deadline(ms);
    while (!done() && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return done();
}

core::DisembarkationId demoAt(marsa::test::Console &console, const char *placeKey) {
    auto rows = storage::DisembarkationService(*console.database, console.clock).list({});
    REQUIRE(rows);
    for (const storage::DisembarkationRow &row : rows.value()) {
        if (row.disembarkation.declaration.values.placeKey == QLatin1String(placeKey)) {
            return row.disembarkation.id;
        }
    }
    FAIL("no disembarkation at " << placeKey);
    return {};
}

/// Selects the first case of the Incidents panel; its id.
core::IncidentId selectFirstCase(app::MainWindow &window) {
    auto *view = child<QTableView>(window, QStringLiteral("incidentsView"));
    REQUIRE(view->model()->rowCount() > 0);
    const core::IncidentId id{
        view->model()->index(0, 0).data(models::IncidentTableModel::IncidentIdRole).toLongLong()};
    window.selectIncident(id);
    REQUIRE(window.incidentDetail().incident());
    return id;
}

/// Greyed, saying the database is unreachable.
bool greyedUnreachable(const QWidget &button) {
    return !button.isEnabled() && button.toolTip().startsWith(kUnreachable);
}

} // namespace

TEST_CASE("While the database is unreachable every write control is greyed with the reason") {
    marsa::test::Console console(QStringLiteral("cg.supervisor"));
    app::MainWindow &window = *console.window;
    auto *monitor = child<storage::ConnectionMonitor>(window, QStringLiteral("connectionMonitor"));
    selectFirstCase(window);
    auto *logButton = child<QPushButton>(window.incidentDetail(), QStringLiteral("logButton"));
    auto *newCase = child<QAction>(window, QStringLiteral("newIncidentAction"));
    const QString newCaseTip = newCase->toolTip();
    // The review queue: Misrata waits for review (Return is offered).
    const core::DisembarkationId misrata = demoAt(console, "misrata");
    app::DisembarkationsPanel &panel = window.disembarkationsPanel();
    panel.showReviewQueue(true);
    REQUIRE(panel.selectInQueue(misrata));
    auto *queueReturn = child<QPushButton>(panel, QStringLiteral("returnButton"));
    // Its handover window, with the discrepancy explained so Approve is offered.
    window.openHandover(misrata);
    auto *handover = child<app::HandoverDialog>(window, QString());
    child<QLineEdit>(*handover, QStringLiteral("approveExplanation_handed_over_received"))
        ->setText(QStringLiteral("one person taken to hospital before the count"));
    auto *approve = child<QPushButton>(*handover, QStringLiteral("approve"));
    const QString approveTip = approve->toolTip();
    const std::vector<QWidget *> writes{logButton, queueReturn, approve};
    for (QWidget *write : writes) {
        INFO(write->objectName().toStdString());
        REQUIRE(write->isEnabled());
    }
    REQUIRE(newCase->isEnabled());
    auto *undo = child<QAction>(window, QStringLiteral("undoAction"));
    window.undoStack().push(new QUndoCommand(QStringLiteral("an edit")));
    REQUIRE(undo->isEnabled());

    Q_EMIT monitor->lost(QStringLiteral("The database is unreachable: server closed the connection"));
    for (QWidget *write : writes) {
        INFO(write->objectName().toStdString() << ": " << write->toolTip().toStdString());
        CHECK(greyedUnreachable(*write));
    }
    CHECK_FALSE(newCase->isEnabled());
    CHECK(newCase->toolTip().startsWith(kUnreachable));
    CHECK_FALSE(undo->isEnabled());
    CHECK(undo->toolTip().startsWith(kUnreachable));
    // What the officer reads stays: the case, the queue, the handover.
    CHECK(window.incidentDetail().incident());
    CHECK(panel.queueModel().rowOf(misrata) >= 0);
    CHECK(handover->disembarkation().id == misrata);
    // The handover window says it above its buttons: the status bar may be behind it.
    auto *handoverMessage =
        handover->findChild<QLabel *>(QStringLiteral("message"), Qt::FindDirectChildrenOnly);
    REQUIRE(handoverMessage != nullptr);
    CHECK(handoverMessage->isVisibleTo(handover));
    CHECK(handoverMessage->text().startsWith(kUnreachable));
    // A handover opened while lost is read-only too (as far as the database lets it be read).
    window.openHandover(misrata);
    const auto handovers = window.findChildren<app::HandoverDialog *>();
    REQUIRE(handovers.size() == 2);
    app::HandoverDialog *opened = handovers.front() == handover ? handovers.back() : handovers.front();
    child<QLineEdit>(*opened, QStringLiteral("approveExplanation_handed_over_received"))
        ->setText(QStringLiteral("one person taken to hospital before the count"));
    CHECK(greyedUnreachable(*child<QPushButton>(*opened, QStringLiteral("approve"))));

    Q_EMIT monitor->restored();
    for (QWidget *write : writes) {
        INFO(write->objectName().toStdString());
        CHECK(write->isEnabled());
    }
    CHECK(approve->toolTip() == approveTip);
    CHECK_FALSE(handoverMessage->isVisibleTo(handover));
    CHECK(newCase->isEnabled());
    CHECK(newCase->toolTip() == newCaseTip);
    CHECK(undo->isEnabled());
}

TEST_CASE("The users dialog's actions are greyed while the write gate is shut") {
    marsa::test::Console console(QStringLiteral("admin"));
    storage::UserAdminService service(*console.database, console.clock);
    app::UsersDialog dialog(service, *console.user);
    app::WriteGate gate;
    dialog.setWriteGate(&gate);
    auto *newUser = child<QPushButton>(dialog, QStringLiteral("newUserButton"));
    REQUIRE(newUser->isEnabled());
    gate.shut(app::WriteGate::Cause::DatabaseLost, kUnreachable + QStringLiteral("nothing can be saved"));
    CHECK(greyedUnreachable(*newUser));
    CHECK_FALSE(child<QPushButton>(dialog, QStringLiteral("editUserButton"))->isEnabled());
    // A replay shut the gate too: the database coming back leaves it shut, with the replay's reason.
    gate.shut(app::WriteGate::Cause::Replay, QStringLiteral("replay"));
    CHECK(greyedUnreachable(*newUser)); // the lost database is said first
    gate.open(app::WriteGate::Cause::DatabaseLost);
    CHECK_FALSE(newUser->isEnabled());
    CHECK(newUser->toolTip() == QStringLiteral("replay"));
    gate.open(app::WriteGate::Cause::Replay);
    CHECK(newUser->isEnabled());
    CHECK(newUser->toolTip().isEmpty());
}

TEST_CASE("The server stopped while consoles are connected is reported and recovered from", "[pg-restart]") {
    ::test::ScratchPgDatabase scratch;
    marsa::test::Console console(QStringLiteral("cg.officer"), scratch.url());
    ::test::PgServerSwitch server;
    app::MainWindow &window = *console.window;
    auto *monitor = child<storage::ConnectionMonitor>(window, QStringLiteral("connectionMonitor"));
    auto *label = child<QLabel>(window, QStringLiteral("databaseLabel"));
    auto *newCase = child<QAction>(window, QStringLiteral("newIncidentAction"));
    const core::IncidentId theCase = selectFirstCase(window);
    auto *logButton = child<QPushButton>(window.incidentDetail(), QStringLiteral("logButton"));
    auto *cases = child<QTableView>(window, QStringLiteral("incidentsView"));
    const int caseCount = cases->model()->rowCount();
    REQUIRE(label->isHidden());
    REQUIRE(logButton->isEnabled());

    // 1. A write that fails on the lost connection reports it at once, long before the next check.
    monitor->setCheckInterval(60000);
    server.halt();
    QElapsedTimer clock;
    clock.start();
    const auto written =
        window.incidentDetail().addLogEntry(QStringLiteral("typed while the server was down"));
    REQUIRE_FALSE(written);
    CHECK(written.error().kind == core::ErrorKind::Unreachable);
    CHECK(written.errorMessage().startsWith(kUnreachable));
    REQUIRE(waitUntil([&] { return label->isVisible(); }, 10000));
    // Within 10 s although the next check is a minute away (typically a few tens of ms).
    WARN("status label " << clock.elapsed() << " ms after a write failed on the stopped server");
    CHECK(label->text() == QStringLiteral("Database unreachable — showing the last known state, read-only"));
    CHECK(greyedUnreachable(*logButton));
    CHECK_FALSE(newCase->isEnabled());
    // The last known state stays on screen, and the console stays responsive while it retries.
    int ticks = 0;
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, &ticker, [&] { ++ticks; });
    ticker.start(50);
    QElapsedTimer responsive;
    responsive.start();
    waitUntil([] { return false; }, 2000);
    CHECK(ticks >= static_cast<int>(responsive.elapsed() / 50) / 4);
    CHECK(cases->model()->rowCount() == caseCount);
    CHECK(window.incidentDetail().incident());

    server.resume();
    clock.restart();
    REQUIRE(waitUntil([&] { return label->isHidden(); }, 20000));
    WARN("status label cleared " << clock.elapsed() << " ms after pg_ctl start");
    CHECK(logButton->isEnabled());
    CHECK(newCase->isEnabled());

    // 2. Left alone, the monitor's own check notices a stopped server.
    monitor->setCheckInterval(2000);
    server.halt();
    clock.restart();
    REQUIRE(waitUntil([&] { return label->isVisible(); }, 10000));
    WARN("status label " << clock.elapsed() << " ms after pg_ctl stop"); // about 2 s: the next check
    CHECK(greyedUnreachable(*logButton));
    server.resume();
    clock.restart();
    REQUIRE(waitUntil([&] { return label->isHidden(); }, 20000));
    WARN("status label cleared " << clock.elapsed() << " ms after pg_ctl start");
    CHECK(logButton->isEnabled());

    // Nothing was queued: the entry typed while down was never written; a new one is.
    REQUIRE(window.incidentDetail().addLogEntry(QStringLiteral("written once the server was back")));
    const auto timeline = [&] {
        QSqlQuery query(console.database->connection());
        query.prepare(QStringLiteral("SELECT summary, remarks FROM incident_events WHERE incident_id = ?"));
        query.addBindValue(static_cast<qlonglong>(theCase.value));
        REQUIRE(query.exec());
        QStringList texts;
        while (query.next()) {
            texts << query.value(0).toString() + QLatin1Char(' ') + query.value(1).toString();
        }
        return texts.join(QLatin1Char('\n'));
    }();
    CHECK(timeline.contains(QStringLiteral("written once the server was back")));
    CHECK_FALSE(timeline.contains(QStringLiteral("typed while the server was down")));
}
