#pragma once

#include "geo/mercator.h"

#include <QRgb>

#include <array>
#include <cstdint>
#include <vector>

namespace marsa::core {
struct LiveTarget;
}

namespace marsa::chart {

class LineRaster;

/// One point of a past track in the chart's projection: 12 bytes. Mercator metres are floats
/// relative to kTrackOrigin (32°N 18°E, the central Mediterranean): within 5,000 km of it a float
/// holds them to half a metre. Times are seconds from kTrackEpochMs in 32 bits (1952 to 2088).
struct TrackVertex {
    float x = 0;
    float y = 0;
    std::int32_t seconds = 0;
};

inline constexpr std::int64_t kTrackEpochMs = 1'577'836'800'000; // 2020-01-01T00:00Z
/// The point track vertices are measured from.
const geo::MercatorPoint &trackOrigin();

/// How one frame maps tracks to device pixels, x' = x scale + offsetX, y' = -y scale + offsetY
/// (x and y from trackOrigin), and where the fade steps begin.
struct TrackFrame {
    double scale = 1;
    double offsetX = 0;
    double offsetY = 0;
    double width = 0; ///< device pixels
    double height = 0;
    /// Seconds since kTrackEpochMs: a point older than fadeFrom[i] is drawn in step i + 1, one
    /// older than fadeFrom[3] not at all.
    std::array<std::int32_t, 4> fadeFrom{};
};

/// A target's past track projected to Mercator once, when its points arrive, with thinned copies
/// for small scales: at the whole SRR a pixel is 800 m, and reading every 30-second point of a
/// thousand tracks to skip most of them costs more than drawing what is left.
class ProjectedTrack {
public:
    /// Mercator metres between the points of each thinned copy (Chebyshev distance).
    static constexpr std::array<double, 4> kLevelSpacing{500.0, 1000.0, 2000.0, 4000.0};
    /// A vertex closer than this to the last one drawn is skipped.
    static constexpr double kSkipPixels = 1.5;

    /// Follows the table's track: drops the points it trimmed, projects the new ones. `x` and `y`
    /// are the present position, from trackOrigin().
    void update(const core::LiveTarget &target, double x, double y);
    bool isEmpty() const { return m_points.empty(); }
    std::size_t size() const { return m_points.size(); }
    const std::vector<TrackVertex> &points() const { return m_points; }
    /// A thinned copy (0 to kLevelSpacing.size() - 1), oldest first.
    const std::vector<TrackVertex> &level(std::size_t index) const { return m_levels.at(index); }
    /// The copy drawn when a pixel is `metresPerPixel`: the coarsest whose spacing stays under
    /// the skip distance (kLevelSpacing.size() is the full track).
    static std::size_t levelFor(double metresPerPixel);

    /// Asks the processor to fetch the newest points of the copy drawn at this resolution: the
    /// tracks of ten thousand targets lie all over the heap, and the first read of each one
    /// otherwise waits for memory (most of the time drawing them took).
    void prefetch(std::size_t level) const;
    /// Draws the track from the present position (device pixels) back in time, one colour per
    /// fade step; nothing when it is off screen or within a pixel or two.
    void draw(LineRaster &raster, const TrackFrame &frame, double fromX, double fromY,
              const std::array<QRgb, 4> &colours) const;
    /// The copy drawn at a frame's scale.
    static std::size_t levelFor(const TrackFrame &frame) { return levelFor(1.0 / frame.scale); }

private:
    void append(const TrackVertex &vertex);

    std::vector<TrackVertex> m_points; // oldest first, as in the LiveTargets
    std::array<std::vector<TrackVertex>, kLevelSpacing.size()> m_levels;
    std::uint64_t m_firstSerial = 0;
    float m_minX = 0; // the box of the points and the present position
    float m_minY = 0;
    float m_maxX = 0;
    float m_maxY = 0;
};

} // namespace marsa::chart
