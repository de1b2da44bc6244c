#!/usr/bin/env bash
# Code layout rules the link graph cannot enforce (STYLE.md), each with what to do instead.
set -u
root=${1:-$(cd "$(dirname "$0")/.." && pwd)}
cd "$root" || exit 2
failures=0
fail() { echo "code layout: $*"; failures=$((failures + 1)); }

# No widgets below the console, no GUI at all below the chart (ARCHITECTURE.md).
hits=$(grep -rlE '#include *<(QtWidgets|QWidget|QMainWindow|QDialog|QAction|QApplication)' \
    src/core src/geo src/storage src/feeds src/replay src/chart src/models src/cli)
[ -z "$hits" ] || fail "widgets included below src/app; move the code to src/app: $hits"
hits=$(grep -rlE '#include *<(QtGui|QPainter|QImage|QColor|QPixmap|QPalette|QFont|QGuiApplication)' \
    src/core src/geo src/storage src/feeds src/replay)
[ -z "$hits" ] || fail "GUI headers included below src/chart; keep core..replay display-free: $hits"
# GDAL, PROJ, GeographicLib and SQLite stay behind implementations of src/geo and src/storage.
hits=$(grep -lE '#include *<(gdal|ogr|cpl_|GeographicLib|sqlite3|proj)' $(find src -name '*.h'))
[ -z "$hits" ] || fail "a public header includes GDAL, GeographicLib or sqlite3; use a private Impl: $hits"
hits=$(grep -rlE '#include *<(gdal|ogr|cpl_|GeographicLib)' src --include='*.cpp' | grep -v '^src/geo/')
[ -z "$hits" ] || fail "GDAL or GeographicLib used outside src/geo; add a geo function instead: $hits"
# The product never reads the shared design folder at run time.
hits=$(grep -rln '\.\./shared' src ui resources CMakeLists.txt 2>/dev/null)
[ -z "$hits" ] || fail "these files name ../shared; copy what the product needs into resources/: $hits"
# Every source file is small enough to read (STYLE.md: ~600 lines).
for file in $(find src -name '*.cpp' -o -name '*.h'); do
    lines=$(wc -l < "$file")
    [ "$lines" -le 700 ] || fail "$file has $lines lines; split it"
done
# CTest takes ';' in a test name as a list separator: the halves match no Catch2 test, and run nothing.
hits=$(grep -rnE 'TEST_CASE\( *"[^"]*;' tests --include='*.cpp')
[ -z "$hits" ] || fail "a test name holds ';', which splits it in CTest; write ',' instead: $hits"

if [ "$failures" -eq 0 ]; then
    echo "code layout: all rules hold"
    exit 0
fi
exit 1
