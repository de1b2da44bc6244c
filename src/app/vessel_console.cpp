#include "app/vessel_console.h"

#include "app/chart_canvas.h"
#include "app/feed_status_label.h"
#include "app/feeds_dialog.h"
#include "app/track_history_dialog.h"
#include "app/track_thinning.h"
#include "app/vessel_settings_dialog.h"
#include "app/vessels_panel.h"
#include "chart/layer_stack.h"
#include "chart/own_ship_layer.h"
#include "chart/target_layer.h"
#include "core/bidi.h"
#include "core/clock.h"
#include "core/cpa.h"
#include "core/incident.h"
#include "feeds/feed_config.h"
#include "feeds/feed_manager.h"
#include "replay/exercise_traffic.h"
#include "storage/exercise_traffic.h"
#include "storage/asset_repository.h"
#include "storage/database.h"
#include "storage/journal.h"
#include "storage/track_store.h"

#include "geo/coordinate_format.h"

#include <QAction>
#include <QGeoPositionInfo>
#include <QLabel>
#include <QLocale>
#include <QSettings>
#include <QTableView>
#include <QTimer>

#include <algorithm>
#include <unordered_set>

#include <spdlog/spdlog.h>

namespace marsa::app {
namespace {

constexpr int kTickMs = 1000;
constexpr int kFlashMs = 500;
// Own ship's fix is a reference for ranges and CPAs this long after it came: GPS sentences come
// every second or two, and at 20 kn a minute is a third of a mile.
constexpr std::int64_t kOwnShipFixMaxAgeMs = 60'000;

const QString kReferenceKey = QStringLiteral("vessels/rangesFrom");
const QString kOwnShipReference = QStringLiteral("ownShip");
const QString kCaseReference = QStringLiteral("case");

// The database file the feed worker opens a second connection to; none for an in-memory one.
QString storePath(const storage::Database &database) {
    const QString path = database.path();
    return path.isEmpty() || path == QStringLiteral(":memory:") ? QString() : path;
}

} // namespace

VesselConsole::VesselConsole(storage::Database &database, const core::Clock &clock, chart::LayerStack &layers,
                             ChartCanvas &canvas, QSettings &settings, QWidget *window)
    : QObject(window)
    , m_database(database)
    , m_clock(clock)
    , m_shownClock(clock)
    , m_layers(layers)
    , m_canvas(canvas)
    , m_settings(settings)
    , m_window(window)
    , m_feeds(std::make_unique<feeds::FeedManager>())
    , m_pipeline(std::make_unique<feeds::AisPipeline>(storePath(database))) {
    auto layer = std::make_unique<chart::TargetLayer>(m_targets);
    m_layer = layer.get();
    const int incidents = m_layers.indexOf(QStringLiteral("incidents"));
    m_layers.insert(incidents >= 0 ? incidents + 1 : m_layers.count(), std::move(layer));
    auto ownShip = std::make_unique<chart::OwnShipLayer>();
    m_ownShipLayer = ownShip.get();
    m_layers.insert(m_layers.indexOf(m_layer->id()) + 1, std::move(ownShip));

    m_panel = new VesselsPanel(m_targets, m_shownClock, window);
    m_panel->setObjectName(QStringLiteral("vesselsPanel"));
    connect(m_panel, &VesselsPanel::selectionChanged, this, [this](std::optional<std::uint32_t> mmsi) {
        m_layer->setSelected(mmsi);
        m_canvas.update();
    });
    connect(m_panel, &VesselsPanel::targetActivated, this, [this](std::uint32_t mmsi) {
        if (const core::LiveTarget *target = m_targets.find(mmsi)) {
            m_canvas.centreOn({target->position.lat, target->position.lon});
        }
    });
    connect(m_panel, &VesselsPanel::alarmAcknowledged, this, [this](std::uint32_t mmsi) {
        spdlog::warn("alarm of MMSI {} acknowledged", mmsi);
        journalAcknowledged({mmsi});
        m_canvas.update();
    });
    if (m_settings.value(kReferenceKey).toString() == kOwnShipReference) {
        m_panel->setReference(VesselsPanel::Reference::OwnShip);
    }
    connect(m_panel, &VesselsPanel::referenceChanged, this, [this](VesselsPanel::Reference reference) {
        m_settings.setValue(kReferenceKey, reference == VesselsPanel::Reference::OwnShip ? kOwnShipReference
                                                                                         : kCaseReference);
    });

    m_historyAction = new QAction(tr("Track &history…"), this);
    m_historyAction->setObjectName(QStringLiteral("vesselTrackHistoryAction"));
    m_historyAction->setToolTip(tr("The selected vessel's stored track in a time window"));
    m_panel->view().addAction(m_historyAction);
    connect(m_historyAction, &QAction::triggered, this,
            [this] { showTrackHistory(m_panel->selectedTarget()); });
    m_historyAction->setEnabled(false);
    connect(m_panel, &VesselsPanel::selectionChanged, m_historyAction,
            [this](std::optional<std::uint32_t> mmsi) { m_historyAction->setEnabled(mmsi.has_value()); });
    m_clearHistoryAction = new QAction(tr("C&lear track history"), this);
    m_clearHistoryAction->setObjectName(QStringLiteral("clearTrackHistoryAction"));
    m_clearHistoryAction->setToolTip(tr("Remove the track the Track history dialog drew from the chart"));
    m_clearHistoryAction->setEnabled(false);
    connect(m_clearHistoryAction, &QAction::triggered, this, [this] {
        if (m_history != nullptr) {
            m_history->clearTrack();
        }
    });

    m_thinning = new TrackThinning(storePath(database), m_clock, this);
    connect(m_thinning, &TrackThinning::failed, this, [this](const QString &text) {
        Q_EMIT message(tr("Old vessel tracks could not be thinned: %1").arg(text));
    });

    m_statusLabel = new FeedStatusLabel(window);
    m_statusLabel->setObjectName(QStringLiteral("feedStatusLabel"));
    connect(m_feeds.get(), &feeds::FeedManager::statusChanged, m_statusLabel,
            [this] { m_statusLabel->showStatus(feedStatus()); });
    m_ownShipLabel = new QLabel(window);
    m_ownShipLabel->setObjectName(QStringLiteral("ownShipLabel"));
    m_ownShipLabel->hide();
    connect(m_feeds.get(), &feeds::FeedManager::ownShipPositionUpdated, this, &VesselConsole::showOwnShip);
    connect(m_feeds.get(), &feeds::FeedManager::ownShipHeadingUpdated, this, &VesselConsole::showOwnHeading);

    // Decoding and storing run on the feed worker; batches come back queued, a few a second.
    m_pipeline->moveToThread(m_feeds->workerThread());
    m_feeds->setLineSink(m_pipeline.get());
    connect(m_pipeline.get(), &feeds::AisPipeline::batchReady, this, &VesselConsole::applyBatch,
            Qt::QueuedConnection);
    connect(
        m_pipeline.get(), &feeds::AisPipeline::storageFailed, this,
        [this](const QString &text) {
            spdlog::error("vessel tracks: {}", text.toStdString());
            Q_EMIT message(text);
        },
        Qt::QueuedConnection);

    m_tickTimer = new QTimer(this);
    connect(m_tickTimer, &QTimer::timeout, this, &VesselConsole::tick);
    m_flashTimer = new QTimer(this);
    m_flashTimer->setInterval(kFlashMs);
    connect(m_flashTimer, &QTimer::timeout, this, &VesselConsole::toggleAlarmFlash);
}

VesselConsole::~VesselConsole() {
    stopExerciseTraffic();
    // The pipeline's store connection and timer belong to the worker: close them there, then
    // stop the worker, then let the pipeline go.
    m_feeds->setLineSink(nullptr);
    QMetaObject::invokeMethod(m_pipeline.get(), &feeds::AisPipeline::shutdown, Qt::BlockingQueuedConnection);
    m_feeds.reset();
    m_pipeline.reset();
    delete m_thinning; // waits for a run under way
    m_thinning = nullptr;
    delete m_history; // it reads the targets too
    // The layers read this console's targets and fix: they go with them.
    for (const QString &id : {m_ownShipLayer->id(), m_layer->id()}) {
        if (const int index = m_layers.indexOf(id); index >= 0) {
            m_layers.remove(index);
        }
    }
}

void VesselConsole::start() {
    // Lost and removed after these many minutes without a report (Tools → Vessel settings…);
    // alarms are never removed until acknowledged.
    m_targets.setSettings(withTimeouts(m_targets.settings(), loadTargetTimeouts(m_settings)));
    loadAssets();
    loadStored();
    m_feeds->setFeeds(feeds::loadFeedConfigs(m_settings));
    m_tickTimer->start(kTickMs);
    m_thinning->start();
}

void VesselConsole::applyTimeouts(const TargetTimeouts &timeouts) {
    m_targets.setSettings(withTimeouts(m_targets.settings(), timeouts));
    spdlog::info("vessel targets: lost after {} min, removed after {} min", timeouts.lostAfterMinutes,
                 timeouts.removedAfterMinutes);
    const std::int64_t nowMs = m_clock.nowUtc().toMSecsSinceEpoch();
    m_targets.age(nowMs);
    m_panel->sync();
    m_canvas.update();
}

void VesselConsole::showVesselSettings() {
    VesselSettingsDialog dialog(m_settings, m_database, m_window);
    if (dialog.exec() == QDialog::Accepted) {
        applyTimeouts(dialog.timeouts());
    }
}

void VesselConsole::loadAssets() {
    storage::AssetRepository assets(m_database.connection(), m_clock);
    if (auto all = assets.all()) {
        m_targets.setAssets(all.value());
    } else {
        spdlog::warn("Coast Guard units not read: {}", all.errorMessage().toStdString());
    }
}

void VesselConsole::loadStored() {
    const std::int64_t nowMs = m_clock.nowUtc().toMSecsSinceEpoch();
    const core::LiveTargetSettings &settings = m_targets.settings();
    storage::TrackStore store(m_database);
    // Every track of the last hours in one statement; the vessels heard within the removal time
    // come back as targets, with their track (oldest first) so the table keeps its history.
    auto tracks = store.tracksSince(nowMs - std::max(settings.trackMaxAgeMs, settings.dropAfterMs), nowMs);
    if (!tracks) {
        spdlog::warn("recent vessel tracks not read: {}", tracks.errorMessage().toStdString());
        return;
    }
    std::unordered_set<std::uint32_t> loaded;
    for (const storage::VesselTrack &track : tracks.value()) {
        if (!track.positions.empty() && track.positions.back().timeMs >= nowMs - settings.dropAfterMs) {
            m_targets.apply(std::span<const core::VesselPosition>(track.positions));
            loaded.insert(track.mmsi);
        }
    }
    if (auto statics = store.allStatic()) {
        for (const core::VesselStatic &record : statics.value()) {
            if (loaded.contains(record.mmsi)) {
                m_targets.apply(record);
            }
        }
    } else {
        spdlog::warn("vessels' static data not read: {}", statics.errorMessage().toStdString());
    }
    m_targets.age(nowMs);
    m_panel->sync();
    m_canvas.update();
    spdlog::info("{} vessels heard in the last {} minutes loaded from the track store", m_targets.size(),
                 static_cast<qlonglong>(settings.dropAfterMs / 60'000));
}

TrackHistoryDialog *VesselConsole::trackHistoryDialog() const {
    return m_history.data();
}

void VesselConsole::showTrackHistory(std::optional<std::uint32_t> mmsi) {
    if (m_history == nullptr) {
        m_history = new TrackHistoryDialog(m_database, m_clock, m_targets, m_layers, m_canvas, m_window);
        m_history->setAttribute(Qt::WA_DeleteOnClose, false);
        connect(m_history, &TrackHistoryDialog::trackShownChanged, m_clearHistoryAction,
                &QAction::setEnabled);
    }
    m_history->reload(mmsi);
    m_history->show();
    m_history->raise();
    m_history->activateWindow();
}

void VesselConsole::showFeedsDialog() {
    FeedsDialog dialog(m_settings, m_window);
    connect(&dialog, &FeedsDialog::feedsChanged, m_feeds.get(), &feeds::FeedManager::setFeeds);
    connect(m_feeds.get(), &feeds::FeedManager::statusChanged, &dialog,
            [this, &dialog] { dialog.showStatus(feedStatus()); });
    dialog.showStatus(feedStatus());
    dialog.exec();
}

void VesselConsole::setReferenceIncident(const std::optional<core::Incident> &incident) {
    if (!incident) {
        m_panel->setCaseReference(std::nullopt);
        return;
    }
    m_panel->setCaseReference(core::Motion{incident->latitude, incident->longitude, 0, 0});
}

bool VesselConsole::selectAt(QPointF pixel) {
    if (!m_layer->isVisible()) {
        return false;
    }
    const auto mmsi = m_layer->targetAt(pixel, m_canvas.viewport());
    if (!mmsi) {
        return false;
    }
    if (!m_panel->selectTarget(mmsi)) {
        // Filtered out of the table: the chart still brackets it.
        m_layer->setSelected(mmsi);
        m_canvas.update();
    }
    return true;
}

void VesselConsole::setPaletteMode(chart::PaletteMode mode) {
    m_panel->setPaletteMode(mode);
}

void VesselConsole::enterReplay(const core::Clock &simulated) {
    m_replaying = true;
    m_panel->setAcknowledgeAllowed(false);
    m_shownClock.follow(&simulated);
    showReplayed();
}

void VesselConsole::leaveReplay() {
    m_replaying = false;
    m_panel->setAcknowledgeAllowed(true);
    m_shownClock.follow(nullptr);
    m_targets.clear();
    m_layer->setTime(m_clock.nowUtc().toMSecsSinceEpoch());
    loadStored();
}

void VesselConsole::showReplayed() {
    m_layer->setTime(m_shownClock.nowUtc().toMSecsSinceEpoch());
    m_panel->sync();
    m_panel->refreshAges();
    if (m_targets.counts().unacknowledgedAlarms > 0 && !m_flashTimer->isActive()) {
        m_flashTimer->start();
    }
    m_canvas.update();
}

void VesselConsole::applyBatch(const feeds::TargetBatchPtr &batch) {
    if (!batch || m_replaying) {
        return; // while replaying the feeds are stored, not shown
    }
    m_targets.apply(std::span<const core::VesselPosition>(batch->positions));
    for (const core::VesselStatic &statics : batch->statics) {
        m_targets.apply(statics);
    }
    m_panel->sync();
    if (m_targets.counts().unacknowledgedAlarms > 0 && !m_flashTimer->isActive()) {
        m_flashTimer->start();
    }
    m_canvas.update();
}

void VesselConsole::journalAcknowledged(const std::vector<std::uint32_t> &mmsis) {
    // Into the journal, so that a replay shows the alarm acknowledged from this moment on; with
    // when the target was last heard, so that a replay can tell whether it was still the same one.
    const std::int64_t nowMs = m_clock.nowUtc().toMSecsSinceEpoch();
    std::vector<storage::JournalEntry> entries;
    for (const std::uint32_t mmsi : mmsis) {
        if (const core::LiveTarget *target = m_targets.find(mmsi)) {
            entries.push_back({0, nowMs, storage::JournalKind::AlarmAcknowledged, mmsi,
                               QByteArray::number(static_cast<qlonglong>(target->position.timeMs))});
        }
    }
    if (entries.empty()) {
        return;
    }
    if (auto written = storage::Journal(m_database.connection()).append(entries); !written) {
        spdlog::error("{} alarm acknowledgements are not in the journal: {}", entries.size(),
                      written.errorMessage().toStdString());
    }
    m_acknowledgementsJournalledMs = nowMs;
}

void VesselConsole::tick() {
    const std::int64_t nowMs = m_shownClock.nowUtc().toMSecsSinceEpoch();
    if (!m_replaying && nowMs - m_acknowledgementsJournalledMs >= kAcknowledgementRefreshMs) {
        // The acknowledged alarms still in the table, again: a replay that starts later finds them.
        std::vector<std::uint32_t> acknowledged;
        for (const core::LiveTarget &target : m_targets.targets()) {
            if (target.isAlarm && target.isAcknowledged) {
                acknowledged.push_back(target.mmsi);
            }
        }
        journalAcknowledged(acknowledged);
        m_acknowledgementsJournalledMs = nowMs;
    }
    m_layer->setTime(nowMs);
    // The replay ages its table itself, at the instant it has played.
    if (!m_replaying && m_targets.age(nowMs) > 0) {
        m_panel->sync();
    }
    m_panel->refreshAges();
    updateOwnShipReference(nowMs);
    m_canvas.update();
}

void VesselConsole::updateOwnShipReference(std::int64_t nowMs) {
    const std::optional<chart::OwnShipFix> fix = m_ownShipLayer->fix();
    if (!fix || !m_ownShipFixMs) {
        return; // the panel says "no fix" from the start
    }
    const bool stale = nowMs - *m_ownShipFixMs > kOwnShipFixMaxAgeMs;
    if (stale) {
        if (!m_ownShipFixStale) {
            m_ownShipFixStale = true;
            m_panel->setOwnShipReference(
                std::nullopt, tr("Own ship's last GPS fix is more than a minute old: no ranges from it until "
                                 "the GPS gives a new one"));
        }
        return;
    }
    m_ownShipFixStale = false;
    core::Motion motion{fix->lat, fix->lon, fix->sogKn, fix->cogDeg};
    constexpr double kStoppedKn = 0.05;
    if (std::isnan(motion.cogDeg) && motion.sogKn < kStoppedKn) {
        motion.cogDeg = 0; // stopped: no course, none needed
    }
    m_panel->setOwnShipReference(motion);
}

void VesselConsole::toggleAlarmFlash() {
    if (m_targets.counts().unacknowledgedAlarms == 0) {
        m_flashTimer->stop();
        m_layer->setAlarmPhase(true);
    } else {
        m_layer->setAlarmPhase(!m_layer->alarmPhase());
    }
    m_canvas.update();
}

void VesselConsole::showOwnShip(const QGeoPositionInfo &position) {
    if (!position.isValid() || !position.coordinate().isValid()) {
        return;
    }
    chart::OwnShipFix fix = m_ownShipLayer->fix().value_or(chart::OwnShipFix{});
    fix.lat = position.coordinate().latitude();
    fix.lon = position.coordinate().longitude();
    fix.sogKn = position.hasAttribute(QGeoPositionInfo::GroundSpeed)
                    ? position.attribute(QGeoPositionInfo::GroundSpeed) * 3600.0 / 1852.0
                    : std::numeric_limits<double>::quiet_NaN();
    fix.cogDeg = position.hasAttribute(QGeoPositionInfo::Direction)
                     ? position.attribute(QGeoPositionInfo::Direction)
                     : std::numeric_limits<double>::quiet_NaN();
    fix.headingDeg = m_ownHeadingDeg;
    m_ownShipLayer->setFix(fix);
    const std::int64_t nowMs = m_clock.nowUtc().toMSecsSinceEpoch();
    m_ownShipFixMs = nowMs;
    updateOwnShipReference(nowMs);
    const QLocale locale;
    using core::isolated; // numbers and positions left to right inside an Arabic sentence
    QString text = tr("Own ship %1").arg(isolated(geo::formatPosition({fix.lat, fix.lon}, 2)));
    if (!std::isnan(fix.sogKn)) {
        text += tr(" · %1 kn").arg(locale.toString(fix.sogKn, 'f', 1));
    }
    if (!std::isnan(fix.cogDeg)) {
        text += tr(" · COG %1°").arg(locale.toString(fix.cogDeg, 'f', 0));
    }
    m_ownShipLabel->setText(text);
    m_ownShipLabel->show();
    m_canvas.update();
}

void VesselConsole::showOwnHeading(double headingDeg) {
    // HDT often comes before the fix it belongs to: kept, and drawn once there is a position.
    m_ownHeadingDeg = headingDeg;
    if (auto fix = m_ownShipLayer->fix()) {
        fix->headingDeg = headingDeg;
        m_ownShipLayer->setFix(fix);
        m_canvas.update();
    }
}

} // namespace marsa::app
