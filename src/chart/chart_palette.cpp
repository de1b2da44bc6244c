#include "chart/chart_palette.h"

#include <QCoreApplication>

namespace marsa::chart {
namespace {

struct TokenColours {
    ColourToken token;
    QRgb day;
    QRgb dusk;
    QRgb night;
};

// sRGB from IHO S-101 colorProfile.xml (table and source in docs/reference/s101-colours.md).
constexpr TokenColours kColours[] = {
    {ColourToken::NODTA, 0x93AEBB, 0x404D53, 0x171E21}, {ColourToken::CHBLK, 0x000000, 0x6B7F89, 0x252D31},
    {ColourToken::CHWHT, 0xC9EDFF, 0x8CA6B3, 0x364147}, {ColourToken::CHGRD, 0x4C5B63, 0x6B7F89, 0x252D31},
    {ColourToken::CHGRF, 0x768C97, 0x4C5B63, 0x181E21}, {ColourToken::CHRED, 0xEA5471, 0x9B3549, 0x390E16},
    {ColourToken::CHGRN, 0x52E83B, 0x2F8E20, 0x0C3406}, {ColourToken::CHYLW, 0xE1E139, 0x8B8B1F, 0x323206},
    {ColourToken::CHMGD, 0xC045D1, 0x826CA1, 0x411247}, {ColourToken::DEPDW, 0xC9EDFF, 0x000000, 0x000000},
    {ColourToken::DEPMS, 0x82CAFF, 0x1D3246, 0x050E16}, {ColourToken::LANDA, 0xBFBE8F, 0x40402E, 0x17160E},
    {ColourToken::LANDF, 0x8D642E, 0x7F5A29, 0x2F1F0A}, {ColourToken::CSTLN, 0x4C5B63, 0x6B7F89, 0x252D31},
    {ColourToken::NINFO, 0xE38039, 0x86491E, 0x301705}, {ColourToken::RESBL, 0x2E7BFF, 0x1D55B4, 0x051B44},
    {ColourToken::TRFCD, 0xC045D1, 0x826CA1, 0x411247}, {ColourToken::DNGHL, 0xEA5471, 0x9B3549, 0x390E16},
    {ColourToken::UIBCK, 0xC9EDFF, 0x000000, 0x000000}, {ColourToken::UINFD, 0x000000, 0x8CA6B3, 0x364147},
    {ColourToken::UINFF, 0x4C5B63, 0x6B7F89, 0x252D31}, {ColourToken::UINFB, 0x2E7BFF, 0x1D55B4, 0x051B44},
    {ColourToken::UINFR, 0xEA5471, 0x9B3549, 0x390E16}, {ColourToken::UINFO, 0xE38039, 0x86491E, 0x301705},
    {ColourToken::UIBDR, 0x4C5B63, 0x6B7F89, 0x252D31}, {ColourToken::UIAFD, 0x61B7FF, 0x1E4165, 0x071727},
    {ColourToken::UIAFF, 0xBFBE8F, 0x7F5A29, 0x442E12}, {ColourToken::CURSR, 0xE38039, 0x86491E, 0x301705},
    {ColourToken::SHIPS, 0x000000, 0x8CA6B3, 0x364147}, {ColourToken::PSTRK, 0x000000, 0x8CA6B3, 0x364147},
    {ColourToken::SYTRK, 0x768C97, 0x4C5B63, 0x181E21},
};
static_assert(std::size(kColours) == static_cast<std::size_t>(ColourToken::Count));

} // namespace

ChartPalette ChartPalette::forMode(PaletteMode mode) {
    ChartPalette palette;
    palette.m_mode = mode;
    for (const TokenColours &entry : kColours) {
        const QRgb rgb = mode == PaletteMode::Day    ? entry.day
                         : mode == PaletteMode::Dusk ? entry.dusk
                                                     : entry.night;
        palette.m_colours[static_cast<std::size_t>(entry.token)] = QColor::fromRgb(rgb);
    }
    return palette;
}

QPalette ChartPalette::widgetPalette() const {
    // Window and Base from UIBCK, text from UINFD/UINFF, borders from UIBDR (UI.md). By day a
    // pure UIBCK window is glaring blue-white: panels take a light grey, the chart keeps UIBCK.
    const bool day = m_mode == PaletteMode::Day;
    // At dusk and night UIBCK is black: the window takes a grey just above it, so that fields
    // (Base, UIBCK itself) and their frames stand out from the panel around them.
    const QColor background = day                           ? QColor(0xEE, 0xF1, 0xF3)
                              : m_mode == PaletteMode::Dusk ? QColor(0x12, 0x17, 0x1A)
                                                            : QColor(0x08, 0x0A, 0x0B);
    const QColor base = day ? QColor(0xFF, 0xFF, 0xFF) : colour(ColourToken::UIBCK);
    const QColor text = colour(ColourToken::UINFD);
    const QColor mid = colour(ColourToken::UIBDR);
    const QColor button =
        day ? QColor(0xE2, 0xE7, 0xEA)
            : (m_mode == PaletteMode::Dusk ? QColor(0x1A, 0x21, 0x25) : QColor(0x0E, 0x11, 0x13));
    const QColor alternate =
        day ? QColor(0xF4, 0xF7, 0xF9)
            : (m_mode == PaletteMode::Dusk ? QColor(0x0B, 0x0F, 0x11) : QColor(0x04, 0x05, 0x06));
    QPalette p;
    p.setColor(QPalette::Window, background);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, alternate);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, button);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::ToolTipBase, button);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, colour(ColourToken::UINFF));
    p.setColor(QPalette::BrightText, colour(ColourToken::UINFO));
    p.setColor(QPalette::Highlight, day ? colour(ColourToken::UINFB) : colour(ColourToken::UIAFD));
    p.setColor(QPalette::HighlightedText, day ? QColor(Qt::white) : text);
    p.setColor(QPalette::Link, colour(ColourToken::UINFB).lighter(day ? 100 : 160));
    p.setColor(QPalette::Light, mid.lighter(130));
    p.setColor(QPalette::Midlight, mid.lighter(115));
    p.setColor(QPalette::Mid, mid);
    p.setColor(QPalette::Dark, mid.darker(130));
    p.setColor(QPalette::Shadow, day ? QColor(0x30, 0x30, 0x30) : QColor(Qt::black));
    const QColor disabled = colour(ColourToken::UINFF);
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        p.setColor(QPalette::Disabled, role, day ? QColor(0x9A, 0xA5, 0xAB) : disabled);
    }
    return p;
}

QString ChartPalette::key(PaletteMode mode) {
    switch (mode) {
    case PaletteMode::Day:
        return QStringLiteral("day");
    case PaletteMode::Dusk:
        return QStringLiteral("dusk");
    case PaletteMode::Night:
        return QStringLiteral("night");
    }
    return QStringLiteral("day");
}

bool ChartPalette::fromKey(const QString &key, PaletteMode &mode) {
    for (PaletteMode candidate : {PaletteMode::Day, PaletteMode::Dusk, PaletteMode::Night}) {
        if (key.compare(ChartPalette::key(candidate), Qt::CaseInsensitive) == 0) {
            mode = candidate;
            return true;
        }
    }
    return false;
}

QString ChartPalette::displayName(PaletteMode mode) {
    switch (mode) {
    case PaletteMode::Day:
        return QCoreApplication::translate("marsa::chart::ChartPalette", "Day");
    case PaletteMode::Dusk:
        return QCoreApplication::translate("marsa::chart::ChartPalette", "Dusk");
    case PaletteMode::Night:
        return QCoreApplication::translate("marsa::chart::ChartPalette", "Night");
    }
    return {};
}

} // namespace marsa::chart
