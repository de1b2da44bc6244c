#pragma once

#include "chart/chart_layer.h"
#include "core/vessel.h"

#include <QColor>

#include <cstdint>
#include <vector>

namespace marsa::chart {

/// One vessel's past track read from the track store (Tools → Track history…): a line through
/// its positions in the blue accent (UINFB, no red: red is for alarms), a dot with the UTC time
/// every few minutes (5 to 24 hours apart, whatever keeps the dots about 30 pixels apart and the
/// labels from overlapping), an open circle at the start and a filled one at the end with the
/// vessel's name.
///
/// Drawn in the cached pass: the track does not move while the chart pans, and a few thousand
/// points drawn once per zoom cost nothing; setTrack and clear therefore need the LayerStack's
/// markChanged.
class HistoryTrackLayer final : public ChartLayer {
public:
    Kind kind() const override { return Kind::Reference; }
    QString id() const override { return QStringLiteral("history-track"); }
    QString title() const override;
    QString description() const override;
    void paint(QPainter &painter, const RenderContext &context) const override;
    std::optional<MercatorRect> extent() const override;

    /// Replaces the track drawn: positions oldest first; name labels the end (the MMSI when empty).
    void setTrack(std::uint32_t mmsi, std::vector<core::VesselPosition> positions, const QString &name = {});
    void clear();
    bool isEmpty() const { return m_positions.empty(); }
    std::uint32_t mmsi() const { return m_mmsi; }
    const std::vector<core::VesselPosition> &positions() const { return m_positions; }

    /// The colour of the line, its dots and marks.
    static QColor lineColour(const ChartPalette &palette);
    /// Minutes between the time dots for a track drawn `pixelsPerMinute` on screen (on average).
    static int tickMinutes(double pixelsPerMinute);

private:
    std::uint32_t m_mmsi = 0;
    QString m_name;
    std::vector<core::VesselPosition> m_positions;
};

} // namespace marsa::chart
