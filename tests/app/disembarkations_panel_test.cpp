// The Disembarkations panel and the supervisor's review queue, driven as a user drives them, on the
// demonstration data set: Tripoli approved, Az Zawiya returned to DCIM, Zuwara declared, Al Khums
// acknowledged, Misrata waiting for review with a discrepancy nobody explained yet.

#include "app_fixture.h"

#include "app/disembarkations_panel.h"
#include "app/return_handover_dialog.h"
#include "models/disembarkation_table_model.h"
#include "storage/disembarkation_service.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <algorithm>
#include <map>

using namespace marsa;
using models::DisembarkationTableModel;

namespace {

using Model = DisembarkationTableModel;

core::User account(test::Console &console, const QString &userName) {
    auto user = storage::UserRepository(console.database->connection())
                    .authenticate(userName, storage::demoPassword());
    REQUIRE(user);
    return user.value();
}

QString placeKeyAt(const Model &model, int row) {
    return model.row(row)->disembarkation.declaration.values.placeKey;
}

/// The rows of a model by place key.
std::map<QString, int> rowsByPlace(const Model &model) {
    std::map<QString, int> rows;
    for (int i = 0; i < model.rowCount(); ++i) {
        rows[placeKeyAt(model, i)] = i;
    }
    return rows;
}

QStringList placesShown(const Model &model) {
    QStringList keys;
    for (int i = 0; i < model.rowCount(); ++i) {
        keys << placeKeyAt(model, i);
    }
    keys.sort();
    return keys;
}

core::DisembarkationId idAt(const test::Console &console, const QString &placeKey) {
    return test::landingAt(*console.database, console.clock, placeKey);
}

core::Disembarkation stored(const test::Console &console, core::DisembarkationId id) {
    auto found = storage::DisembarkationService(*console.database, console.clock).find(id);
    REQUIRE(found);
    return found.value();
}

/// The Red Crescent records Al Khums' medical step as the numbers agree: it joins the queue.
void recordAlKhumsMedical(test::Console &console) {
    core::MedicalReport report;
    report.medicalCases = 2; // as many as the Coast Guard referred
    report.remarks = QStringLiteral("two with dehydration treated at the port");
    auto done = storage::DisembarkationService(*console.database, console.clock)
                    .recordMedical(account(console, QStringLiteral("lrc.officer")),
                                   idAt(console, QStringLiteral("al-khums")), report);
    REQUIRE(done);
}

/// DCIM (`dcim`) acknowledges Zuwara's 38, all to a detention centre, and the Red Crescent finds no
/// medical case: the handover waits for review, its numbers agreeing.
core::DisembarkationId bringZuwaraToReview(test::Console &console, const core::User &dcim) {
    storage::DisembarkationService service(*console.database, console.clock);
    const core::DisembarkationId zuwara = idAt(console, QStringLiteral("zuwara"));
    auto lists = service.lists();
    REQUIRE(lists);
    const auto centre =
        std::find_if(lists->facilities.begin(), lists->facilities.end(),
                     [](const core::Facility &f) { return f.kind == core::FacilityKind::DetentionCentre; });
    REQUIRE(centre != lists->facilities.end());
    core::Acknowledgement acknowledgement;
    acknowledgement.received = stored(console, zuwara).declaration.values.persons;
    acknowledgement.transfers = {
        {core::TransferKind::DetentionCentre, centre->id, {}, acknowledgement.received.total()}};
    REQUIRE(service.acknowledge(dcim, zuwara, acknowledgement));
    REQUIRE(service.recordMedical(account(console, QStringLiteral("lrc.officer")), zuwara,
                                  core::MedicalReport{}));
    return zuwara;
}

app::DisembarkationsPanel &panelOf(test::Console &console) {
    return console.window->disembarkationsPanel();
}

void showQueue(app::DisembarkationsPanel &panel) {
    auto *button = panel.findChild<QToolButton *>(QStringLiteral("reviewQueueButton"));
    REQUIRE(button != nullptr);
    REQUIRE(button->isVisibleTo(&panel));
    button->click();
    QCoreApplication::processEvents();
    REQUIRE(panel.queueView().isVisibleTo(&panel));
}

void clickRow(QTableView &view, int row) {
    const QRect rect = view.visualRect(view.model()->index(row, Model::PlaceColumn));
    REQUIRE(rect.isValid());
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, rect.center());
}

