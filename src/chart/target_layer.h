#pragma once

#include "chart/chart_layer.h"

#include <QPointF>

#include <cstdint>
#include <memory>
#include <optional>

namespace marsa::core {
class LiveTargets;
}

namespace marsa::chart {

/// Which past tracks the chart draws.
enum class TrackMode { None, Selected, All };

/// The live AIS targets on the chart (UI.md, after IMO SN.1/Circ.243): a triangle along the
/// heading (else the COG; a circle with neither), notched for Class B; a ring around our Coast
/// Guard units; a line across lost targets; SART, MOB and EPIRB as a red circle with a cross,
/// flashing until acknowledged; AtoN diamond, base station square, SAR aircraft silhouette.
/// Symbols keep their size on screen. Moving targets show their COG/SOG vector; past tracks fade
/// with age; names appear above a scale, decluttered; the selected target gets corner brackets,
/// its heading line and a dashed vector.
///
/// Everything is drawn in the overlay pass, over the chart's cached image: targets move every
/// few seconds, and a moving target must not redraw the land. After applying reports to the
/// LiveTargets, call sync() (optional: painting syncs too) and the canvas's update(); never
/// LayerStack::markChanged().
///
/// Fast enough for 10,000 targets and 1,000,000 track points in view (docs/performance.md):
/// tracks are projected to Mercator once, when their points arrive, and kept as floats; a frame
/// maps them with one multiply-add, skips points closer than 1.5 px to the last one drawn and
/// writes the one-pixel lines straight into an image (LineRaster) with every symbol but the
/// flashing alarms, kept while nothing changes and drawn on another core while the chart's own
/// layers are (prepareOverlay); symbols and names are pre-rendered images.
class TargetLayer final : public ChartLayer {
public:
    explicit TargetLayer(const core::LiveTargets &targets);
    ~TargetLayer() override;

    Kind kind() const override { return Kind::Reference; }
    QString id() const override { return QStringLiteral("targets"); }
    QString title() const override;
    QString description() const override;
    void paint(QPainter &, const RenderContext &) const override {}
    void paintOverlay(QPainter &painter, const RenderContext &context) const override;
    /// Draws the tracks, vectors and steady symbols into the layer's image (the costly part).
    void prepareOverlay(const RenderContext &context, qreal devicePixelRatio) const override;

    /// Reads what changed in the LiveTargets since the last look: projects new track points,
    /// forgets removed targets.
    void sync() const;

    /// The target selected in the console (the Vessels panel, a click on the chart).
    void setSelected(std::optional<std::uint32_t> mmsi);
    std::optional<std::uint32_t> selected() const { return m_selected; }
    void setTrackMode(TrackMode mode) { m_trackMode = mode; }
    TrackMode trackMode() const { return m_trackMode; }
    /// The flash of unacknowledged alarms: the canvas toggles it about once a second.
    void setAlarmPhase(bool bright) { m_alarmBright = bright; }
    bool alarmPhase() const { return m_alarmBright; }
    /// The time tracks fade from, UTC ms (the application's Clock); 0: the newest report.
    void setTime(std::int64_t nowMs) { m_nowMs = nowMs; }
    /// The length of the speed vectors, in minutes of travel (6: ten vectors make an hour).
    void setVectorMinutes(double minutes) { m_vectorMinutes = minutes; }
    double vectorMinutes() const { return m_vectorMinutes; }
    /// Names are shown at this resolution (Mercator metres per pixel) and finer; alarms, own
    /// assets and the selected target are named at every scale.
    void setLabelMaxMetresPerPixel(double metresPerPixel) { m_labelMaxMetresPerPixel = metresPerPixel; }

    /// The target drawn nearest to a point of the screen, within `tolerance` pixels; an alarm
    /// wins over anything else in reach.
    std::optional<std::uint32_t> targetAt(QPointF pixel, const Viewport &viewport,
                                          double tolerance = 14.0) const;

    /// What the last frame drew, for tests and benchmarks.
    struct FrameStats {
        int symbols = 0;
        int labels = 0;
        long trackSegments = 0;
        bool tracksFromCache = false;
    };
    FrameStats lastFrame() const;

private:
    struct State;
    void drawTargetImage(const RenderContext &context, qreal ratio) const;

    const core::LiveTargets &m_targets;
    std::unique_ptr<State> m_state; // caches, filled while painting
    std::optional<std::uint32_t> m_selected;
    TrackMode m_trackMode = TrackMode::All;
    bool m_alarmBright = true;
    std::int64_t m_nowMs = 0;
    double m_vectorMinutes = 6.0;
    double m_labelMaxMetresPerPixel = 150.0; // about 1:480,000 at 33°N on a 96 dpi screen
};

} // namespace marsa::chart
