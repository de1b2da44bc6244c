#pragma once

#include <QImage>
#include <QRgb>

namespace marsa::chart {

/// One-pixel, aliased, opaque lines written straight into a premultiplied ARGB32 image: the past
/// tracks of thousands of targets. QPainter costs about 100 ns a segment whatever its length
/// (160,000 short segments: 16 to 20 ms on the project's machine, docs/performance.md); writing
/// the pixels costs a few nanoseconds each. Lines are clipped to the image first, so a segment
/// reaching far off screen at a fine scale costs only its visible pixels.
class LineRaster {
public:
    /// `image` must be Format_ARGB32_Premultiplied; coordinates are its pixels (x right, y down),
    /// rounded to the nearest: a point is drawn in the pixel whose index it rounds to, as the
    /// target symbols are placed.
    explicit LineRaster(QImage &image);

    /// A line from one point to the other in an opaque colour (alpha 255), both ends included.
    void line(float x0, float y0, float x1, float y1, QRgb colour);
    /// How many lines were drawn (partly or whole) since construction, for benchmarks.
    long drawn() const { return m_drawn; }

private:
    bool clip(float &x0, float &y0, float &x1, float &y1) const;

    QRgb *m_bits = nullptr;
    qsizetype m_stride = 0; // in pixels
    int m_width = 0;
    int m_height = 0;
    float m_maxX = 0;
    float m_maxY = 0;
    long m_drawn = 0;
};

} // namespace marsa::chart