template <typename T>
T &child(QWidget &parent, const char *name) {
    auto *found = parent.findChild<T *>(QString::fromLatin1(name));
    REQUIRE(found != nullptr);
    return *found;
}

} // namespace

TEST_CASE("The Disembarkations panel lists the five demonstration landings with places, steps and flags") {
    test::Console console;
    app::DisembarkationsPanel &panel = panelOf(console);
    CHECK(panel.isVisibleTo(console.window.get()));
    const Model &model = panel.model();
    REQUIRE(model.rowCount() == 5);
    const auto rows = rowsByPlace(model);
    const auto text = [&](const char *place, int column) {
        return model.index(rows.at(QString::fromLatin1(place)), column).data().toString();
    };
    CHECK(text("tripoli", Model::PlaceColumn) == QStringLiteral("Tripoli"));
    CHECK(text("az-zawiya", Model::PlaceColumn) == QStringLiteral("Az Zawiya"));
    CHECK(text("misrata", Model::PlaceColumn) == QStringLiteral("Misrata"));
    CHECK(text("tripoli", Model::StepColumn) == QStringLiteral("Approved"));
    CHECK(text("az-zawiya", Model::StepColumn).startsWith(QStringLiteral("Returned to step 2")));
    CHECK(text("zuwara", Model::StepColumn) == QStringLiteral("Declared by the Coast Guard"));
    CHECK(text("al-khums", Model::StepColumn) == QStringLiteral("Acknowledged by DCIM"));
    CHECK(text("misrata", Model::StepColumn) == QStringLiteral("Waiting for review"));
    CHECK(text("tripoli", Model::PersonsColumn) == QStringLiteral("80"));
    CHECK(text("misrata", Model::PersonsColumn) == QStringLiteral("106"));
    CHECK(text("tripoli", Model::DiscrepancyColumn) == QStringLiteral("None"));
    CHECK(text("misrata", Model::DiscrepancyColumn) == QStringLiteral("Unexplained (1)"));
    // Latest brought ashore first.
    const QAbstractItemModel &shown = *panel.view().model();
    for (int row = 1; row < shown.rowCount(); ++row) {
        CHECK(shown.index(row - 1, Model::TimeColumn).data(Model::SortRole).toLongLong() >=
              shown.index(row, Model::TimeColumn).data(Model::SortRole).toLongLong());
    }
}

TEST_CASE("Each filter of the Disembarkations panel narrows the list") {
    test::Console console;
    app::DisembarkationsPanel &panel = panelOf(console);
    const Model &model = panel.model();
    auto &place = child<QComboBox>(panel, "placeFilter");
    auto &state = child<QComboBox>(panel, "stateFilter");
    auto &discrepancy = child<QComboBox>(panel, "discrepancyFilter");

    SECTION("by place, or by a position instead of a place") {
        place.setCurrentIndex(place.findData(QStringLiteral("zuwara")));
        CHECK(placesShown(model) == QStringList{QStringLiteral("zuwara")});
        place.setCurrentIndex(place.count() - 1);
        CHECK(place.currentText() == QStringLiteral("Position"));
        CHECK(model.rowCount() == 0);
        place.setCurrentIndex(0);
        CHECK(model.rowCount() == 5);
    }
    SECTION("by handover step") {
        state.setCurrentIndex(state.findData(static_cast<int>(core::HandoverState::Approved)));
        CHECK(placesShown(model) == QStringList{QStringLiteral("tripoli")});
        state.setCurrentIndex(state.findData(static_cast<int>(core::HandoverState::Returned)));
        CHECK(placesShown(model) == QStringList{QStringLiteral("az-zawiya")});
        state.setCurrentIndex(state.findData(static_cast<int>(core::HandoverState::MedicalRecorded)));
        CHECK(placesShown(model) == QStringList{QStringLiteral("misrata")});
    }
    SECTION("by discrepancy") {
        discrepancy.setCurrentIndex(2);
        CHECK(discrepancy.currentText() == QStringLiteral("Unexplained only"));
        const QStringList unexplained = placesShown(model);
        CHECK(unexplained.contains(QStringLiteral("misrata")));
        CHECK_FALSE(unexplained.contains(QStringLiteral("tripoli")));
        for (int row = 0; row < model.rowCount(); ++row) {
            CHECK(model.index(row, 0).data(Model::DiscrepancyRole).toInt() ==
                  static_cast<int>(Model::Flag::Unexplained));
        }
        discrepancy.setCurrentIndex(1);
        CHECK(placesShown(model).size() >= unexplained.size());
        CHECK(model.rowCount() < 5);
        for (int row = 0; row < model.rowCount(); ++row) {
            CHECK(model.index(row, 0).data(Model::DiscrepancyRole).toInt() !=
                  static_cast<int>(Model::Flag::None));
        }
    }
    SECTION("by the day brought ashore, on a second row shown on demand") {
        auto &dates = child<QToolButton>(panel, "datesButton");
        auto &from = child<QDateEdit>(panel, "fromDate");
        auto &to = child<QDateEdit>(panel, "toDate");
        CHECK_FALSE(from.isVisibleTo(&panel));
        dates.click();
        CHECK(from.isVisibleTo(&panel));
        const QDate today = console.clock.now.date();
        from.setDate(today.addDays(1));
        CHECK(model.rowCount() == 5); // not ticked: no bound
        child<QCheckBox>(panel, "fromCheck").setChecked(true);
        CHECK(panel.filter().from == today.addDays(1));
        CHECK(model.rowCount() == 0);
        from.setDate(today.addDays(-30));
        to.setDate(today.addDays(-30));
        child<QCheckBox>(panel, "toCheck").setChecked(true);
        CHECK(model.rowCount() == 0);
        to.setDate(today);
        CHECK(model.rowCount() == 5);
        // Hiding the dates drops them from the filter: what is not shown does not filter.
        from.setDate(today.addDays(1));
        CHECK(model.rowCount() == 0);
        dates.click();
        CHECK_FALSE(panel.filter().from.isValid());
        CHECK_FALSE(panel.filter().to.isValid());
        CHECK(model.rowCount() == 5);
    }
    SECTION("filters combine") {
        place.setCurrentIndex(place.findData(QStringLiteral("misrata")));
        state.setCurrentIndex(state.findData(static_cast<int>(core::HandoverState::Approved)));
        CHECK(model.rowCount() == 0);
    }
}

