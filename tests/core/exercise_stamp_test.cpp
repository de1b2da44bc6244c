// What every file exported from an exercise database carries (core/exercise_stamp.h).

#include "core/exercise_stamp.h"

#include <catch2/catch.hpp>

using namespace marsa;

TEST_CASE("A stamped CSV starts every record with an exercise column") {
    const QByteArray csv =
        "period,from,to\r\n2026-W47,2026-11-16,2026-11-22\r\n2026-W48,2026-11-23,2026-11-29\r\n";
    CHECK(core::stampCsv(csv) ==
          QByteArrayLiteral("exercise,period,from,to\r\nEXERCISE,2026-W47,2026-11-16,"
                            "2026-11-22\r\nEXERCISE,2026-W48,2026-11-23,2026-11-29\r\n"));
    CHECK(core::stampCsv("a\nb") == QByteArrayLiteral("exercise,a\nEXERCISE,b"));
    CHECK(core::stampCsv(QByteArray()).isEmpty());
}

TEST_CASE("A line break inside a quoted field of a stamped CSV starts no record") {
    const QByteArray csv = "ref,remarks\r\nLY-1,\"two\r\nlines, and \"\"quotes\"\"\"\r\nLY-2,none\r\n";
    CHECK(core::stampCsv(csv) ==
          QByteArrayLiteral("exercise,ref,remarks\r\nEXERCISE,LY-1,\"two\r\nlines, and "
                            "\"\"quotes\"\"\"\r\nEXERCISE,LY-2,none\r\n"));
}

TEST_CASE("An exported file's name from an exercise starts with EXERCISE once") {
    CHECK(core::stampFileName(QStringLiteral("stats.csv")) == QStringLiteral("EXERCISE-stats.csv"));
    CHECK(core::stampFileName(QStringLiteral("EXERCISE-stats.csv")) == QStringLiteral("EXERCISE-stats.csv"));
    CHECK(core::exerciseNotice(QStringLiteral("Drill")) ==
          QStringLiteral("EXERCISE \u2014 Drill \u2014 not operational data"));
}
