#include "chart/chart_palette.h"

#include "catch_qt.h"

#include <algorithm>

using namespace marsa::chart;

// Reference: IHO S-101 Portrayal Catalogue colorProfile.xml, sRGB of each token, as copied in
// ../shared/reference/S52-COLOURS.md.

TEST_CASE("Palette colours are the S-101 colour tokens of each mode") {
    const ChartPalette day = ChartPalette::forMode(PaletteMode::Day);
    const ChartPalette dusk = ChartPalette::forMode(PaletteMode::Dusk);
    const ChartPalette night = ChartPalette::forMode(PaletteMode::Night);
    CHECK(day.mode() == PaletteMode::Day);
    CHECK(night.mode() == PaletteMode::Night);
    CHECK(day.colour(ColourToken::LANDA) == QColor(191, 190, 143));
    CHECK(dusk.colour(ColourToken::LANDA) == QColor(64, 64, 46));
    CHECK(night.colour(ColourToken::LANDA) == QColor(23, 22, 14));
    CHECK(day.colour(ColourToken::DEPDW) == QColor(201, 237, 255));
    CHECK(night.colour(ColourToken::DEPDW) == QColor(0, 0, 0));
    CHECK(day.colour(ColourToken::CHMGD) == QColor(192, 69, 209));
    CHECK(night.colour(ColourToken::CHMGD) == QColor(65, 18, 71));
    CHECK(day.colour(ColourToken::NODTA) == QColor(147, 174, 187));
    CHECK(night.colour(ColourToken::UINFD) == QColor(54, 65, 71));
    CHECK(dusk.colour(ColourToken::UIAFF) == QColor(127, 90, 41));
    CHECK(night.colour(ColourToken::UIAFF) == QColor(68, 46, 18));
    CHECK(day.colour(ColourToken::CURSR) == QColor(227, 128, 57));
}

TEST_CASE("No night colour is brighter than the brightest S-101 night token") {
    const ChartPalette night = ChartPalette::forMode(PaletteMode::Night);
    for (int token = 0; token < static_cast<int>(ColourToken::Count); ++token) {
        const QColor c = night.colour(static_cast<ColourToken>(token));
        INFO("token " << token);
        CHECK(std::max({c.red(), c.green(), c.blue()}) <= 0x47);
    }
}

TEST_CASE("Palette modes have keys that read back") {
    for (PaletteMode mode : {PaletteMode::Day, PaletteMode::Dusk, PaletteMode::Night}) {
        PaletteMode read = PaletteMode::Day;
        REQUIRE(ChartPalette::fromKey(ChartPalette::key(mode), read));
        CHECK(read == mode);
        CHECK_FALSE(ChartPalette::displayName(mode).isEmpty());
    }
    CHECK(ChartPalette::key(PaletteMode::Night) == QStringLiteral("night"));
    PaletteMode read = PaletteMode::Day;
    CHECK(ChartPalette::fromKey(QStringLiteral("NIGHT"), read));
    CHECK(read == PaletteMode::Night);
    CHECK_FALSE(ChartPalette::fromKey(QStringLiteral("evening"), read));
    CHECK(read == PaletteMode::Night);
}

TEST_CASE("The widget palette follows the chart palette at night") {
    const QPalette widgets = ChartPalette::forMode(PaletteMode::Night).widgetPalette();
    CHECK(widgets.color(QPalette::Base) == QColor(0, 0, 0)); // UIBCK
    // The panels a shade above black, so fields and their frames stand out from them.
    CHECK(widgets.color(QPalette::Window) == QColor(8, 10, 11));
    CHECK(widgets.color(QPalette::Button).lightness() > widgets.color(QPalette::Window).lightness());
    CHECK(widgets.color(QPalette::WindowText) == QColor(54, 65, 71)); // UINFD
}
