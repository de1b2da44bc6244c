#include "app_fixture.h"
#include "handover_test_support.h"

#include "app/disembarkations_panel.h"
#include "app/handover_dialog.h"
#include "app/handover_form_parts.h"
#include "app/handover_forms.h"
#include "app/handover_text.h"
#include "app/new_disembarkation_dialog.h"
#include "storage/disembarkation_service.h"
#include "storage/incident_service.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QTranslator>

// The handover window through the console: each agency signs its own step and nothing else.

using namespace marsa;
using namespace marsa::test;
using core::HandoverStep;

namespace {

QString historyText(app::HandoverDialog &dialog) {
    auto *table = child<QTableWidget>(dialog, QStringLiteral("history"));
    QStringList lines;
    for (int i = 0; i < table->rowCount(); ++i) {
        QStringList cells;
        for (int c = 0; c < table->columnCount(); ++c) {
            cells << table->item(i, c)->text();
        }
        lines << cells.join(QStringLiteral(" | "));
    }
    return lines.join(QLatin1Char('\n'));
}

/// A rubber boat with 12 on board, 10 rescued and 2 missing, its rescue complete: a case the Coast
/// Guard may declare a disembarkation of.
core::Incident rescuedCase(test::Console &console) {
    storage::NewIncident fresh;
    fresh.firstAlertUtc = console.clock.now.addSecs(-6 * 3600);
    fresh.alertSource = core::AlertSource::AlarmPhone;
    fresh.latitude = 33.25;
    fresh.longitude = 12.05;
    fresh.srrs = {QStringLiteral("LBY")};
    fresh.craft = core::CraftType::RubberBoat;
    fresh.personsOnBoard = {12, {}, {}, {}};
    fresh.phase = core::EmergencyPhase::Distress;
    storage::IncidentService service(*console.database, console.clock);
    auto created = service.create(*console.user, fresh, {});
    REQUIRE(created);
    for (core::IncidentStatus next : {core::IncidentStatus::Assessing, core::IncidentStatus::AssetTasked,
                                      core::IncidentStatus::OnScene}) {
        REQUIRE(service.changeStatus(*console.user, created->id, next, {}));
    }
    REQUIRE(service.recordOutcome(*console.user, created->id, {10, 0, 2}, {}));
    auto rescued = service.changeStatus(*console.user, created->id, core::IncidentStatus::RescueComplete, {});
    REQUIRE(rescued);
    return rescued.value();
}

} // namespace

