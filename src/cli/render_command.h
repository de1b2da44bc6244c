#pragma once

#include "chart/chart_palette.h"
#include "chart/viewport.h"
#include "core/result.h"

#include <QSize>
#include <QString>

#include <vector>

namespace marsa::cli {

/// `marsa-cli render`: what to draw and how often.
struct RenderRequest {
    chart::MercatorRect bounds;
    QSize size{1920, 1080};
    QString output;
    chart::PaletteMode palette = chart::PaletteMode::Day;
    int frames = 0;       ///< 0: draw once; N: also time N full redraws and N pan frames
    QString databasePath; ///< places from this database; empty: the built-in reference
};

/// Frame times in milliseconds.
struct FrameTimes {
    double medianMs = 0.0;
    double worstMs = 0.0;
    int frames = 0;
    static FrameTimes of(std::vector<double> samples);
};

struct RenderReport {
    FrameTimes fullRedraw;
    FrameTimes pan;
};

/// Parses "LON0,LAT0,LON1,LAT1" (GDAL's and GeoJSON's x/y order, as on the command line of
/// gdal tools), checking ranges and order.
core::Result<chart::MercatorRect> parseBbox(const QString &text);

core::Result<RenderReport> runRender(const RenderRequest &request);

} // namespace marsa::cli
