#pragma once

#include <QString>

namespace marsa::geo {

/// Geodata embedded in the executables (resources/, see its CMakeLists.txt for how each file is
/// derived). Every reader in this library accepts these ":/" paths as well as ordinary files.
inline QString basemapPath() {
    return QStringLiteral(":/marsa/basemap/central-med-land.geojson");
}
inline QString sarReferencePath() {
    return QStringLiteral(":/marsa/reference/sar-reference.geojson");
}

} // namespace marsa::geo
