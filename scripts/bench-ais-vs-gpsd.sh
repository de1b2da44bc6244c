#!/usr/bin/env bash
# Marsa's AIS decoder against gpsd's on the same file (docs/performance.md, "AIS decoding"):
# generates a realistic feed with marsa-cli, then times `gpsdecode -j`, `marsa-cli ais decode`
# (the same gpsd JSON) and `marsa-cli ais decode --count-only` (decoding alone), each writing to
# /dev/null, best of three runs, and prints the rates and the ratios. It also checks that both
# programs print the same JSON to the byte.
#
#   scripts/bench-ais-vs-gpsd.sh [SENTENCES] [BUILD_DIR]     (defaults: 1000000 build/release)
set -euo pipefail

count=${1:-1000000}
build=${2:-build/release}
cli="$build/src/cli/marsa-cli"
gpsdecode=${GPSDECODE:-/usr/bin/gpsdecode}
[ -x "$cli" ] || { echo "no $cli: build it first (cmake --preset release; cmake --build $build --target marsa-cli)" >&2; exit 2; }
[ -x "$gpsdecode" ] || { echo "no $gpsdecode: install gpsd-clients (scripts/debian-packages.txt)" >&2; exit 2; }

work=$(mktemp -d /tmp/marsa-ais-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT
feed="$work/feed.nmea"
export QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR="$work"
"$cli" ais generate --count "$count" --seed 1 > "$feed"

# Seconds (wall clock) of the best of three runs of a command reading the feed on stdin.
best_of_three() {
    local best="" start end elapsed
    for _ in 1 2 3; do
        start=$(date +%s%N)
        "$@" < "$feed" > /dev/null 2>&1
        end=$(date +%s%N)
        elapsed=$(( end - start ))
        if [ -z "$best" ] || [ "$elapsed" -lt "$best" ]; then best=$elapsed; fi
    done
    awk -v ns="$best" 'BEGIN { printf "%.3f", ns / 1e9 }'
}

gpsd=$(best_of_three "$gpsdecode" -j)
json=$(best_of_three "$cli" ais decode)
counted=$(best_of_three "$cli" ais decode --count-only)

if cmp -s <("$gpsdecode" -j < "$feed" 2>/dev/null) <("$cli" ais decode < "$feed" 2>/dev/null); then
    same="identical"
else
    same="DIFFERENT"
fi

echo "feed: $count sentences, $(wc -c < "$feed") bytes ($(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p'))"
awk -v n="$count" -v g="$gpsd" -v j="$json" -v c="$counted" 'BEGIN {
    printf "%-44s %8s s %12.0f sentences/s\n", "gpsdecode -j > /dev/null", g, n / g
    printf "%-44s %8s s %12.0f sentences/s  %5.1fx gpsdecode\n", "marsa-cli ais decode > /dev/null", j, n / j, g / j
    printf "%-44s %8s s %12.0f sentences/s  %5.1fx gpsdecode\n", "marsa-cli ais decode --count-only", c, n / c, g / c
}'
echo "JSON of the two programs: $same"
[ "$same" = identical ]