TEST_CASE("A handover walks through all four steps in the handover window, each agency signing its own") {
    test::Console console(QStringLiteral("cg.officer"));
    const core::Incident theCase = rescuedCase(console);
    const core::Incident *incident = &theCase;
    console.window->pollChanges();
    console.window->selectIncident(incident->id);
    auto *declareAction = console.window->findChild<QAction *>(QStringLiteral("newDisembarkationAction"));
    REQUIRE(declareAction != nullptr);
    REQUIRE(declareAction->isEnabled());

    // Step 1: the Coast Guard types the counts; the totals follow and an impossible value keeps Sign off.
    QString totalShown, refusal, nationalityShown;
    bool signOffWhileImpossible = false, signOnWhenFixed = false;
    QTimer::singleShot(0, console.window.get(), [&] {
        auto *dialog = console.window->findChild<app::NewDisembarkationDialog *>();
        if (dialog == nullptr) {
            return;
        }
        QWidget &form = dialog->form();
        auto *place = form.findChild<QComboBox *>(QStringLiteral("place"));
        place->setCurrentIndex(place->findData(QStringLiteral("tripoli")));
        form.findChild<QLineEdit *>(QStringLiteral("unit"))->setText(QStringLiteral("Ubari"));
        form.findChild<QSpinBox *>(QStringLiteral("personsMen"))->setValue(6);
        form.findChild<QSpinBox *>(QStringLiteral("personsWomen"))->setValue(2);
        form.findChild<QSpinBox *>(QStringLiteral("personsBoys"))->setValue(1);
        form.findChild<QSpinBox *>(QStringLiteral("personsGirls"))->setValue(1);
        totalShown = form.findChild<QLabel *>(QStringLiteral("personsTotal"))->text();
        form.findChild<QSpinBox *>(QStringLiteral("unaccompaniedMinors"))->setValue(3);
        refusal = form.findChild<QLabel *>(QStringLiteral("formMessage"))->text();
        signOffWhileImpossible = !dialog->signButton()->isEnabled();
        form.findChild<QSpinBox *>(QStringLiteral("unaccompaniedMinors"))->setValue(1);
        form.findChild<app::RowList *>(QStringLiteral("nationalities"))
            ->findChild<QPushButton *>(QStringLiteral("addRow"))
            ->click();
        auto *rows = form.findChild<app::RowList *>(QStringLiteral("nationalities"));
        rows->rows().front()->findChild<QSpinBox *>(QStringLiteral("count"))->setValue(10);
        nationalityShown = form.findChild<QLabel *>(QStringLiteral("nationalityTotal"))->text();
        signOnWhenFixed = dialog->signButton()->isEnabled();
        dialog->signButton()->click();
    });
    int changes = 0;
    QObject::connect(console.window.get(), &app::MainWindow::handoverChanged, [&] { ++changes; });
    declareAction->trigger();
    CHECK(totalShown == QStringLiteral("Total 10: 8 adults, 2 children, 0 unknown"));
    CHECK(refusal ==
          QStringLiteral("3 unaccompanied minors, but only 2 children (boys and girls) were handed over."));
    CHECK(signOffWhileImpossible);
    CHECK(nationalityShown == QStringLiteral("The nationalities add up to 10 of 10 persons"));
    CHECK(signOnWhenFixed);
    CHECK(changes == 1);
    auto *opened = console.window->findChild<app::HandoverDialog *>();
    REQUIRE(opened != nullptr);
    const core::DisembarkationId id = opened->disembarkationId();
    CHECK(opened->disembarkation().declaration.values.persons.total() == 10);
    CHECK(opened->disembarkation().declaration.signature.userName == QStringLiteral("cg.officer"));
    // The Coast Guard cannot sign DCIM's step, and the button says why before anything is typed.
    CHECK_FALSE(button(*opened, "sign", HandoverStep::Acknowledgement)->isEnabled());
    CHECK(button(*opened, "sign", HandoverStep::Acknowledgement)->toolTip() ==
          core::HandoverRules::mayStart(*console.user, HandoverStep::Acknowledgement, *incident,
                                        opened->disembarkation())
              .reason);
    CHECK(opened->form(HandoverStep::Acknowledgement) == nullptr);
    opened->close();

    // Step 2: DCIM received one person fewer, sent the nine to a detention centre.
    const core::User dcim = signIn(console, "dcim.officer");
    {
        app::HandoverDialog dialog(*console.database, console.clock, dcim, id, false);
        app::StepForm *form = dialog.form(HandoverStep::Acknowledgement);
        REQUIRE(form != nullptr);
        CHECK(form->isEditable());
        CHECK_FALSE(dialog.form(HandoverStep::Declaration)->isEditable());
        auto *transfers = child<app::RowList>(*form, QStringLiteral("transfers"));
        child<QPushButton>(*transfers, QStringLiteral("addRow"))->click();
        REQUIRE(transfers->rows().size() == 1);
        QSpinBox *transferred = app::field<QSpinBox>(transfers->rows().front(), "count");
        transferred->setValue(11);
        setCount(*form, "receivedMen", 7);
        setCount(*form, "receivedWomen", 2);
        setCount(*form, "receivedBoys", 1);
        setCount(*form, "receivedGirls", 1);
        // More received than handed over, without a remark: refused, Sign off.
        CHECK(form->messageLabel()->text() ==
              QStringLiteral(
                  "DCIM received 11, more than the 10 handed over: explain the difference in a remark."));
        CHECK_FALSE(button(dialog, "sign", HandoverStep::Acknowledgement)->isEnabled());
        setCount(*form, "receivedMen", 5);
        CHECK(form->messageLabel()->text() ==
              QStringLiteral("The transfers add up to 11, but DCIM received 9: say where each person went."));
        transferred->setValue(9);
        CHECK(child<QLabel>(*form, QStringLiteral("transferTotal"))->text() ==
              QStringLiteral("The transfers add up to 9 of 9 received; 10 were handed over"));
        REQUIRE(button(dialog, "sign", HandoverStep::Acknowledgement)->isEnabled());
        button(dialog, "sign", HandoverStep::Acknowledgement)->click();
        CHECK(dialog.disembarkation().state == core::HandoverState::Acknowledged);
    }

    // Step 3: the Red Crescent, nothing medical.
    const core::User redCrescent = signIn(console, "lrc.officer");
    {
        app::HandoverDialog dialog(*console.database, console.clock, redCrescent, id, false);
        REQUIRE(dialog.form(HandoverStep::Medical) != nullptr);
        CHECK(dialog.form(HandoverStep::Medical)->isEditable());
        CHECK_FALSE(dialog.form(HandoverStep::Acknowledgement)->isEditable());
        setCount(*dialog.form(HandoverStep::Medical), "medicalCases", -1);
        CHECK(dialog.form(HandoverStep::Medical)->messageLabel()->text() ==
              QStringLiteral("Counts cannot be negative."));
        CHECK_FALSE(button(dialog, "sign", HandoverStep::Medical)->isEnabled());
        setCount(*dialog.form(HandoverStep::Medical), "medicalCases", 0);
        button(dialog, "sign", HandoverStep::Medical)->click();
        CHECK(dialog.disembarkation().state == core::HandoverState::MedicalRecorded);
    }

    // Step 4: the supervisor returns it to DCIM with a reason.
    const core::User supervisor = signIn(console, "cg.supervisor");
    {
        app::HandoverDialog dialog(*console.database, console.clock, supervisor, id, false);
        auto *returnButton = child<QPushButton>(dialog, QStringLiteral("returnTo"));
        child<QComboBox>(dialog, QStringLiteral("returnStep"))->setCurrentIndex(1);
        CHECK_FALSE(returnButton->isEnabled());
        CHECK(returnButton->toolTip() ==
              QStringLiteral("Give the reason for returning the handover to step 2."));
        // Approval waits for the discrepancy between 10 handed over and 9 received.
        auto *approveButton = child<QPushButton>(dialog, QStringLiteral("approve"));
        CHECK_FALSE(approveButton->isEnabled());
        CHECK(approveButton->toolTip().startsWith(QStringLiteral("Explain each discrepancy")));
        child<QLineEdit>(dialog, QStringLiteral("returnReason"))
            ->setText(QStringLiteral("recount at the gate"));
        REQUIRE(returnButton->isEnabled());
        returnButton->click();
        CHECK(dialog.disembarkation().returnedTo() == HandoverStep::Acknowledgement);
    }

    // DCIM signs again: its old values are in the form.
    {
        app::HandoverDialog dialog(*console.database, console.clock, dcim, id, false);
        app::StepForm *form = dialog.form(HandoverStep::Acknowledgement);
        REQUIRE(form != nullptr);
        CHECK(form->isEditable());
        CHECK(std::get<core::Acknowledgement>(form->stepValues()).received.total() == 9);
        child<QPlainTextEdit>(*form, QStringLiteral("remarks"))->setPlainText(QStringLiteral("recounted: 9"));
        button(dialog, "sign", HandoverStep::Acknowledgement)->click();
        CHECK(dialog.disembarkation().state == core::HandoverState::MedicalRecorded);
    }

    // The supervisor explains the discrepancy, approves, then amends the unit's name.
    {
        app::HandoverDialog dialog(*console.database, console.clock, supervisor, id, false);
        int written = 0;
        QObject::connect(&dialog, &app::HandoverDialog::changed, [&] { ++written; });
        auto *tree = child<QTableWidget>(dialog, QStringLiteral("discrepancies"));
        REQUIRE(tree->rowCount() >= 1);
        auto *explain = child<QPushButton>(dialog, QStringLiteral("explain"));
        CHECK_FALSE(explain->isEnabled()); // nothing written yet
        for (int i = 0; i < tree->rowCount(); ++i) {
            tree->setCurrentCell(i, 0);
            CHECK(tree->item(i, 2)->text() == QStringLiteral("Not explained"));
            child<QPlainTextEdit>(dialog, QStringLiteral("explanation"))
                ->setPlainText(QStringLiteral("one person left before the count"));
            REQUIRE(explain->isEnabled());
            explain->click();
        }
        CHECK(tree->item(0, 2)->text() == QStringLiteral("Explained"));
        auto *approveButton = child<QPushButton>(dialog, QStringLiteral("approve"));
        REQUIRE(approveButton->isEnabled());
        approveButton->click();
        CHECK(dialog.disembarkation().state == core::HandoverState::Approved);

        QPushButton *amend = button(dialog, "amend", HandoverStep::Declaration);
        REQUIRE(amend->isEnabled());
        amend->click();
        app::StepForm *form = dialog.form(HandoverStep::Declaration);
        REQUIRE(form->isEditable());
        child<QLineEdit>(*form, QStringLiteral("unit"))->setText(QStringLiteral("Zawia"));
        QPushButton *save = button(dialog, "saveAmendment", HandoverStep::Declaration);
        CHECK_FALSE(save->isEnabled());
        CHECK(save->toolTip() == QStringLiteral("Give the reason for the amendment."));
        child<QLineEdit>(dialog, QStringLiteral("amendReason1"))->setText(QStringLiteral("wrong unit named"));
        REQUIRE(save->isEnabled());
        save->click();
        CHECK(dialog.disembarkation().declaration.values.unit == QStringLiteral("Zawia"));
        CHECK(written == tree->rowCount() + 2);
        const QString history = historyText(dialog);
        INFO(history.toStdString());
        CHECK(history.contains(QStringLiteral("unit Ubari")));
        CHECK(history.contains(QStringLiteral("Signed (replaced)")));
        CHECK(history.contains(QStringLiteral("unit Zawia")));
        CHECK(history.contains(QStringLiteral("Amended: wrong unit named (current)")));
        CHECK(history.contains(
            QStringLiteral("Returned to step 2 (DCIM acknowledgement): recount at the gate")));
        CHECK(history.contains(QStringLiteral("Signed again (current)")));
    }
}

