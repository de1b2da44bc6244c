#include "app_fixture.h"
#include "conflict_test_support.h"
#include "handover_test_support.h"

#include "app/conflict_dialog.h"
#include "app/handover_dialog.h"
#include "app/handover_form_parts.h"
#include "app/handover_forms.h"
#include "storage/incident_service.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QTimer>
#include <QTranslator>

// Issue 6: two consoles on one database file sign the same handover; the second signature meets the
// conflict dialog with both versions, and neither answer loses anything.

using namespace marsa;
using namespace marsa::test;
using core::HandoverStep;

namespace {

/// DCIM's counts at Zuwara (38 declared), as dcim.officer types them: all 38 to the first centre.
void typeZuwaraCounts(app::StepForm &form) {
    setCount(form, "receivedMen", 30);
    setCount(form, "receivedWomen", 5);
    setCount(form, "receivedBoys", 2);
    setCount(form, "receivedGirls", 1);
    auto *transfers = child<app::RowList>(form, QStringLiteral("transfers"));
    child<QPushButton>(*transfers, QStringLiteral("addRow"))->click();
    app::field<QSpinBox>(transfers->rows().front(), "count")->setValue(38);
}

QStringList logEntries(Console &console, core::IncidentId incident) {
    storage::IncidentService service(*console.database, console.clock);
    auto events = service.timeline(incident);
    REQUIRE(events);
    QStringList texts;
    for (const storage::IncidentEvent &event : events.value()) {
        if (event.kind == QLatin1String("log")) {
            texts << event.remarks;
        }
    }
    return texts;
}

} // namespace

TEST_CASE("Signing a handover another DCIM officer acknowledged meanwhile shows both versions, and keeping "
          "theirs puts the officer's values in the case's log") {
    Console console(QStringLiteral("dcim.officer"));
    const core::DisembarkationId zuwara = demoAt(console, "zuwara");
    app::HandoverDialog dialog(*console.database, console.clock, *console.user, zuwara, false);
    const int seen = dialog.disembarkation().version;
    app::StepForm *form = dialog.form(HandoverStep::Acknowledgement);
    REQUIRE(form != nullptr);
    typeZuwaraCounts(*form);
    REQUIRE(button(dialog, "sign", HandoverStep::Acknowledgement)->isEnabled());

    // The DCIM supervisor, on another console, signs 37 received first.
    OtherConsole other(console, "dcim.supervisor");
    auto theirs = std::get<core::Acknowledgement>(form->stepValues());
    theirs.received.men = 29;
    theirs.transfers.front().count = 37;
    storage::DisembarkationService otherService(*other.database, console.clock);
    REQUIRE(otherService.acknowledge(other.user, zuwara, theirs, seen));
    const QString before = rowCounts(console);

    Shown shown;
    answerConflict(shown, true);
    button(dialog, "sign", HandoverStep::Acknowledgement)->click();
    REQUIRE(shown.seen);
    CHECK(shown.headers.value(1) == QStringLiteral("Your values (on version %1)").arg(seen));
    CHECK(shown.headers.value(2) == QStringLiteral("Signed now (version %1)").arg(seen + 1));
    CHECK(shown.rows.contains(QStringLiteral("≠ Men | 30 | 29")));
    CHECK(shown.rows.contains(QStringLiteral("Women | 5 | 5")));
    CHECK(shown.rows.contains(QStringLiteral("≠ Persons received | 38 | 37")));
    REQUIRE(shown.meanwhile.size() == 1);
    CHECK(shown.meanwhile.front().contains(QStringLiteral("dcim.supervisor")));
    CHECK(shown.meanwhile.front().contains(QStringLiteral("DCIM")));
    CHECK(shown.meanwhile.front().contains(QStringLiteral("step 2 (DCIM acknowledgement)")));
    CHECK(shown.meanwhile.front().contains(QStringLiteral("UTC")));
    // Acknowledged already: signing again is no longer DCIM's turn, and core says so.
    CHECK_FALSE(shown.applyEnabled);
    CHECK_FALSE(shown.applyToolTip.isEmpty());
    CHECK(shown.note.contains(QStringLiteral("case's log")));

    // Kept: the handover holds the supervisor's values, the officer's are in the case's log, and the
    // only row written is that log entry (with its audit row).
    const auto stored = otherService.find(zuwara);
    REQUIRE(stored);
    CHECK(stored->acknowledgement->values.received.men == 29);
    CHECK(stored->version == seen + 1);
    const QStringList log = logEntries(console, stored->incident);
    REQUIRE_FALSE(log.isEmpty());
    CHECK(
        log.back().startsWith(QStringLiteral("Not signed after a conflict: step 2 (DCIM acknowledgement)")));
    CHECK(log.back().contains(QStringLiteral("received 38 persons (30 men")));
    CHECK(rowCounts(console) != before);
    CHECK(dialog.disembarkation().version == seen + 1);
    CHECK(std::get<core::Acknowledgement>(dialog.form(HandoverStep::Acknowledgement)->stepValues())
              .received.men == 29);
    auto *message = child<QLabel>(dialog, QStringLiteral("message"));
    CHECK(message->isVisibleTo(&dialog));
    CHECK(message->text().contains(QStringLiteral("Not signed after a conflict")));
}

