// Tools → Vessel settings…: the live targets' lost and removed times, the track retention, and the
// console's scheduled thinning of old tracks.

#include "app_fixture.h"

#include "app/track_thinning.h"
#include "app/vessel_console.h"
#include "app/vessel_settings_dialog.h"
#include "app/vessels_panel.h"
#include "feeds/ais_pipeline.h"
#include "storage/track_retention.h"
#include "storage/track_store.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace marsa;

namespace {

constexpr std::uint32_t kDrifter = 642'555'001;

QSpinBox *field(QWidget &dialog, const char *name) {
    auto *box = dialog.findChild<QSpinBox *>(QString::fromLatin1(name));
    REQUIRE(box != nullptr);
    return box;
}

/// Runs act on the vessel settings dialog once it is shown modally (inside its own loop).
void whenSettingsShown(std::function<void(app::VesselSettingsDialog &)> act) {
    auto *poll = new QTimer;
    QObject::connect(poll, &QTimer::timeout, [poll, act] {
        if (auto *dialog = qobject_cast<app::VesselSettingsDialog *>(QApplication::activeModalWidget())) {
            poll->stop();
            poll->deleteLater();
            act(*dialog);
        }
    });
    poll->start(10);
}

void clickOk(QWidget &dialog) {
    if (auto *buttons = dialog.findChild<QDialogButtonBox *>()) {
        buttons->button(QDialogButtonBox::Ok)->click();
    }
}

storage::TrackRetention storedRetention(test::Console &console) {
    auto retention = storage::loadTrackRetention(console.database->connection());
    REQUIRE(retention);
    return retention.value();
}

} // namespace