TEST_CASE(
    "In the handover window each agency may fill in only its own step, and is told why not the others") {
    test::Console console(QStringLiteral("cg.officer"));
    const core::DisembarkationId zuwara = demoAt(console, "zuwara"); // declared, waiting for DCIM
    storage::DisembarkationService service(*console.database, console.clock);
    auto context = service.context(zuwara);
    REQUIRE(context);
    struct Expected {
        const char *user;
        std::optional<HandoverStep> editable;
    };
    for (const Expected &expected :
         {Expected{"cg.officer", std::nullopt}, Expected{"dcim.officer", HandoverStep::Acknowledgement},
          Expected{"lrc.officer", std::nullopt}, Expected{"observer", std::nullopt}}) {
        const core::User user = signIn(console, expected.user);
        app::HandoverDialog dialog(*console.database, console.clock, user, zuwara, false);
        INFO(expected.user);
        for (HandoverStep step :
             {HandoverStep::Declaration, HandoverStep::Acknowledgement, HandoverStep::Medical}) {
            const core::Decision may =
                core::HandoverRules::mayStart(user, step, context->incident, context->disembarkation);
            QPushButton *sign = button(dialog, "sign", step);
            CHECK(sign->isEnabled() == (expected.editable == step && dialog.form(step)->isAcceptable()));
            if (expected.editable == step) {
                CHECK(dialog.form(step)->isEditable());
            } else {
                CHECK_FALSE(may);
                CHECK(sign->toolTip() == may.reason);
                CHECK((dialog.form(step) == nullptr || !dialog.form(step)->isEditable()));
            }
        }
        CHECK_FALSE(child<QPushButton>(dialog, QStringLiteral("approve"))->isEnabled());
    }
    // The Red Crescent is told whose turn it is; the Coast Guard that step 2 is DCIM's.
    app::HandoverDialog red(*console.database, console.clock, signIn(console, "lrc.officer"), zuwara, false);
    CHECK(button(red, "sign", HandoverStep::Medical)->toolTip().contains(QStringLiteral("waits for step 2")));
    app::HandoverDialog coastGuard(*console.database, console.clock, *console.user, zuwara, false);
    CHECK(button(coastGuard, "sign", HandoverStep::Acknowledgement)
              ->toolTip()
              .startsWith(QStringLiteral("Only the DCIM signs step 2")));
}

