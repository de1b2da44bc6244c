#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

#include <array>

namespace marsa::chart {

/// The three display palettes of an ECDIS (IHO S-52 / S-101): day is dark on light, dusk and
/// night light on dark, night dim enough to keep an operations room dark-adapted.
enum class PaletteMode { Day, Dusk, Night };

/// IHO S-101 colour tokens (PortrayalCatalog/ColorProfiles/colorProfile.xml), the ones Marsa uses.
enum class ColourToken {
    NODTA, // no data
    CHBLK, // chart black
    CHWHT, // chart white
    CHGRD, // chart grey, dark (graticule)
    CHGRF, // chart grey, faint
    CHRED,
    CHGRN,
    CHYLW,
    CHMGD, // magenta: limits and boundaries
    DEPDW, // deep water
    DEPMS, // medium-shallow water
    LANDA, // land
    LANDF, // land features
    CSTLN, // coastline
    NINFO, // navigator's notes
    RESBL, // AIS features
    TRFCD, // traffic features
    DNGHL, // danger highlight
    UIBCK, // user interface background
    UINFD, // bold text
    UINFF, // normal text
    UINFB, // blue accent
    UINFR, // red: alarms only
    UINFO, // orange
    UIBDR, // borders
    UIAFD, // area fill, water
    UIAFF, // area fill, land
    CURSR, // cursor
    SHIPS, // own ship; Marsa: the outline of every AIS target symbol
    PSTRK, // past track, primary (the selected target's)
    SYTRK, // past track, secondary (other targets')
    Count
};

/// The colours of one palette mode, for the chart and for the widgets around it.
class ChartPalette {
public:
    static ChartPalette forMode(PaletteMode mode);

    PaletteMode mode() const { return m_mode; }
    QColor colour(ColourToken token) const { return m_colours[static_cast<std::size_t>(token)]; }
    /// The same palette for Qt Widgets (Fusion style): one switch changes chart and console.
    QPalette widgetPalette() const;

    /// "day", "dusk" or "night".
    static QString key(PaletteMode mode);
    static bool fromKey(const QString &key, PaletteMode &mode);
    /// The translated name shown to the user.
    static QString displayName(PaletteMode mode);

private:
    PaletteMode m_mode = PaletteMode::Day;
    std::array<QColor, static_cast<std::size_t>(ColourToken::Count)> m_colours;
};

} // namespace marsa::chart