TEST_CASE("The target timeouts are checked: bounds, and removal after loss") {
    CHECK(app::targetTimeoutsProblem({8, 20}).isEmpty());
    CHECK(app::targetTimeoutsProblem({1, 2}).isEmpty());
    CHECK(app::targetTimeoutsProblem({120, 1440}).isEmpty());
    CHECK_FALSE(app::targetTimeoutsProblem({0, 20}).isEmpty());
    CHECK_FALSE(app::targetTimeoutsProblem({121, 1440}).isEmpty());
    CHECK_FALSE(app::targetTimeoutsProblem({8, 1441}).isEmpty());
    CHECK(app::targetTimeoutsProblem({10, 10}).contains(QStringLiteral("later than")));
    CHECK_FALSE(app::targetTimeoutsProblem({10, 9}).isEmpty());
    // The defaults are LiveTargetSettings' own.
    CHECK(app::TargetTimeouts{}.lostAfterMinutes == 8);
    CHECK(app::TargetTimeouts{}.removedAfterMinutes == 20);
    const core::LiveTargetSettings applied = app::withTimeouts({}, {3, 45});
    CHECK(applied.lostAfterMs == 3 * 60'000);
    CHECK(applied.dropAfterMs == 45 * 60'000);
}

TEST_CASE("Hand-edited timeouts the console cannot use give way to the defaults") {
    test::Console console;
    console.settings->setValue(QStringLiteral("vessels/lostAfterMinutes"), 30);
    console.settings->setValue(QStringLiteral("vessels/removedAfterMinutes"), 10); // before lost
    CHECK(app::loadTargetTimeouts(*console.settings) == app::TargetTimeouts{});
    console.settings->setValue(QStringLiteral("vessels/removedAfterMinutes"), QStringLiteral("soon"));
    CHECK(app::loadTargetTimeouts(*console.settings) == app::TargetTimeouts{});
    console.settings->setValue(QStringLiteral("vessels/removedAfterMinutes"), 60);
    CHECK(app::loadTargetTimeouts(*console.settings) == app::TargetTimeouts{30, 60});
    console.open(); // a new start reads them
    CHECK(console.window->vessels().targets().settings().lostAfterMs == 30 * 60'000);
    CHECK(console.window->vessels().targets().settings().dropAfterMs == 60 * 60'000);
}

TEST_CASE("Vessel settings refuses removal before loss with a message, and changes nothing") {
    test::Console console;
    const storage::TrackRetention before = storedRetention(console);
    app::VesselSettingsDialog dialog(*console.settings, *console.database);
    dialog.show();
    CHECK(field(dialog, "lostAfter")->value() == 8);
    CHECK(field(dialog, "removedAfter")->value() == 20);
    CHECK(field(dialog, "fullDetailDays")->value() == before.fullDetailDays);
    CHECK(field(dialog, "maxGapMinutes")->value() == before.maxGapMinutes);
    auto *message = dialog.findChild<QLabel *>(QStringLiteral("message"));
    REQUIRE(message != nullptr);
    CHECK(message->isHidden());

    field(dialog, "lostAfter")->setValue(15);
    field(dialog, "removedAfter")->setValue(15);
    field(dialog, "fullDetailDays")->setValue(30);
    clickOk(dialog);
    CHECK(dialog.isVisible());
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(message->isVisible());
    CHECK(message->text().contains(QStringLiteral("removed later than it is drawn lost")));
    // Neither the settings file nor the database changed.
    CHECK_FALSE(console.settings->contains(QStringLiteral("vessels/lostAfterMinutes")));
    CHECK(storedRetention(console) == before);

    // The spin boxes hold the bounds: nothing out of range can be typed.
    CHECK(field(dialog, "lostAfter")->maximum() == app::TargetTimeouts::kMaxLostMinutes);
    CHECK(field(dialog, "removedAfter")->maximum() == app::TargetTimeouts::kMaxRemovedMinutes);
    CHECK(field(dialog, "fullDetailDays")->maximum() == 3650);
    CHECK(field(dialog, "toleranceMetres")->maximum() == 1000);
}

TEST_CASE("Vessel settings from the Tools menu apply the timeouts at once and store the retention") {
    test::Console console;
    app::VesselConsole &vessels = console.window->vessels();
    // A vessel last heard five minutes ago: live by the default eight minutes.
    core::VesselPosition heard;
    heard.mmsi = kDrifter;
    heard.timeMs = console.clock.now.toMSecsSinceEpoch() - 5 * 60'000;
    heard.lat = 33.2;
    heard.lon = 12.9;
    heard.messageType = 1;
    auto batch = std::make_shared<feeds::TargetBatch>();
    batch->positions.push_back(heard);
    vessels.applyBatch(batch);
    vessels.tick();
    REQUIRE(vessels.targets().find(kDrifter) != nullptr);
    CHECK(vessels.targets().find(kDrifter)->state == core::TargetState::Live);

    auto *action = console.window->findChild<QAction *>(QStringLiteral("vesselSettingsAction"));
    REQUIRE(action != nullptr);
    bool shown = false;
    whenSettingsShown([&shown](app::VesselSettingsDialog &dialog) {
        shown = true;
        dialog.findChild<QSpinBox *>(QStringLiteral("lostAfter"))->setValue(3);
        dialog.findChild<QSpinBox *>(QStringLiteral("removedAfter"))->setValue(45);
        dialog.findChild<QSpinBox *>(QStringLiteral("fullDetailDays"))->setValue(30);
        dialog.findChild<QSpinBox *>(QStringLiteral("toleranceMetres"))->setValue(50);
        dialog.findChild<QSpinBox *>(QStringLiteral("maxGapMinutes"))->setValue(15);
        clickOk(dialog);
    });
    action->trigger();
    REQUIRE(shown);

    // Lost now, not at the next start.
    CHECK(vessels.targets().settings().lostAfterMs == 3 * 60'000);
    CHECK(vessels.targets().settings().dropAfterMs == 45 * 60'000);
    CHECK(vessels.targets().find(kDrifter)->state == core::TargetState::Lost);
    CHECK(console.settings->value(QStringLiteral("vessels/lostAfterMinutes")).toInt() == 3);
    CHECK(console.settings->value(QStringLiteral("vessels/removedAfterMinutes")).toInt() == 45);
    // The retention where TrackRetention keeps it: the database's meta table.
    CHECK(storedRetention(console) == storage::TrackRetention{30, 50.0, 15});
    QSqlQuery meta(console.database->connection());
    REQUIRE(
        meta.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'track_retention.full_detail_days'")));
    REQUIRE(meta.next());
    CHECK(meta.value(0).toString() == QStringLiteral("30"));
}

TEST_CASE("Vessel settings repairs a damaged retention, and mirrors right to left") {
    test::Console console;
    QSqlQuery damage(console.database->connection());
    REQUIRE(damage.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('track_retention.max_gap_min', "
                                       "'often') ON CONFLICT (key) DO UPDATE SET value = excluded.value")));
    app::VesselSettingsDialog dialog(*console.settings, *console.database);
    dialog.setLayoutDirection(Qt::RightToLeft);
    dialog.show();
    QTest::qWait(20);
    auto *message = dialog.findChild<QLabel *>(QStringLiteral("message"));
    REQUIRE(message != nullptr);
    CHECK(message->isVisible());
    CHECK(message->text().contains(QStringLiteral("damaged")));
    CHECK(field(dialog, "maxGapMinutes")->value() == storage::TrackRetention{}.maxGapMinutes);

    // Mirrored: each field left of its label; the numbers keep their right alignment.
    for (const char *name :
         {"lostAfter", "removedAfter", "fullDetailDays", "toleranceMetres", "maxGapMinutes"}) {
        QSpinBox *box = field(dialog, name);
        QWidget *form = box->parentWidget();
        auto *layout = qobject_cast<QFormLayout *>(form->layout());
        REQUIRE(layout != nullptr);
        QWidget *label = layout->labelForField(box);
        REQUIRE(label != nullptr);
        INFO(name);
        CHECK(box->geometry().right() < label->geometry().left());
        // Nothing clipped: the label has the room its text needs.
        CHECK(label->width() >= label->sizeHint().width());
        CHECK(box->width() >= box->minimumSizeHint().width());
        CHECK((box->alignment() & Qt::AlignAbsolute) != 0);
    }
    if (const QByteArray dir = qgetenv("MARSA_SCREENSHOT_DIR"); !dir.isEmpty()) {
        dialog.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/vessel-settings-rtl.png"));
        dialog.setLayoutDirection(Qt::LeftToRight);
        QTest::qWait(20);
        dialog.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/vessel-settings.png"));
    }

    clickOk(dialog);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(storedRetention(console) == storage::TrackRetention{});
}

TEST_CASE("Old tracks are thinned off the GUI thread by the stored retention, and the run is logged") {
    test::Console console;
    // FEZZAN's demonstration track is recent: put two old hours of a drifting boat behind it, a
    // report a minute going straight north, ten days ago.
    const std::int64_t startMs = console.clock.now.toMSecsSinceEpoch() - 10LL * 24 * 3600 * 1000;
    std::vector<core::VesselPosition> old;
    for (int minute = 0; minute < 120; ++minute) {
        core::VesselPosition p;
        p.mmsi = kDrifter;
        p.timeMs = startMs + minute * 60'000LL;
        p.lat = 33.0 + minute * 0.003;
        p.lon = 12.0;
        p.sog = 10.5F;
        p.cog = 0.0F;
        p.messageType = 1;
        old.push_back(p);
    }
    storage::TrackStore store(*console.database);
    REQUIRE(store.appendPositions(old));
    const std::int64_t before = store.positionCount().value();
    REQUIRE(storage::saveTrackRetention(console.database->connection(), {7, 25.0, 10}));

    app::VesselConsole &vessels = console.window->vessels();
    app::TrackThinning &thinning = vessels.thinning();
    CHECK(thinning.isScheduled()); // at start, and every six hours after
    QSignalSpy finished(&thinning, &app::TrackThinning::finished);
    QSignalSpy failed(&thinning, &app::TrackThinning::failed);
    REQUIRE(thinning.runNow());
    // runNow returned before the thinning was done: the result comes through the event loop, and a
    // second run is refused meanwhile.
    CHECK(finished.isEmpty());
    CHECK(thinning.isRunning());
    CHECK_FALSE(thinning.runNow());
    REQUIRE(finished.wait(20'000));
    CHECK(failed.isEmpty());
    CHECK_FALSE(thinning.isRunning());
    const auto run = finished.front().front().value<storage::RetentionRun>();
    CHECK(run.retention == storage::TrackRetention{7, 25.0, 10});
    CHECK(run.cutoffMs == console.clock.now.toMSecsSinceEpoch() - 7LL * 24 * 3600 * 1000);
    // The two hours: one point every ten minutes and the last remain, 13 of 120 (as in
    // TrackStore's own test).
    CHECK(run.thinned.examined == 120);
    CHECK(run.thinned.removed == 107);
    CHECK(store.positionCount().value() == before - 107);
    auto track = store.track(kDrifter, 0, console.clock.now.toMSecsSinceEpoch());
    REQUIRE(track);
    CHECK(track->size() == 13);
}