TEST_CASE("A sign forced by the wrong agency is refused by the service and writes nothing") {
    test::Console console(QStringLiteral("cg.officer"));
    const core::DisembarkationId zuwara = demoAt(console, "zuwara");
    const core::User redCrescent = signIn(console, "lrc.officer");
    app::HandoverDialog dialog(*console.database, console.clock, redCrescent, zuwara, false);
    app::StepForm *form = dialog.form(HandoverStep::Declaration);
    REQUIRE(form != nullptr);
    QPushButton *sign = button(dialog, "sign", HandoverStep::Declaration);
    REQUIRE_FALSE(sign->isEnabled());
    int written = 0;
    QObject::connect(&dialog, &app::HandoverDialog::changed, [&] { ++written; });
    const QString before = rowCounts(console);
    form->setEditable(true); // as a tampered console would
    sign->setEnabled(true);
    sign->click();
    CHECK(rowCounts(console) == before);
    CHECK(written == 0);
    auto *message = child<QLabel>(dialog, QStringLiteral("message"));
    CHECK(message->isVisibleTo(&dialog));
    CHECK(message->text().startsWith(QStringLiteral("Only the Coast Guard signs step 1")));
    // The same through the dialog's own call, for DCIM's step the Red Crescent may not fill either.
    CHECK_FALSE(dialog.sign(HandoverStep::Acknowledgement));
    CHECK(rowCounts(console) == before);
}

