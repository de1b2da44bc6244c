#pragma once

// Test fixtures written with GDAL's own API, independent of the code under test.

#include <QByteArray>
#include <QFile>
#include <QString>

#include <gdal_priv.h>
#include <ogr_spatialref.h>

#include <cmath>
#include <numbers>

namespace fixtures {

inline void registerGdal() {
    GDALAllRegister();
}

inline bool writeFile(const QString &path, const QByteArray &contents) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return false;
    }
    return file.write(contents) == contents.size();
}

/// Spherical ("Web") Mercator, EPSG:3857, by its definition (IOGP Guidance Note 7-2, method 1024).
inline void toWebMercator(double latitude, double longitude, double &x, double &y) {
    constexpr double kRadius = 6378137.0;
    constexpr double kDegree = std::numbers::pi / 180.0;
    x = kRadius * longitude * kDegree;
    y = kRadius * std::log(std::tan(std::numbers::pi / 4.0 + latitude * kDegree / 2.0));
}

} // namespace fixtures