TEST_CASE("Double-click, Enter or Open on a disembarkation asks for its handover to be opened") {
    test::Console console(QStringLiteral("cg.supervisor"));
    app::DisembarkationsPanel &panel = panelOf(console);
    QSignalSpy open(&panel, &app::DisembarkationsPanel::openRequested);
    const core::DisembarkationId zuwara = idAt(console, QStringLiteral("zuwara"));
    REQUIRE(panel.selectDisembarkation(zuwara));
    QTableView &view = panel.view();
    view.setFocus();
    QTest::keyClick(&view, Qt::Key_Return);
    REQUIRE(open.size() == 1);
    CHECK(open.takeFirst().at(0).value<core::DisembarkationId>() == zuwara);

    const QRect rect = view.visualRect(view.currentIndex());
    // A double-click is a click, then the second press that the platform reports as a double-click.
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(view.viewport(), Qt::LeftButton, {}, rect.center());
    REQUIRE(open.size() == 1);
    CHECK(open.takeFirst().at(0).value<core::DisembarkationId>() == zuwara);

    showQueue(panel);
    auto &button = child<QPushButton>(panel, "openButton");
    CHECK(button.isVisibleTo(&panel));
    CHECK_FALSE(button.isEnabled());
    const core::DisembarkationId misrata = idAt(console, QStringLiteral("misrata"));
    clickRow(panel.queueView(), panel.queueModel().rowOf(misrata));
    REQUIRE(button.isEnabled());
    button.click();
    REQUIRE(open.size() == 1);
    CHECK(open.takeFirst().at(0).value<core::DisembarkationId>() == misrata);
}