TEST_CASE("New disembarkation is greyed with core's reason for an agency that does not declare") {
    test::Console console(QStringLiteral("dcim.officer"));
    auto all = storage::IncidentService(*console.database, console.clock).all();
    REQUIRE(all);
    console.window->selectIncident(all->front().id);
    auto *action = console.window->findChild<QAction *>(QStringLiteral("newDisembarkationAction"));
    REQUIRE(action != nullptr);
    CHECK_FALSE(action->isEnabled());
    CHECK(action->toolTip() == core::HandoverRules::mayDeclare(*console.user, all->front()).reason);
    CHECK(action->toolTip().startsWith(QStringLiteral("Only the Coast Guard signs step 1")));
}

TEST_CASE("Handover events on the case timelines have names of their own") {
    for (const char *kind :
         {"handover_declared", "handover_declared_again", "handover_acknowledged", "handover_medical",
          "handover_explained", "handover_approved", "handover_returned", "handover_amended"}) {
        INFO(kind);
        CHECK_FALSE(app::handoverEventName(QString::fromLatin1(kind)).isEmpty());
    }
    CHECK(app::handoverEventName(QStringLiteral("tasked")).isEmpty());
    CHECK(app::timelineEventText(QStringLiteral("tasked"), QStringLiteral("Ubari tasked")) ==
          QStringLiteral("Ubari tasked"));
    test::Console console;
    QStandardItemModel &events = console.window->caseEvents();
    bool found = false;
    for (int row = 0; row < events.rowCount(); ++row) {
        found = found ||
                events.item(row, 3)->text().startsWith(QStringLiteral("Handover acknowledged by DCIM — "));
    }
    CHECK(found);
}

TEST_CASE("The handover window and its forms are drawn by day, by night and right to left") {
    // MARSA_SCREENSHOTS=folder keeps the images to look at; otherwise they are drawn and checked only.
    const QString folder = qEnvironmentVariable("MARSA_SCREENSHOTS");
    test::Console console(QStringLiteral("cg.officer"));
    const core::Incident theCase = rescuedCase(console);
    storage::DisembarkationService service(*console.database, console.clock);
    auto lists = service.lists();
    REQUIRE(lists);
    struct Shot {
        const char *name;
        const char *user;
        const char *place; ///< a demonstration disembarkation, or nullptr for a new declaration
        HandoverStep step;
        int tab; ///< 0 steps, 1 discrepancies, 2 history
    };
    const Shot shots[] = {
        {"declaration", "cg.officer", nullptr, HandoverStep::Declaration, 0},
        {"acknowledgement", "dcim.officer", "zuwara", HandoverStep::Acknowledgement, 0},
        {"medical", "lrc.officer", "al-khums", HandoverStep::Medical, 0},
        {"review", "cg.supervisor", "misrata", HandoverStep::Review, 0},
        {"signed", "cg.supervisor", "misrata", HandoverStep::Acknowledgement, 0},
        {"discrepancies", "cg.supervisor", "misrata", HandoverStep::Review, 1},
        {"history", "cg.supervisor", "az-zawiya", HandoverStep::Review, 2},
    };
    QTranslator translator;
    for (const char *look : {"day", "night", "ar"}) {
        const bool arabic = qstrcmp(look, "ar") == 0;
        console.window->setPaletteMode(qstrcmp(look, "night") == 0 ? chart::PaletteMode::Night
                                                                   : chart::PaletteMode::Day);
        if (arabic) {
            REQUIRE(translator.load(QStringLiteral(":/i18n/marsa_ar.qm")));
            QCoreApplication::installTranslator(&translator);
            QApplication::setLayoutDirection(Qt::RightToLeft);
        }
        for (const Shot &shot : shots) {
            INFO(shot.name << " " << look);
            const core::User user = signIn(console, shot.user);
            std::unique_ptr<QDialog> dialog;
            if (shot.place == nullptr) {
                auto declare = std::make_unique<app::NewDisembarkationDialog>(theCase, lists.value(),
                                                                              console.clock, arabic);
                declare->form().setDeclaration([] {
                    core::Declaration d;
                    d.placeKey = QStringLiteral("tripoli");
                    d.unit = QStringLiteral("Ubari");
                    d.persons = {6, 2, 1, 1, 0};
                    d.unaccompaniedMinors = 3; // more than the children: the message shows
                    d.nationalities = {{QStringLiteral("SD"), 6}, {QStringLiteral("unknown"), 4}};
                    d.monitoringParties = {core::MonitoringParty::Iom, core::MonitoringParty::Other};
                    d.otherMonitoringParty = QStringLiteral("MSF");
                    return d;
                }());
                CHECK_FALSE(declare->signButton()->isEnabled());
                dialog = std::move(declare);
            } else {
                auto handover = std::make_unique<app::HandoverDialog>(*console.database, console.clock, user,
                                                                      demoAt(console, shot.place), arabic);
                handover->showStep(shot.step);
                child<QTabWidget>(*handover, QStringLiteral("handoverTabs"))->setCurrentIndex(shot.tab);
                dialog = std::move(handover);
            }
            dialog->show();
            QCoreApplication::processEvents();
            QCoreApplication::processEvents(); // the tables fit their rows once shown
            const QImage image = dialog->grab().toImage();
            CHECK(image.width() > 600);
            if (!folder.isEmpty()) {
                CHECK(
                    image.save(QStringLiteral("%1/handover-%2-%3.png")
                                   .arg(folder, QString::fromLatin1(shot.name), QString::fromLatin1(look))));
            }
        }
    }
    QCoreApplication::removeTranslator(&translator);
    QApplication::setLayoutDirection(Qt::LeftToRight);
    console.window->setPaletteMode(chart::PaletteMode::Day);
}

