#pragma once

#include "chart/chart_layer.h"

#include <cstdint>
#include <limits>
#include <optional>

namespace marsa::chart {

/// Own ship's GPS fix: where the console itself is, when it runs aboard a patrol boat or has a
/// GPS of its own. Not-available values are NaN.
struct OwnShipFix {
    double lat = 0; ///< degrees north
    double lon = 0; ///< degrees east
    double sogKn = std::numeric_limits<double>::quiet_NaN();
    double cogDeg = std::numeric_limits<double>::quiet_NaN();
    double headingDeg = std::numeric_limits<double>::quiet_NaN();
};

/// Own ship on the chart, as bridge displays draw it (IMO SN.1/Circ.243): two concentric circles,
/// a heading line when the heading is known and a dashed 6-minute course-and-speed vector when
/// under way. Drawn every frame over the cached chart, at constant screen size.
class OwnShipLayer final : public ChartLayer {
public:
    Kind kind() const override { return Kind::Reference; }
    QString id() const override { return QStringLiteral("ownShip"); }
    QString title() const override;
    QString description() const override;
    void paint(QPainter &, const RenderContext &) const override {}
    void paintOverlay(QPainter &painter, const RenderContext &context) const override;

    void setFix(std::optional<OwnShipFix> fix) { m_fix = fix; }
    const std::optional<OwnShipFix> &fix() const { return m_fix; }

private:
    std::optional<OwnShipFix> m_fix;
};

} // namespace marsa::chart
