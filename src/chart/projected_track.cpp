#include "chart/projected_track.h"

#include "chart/track_raster.h"
#include "core/live_targets.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace marsa::chart {
namespace {

TrackVertex vertexOf(const core::TrackPoint &point) {
    const geo::MercatorPoint p = geo::mercator::project({point.lat, point.lon});
    return {static_cast<float>(p.x - trackOrigin().x), static_cast<float>(p.y - trackOrigin().y),
            static_cast<std::int32_t>((point.timeMs - kTrackEpochMs) / 1000)};
}

} // namespace

const geo::MercatorPoint &trackOrigin() {
    static const geo::MercatorPoint origin = geo::mercator::project({32.0, 18.0});
    return origin;
}

std::size_t ProjectedTrack::levelFor(double metresPerPixel) {
    const double skip = kSkipPixels * metresPerPixel;
    std::size_t level = kLevelSpacing.size(); // the full track
    for (std::size_t i = 0; i < kLevelSpacing.size(); ++i) {
        if (kLevelSpacing[i] <= skip) {
            level = i;
        }
    }
    return level;
}

void ProjectedTrack::append(const TrackVertex &vertex) {
    m_points.push_back(vertex);
    for (std::size_t i = 0; i < m_levels.size(); ++i) {
        std::vector<TrackVertex> &level = m_levels[i];
        const auto spacing = static_cast<float>(kLevelSpacing[i]);
        if (level.empty() ||
            std::max(std::abs(vertex.x - level.back().x), std::abs(vertex.y - level.back().y)) >= spacing) {
            level.push_back(vertex);
        }
    }
}

void ProjectedTrack::update(const core::LiveTarget &target, double x, double y) {
    const std::uint64_t first = target.trackFirstSerial;
    const std::uint64_t cachedEnd = m_firstSerial + m_points.size();
    std::size_t from = 0;
    if (m_points.empty() || first < m_firstSerial || first > cachedEnd ||
        target.trackEndSerial() < cachedEnd) {
        m_points.clear();
        for (auto &level : m_levels) {
            level.clear();
        }
    } else if (first > m_firstSerial) {
        m_points.erase(m_points.begin(),
                       m_points.begin() + static_cast<std::ptrdiff_t>(first - m_firstSerial));
        // The thinned copies hold some of the same points: drop those older than the track.
        const std::int32_t oldest =
            m_points.empty() ? std::numeric_limits<std::int32_t>::max() : m_points.front().seconds;
        for (auto &level : m_levels) {
            const auto keep = std::find_if(level.begin(), level.end(),
                                           [oldest](const TrackVertex &v) { return v.seconds >= oldest; });
            level.erase(level.begin(), keep);
        }
        from = static_cast<std::size_t>(cachedEnd - first);
    } else {
        from = static_cast<std::size_t>(cachedEnd - first);
    }
    m_firstSerial = first;
    for (std::size_t i = from; i < target.track.size(); ++i) {
        append(vertexOf(target.track[i]));
    }
    m_minX = m_maxX = static_cast<float>(x);
    m_minY = m_maxY = static_cast<float>(y);
    for (const TrackVertex &v : m_points) {
        m_minX = std::min(m_minX, v.x);
        m_maxX = std::max(m_maxX, v.x);
        m_minY = std::min(m_minY, v.y);
        m_maxY = std::max(m_maxY, v.y);
    }
}

void ProjectedTrack::prefetch(std::size_t level) const {
    const std::vector<TrackVertex> &points = level < m_levels.size() ? m_levels[level] : m_points;
    if (points.empty()) {
        return;
    }
    // The newest four cache lines: where drawing starts.
    const char *end = reinterpret_cast<const char *>(points.data() + points.size());
    const char *begin = reinterpret_cast<const char *>(points.data());
    for (int line = 1; line <= 4 && end - 64 * (line - 1) > begin; ++line) {
        __builtin_prefetch(std::max(begin, end - 64 * line));
    }
}

void ProjectedTrack::draw(LineRaster &raster, const TrackFrame &frame, double fromX, double fromY,
                          const std::array<QRgb, 4> &colours) const {
    if (m_points.empty()) {
        return;
    }
    const double left = m_minX * frame.scale + frame.offsetX;
    const double right = m_maxX * frame.scale + frame.offsetX;
    const double top = -m_maxY * frame.scale + frame.offsetY;
    const double bottom = -m_minY * frame.scale + frame.offsetY;
    if (right < 0 || left > frame.width || bottom < 0 || top > frame.height ||
        (right - left < kSkipPixels && bottom - top < kSkipPixels)) {
        return;
    }
    const std::size_t level = levelFor(frame);
    const std::vector<TrackVertex> &points = level < m_levels.size() ? m_levels[level] : m_points;
    // Newest first, from the present position back: the fade step only grows.
    double lastX = fromX;
    double lastY = fromY;
    std::size_t step = 0;
    for (auto v = points.rbegin(); v != points.rend(); ++v) {
        if (v->seconds < frame.fadeFrom[3]) {
            return;
        }
        const double px = v->x * frame.scale + frame.offsetX;
        const double py = -v->y * frame.scale + frame.offsetY;
        if (std::abs(px - lastX) < kSkipPixels && std::abs(py - lastY) < kSkipPixels) {
            continue;
        }
        while (step < 3 && v->seconds < frame.fadeFrom[step]) {
            ++step;
        }
        raster.line(static_cast<float>(lastX), static_cast<float>(lastY), static_cast<float>(px),
                    static_cast<float>(py), colours[step]);
        lastX = px;
        lastY = py;
    }
}

} // namespace marsa::chart