TEST_CASE("The review queue lists unexplained discrepancies first, then the oldest landings") {
    test::Console console(QStringLiteral("cg.supervisor"));
    recordAlKhumsMedical(console);
    bringZuwaraToReview(console, account(console, QStringLiteral("dcim.officer")));
    console.window->pollChanges(); // the new case events reload the panel
    app::DisembarkationsPanel &panel = panelOf(console);
    REQUIRE(panel.showsReviewQueue());
    const Model &queue = panel.queueModel();
    // Misrata (unexplained) although it landed after Al Khums; then Al Khums before Zuwara, the oldest.
    REQUIRE(queue.rowCount() == 3);
    CHECK(placeKeyAt(queue, 0) == QStringLiteral("misrata"));
    CHECK(queue.index(0, 0).data(Model::DiscrepancyRole).toInt() ==
          static_cast<int>(Model::Flag::Unexplained));
    CHECK(placeKeyAt(queue, 1) == QStringLiteral("al-khums"));
    CHECK(placeKeyAt(queue, 2) == QStringLiteral("zuwara"));
    const auto landed = [&](int row) {
        return queue.index(row, Model::TimeColumn).data(Model::SortRole).toLongLong();
    };
    CHECK(landed(1) < landed(0));
    CHECK(landed(1) < landed(2));
    CHECK(child<QToolButton>(panel, "reviewQueueButton").text() == QStringLiteral("Review (3)"));
    const auto expected = storage::DisembarkationService(*console.database, console.clock).reviewQueue();
    REQUIRE(expected);
    for (int row = 0; row < queue.rowCount(); ++row) {
        CHECK(queue.row(row)->disembarkation.id ==
              expected->at(static_cast<std::size_t>(row)).disembarkation.id);
    }
    // The list follows too: Al Khums is waiting for review.
    const auto rows = rowsByPlace(panel.model());
    CHECK(panel.model().index(rows.at(QStringLiteral("al-khums")), Model::StepColumn).data().toString() ==
          QStringLiteral("Waiting for review"));
}

TEST_CASE("A supervisor approves a handover from the queue in two clicks, and the row follows") {
    test::Console console(QStringLiteral("dcim.supervisor"));
    recordAlKhumsMedical(console);
    app::DisembarkationsPanel &panel = panelOf(console);
    panel.reload();
    showQueue(panel);
    auto &approve = child<QPushButton>(panel, "approveButton");
    CHECK_FALSE(approve.isEnabled());
    CHECK(approve.toolTip() == QStringLiteral("Select a handover in the queue."));
    const core::DisembarkationId alKhums = idAt(console, QStringLiteral("al-khums"));
    clickRow(panel.queueView(), panel.queueModel().rowOf(alKhums));
    REQUIRE(panel.selectedInQueue() == alKhums);
    REQUIRE(approve.isEnabled());
    QTest::mouseClick(&approve, Qt::LeftButton);

    CHECK(stored(console, alKhums).state == core::HandoverState::Approved);
    CHECK(panel.queueModel().rowOf(alKhums) == -1);
    const int row = panel.model().rowOf(alKhums);
    REQUIRE(row >= 0);
    CHECK(panel.model().index(row, Model::StepColumn).data().toString() == QStringLiteral("Approved"));
    CHECK(child<QLabel>(panel, "reviewMessage").text().contains(QStringLiteral("approved")));
}

TEST_CASE("A handover changed after the supervisor saw it in the queue is not approved unseen") {
    test::Console console(QStringLiteral("dcim.supervisor"));
    recordAlKhumsMedical(console);
    app::DisembarkationsPanel &panel = panelOf(console);
    panel.reload();
    showQueue(panel);
    const core::DisembarkationId alKhums = idAt(console, QStringLiteral("al-khums"));
    clickRow(panel.queueView(), panel.queueModel().rowOf(alKhums));
    REQUIRE(panel.selectedInQueue() == alKhums);
    const int seen = stored(console, alKhums).version;

    // Meanwhile another supervisor returns it to the Red Crescent, which signs again.
    storage::DisembarkationService service(*console.database, console.clock);
    REQUIRE(service.returnTo(account(console, QStringLiteral("cg.supervisor")), alKhums,
                             core::HandoverStep::Medical, QStringLiteral("count the evacuations again")));
    recordAlKhumsMedical(console);
    const int saved = stored(console, alKhums).version;
    REQUIRE(saved > seen);

    const auto approved = panel.approveSelected();
    REQUIRE_FALSE(approved);
    CHECK(approved.isConflict());
    CHECK(stored(console, alKhums).state == core::HandoverState::MedicalRecorded);
    CHECK(stored(console, alKhums).version == saved);
    // The queue now shows what was saved; approving what it shows goes through.
    REQUIRE(panel.selectInQueue(alKhums));
    const auto again = panel.approveSelected();
    INFO((again ? QString() : again.errorMessage()).toStdString());
    CHECK(again);

    // A return whose reason was typed over an old version keeps the reason on screen.
    const core::DisembarkationId zuwara =
        bringZuwaraToReview(console, account(console, QStringLiteral("dcim.officer")));
    panel.reload();
    REQUIRE(panel.selectInQueue(zuwara));
    REQUIRE(service.returnTo(account(console, QStringLiteral("cg.supervisor")), zuwara,
                             core::HandoverStep::Medical, QStringLiteral("first")));
    REQUIRE(service.recordMedical(account(console, QStringLiteral("lrc.officer")), zuwara,
                                  core::MedicalReport{}));
    const auto returned =
        panel.returnSelected(core::HandoverStep::Acknowledgement, QStringLiteral("recount at the bus"));
    REQUIRE_FALSE(returned);
    CHECK(returned.isConflict());
    CHECK(child<QLabel>(panel, "reviewMessage").text().contains(QStringLiteral("recount at the bus")));
    CHECK(stored(console, zuwara).state == core::HandoverState::MedicalRecorded);
}

