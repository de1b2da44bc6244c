#pragma once

#include "chart/layer_stack.h"
#include "core/place.h"
#include "core/result.h"

#include <QStringList>

#include <vector>

namespace marsa::geo {
class SrrCatalogue;
}

namespace marsa::chart {

/// Fills a stack with Marsa's default chart, bottom up: land basemap, SRRs, graticule, ports
/// and places, cases (empty until the console gives it the incidents), scale bar. The places come from the
/// database when one is open.
core::Result<void> addDefaultLayers(LayerStack &stack, const geo::SrrCatalogue &srrs,
                                    std::vector<core::Place> places);

/// Adds user charts above the basemap and below the reference layers. Returns the files that
/// could not be read, each with its reason; the others are added.
QStringList addUserCharts(LayerStack &stack, const QStringList &paths);

/// The rectangle of the Libyan SRR, with a little sea around it: the "zoom to SRR" view.
MercatorRect libyanSrrView(const geo::SrrCatalogue &srrs);

/// The coarsest and finest Mercator metres per pixel the visible layers can show.
struct ZoomLimits {
    double finest = 1.0;
    double coarsest = 1e5;
};
ZoomLimits zoomLimits(const LayerStack &stack, QSize viewSize);

} // namespace marsa::chart
