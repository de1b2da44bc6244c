// Issue 6 end to end: console A opens the Status dialog of a case, console B (its own connection to
// the same database) escalates the case meanwhile, A saves: A is shown both versions and decides.

#include "app_fixture.h"
#include "when_shown.h"

#include "app/action_dialog.h"
#include "app/conflict_dialog.h"
#include "app/incident_detail.h"
#include "app/incidents_panel.h"
#include "chart/chart_palette.h"
#include "storage/asset_repository.h"
#include "storage/incident_service.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QTranslator>
#include <QTreeWidget>
#include <QUndoStack>

using namespace marsa;
using core::EmergencyPhase;
using core::IncidentStatus;
using test::whenShown;

namespace {

/// Console B: its own connection to console A's database, signed in as the Coast Guard supervisor.
struct SecondConsole {
    explicit SecondConsole(test::Console &console)
        : clock(console.clock) {
        auto db = storage::Database::open(console.database->path());
        REQUIRE(db);
        database = std::make_unique<storage::Database>(std::move(db.value()));
        auto user = storage::UserRepository(database->connection())
                        .authenticate(QStringLiteral("cg.supervisor"), storage::demoPassword());
        REQUIRE(user);
        supervisor = user.value();
    }
    storage::IncidentService service() { return {*database, clock}; }

    const core::Clock &clock;
    std::unique_ptr<storage::Database> database;
    core::User supervisor;
};

/// Selects the demonstration case being assessed (INCERFA) in console A.
core::IncidentId selectAssessedCase(test::Console &console) {
    app::IncidentsPanel &panel = console.window->incidentsPanel();
    auto *status = panel.findChild<QComboBox *>(QStringLiteral("statusFilter"));
    status->setCurrentIndex(status->findData(static_cast<int>(IncidentStatus::Assessing)));
    REQUIRE(panel.shownIncidents().size() == 1);
    const core::IncidentId id = panel.shownIncidents().front().id;
    REQUIRE(panel.selectIncident(id));
    REQUIRE(console.window->incidentDetail().incident()->phase == EmergencyPhase::Uncertainty);
    return id;
}

/// Console A with the assessed case selected, and console B.
struct TwoConsoles {
    test::Console console;
    SecondConsole b{console};
    core::IncidentId id = selectAssessedCase(console);
    app::IncidentDetail &detail = console.window->incidentDetail();
};

void waitUntil(const std::function<bool()> &done) {
    QDeadlineTimer deadline(3000);
    while (!done() && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
    }
}

/// What the conflict dialog showed.
struct Shown {
    bool shown = false;
    QStringList headings;
    QStringList mine;
    QStringList theirs;
    QStringList meanwhile;
    bool applyEnabled = false;
    QString applyTip;
    QString note;
};

Shown read(app::ConflictDialog *dialog) {
    Shown shown;
    shown.shown = true;
    auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("conflictTable"));
    for (int column = 0; column < 3; ++column) {
        shown.headings << table->horizontalHeaderItem(column)->text();
    }
    for (int row = 0; row < table->rowCount(); ++row) {
        shown.mine << table->item(row, 0)->text() + QStringLiteral(": ") + table->item(row, 1)->text();
        shown.theirs << table->item(row, 0)->text() + QStringLiteral(": ") + table->item(row, 2)->text();
    }
    if (auto *list = dialog->findChild<QListWidget *>(QStringLiteral("conflictMeanwhile"))) {
        for (int row = 0; row < list->count(); ++row) {
            shown.meanwhile << list->item(row)->text();
        }
    }
    auto *apply = dialog->findChild<QPushButton *>(QStringLiteral("conflictApply"));
    shown.applyEnabled = apply->isEnabled();
    shown.applyTip = apply->toolTip();
    if (auto *note = dialog->findChild<QLabel *>(QStringLiteral("conflictNote"))) {
        shown.note = note->text();
    }
    return shown;
}