TEST_CASE("Approve is greyed with core's reason for a handover with an unexplained discrepancy") {
    test::Console console(QStringLiteral("cg.supervisor"));
    app::DisembarkationsPanel &panel = panelOf(console);
    showQueue(panel);
    const core::DisembarkationId misrata = idAt(console, QStringLiteral("misrata"));
    clickRow(panel.queueView(), panel.queueModel().rowOf(misrata));
    REQUIRE(panel.selectedInQueue() == misrata);
    auto &approve = child<QPushButton>(panel, "approveButton");
    CHECK_FALSE(approve.isEnabled());
    CHECK(approve.toolTip().startsWith(QStringLiteral("Explain each discrepancy of handover")));
    CHECK(approve.toolTip().contains(QStringLiteral("Handed over and received")));
    CHECK(child<QPushButton>(panel, "returnButton").isEnabled());

    SECTION("and the service refuses it when forced: nothing changes") {
        const int version = stored(console, misrata).version;
        const auto forced = panel.approveSelected();
        REQUIRE_FALSE(forced);
        CHECK(forced.errorMessage().startsWith(QStringLiteral("Explain each discrepancy")));
        CHECK(child<QLabel>(panel, "reviewMessage").text() == forced.errorMessage());
        CHECK(stored(console, misrata).state == core::HandoverState::MedicalRecorded);
        CHECK(stored(console, misrata).version == version);
    }
}

TEST_CASE("Approve and Return are greyed with the four-eyes rule for a supervisor who signed a step") {
    test::Console console(QStringLiteral("dcim.supervisor"));
    // The DCIM supervisor acknowledges Zuwara's persons at the port himself.
    const core::DisembarkationId zuwara = bringZuwaraToReview(console, *console.user);
    app::DisembarkationsPanel &panel = panelOf(console);
    panel.reload();
    showQueue(panel);
    clickRow(panel.queueView(), panel.queueModel().rowOf(zuwara));
    REQUIRE(panel.selectedInQueue() == zuwara);
    const QString fourEyes =
        QStringLiteral("You signed step 2 of handover LY-2026-0007/1: another supervisor reviews it.");
    auto &approve = child<QPushButton>(panel, "approveButton");
    auto &giveBack = child<QPushButton>(panel, "returnButton");
    CHECK_FALSE(approve.isEnabled());
    CHECK(approve.toolTip() == fourEyes);
    CHECK_FALSE(giveBack.isEnabled());
    CHECK(giveBack.toolTip() == fourEyes);
    // Forced anyway, the service says the same and writes nothing.
    const auto forced = panel.approveSelected();
    REQUIRE_FALSE(forced);
    CHECK(forced.errorMessage() == fourEyes);
    CHECK(stored(console, zuwara).state == core::HandoverState::MedicalRecorded);
}