TEST_CASE("Signing over a handover explained meanwhile can be applied on the new version, the history "
          "keeping both") {
    Console console(QStringLiteral("dcim.officer"));
    const core::DisembarkationId zawiya = demoAt(console, "az-zawiya"); // returned to DCIM: 89 of 95
    app::HandoverDialog dialog(*console.database, console.clock, *console.user, zawiya, false);
    const int seen = dialog.disembarkation().version;
    app::StepForm *form = dialog.form(HandoverStep::Acknowledgement);
    REQUIRE(form != nullptr);
    setCount(*form, "receivedMen", 70);
    auto *transfers = child<app::RowList>(*form, QStringLiteral("transfers"));
    app::field<QSpinBox>(transfers->rows().front(), "count")->setValue(95);
    REQUIRE(button(dialog, "sign", HandoverStep::Acknowledgement)->isEnabled());

    // The Coast Guard officer explains the discrepancy on another console.
    OtherConsole other(console, "cg.officer");
    storage::DisembarkationService otherService(*other.database, console.clock);
    const auto row = otherService.row(zawiya);
    REQUIRE(row);
    REQUIRE_FALSE(row->unexplained.empty());
    REQUIRE(otherService.explain(other.user, zawiya, row->unexplained.front().rule,
                                 QStringLiteral("six taken off by ambulance before the gate"), seen));
    const auto stepsBefore = otherService.history(zawiya)->size();

    Shown shown;
    answerConflict(shown, false);
    CHECK(dialog.sign(HandoverStep::Acknowledgement));
    REQUIRE(shown.seen);
    CHECK(shown.rows.contains(QStringLiteral("≠ Men | 70 | 64")));
    CHECK(shown.rows.contains(QStringLiteral("≠ Persons received | 95 | 89")));
    REQUIRE(shown.meanwhile.size() == 1);
    CHECK(shown.meanwhile.front().contains(QStringLiteral("explained: six taken off by ambulance")));
    CHECK(shown.applyEnabled);

    // Applied: signed on the new version, the old acknowledgement kept in the history.
    const auto stored = otherService.find(zawiya);
    REQUIRE(stored);
    CHECK(stored->version == seen + 2);
    CHECK(stored->acknowledgement->values.received.men == 70);
    CHECK(stored->acknowledgement->signature.userName == QStringLiteral("dcim.officer"));
    CHECK(stored->state == core::HandoverState::MedicalRecorded);
    CHECK(otherService.history(zawiya)->size() == stepsBefore + 1);
    CHECK(logEntries(console, stored->incident).filter(QStringLiteral("Not signed")).isEmpty());
    CHECK(dialog.disembarkation().version == seen + 2);
}