QStringList timelineEvents(app::IncidentDetail &detail) {
    auto *timeline = detail.findChild<QTreeWidget *>(QStringLiteral("timeline"));
    QStringList events;
    for (int i = 0; i < timeline->topLevelItemCount(); ++i) {
        events << timeline->topLevelItem(i)->text(2) + QStringLiteral(" | ") +
                      timeline->topLevelItem(i)->text(3);
    }
    return events;
}

/// A opens the Status dialog and picks "Lost contact"; while it is open, B escalates the case to
/// DETRESFA and A's console hears of it; then A saves, and `decide` answers the conflict dialog.
Shown statusChangeAfterEscalation(test::Console &console, SecondConsole &b, core::IncidentId id,
                                  const char *decide) {
    app::IncidentDetail &detail = console.window->incidentDetail();
    const int seen = detail.incident()->version;
    whenShown<app::ActionDialog>([&](app::ActionDialog *dialog) {
        QComboBox *choice = dialog->choiceBox();
        choice->setCurrentIndex(choice->findData(static_cast<int>(IncidentStatus::LostContact)));
        dialog->remarksEdit()->setPlainText(QStringLiteral("no answer on VHF 16 since 10:40"));
        const bool escalated = bool(b.service().changePhase(b.supervisor, id, EmergencyPhase::Distress,
                                                            QStringLiteral("boat capsizing")));
        CHECK(escalated);
        // The case view follows B's change under the open dialog; the change is still made on `seen`.
        waitUntil([&] { return detail.incident()->version == seen + 1; });
        CHECK(detail.incident()->version == seen + 1);
        dialog->accept();
    });
    Shown shown;
    whenShown<app::ConflictDialog>([&shown, decide](app::ConflictDialog *dialog) {
        shown = read(dialog);
        dialog->findChild<QPushButton *>(QString::fromLatin1(decide))->click();
    });
    QTest::mouseClick(detail.findChild<QPushButton *>(QStringLiteral("statusButton")), Qt::LeftButton);
    return shown;
}

} // namespace