TEST_CASE("Return… sends a handover back to the step and with the reason the supervisor gives") {
    test::Console console(QStringLiteral("cg.supervisor"));
    app::DisembarkationsPanel &panel = panelOf(console);
    showQueue(panel);
    const core::DisembarkationId misrata = idAt(console, QStringLiteral("misrata"));
    clickRow(panel.queueView(), panel.queueModel().rowOf(misrata));
    bool dialogSeen = false;
    bool okAtFirst = true;
    int steps = 0;
    // The dialog is modal: fill it in from the event loop it runs. No REQUIRE in here (it would
    // throw through Qt's event loop): what is missing leaves dialogSeen false.
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<app::ReturnHandoverDialog *>(QApplication::activeModalWidget());
        auto *buttons = dialog ? dialog->findChild<QDialogButtonBox *>() : nullptr;
        auto *step = dialog ? dialog->findChild<QComboBox *>(QStringLiteral("returnStep")) : nullptr;
        auto *reason = dialog ? dialog->findChild<QPlainTextEdit *>(QStringLiteral("returnReason")) : nullptr;
        if (buttons == nullptr || step == nullptr || reason == nullptr) {
            if (dialog != nullptr) {
                dialog->reject();
            }
            return;
        }
        QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
        okAtFirst = ok->isEnabled(); // no reason yet
        steps = step->count();
        step->setCurrentIndex(step->findData(static_cast<int>(core::HandoverStep::Acknowledgement)));
        QTest::keyClicks(reason, QStringLiteral("recount at the bus"));
        dialogSeen = ok->isEnabled();
        ok->click();
    });
    child<QPushButton>(panel, "returnButton").click();
    REQUIRE(dialogSeen);
    CHECK_FALSE(okAtFirst);
    CHECK(steps == 3);
    const core::Disembarkation returned = stored(console, misrata);
    CHECK(returned.state == core::HandoverState::Returned);
    CHECK(returned.returnedTo() == core::HandoverStep::Acknowledgement);
    REQUIRE(returned.review);
    CHECK(returned.review->values.reason == QStringLiteral("recount at the bus"));
    CHECK(panel.queueModel().rowCount() == 0);
    CHECK(panel.model()
              .index(panel.model().rowOf(misrata), Model::StepColumn)
              .data()
              .toString()
              .startsWith(QStringLiteral("Returned to step 2")));
}

TEST_CASE(
    "A DCIM officer sees the list without the review queue, and the service refuses a forced approval") {
    test::Console console(QStringLiteral("dcim.officer"));
    app::DisembarkationsPanel &panel = panelOf(console);
    CHECK_FALSE(panel.showsReviewQueue());
    CHECK_FALSE(child<QToolButton>(panel, "reviewQueueButton").isVisibleTo(console.window.get()));
    CHECK_FALSE(child<QPushButton>(panel, "approveButton").isVisibleTo(console.window.get()));
    CHECK_FALSE(child<QPushButton>(panel, "returnButton").isVisibleTo(console.window.get()));
    CHECK(panel.model().rowCount() == 5);

    const core::DisembarkationId misrata = idAt(console, QStringLiteral("misrata"));
    REQUIRE(panel.selectInQueue(misrata));
    const int version = stored(console, misrata).version;
    const auto approved = panel.approveSelected();
    REQUIRE_FALSE(approved);
    CHECK(approved.errorMessage() == QStringLiteral("Only a supervisor reviews a handover."));
    const auto returned = panel.returnSelected(core::HandoverStep::Declaration, QStringLiteral("forced"));
    REQUIRE_FALSE(returned);
    CHECK(stored(console, misrata).state == core::HandoverState::MedicalRecorded);
    CHECK(stored(console, misrata).version == version);
}

TEST_CASE("The Disembarkations panel mirrors right to left and keeps case numbers and times in order") {
    test::Console console(QStringLiteral("cg.supervisor"));
    app::DisembarkationsPanel &panel = panelOf(console);
    panel.setLayoutDirection(Qt::RightToLeft);
    QTest::qWait(20);
    // The row of controls starts on the right: the place filter right of the step filter and of Dates,
    // the Review button at the far left.
    auto &place = child<QComboBox>(panel, "placeFilter");
    auto &state = child<QComboBox>(panel, "stateFilter");
    auto &dates = child<QToolButton>(panel, "datesButton");
    auto &review = child<QToolButton>(panel, "reviewQueueButton");
    CHECK(place.mapTo(&panel, QPoint()).x() > state.mapTo(&panel, QPoint()).x());
    CHECK(state.mapTo(&panel, QPoint()).x() > dates.mapTo(&panel, QPoint()).x());
    CHECK(dates.mapTo(&panel, QPoint()).x() > review.mapTo(&panel, QPoint()).x());
    // The first column is on the right.
    QTableView &view = panel.view();
    CHECK(view.visualRect(view.model()->index(0, Model::CaseColumn)).x() >
          view.visualRect(view.model()->index(0, Model::PlaceColumn)).x());
    // Case numbers and times are left-to-right isolates inside Arabic text (UI.md); numbers stay
    // right-aligned.
    const QModelIndex first = view.model()->index(0, Model::CaseColumn);
    CHECK(first.data().toString().startsWith(QChar(0x2066)));
    CHECK(first.siblingAtColumn(Model::TimeColumn).data().toString().startsWith(QChar(0x2066)));
    CHECK(first.siblingAtColumn(Model::PersonsColumn).data(Qt::TextAlignmentRole).toInt() &
          Qt::AlignAbsolute);
}
