#pragma once

#include "core/place.h"
#include "core/result.h"

#include <QString>

#include <vector>

namespace marsa::geo {

/// Reads the ports and places (features of kind "place") of a reference file.
core::Result<std::vector<core::Place>> readPlaces(const QString &path);

} // namespace marsa::geo