TEST_CASE("The handover conflict dialog is drawn by day, by night and right to left") {
    // MARSA_SCREENSHOTS=folder keeps the images to look at; otherwise they are drawn and checked only.
    const QString folder = qEnvironmentVariable("MARSA_SCREENSHOTS");
    QTranslator translator;
    for (const char *look : {"day", "night", "ar"}) {
        INFO(look);
        const bool arabic = qstrcmp(look, "ar") == 0;
        Console console(QStringLiteral("dcim.officer"));
        console.window->setPaletteMode(qstrcmp(look, "night") == 0 ? chart::PaletteMode::Night
                                                                   : chart::PaletteMode::Day);
        if (arabic) {
            REQUIRE(translator.load(QStringLiteral(":/i18n/marsa_ar.qm")));
            QCoreApplication::installTranslator(&translator);
            QApplication::setLayoutDirection(Qt::RightToLeft);
        }
        const core::DisembarkationId zuwara = demoAt(console, "zuwara");
        app::HandoverDialog dialog(*console.database, console.clock, *console.user, zuwara, arabic);
        dialog.setCautionColour(console.window->renderer().palette().colour(chart::ColourToken::UINFO));
        app::StepForm *form = dialog.form(HandoverStep::Acknowledgement);
        REQUIRE(form != nullptr);
        typeZuwaraCounts(*form);
        OtherConsole other(console, "dcim.supervisor");
        auto theirs = std::get<core::Acknowledgement>(form->stepValues());
        theirs.received.men = 29;
        theirs.transfers.front().count = 37;
        theirs.remarks = QStringLiteral("one man left the quay before the count");
        REQUIRE(storage::DisembarkationService(*other.database, console.clock)
                    .acknowledge(other.user, zuwara, theirs));
        Shown shown;
        answerConflict(shown, true);
        CHECK_FALSE(dialog.sign(HandoverStep::Acknowledgement));
        REQUIRE(shown.seen);
        CHECK(shown.image.width() > 500);
        if (!folder.isEmpty()) {
            CHECK(shown.image.save(
                QStringLiteral("%1/handover-conflict-%2.png").arg(folder, QString::fromLatin1(look))));
            CHECK(dialog.grab().save(
                QStringLiteral("%1/handover-after-keep-%2.png").arg(folder, QString::fromLatin1(look))));
        }
        if (arabic) {
            QCoreApplication::removeTranslator(&translator);
            QApplication::setLayoutDirection(Qt::LeftToRight);
        }
    }
}

TEST_CASE("An approval over a handover explained or returned meanwhile meets the conflict dialog: applied "
          "on the new version, or kept with nothing written") {
    Console console(QStringLiteral("cg.supervisor"));
    const core::DisembarkationId misrata = demoAt(console, "misrata"); // waiting for review, unexplained
    OtherConsole other(console, "dcim.supervisor");
    storage::DisembarkationService otherService(*other.database, console.clock);
    const QString why = QStringLiteral("one person taken to hospital by a private car before the count");

    SECTION("Explained meanwhile: the approval is applied on the new version") {
        app::HandoverDialog dialog(*console.database, console.clock, *console.user, misrata, false);
        const int seen = dialog.disembarkation().version;
        child<QLineEdit>(dialog, QStringLiteral("approveExplanation_handed_over_received"))->setText(why);
        const auto row = otherService.row(misrata);
        REQUIRE(row);
        REQUIRE(otherService.explain(other.user, misrata, row->unexplained.front().rule,
                                     QStringLiteral("counted twice at the gate"), seen));
        Shown shown;
        answerConflict(shown, false);
        CHECK(dialog.approve());
        REQUIRE(shown.seen);
        CHECK(shown.rows.value(0).startsWith(
            QStringLiteral("≠ Your action, not written yet | Approve, explaining")));
        CHECK(shown.rows.contains(QStringLiteral("≠ Explanations | 0 | 1")));
        CHECK(shown.applyEnabled);
        const auto stored = otherService.find(misrata);
        REQUIRE(stored);
        CHECK(stored->state == core::HandoverState::Approved);
        CHECK(stored->version == seen + 2);
        CHECK(stored->explanations.size() == 2);
    }
    SECTION("Returned meanwhile: approving is refused with core's reason, and keeping writes nothing") {
        app::HandoverDialog dialog(*console.database, console.clock, *console.user, misrata, false);
        const int seen = dialog.disembarkation().version;
        child<QLineEdit>(dialog, QStringLiteral("approveExplanation_handed_over_received"))->setText(why);
        REQUIRE(otherService.returnTo(other.user, misrata, HandoverStep::Acknowledgement,
                                      QStringLiteral("recount at the centre"), seen));
        const QString before = rowCounts(console);
        Shown shown;
        answerConflict(shown, true);
        CHECK_FALSE(dialog.approve());
        REQUIRE(shown.seen);
        CHECK_FALSE(shown.applyEnabled);
        CHECK_FALSE(shown.applyToolTip.isEmpty());
        REQUIRE(shown.meanwhile.size() == 1);
        CHECK(shown.meanwhile.front().contains(QStringLiteral("Returned to step 2")));
        CHECK(rowCounts(console) == before);
        CHECK(otherService.find(misrata)->state == core::HandoverState::Returned);
        auto *message = child<QLabel>(dialog, QStringLiteral("message"));
        CHECK(message->text().contains(QStringLiteral("Not written after a conflict")));
        CHECK(message->text().contains(why));
        CHECK(dialog.disembarkation().version == seen + 1);
    }
}
