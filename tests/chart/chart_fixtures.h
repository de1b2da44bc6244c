#pragma once

// The default chart as the console builds it, for the renderer and zoom-limit tests.

#include "chart/default_layers.h"
#include "chart/layer_stack.h"
#include "geo/places_reader.h"
#include "geo/reference_data.h"
#include "geo/srr_catalogue.h"

#include "catch_qt.h"

#include <QColor>
#include <QFile>
#include <QImage>

#include <algorithm>
#include <cstdlib>
#include <memory>

namespace fixtures {

inline const marsa::geo::SrrCatalogue &catalogue() {
    static const marsa::geo::SrrCatalogue loaded = [] {
        auto result = marsa::geo::SrrCatalogue::load(marsa::geo::sarReferencePath());
        if (!result) {
            FAIL("cannot load the SRRs: " << result.errorMessage().toStdString());
        }
        return std::move(result).value();
    }();
    return loaded;
}

inline std::unique_ptr<marsa::chart::LayerStack> defaultStack() {
    auto places = marsa::geo::readPlaces(marsa::geo::sarReferencePath());
    REQUIRE(places.isOk());
    auto stack = std::make_unique<marsa::chart::LayerStack>();
    const auto added = marsa::chart::addDefaultLayers(*stack, catalogue(), std::move(places).value());
    REQUIRE(added.isOk());
    return stack;
}

/// The view the console opens on: the Libyan SRR in 800×500 pixels.
inline marsa::chart::Viewport libyanView() {
    return marsa::chart::Viewport::fitting(QSize(800, 500), marsa::chart::libyanSrrView(catalogue()));
}

inline int channelDistance(QRgb a, QRgb b) {
    return std::max(
        {std::abs(qRed(a) - qRed(b)), std::abs(qGreen(a) - qGreen(b)), std::abs(qBlue(a) - qBlue(b))});
}

inline bool writeFile(const QString &path, const QByteArray &contents) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(contents) == contents.size();
}

} // namespace fixtures