TEST_CASE("Keeping the saved version after a conflict leaves the case as the other console saved it and "
          "the officer's change in its timeline") {
    TwoConsoles two;
    auto &[console, b, id, detail] = two;
    const int seen = detail.incident()->version;
    const int undoSteps = console.window->undoStack().count();

    const Shown shown = statusChangeAfterEscalation(console, b, id, "conflictKeep");
    REQUIRE(shown.shown);
    CHECK(shown.headings.at(1) == QStringLiteral("Your change (made on version %1)").arg(seen));
    CHECK(shown.headings.at(2) == QStringLiteral("Saved now (version %1)").arg(seen + 1));
    CHECK(shown.mine ==
          QStringList{QStringLiteral("≠ Phase: INCERFA"), QStringLiteral("≠ Status: Lost contact"),
                      QStringLiteral("Outcome: not recorded"), QStringLiteral("Tasked assets: none tasked")});
    CHECK(shown.theirs ==
          QStringList{QStringLiteral("≠ Phase: DETRESFA"), QStringLiteral("≠ Status: Assessing"),
                      QStringLiteral("Outcome: not recorded"), QStringLiteral("Tasked assets: none tasked")});
    REQUIRE(shown.meanwhile.size() == 1);
    // Time and user isolated from the Arabic around them (U+2066 … U+2069).
    CHECK(shown.meanwhile.front() ==
          QStringLiteral("\u2066%1 UTC\u2069 — \u2066cg.supervisor\u2069 (Coast Guard): Phase INCERFA → "
                         "DETRESFA — boat capsizing")
              .arg(console.clock.now.toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    CHECK(shown.applyEnabled);
    CHECK(shown.note.contains(QStringLiteral("as not applied")));

    const core::Incident stored = storage::IncidentService(*console.database, console.clock).find(id).value();
    CHECK(stored.status == IncidentStatus::Assessing);
    CHECK(stored.phase == EmergencyPhase::Distress);
    CHECK(detail.incident()->version == stored.version); // the view has read the case again
    CHECK(timelineEvents(detail).back() ==
          QStringLiteral(
              "Log entry | Not applied after a conflict: Status Assessing → Lost contact, no answer on "
              "VHF 16 since 10:40"));
    CHECK(console.window->undoStack().count() == undoSteps); // nothing of A's was applied to undo
}

TEST_CASE("Applying after a conflict saves the change on the new version, keeps the other console's, and "
          "undoes and redoes it") {
    TwoConsoles two;
    auto &[console, b, id, detail] = two;
    const int seen = detail.incident()->version;

    const Shown shown = statusChangeAfterEscalation(console, b, id, "conflictApply");
    REQUIRE(shown.shown);
    storage::IncidentService service(*console.database, console.clock);
    core::Incident stored = service.find(id).value();
    CHECK(stored.status == IncidentStatus::LostContact);
    CHECK(stored.phase == EmergencyPhase::Distress); // B's escalation is kept
    CHECK(stored.version == seen + 2);
    CHECK(detail.incident()->status == IncidentStatus::LostContact);
    CHECK(timelineEvents(detail).back() ==
          QStringLiteral("Status Assessing → Lost contact | no answer on VHF 16 since 10:40"));

    // Undo returns to the version A applied over, B's phase and all; redo does the change again.
    QAction *undo = console.window->findChild<QAction *>(QStringLiteral("undoAction"));
    QAction *redo = console.window->findChild<QAction *>(QStringLiteral("redoAction"));
    REQUIRE(undo->isEnabled());
    undo->trigger();
    stored = service.find(id).value();
    CHECK(stored.status == IncidentStatus::Assessing);
    CHECK(stored.phase == EmergencyPhase::Distress);
    REQUIRE(redo->isEnabled());
    redo->trigger();
    CHECK(service.find(id)->status == IncidentStatus::LostContact);
    CHECK(service.find(id)->phase == EmergencyPhase::Distress);

    // Undone again, then B changes the case: redo would write over B's change, so it is refused.
    undo->trigger();
    REQUIRE(b.service().changePhase(b.supervisor, id, EmergencyPhase::Alert, QStringLiteral("boat righted")));
    QString warning;
    whenShown<QMessageBox>([&warning](QMessageBox *box) {
        warning = box->text();
        box->accept();
    });
    redo->trigger();
    CHECK(warning.contains(QStringLiteral("changed by someone else")));
    CHECK(service.find(id)->status == IncidentStatus::Assessing);
    CHECK(service.find(id)->phase == EmergencyPhase::Alert);
}

TEST_CASE(
    "A change the rules no longer allow after a conflict cannot be applied, and is kept as not applied") {
    TwoConsoles two;
    auto &[console, b, id, detail] = two;
    const auto seen = detail.shownState();
    REQUIRE(
        b.service().changeStatus(b.supervisor, id, IncidentStatus::LostContact, QStringLiteral("no AIS")));

    Shown shown;
    whenShown<app::ConflictDialog>([&shown](app::ConflictDialog *dialog) {
        shown = read(dialog);
        QTest::keyClick(dialog, Qt::Key_Escape);
    });
    REQUIRE(detail.changeStatus(IncidentStatus::LostContact, QStringLiteral("no radio"), seen));
    REQUIRE(shown.shown);
    CHECK_FALSE(shown.applyEnabled);
    CHECK(shown.applyTip ==
          QStringLiteral("Case %1 is already Lost contact.").arg(detail.incident()->caseNumber.text()));
    CHECK(shown.note.contains(shown.applyTip));
    CHECK(timelineEvents(detail).back() ==
          QStringLiteral(
              "Log entry | Not applied after a conflict: Status Assessing → Lost contact, no radio"));
}

TEST_CASE("A unit's arrival reported on an old version shows the case as it would be after it, and applies "
          "as a fact") {
    TwoConsoles two;
    auto &[console, b, id, detail] = two;
    auto assets = storage::AssetRepository(console.database->connection(), console.clock).all();
    REQUIRE(assets);
    QString unit;
    for (const core::Asset &asset : assets.value()) { // the first unit free for the case
        if (unit.isEmpty() && asset.isActive && detail.taskAsset(asset.id, {})) {
            unit = asset.name;
        }
    }
    REQUIRE_FALSE(unit.isEmpty());
    REQUIRE(detail.incident()->status == IncidentStatus::AssetTasked);
    const auto seen = detail.shownState();
    const std::int64_t tasking = seen->taskings.back().id;
    const int undoSteps = console.window->undoStack().count();
    REQUIRE(b.service().changePhase(b.supervisor, id, EmergencyPhase::Distress, QStringLiteral("capsizing")));

    Shown shown;
    whenShown<app::ConflictDialog>([&shown](app::ConflictDialog *dialog) {
        shown = read(dialog);
        dialog->findChild<QPushButton *>(QStringLiteral("conflictApply"))->click();
    });
    REQUIRE(detail.assetOnScene(tasking, QStringLiteral("alongside"), seen));
    REQUIRE(shown.shown);
    CHECK(shown.mine.at(1) == QStringLiteral("≠ Status: On scene"));
    CHECK(shown.theirs.at(1) == QStringLiteral("≠ Status: Asset tasked"));
    CHECK(shown.mine.at(3) == QStringLiteral("≠ Tasked assets: %1 (on scene)").arg(unit));
    CHECK(shown.theirs.at(3) == QStringLiteral("≠ Tasked assets: %1").arg(unit));
    CHECK(shown.applyEnabled);
    storage::IncidentService service(*console.database, console.clock);
    CHECK(service.find(id)->status == IncidentStatus::OnScene);
    CHECK(service.find(id)->phase == EmergencyPhase::Distress);
    CHECK(service.tasking(tasking)->onSceneUtc.isValid());
    CHECK(console.window->undoStack().count() == undoSteps); // a fact for the record, not an edit
}

TEST_CASE("The conflict dialog of a case is drawn by day, by night and right to left") {
    // MARSA_SCREENSHOTS=folder keeps the images to look at; otherwise they are drawn and checked only.
    const QString folder = qEnvironmentVariable("MARSA_SCREENSHOTS");
    TwoConsoles two;
    auto &[console, b, id, detail] = two;
    QTranslator translator;
    EmergencyPhase phase = EmergencyPhase::Uncertainty;
    for (const char *look : {"day", "night", "ar"}) {
        INFO(look);
        const bool night = qstrcmp(look, "night") == 0;
        console.window->setPaletteMode(night ? chart::PaletteMode::Night : chart::PaletteMode::Day);
        if (qstrcmp(look, "ar") == 0) {
            REQUIRE(translator.load(QStringLiteral(":/i18n/marsa_ar.qm")));
            QCoreApplication::installTranslator(&translator);
            QApplication::setLayoutDirection(Qt::RightToLeft);
        }
        const auto seen = detail.shownState();
        phase = phase == EmergencyPhase::Distress ? EmergencyPhase::Alert : EmergencyPhase::Distress;
        REQUIRE(
            b.service().changePhase(b.supervisor, id, phase, QStringLiteral("second report from the boat")));
        QImage image;
        QColor caution;
        whenShown<app::ConflictDialog>([&](app::ConflictDialog *dialog) {
            dialog->resize(dialog->sizeHint().expandedTo(QSize(900, 520)));
            image = dialog->grab().toImage();
            caution = dialog->findChild<QTableWidget *>(QStringLiteral("conflictTable"))
                          ->item(0, 2)
                          ->foreground()
                          .color();
            dialog->findChild<QPushButton *>(QStringLiteral("conflictKeep"))->click();
        });
        REQUIRE(
            detail.changeStatus(IncidentStatus::LostContact, QStringLiteral("no answer on VHF 16"), seen));
        REQUIRE_FALSE(image.isNull());
        CHECK(caution ==
              chart::ChartPalette::forMode(night ? chart::PaletteMode::Night : chart::PaletteMode::Day)
                  .colour(chart::ColourToken::UINFO));
        if (!folder.isEmpty()) {
            CHECK(image.save(QDir(folder).filePath(
                QStringLiteral("case-conflict-%1.png").arg(QString::fromLatin1(look)))));
        }
    }
    QApplication::setLayoutDirection(Qt::LeftToRight);
    QCoreApplication::removeTranslator(&translator);
    console.window->setPaletteMode(chart::PaletteMode::Day);
}
