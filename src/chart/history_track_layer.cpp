#include "chart/history_track_layer.h"

#include "chart/painting.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFontMetricsF>
#include <QLineF>
#include <QPainter>
#include <QPainterPath>
#include <QStringList>

#include <array>
#include <cmath>

namespace marsa::chart {

namespace {

constexpr std::int64_t kMinuteMs = 60'000;

QString timeLabel(std::int64_t timeMs) {
    return QDateTime::fromMSecsSinceEpoch(timeMs, Qt::UTC).toString(QStringLiteral("HH:mm"));
}

} // namespace

QString HistoryTrackLayer::title() const {
    return QCoreApplication::translate("marsa::chart::HistoryTrackLayer", "Track history");
}

QString HistoryTrackLayer::description() const {
    return QCoreApplication::translate("marsa::chart::HistoryTrackLayer",
                                       "The stored track shown by Tools → Track history…, times in UTC");
}

QColor HistoryTrackLayer::lineColour(const ChartPalette &palette) {
    return palette.colour(ColourToken::UINFB);
}

int HistoryTrackLayer::tickMinutes(double pixelsPerMinute) {
    static constexpr std::array<int, 10> kSteps{5, 10, 15, 30, 60, 120, 180, 360, 720, 1440};
    for (const int step : kSteps) {
        if (step * pixelsPerMinute >= 30.0) {
            return step;
        }
    }
    return kSteps.back();
}

void HistoryTrackLayer::setTrack(std::uint32_t mmsi, std::vector<core::VesselPosition> positions,
                                 const QString &name) {
    m_mmsi = mmsi;
    m_positions = std::move(positions);
    m_name = name.isEmpty() ? QString::number(mmsi) : name;
}

void HistoryTrackLayer::clear() {
    m_mmsi = 0;
    m_positions.clear();
    m_name.clear();
}

std::optional<MercatorRect> HistoryTrackLayer::extent() const {
    if (m_positions.empty()) {
        return std::nullopt;
    }
    double south = 90, north = -90, west = 180, east = -180;
    for (const core::VesselPosition &p : m_positions) {
        south = std::min(south, p.lat);
        north = std::max(north, p.lat);
        west = std::min(west, p.lon);
        east = std::max(east, p.lon);
    }
    return MercatorRect::fromLatLon({south, west}, {north, east});
}

void HistoryTrackLayer::paint(QPainter &painter, const RenderContext &context) const {
    if (m_positions.empty()) {
        return;
    }
    const Viewport &viewport = context.viewport;
    const QColor ink = lineColour(context.palette);
    const QColor halo = context.palette.colour(ColourToken::DEPDW);
    const QColor text = context.palette.colour(ColourToken::UINFD);

    std::vector<QPointF> points;
    points.reserve(m_positions.size());
    double length = 0;
    for (const core::VesselPosition &p : m_positions) {
        const QPointF at = viewport.toScreen(geo::LatLon{p.lat, p.lon});
        if (!points.empty()) {
            length += std::hypot(at.x() - points.back().x(), at.y() - points.back().y());
        }
        points.push_back(at);
    }
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setBrush(Qt::NoBrush);
    // A halo under the line keeps it readable over the target layer's tracks and over land.
    painter.setPen(QPen(halo, 5.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawPolyline(points.data(), static_cast<int>(points.size()));
    painter.setPen(QPen(ink, 2.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawPolyline(points.data(), static_cast<int>(points.size()));

    // Time dots on whole multiples of the step (UTC), placed between the two positions around them.
    const std::int64_t first = m_positions.front().timeMs;
    const std::int64_t last = m_positions.back().timeMs;
    const double minutes = static_cast<double>(last - first) / kMinuteMs;
    if (minutes > 0 && length > 0) {
        const std::int64_t step = tickMinutes(length / minutes) * kMinuteMs;
        painter.setFont(chartFont(11));
        QRectF lastLabel;
        std::size_t segment = 1;
        for (std::int64_t tick = (first / step + 1) * step; tick < last; tick += step) {
            while (segment < m_positions.size() && m_positions[segment].timeMs < tick) {
                ++segment;
            }
            if (segment >= m_positions.size()) {
                break;
            }
            const core::VesselPosition &a = m_positions[segment - 1];
            const core::VesselPosition &b = m_positions[segment];
            const double f = b.timeMs == a.timeMs ? 0.0
                                                  : static_cast<double>(tick - a.timeMs) /
                                                        static_cast<double>(b.timeMs - a.timeMs);
            const QPointF at = points[segment - 1] + (points[segment] - points[segment - 1]) * f;
            painter.setPen(QPen(halo, 1.5));
            painter.setBrush(ink);
            painter.drawEllipse(at, 3.5, 3.5);
            const QPointF anchor = at + QPointF(6, -5);
            const QString label = timeLabel(tick);
            const QRectF bounds = textBounds(painter, anchor, label).adjusted(-2, -2, 2, 2);
            // No label crowding the start and end marks, which carry their own times.
            const bool nearEnds =
                QLineF(at, points.front()).length() < 28.0 || QLineF(at, points.back()).length() < 40.0;
            if (!nearEnds && !bounds.intersects(lastLabel)) {
                drawHaloText(painter, anchor, label, text, halo);
                lastLabel = bounds;
            }
        }
    }

    // Start: an open circle with its time; end: a filled circle with the name and its time, set
    // beyond the end in the direction of travel (away from the line, and from the live target's
    // own label, which sits to its right), right-aligned when the vessel went west.
    painter.setPen(QPen(ink, 2.5));
    painter.setBrush(halo);
    painter.drawEllipse(points.front(), 6.0, 6.0);
    painter.setPen(QPen(halo, 2.0));
    painter.setBrush(ink);
    painter.drawEllipse(points.back(), 7.0, 7.0);
    const auto away = [&points](bool atEnd) {
        const QPointF from = atEnd ? points.back() : points.front();
        for (std::size_t i = 1; i < points.size(); ++i) {
            const QPointF other = atEnd ? points[points.size() - 1 - i] : points[i];
            const QLineF line(other, from);
            if (line.length() > 6.0) {
                return QPointF(line.dx() / line.length(), line.dy() / line.length());
            }
        }
        return QPointF(1.0, 0.0);
    };
    const auto label = [&](const QPointF &mark, const QPointF &direction, const QStringList &lines) {
        const QPointF base = mark + direction * 22.0;
        const QFontMetricsF metrics(painter.font());
        double y =
            base.y() + (direction.y() < -0.5 ? -metrics.height() * (lines.size() - 1) : metrics.ascent() / 2);
        for (const QString &line : lines) {
            const double x = direction.x() < 0 ? base.x() - metrics.horizontalAdvance(line) : base.x();
            drawHaloText(painter, QPointF(x, y), line, text, halo);
            y += metrics.height();
        }
    };
    painter.setFont(chartFont(12, true));
    label(points.front(), away(false), {timeLabel(first)});
    label(points.back(), away(true), {m_name, timeLabel(last)});
    painter.restore();
}

} // namespace marsa::chart
