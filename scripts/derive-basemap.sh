#!/usr/bin/env bash
# Derives resources/basemap/central-med-land.geojson, the console's land basemap, from Natural
# Earth's country polygons as Debian ships them in qgis-common (world_map.gpkg). Run once by a
# developer when the basemap should change; the small result is committed, so neither the build
# nor the console needs qgis-common.
#
# The clip box covers the Libyan SRR and its neighbours: Tunisia and Algeria to the west, Sicily,
# Malta and the Italian boot to the north, Greece and Crete to the north-east, Egypt to the east.
set -euo pipefail
source_gpkg=${1:-/usr/share/qgis/resources/data/world_map.gpkg}
out_dir=$(cd "$(dirname "$0")/.." && pwd)/resources/basemap
out=$out_dir/central-med-land.geojson
if [ ! -r "$source_gpkg" ]; then
    echo "derive-basemap: $source_gpkg not found; install it with: apt-get install qgis-common" >&2
    exit 1
fi
mkdir -p "$out_dir"
rm -f "$out"
# Longitude 4..33 E, latitude 28..42 N; five decimals (about 1 m) is finer than the source.
ogr2ogr -f GeoJSON "$out" "$source_gpkg" countries \
    -clipsrc 4 28 33 42 -select iso_a2,NAME -nln land \
    -lco COORDINATE_PRECISION=5 -lco RFC7946=YES
echo "derive-basemap: wrote $out ($(stat -c %s "$out") bytes)"
