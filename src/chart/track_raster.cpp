#include "chart/track_raster.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace marsa::chart {

LineRaster::LineRaster(QImage &image)
    : m_bits(reinterpret_cast<QRgb *>(image.bits()))
    , m_stride(image.bytesPerLine() / static_cast<qsizetype>(sizeof(QRgb)))
    , m_width(image.width())
    , m_height(image.height())
    // Just inside the last pixel, so truncation never lands outside the image.
    , m_maxX(static_cast<float>(image.width()) - 0.001F)
    , m_maxY(static_cast<float>(image.height()) - 0.001F) {
    Q_ASSERT(image.format() == QImage::Format_ARGB32_Premultiplied);
}

bool LineRaster::clip(float &x0, float &y0, float &x1, float &y1) const {
    // Liang-Barsky: the part of p0 + t (p1 - p0), t in [0, 1], inside [0, maxX] x [0, maxY].
    const float dx = x1 - x0;
    const float dy = y1 - y0;
    float t0 = 0.0F;
    float t1 = 1.0F;
    const float p[4] = {-dx, dx, -dy, dy};
    const float q[4] = {x0, m_maxX - x0, y0, m_maxY - y0};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0.0F) {
            if (q[i] < 0.0F) {
                return false; // parallel to this edge and outside it
            }
            continue;
        }
        const float t = q[i] / p[i];
        if (p[i] < 0.0F) {
            if (t > t1) {
                return false;
            }
            if (t > t0) {
                t0 = t;
            }
        } else {
            if (t < t0) {
                return false;
            }
            if (t < t1) {
                t1 = t;
            }
        }
    }
    const float ox = x0;
    const float oy = y0;
    x0 = ox + t0 * dx;
    y0 = oy + t0 * dy;
    x1 = ox + t1 * dx;
    y1 = oy + t1 * dy;
    return true;
}

void LineRaster::line(float x0, float y0, float x1, float y1, QRgb colour) {
    // Rounded to the nearest pixel: shifted by half a pixel, then truncated.
    x0 += 0.5F;
    y0 += 0.5F;
    x1 += 0.5F;
    y1 += 0.5F;
    const bool inside = x0 >= 0.0F && x0 <= m_maxX && y0 >= 0.0F && y0 <= m_maxY && x1 >= 0.0F &&
                        x1 <= m_maxX && y1 >= 0.0F && y1 <= m_maxY;
    if (!inside && !clip(x0, y0, x1, y1)) {
        return;
    }
    // Bresenham between the pixels holding the two ends (clipping rounding may leave a float a
    // hair outside: clamp).
    int ax = std::clamp(static_cast<int>(x0), 0, m_width - 1);
    int ay = std::clamp(static_cast<int>(y0), 0, m_height - 1);
    const int bx = std::clamp(static_cast<int>(x1), 0, m_width - 1);
    const int by = std::clamp(static_cast<int>(y1), 0, m_height - 1);
    const int dx = std::abs(bx - ax);
    const int dy = -std::abs(by - ay);
    const int sx = ax < bx ? 1 : -1;
    const int sy = ay < by ? 1 : -1;
    int error = dx + dy;
    ++m_drawn;
    for (;;) {
        m_bits[ay * m_stride + ax] = colour;
        if (ax == bx && ay == by) {
            return;
        }
        const int twice = 2 * error;
        if (twice >= dy) {
            error += dy;
            ax += sx;
        }
        if (twice <= dx) {
            error += dx;
            ay += sy;
        }
    }
}

} // namespace marsa::chart
