#include "chart/default_layers.h"

#include "chart/graticule_layer.h"
#include "chart/incident_layer.h"
#include "chart/land_layer.h"
#include "chart/places_layer.h"
#include "chart/srr_layer.h"
#include "chart/user_chart_layers.h"
#include "geo/reference_data.h"
#include "geo/srr_catalogue.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>
#include <limits>

namespace marsa::chart {

core::Result<void> addDefaultLayers(LayerStack &stack, const geo::SrrCatalogue &srrs,
                                    std::vector<core::Place> places) {
    auto land = LandLayer::load(geo::basemapPath());
    if (!land) {
        return land.error();
    }
    stack.append(std::move(land.value()));
    stack.append(std::make_unique<SrrLayer>(srrs));
    stack.append(std::make_unique<GraticuleLayer>());
    stack.append(std::make_unique<PlacesLayer>(std::move(places)));
    stack.append(std::make_unique<IncidentLayer>());
    stack.append(std::make_unique<ScaleBarLayer>());
    return {};
}

QStringList addUserCharts(LayerStack &stack, const QStringList &paths) {
    QStringList failures;
    for (const QString &path : paths) {
        if (stack.indexOf(QFileInfo(path).absoluteFilePath()) >= 0) {
            failures << QCoreApplication::translate("marsa::chart", "%1 is already on the chart.")
                            .arg(QFileInfo(path).fileName());
            continue;
        }
        auto layer = loadUserChart(path);
        if (!layer) {
            failures << layer.errorMessage();
            continue;
        }
        // Above the basemap and any earlier user chart, below the SRRs and the rest.
        int index = 0;
        while (index < stack.count() &&
               (stack.at(index)->kind() == ChartLayer::Kind::Basemap || stack.at(index)->isUserChart())) {
            ++index;
        }
        stack.insert(index, std::move(layer.value()));
    }
    return failures;
}

MercatorRect libyanSrrView(const geo::SrrCatalogue &srrs) {
    const geo::SrrZone *libya = srrs.zone(QStringLiteral("LBY"));
    if (libya == nullptr) {
        return MercatorRect::fromLatLon({30.0, 11.0}, {35.0, 25.5});
    }
    geo::LatLon south{90, 180};
    geo::LatLon north{-90, -180};
    for (const geo::LatLonPath &ring : libya->boundary) {
        for (const geo::LatLon &p : ring) {
            south.latitude = std::min(south.latitude, p.latitude);
            south.longitude = std::min(south.longitude, p.longitude);
            north.latitude = std::max(north.latitude, p.latitude);
            north.longitude = std::max(north.longitude, p.longitude);
        }
    }
    // Some sea around, so the limits are not on the window's edge: more to the west for the
    // names along the Tunisian border, more to the east for the Egyptian limit and its label.
    return MercatorRect::fromLatLon({south.latitude - 0.25, south.longitude - 0.6},
                                    {north.latitude + 0.25, north.longitude + 1.75});
}

ZoomLimits zoomLimits(const LayerStack &stack, QSize viewSize) {
    ZoomLimits limits;
    double finest = std::numeric_limits<double>::max();
    std::optional<MercatorRect> everything;
    for (int i = 0; i < stack.count(); ++i) {
        const ChartLayer *layer = stack.at(i);
        if (!layer->isVisible()) {
            continue;
        }
        if (layer->finestMetresPerPixel() > 0.0) {
            finest = std::min(finest, layer->finestMetresPerPixel());
        }
        if (auto extent = layer->extent()) {
            if (!everything) {
                everything = extent;
            } else {
                everything->minX = std::min(everything->minX, extent->minX);
                everything->minY = std::min(everything->minY, extent->minY);
                everything->maxX = std::max(everything->maxX, extent->maxX);
                everything->maxY = std::max(everything->maxY, extent->maxY);
            }
        }
    }
    limits.finest = finest == std::numeric_limits<double>::max() ? 1.0 : finest;
    if (everything) {
        // Zooming out further than the whole data shows only "no data".
        limits.coarsest = Viewport::fitting(viewSize, *everything).metresPerPixel();
    }
    limits.coarsest = std::max(limits.coarsest, limits.finest);
    return limits;
}

} // namespace marsa::chart