TEST_CASE("A supervisor approves with the explanation typed beside the discrepancy, and prints") {
    test::Console console(QStringLiteral("cg.supervisor"));
    const core::DisembarkationId misrata = demoAt(console, "misrata"); // waiting for review, unexplained
    app::HandoverDialog dialog(*console.database, console.clock, *console.user, misrata, false);
    std::vector<core::DisembarkationId> printed;
    QObject::connect(&dialog, &app::HandoverDialog::printRequested,
                     [&](core::DisembarkationId id) { printed.push_back(id); });
    child<QPushButton>(dialog, QStringLiteral("print"))->click();
    REQUIRE(printed.size() == 1);
    CHECK(printed.front() == misrata);

    auto *approve = child<QPushButton>(dialog, QStringLiteral("approve"));
    CHECK_FALSE(approve->isEnabled());
    CHECK(child<QLabel>(dialog, QStringLiteral("reviewMessage"))
              ->text()
              .contains(QStringLiteral("Handed over and received")));
    auto *why = child<QLineEdit>(dialog, QStringLiteral("approveExplanation_handed_over_received"));
    why->setText(QStringLiteral("one person taken to hospital by a private car before the count"));
    REQUIRE(approve->isEnabled());
    approve->click();
    CHECK(dialog.disembarkation().state == core::HandoverState::Approved);
    CHECK(dialog.disembarkation().explanations.size() == 1);
    // Approved: nothing is signed any more, and the watch officer may not amend it.
    CHECK_FALSE(button(dialog, "sign", HandoverStep::Acknowledgement)->isEnabled());
    const core::User officer = signIn(console, "cg.officer");
    app::HandoverDialog officerView(*console.database, console.clock, officer, misrata, false);
    QPushButton *amend = button(officerView, "amend", HandoverStep::Declaration);
    CHECK_FALSE(amend->isEnabled());
    CHECK(amend->toolTip() == QStringLiteral("Only a supervisor amends an approved handover."));
    CHECK_FALSE(child<QPushButton>(officerView, QStringLiteral("explain"))->isEnabled());
}

TEST_CASE("Opening a disembarkation in the Disembarkations panel opens its handover window") {
    test::Console console(QStringLiteral("dcim.officer"));
    const core::DisembarkationId zuwara = demoAt(console, "zuwara");
    app::DisembarkationsPanel &panel = console.window->disembarkationsPanel();
    REQUIRE(panel.selectDisembarkation(zuwara));
    // What a double-click or Enter on the row does.
    Q_EMIT panel.view().activated(panel.view().currentIndex());
    auto *dialog = console.window->findChild<app::HandoverDialog *>();
    REQUIRE(dialog != nullptr);
    CHECK(dialog->isVisible());
    CHECK(dialog->disembarkationId() == zuwara);
    CHECK(dialog->form(HandoverStep::Acknowledgement)->isEditable());
    dialog->close();
}
