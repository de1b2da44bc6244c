#include "chart/target_layer.h"

#include "chart/projected_track.h"
#include "chart/target_symbols.h"
#include "chart/track_raster.h"
#include "core/live_targets.h"
#include "geo/geodesy.h"
#include "geo/mercator.h"

#include <QCoreApplication>
#include <QPaintDevice>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>
#include <unordered_map>
#include <vector>

namespace marsa::chart {
namespace {

constexpr double kMinimumVectorKn = 0.5; // slower targets are stopped: no vector
constexpr int kMaxLabels = 400;
constexpr double kLabelGap = 13.0; // from the position to the label's side
// Ages at which a track fades, as fractions of its full length (6 h: 1, 2, 4 and 6 hours).
constexpr std::array<double, 4> kFadeSteps{1.0 / 6.0, 2.0 / 6.0, 4.0 / 6.0, 1.0};
constexpr std::array<double, 4> kFadeStrength{1.0, 0.7, 0.45, 0.25};

enum class TrackClass { Other, Asset, Selected, Count };

QRgb mixed(const QColor &colour, const QColor &background, double strength) {
    const auto channel = [strength](int a, int b) {
        return static_cast<int>(std::lround(a * strength + b * (1.0 - strength)));
    };
    return qRgb(channel(colour.red(), background.red()), channel(colour.green(), background.green()),
                channel(colour.blue(), background.blue()));
}

// Cells of the label declutter grid, in logical pixels.
class LabelGrid {
public:
    static constexpr int kCell = 4;
    LabelGrid(QSize size)
        : m_columns(size.width() / kCell + 1)
        , m_rows(size.height() / kCell + 1)
        , m_cells(static_cast<std::size_t>(m_columns * m_rows), 0) {}

    /// Marks the rectangle taken if it is free (or `force`); false when something is there.
    bool reserve(const QRectF &rect, bool force) {
        const int left = std::max(0, static_cast<int>(rect.left()) / kCell);
        const int right = std::min(m_columns - 1, static_cast<int>(rect.right()) / kCell);
        const int top = std::max(0, static_cast<int>(rect.top()) / kCell);
        const int bottom = std::min(m_rows - 1, static_cast<int>(rect.bottom()) / kCell);
        if (left > right || top > bottom) {
            return force;
        }
        if (!force) {
            for (int row = top; row <= bottom; ++row) {
                for (int column = left; column <= right; ++column) {
                    if (m_cells[static_cast<std::size_t>(row * m_columns + column)] != 0) {
                        return false;
                    }
                }
            }
        }
        for (int row = top; row <= bottom; ++row) {
            std::fill_n(m_cells.begin() + row * m_columns + left, right - left + 1, 1);
        }
        return true;
    }

private:
    int m_columns;
    int m_rows;
    std::vector<std::uint8_t> m_cells;
};

} // namespace

struct TargetLayer::State {
    // What the layer draws of one target, kept from one sync to the next.
    struct Entry {
        std::uint32_t mmsi = 0;
        double x = 0; // position, Mercator metres from trackOrigin()
        double y = 0;
        double vectorX = 0; // Mercator metres covered in the vector's minutes; 0 when stopped
        double vectorY = 0;
        int rotationDeg = -1; // heading, else COG; -1 for neither
        int headingDeg = -1;
        SymbolShape shape = SymbolShape::Circle;
        bool isLost = false;
        bool isAsset = false;
        bool isAlarm = false;
        bool isUnacknowledged = false;
        QString label;
        ProjectedTrack track;
    };
    // The inputs of the cached track image: any change draws it again.
    struct TrackKey {
        Viewport viewport;
        qreal ratio = 0;
        std::uint64_t version = 0;
        PaletteMode palette = PaletteMode::Day;
        TrackMode mode = TrackMode::None;
        std::optional<std::uint32_t> selected;
        std::int64_t fadeTime = 0; // 10-second steps
        double vectorMinutes = 0;
        bool operator==(const TrackKey &) const = default;
    };
    // Screen device pixels from trackOrigin(): x' = x s + ox, y' = -y s + oy.
    struct Frame {
        double scale = 1;
        double offsetX = 0;
        double offsetY = 0;
        qreal ratio = 1;
        QSize logical;
        QSize device;
        QPointF toLogical(double x, double y) const {
            return {(x * scale + offsetX) / ratio, (-y * scale + offsetY) / ratio};
        }
    };

    std::vector<Entry> entries;
    std::unordered_map<std::uint32_t, std::size_t> index;
    std::uint64_t version = 0;
    double vectorMinutes = -1; // the vector length the entries were computed for
    SymbolSprites sprites;
    LabelSprites labels;
    QImage trackImage;
    std::optional<TrackKey> trackKey;
    long rasterSegments = 0;  // drawn into trackImage when it was last drawn
    bool rasterFresh = false; // trackImage drawn since the last paint
    FrameStats stats;

    void update(const core::LiveTarget &target, double minutes);
    void erase(std::uint32_t mmsi);
    static Frame frameFor(const Viewport &viewport, qreal ratio);
    /// Calls `visit(entry, logical position)` for each target in view, in drawing order: lost
    /// ones at the bottom, then the others, our units, alarms on top. Positions are on whole
    /// device pixels: an image drawn off the pixel grid is resampled.
    template <typename Visit>
    void forEachShown(const Frame &frame, Visit &&visit) const;
    static SymbolLook lookOf(const Entry &e, bool alarmBright) {
        if (e.isAlarm) {
            return e.isUnacknowledged && alarmBright ? SymbolLook::AlarmBright : SymbolLook::AlarmOutline;
        }
        if (e.isLost) {
            return e.isAsset ? SymbolLook::LostOwnAsset : SymbolLook::Lost;
        }
        return e.isAsset ? SymbolLook::OwnAsset : SymbolLook::Normal;
    }
};

namespace {

QString labelOf(const core::LiveTarget &target) {
    if (target.isAlarm && core::isAlarm(target.kind)) {
        return core::stationKindName(target.kind); // "AIS-SART": what it is matters more than a name
    }
    return target.displayName();
}

SymbolShape shapeOf(const core::LiveTarget &target, bool oriented) {
    if (target.isAlarm) {
        return SymbolShape::Alarm;
    }
    switch (target.kind) {
    case core::StationKind::SarAircraft:
        return SymbolShape::Aircraft;
    case core::StationKind::AidToNav:
        return SymbolShape::AidToNav;
    case core::StationKind::BaseStation:
        return SymbolShape::BaseStation;
    default:
        break;
    }
    if (!oriented) {
        return SymbolShape::Circle;
    }
    return target.isClassB ? SymbolShape::TriangleClassB : SymbolShape::Triangle;
}

} // namespace

void TargetLayer::State::update(const core::LiveTarget &target, double minutes) {
    auto [it, isNew] = index.try_emplace(target.mmsi, entries.size());
    if (isNew) {
        entries.emplace_back();
    }
    Entry &e = entries[it->second];
    e.mmsi = target.mmsi;
    const core::VesselPosition &p = target.position;
    const geo::MercatorPoint at = geo::mercator::project({p.lat, p.lon});
    e.x = at.x - trackOrigin().x;
    e.y = at.y - trackOrigin().y;
    e.vectorX = 0;
    e.vectorY = 0;
    if (p.hasSog() && p.hasCog() && p.sog >= kMinimumVectorKn) {
        // Ground metres in `minutes`, stretched by the Mercator scale at the target's latitude.
        const double metres =
            p.sog * minutes / 60.0 * geo::kMetresPerNauticalMile * geo::mercator::scaleFactor(p.lat);
        const double course = p.cog * std::numbers::pi / 180.0;
        e.vectorX = metres * std::sin(course);
        e.vectorY = metres * std::cos(course);
    }
    e.headingDeg = p.hasHeading() ? p.heading : -1;
    e.rotationDeg = p.hasHeading() ? p.heading : (p.hasCog() ? static_cast<int>(std::lround(p.cog)) : -1);
    e.shape = shapeOf(target, e.rotationDeg >= 0);
    e.isLost = target.state == core::TargetState::Lost;
    e.isAsset = target.isOwnAsset();
    e.isAlarm = target.isAlarm;
    e.isUnacknowledged = target.isUnacknowledgedAlarm();
    e.label = labelOf(target);

    e.track.update(target, e.x, e.y);
}

void TargetLayer::State::erase(std::uint32_t mmsi) {
    const auto it = index.find(mmsi);
    if (it == index.end()) {
        return;
    }
    const std::size_t at = it->second;
    index.erase(it);
    if (at + 1 != entries.size()) {
        entries[at] = std::move(entries.back());
        index[entries[at].mmsi] = at;
    }
    entries.pop_back();
}

template <typename Visit>
void TargetLayer::State::forEachShown(const Frame &frame, Visit &&visit) const {
    const QRectF visible = QRectF(QPointF(0, 0), QSizeF(frame.logical)).adjusted(-20, -20, 20, 20);
    const auto layerOf = [](const Entry &e) { return e.isAlarm ? 3 : e.isAsset ? 2 : e.isLost ? 0 : 1; };
    for (int layer = 0; layer < 4; ++layer) {
        for (const Entry &e : entries) {
            if (layerOf(e) != layer) {
                continue;
            }
            const double dx = std::round(e.x * frame.scale + frame.offsetX);
            const double dy = std::round(-e.y * frame.scale + frame.offsetY);
            const QPointF at(dx / frame.ratio, dy / frame.ratio);
            if (visible.contains(at)) {
                visit(e, at);
            }
        }
    }
}

TargetLayer::State::Frame TargetLayer::State::frameFor(const Viewport &viewport, qreal ratio) {
    Frame frame;
    frame.ratio = ratio;
    frame.logical = viewport.size();
    frame.device = QSize(static_cast<int>(std::ceil(viewport.size().width() * ratio)),
                         static_cast<int>(std::ceil(viewport.size().height() * ratio)));
    const double perMetre = 1.0 / viewport.metresPerPixel();
    frame.scale = perMetre * ratio;
    const geo::MercatorPoint &origin = trackOrigin();
    frame.offsetX = ((origin.x - viewport.centre().x) * perMetre + viewport.size().width() / 2.0) * ratio;
    frame.offsetY = (viewport.size().height() / 2.0 - (origin.y - viewport.centre().y) * perMetre) * ratio;
    return frame;
}

TargetLayer::TargetLayer(const core::LiveTargets &targets)
    : m_targets(targets)
    , m_state(std::make_unique<State>()) {}

TargetLayer::~TargetLayer() = default;

QString TargetLayer::title() const {
    return QCoreApplication::translate("marsa::chart::TargetLayer", "AIS targets");
}

QString TargetLayer::description() const {
    return QCoreApplication::translate("marsa::chart::TargetLayer",
                                       "Live AIS targets from the feeds, with their past tracks and "
                                       "6-minute speed vectors. Alarms (AIS-SART, MOB, EPIRB) flash until "
                                       "acknowledged in the Vessels panel.");
}

void TargetLayer::setSelected(std::optional<std::uint32_t> mmsi) {
    m_selected = mmsi;
}

TargetLayer::FrameStats TargetLayer::lastFrame() const {
    return m_state->stats;
}

void TargetLayer::sync() const {
    State &state = *m_state;
    const bool vectorsChanged = state.vectorMinutes != m_vectorMinutes;
    if (state.version == m_targets.version() && !vectorsChanged) {
        return;
    }
    const core::TargetChanges changes = m_targets.changesSince(vectorsChanged ? 0 : state.version);
    if (!changes.complete || vectorsChanged) {
        state.entries.clear();
        state.index.clear();
        for (const core::LiveTarget &target : m_targets.targets()) {
            state.update(target, m_vectorMinutes);
        }
    } else {
        for (std::uint32_t mmsi : changes.removed) {
            state.erase(mmsi);
        }
        for (const auto *list : {&changes.added, &changes.updated}) {
            for (std::uint32_t mmsi : *list) {
                if (const core::LiveTarget *target = m_targets.find(mmsi)) {
                    state.update(*target, m_vectorMinutes);
                }
            }
        }
    }
    state.vectorMinutes = m_vectorMinutes;
    state.version = changes.version;
}

void TargetLayer::prepareOverlay(const RenderContext &context, qreal devicePixelRatio) const {
    sync();
    m_state->sprites.prepare(context.palette, devicePixelRatio);
    m_state->labels.prepare(context.palette, devicePixelRatio);
    drawTargetImage(context, devicePixelRatio);
}

// Tracks, speed vectors and the symbols that do not flash: one image, drawn again only when
// something it shows changed.
void TargetLayer::drawTargetImage(const RenderContext &context, qreal ratio) const {
    State &state = *m_state;
    const Viewport &viewport = context.viewport;
    const ChartPalette &palette = context.palette;
    const State::Frame frame = State::frameFor(viewport, ratio);
    const std::int64_t nowMs = m_nowMs != 0 ? m_nowMs : m_targets.latestTimeMs();
    const State::TrackKey key{viewport,    ratio,      state.version,  palette.mode(),
                              m_trackMode, m_selected, nowMs / 10'000, m_vectorMinutes};
    if (state.trackKey != key || state.trackImage.size() != frame.device) {
        if (state.trackImage.size() != frame.device) {
            state.trackImage = QImage(frame.device, QImage::Format_ARGB32_Premultiplied);
        }
        state.trackImage.setDevicePixelRatio(ratio);
        state.trackImage.fill(0);
        LineRaster raster(state.trackImage);
        const QColor background = palette.colour(ColourToken::DEPDW);
        const std::array<QColor, 3> base{palette.colour(ColourToken::SYTRK),
                                         palette.colour(ColourToken::RESBL),
                                         palette.colour(ColourToken::PSTRK)};
        std::array<std::array<QRgb, 4>, 3> colours{};
        for (std::size_t c = 0; c < base.size(); ++c) {
            for (std::size_t step = 0; step < kFadeStrength.size(); ++step) {
                colours[c][step] = mixed(base[c], background, kFadeStrength[step]);
            }
        }
        const QRgb vectorColour = palette.colour(ColourToken::SHIPS).rgb();
        const std::int64_t maxAgeMs = m_targets.settings().trackMaxAgeMs;
        TrackFrame tracks{frame.scale, frame.offsetX, frame.offsetY,
                          static_cast<double>(frame.device.width()),
                          static_cast<double>(frame.device.height())};
        for (std::size_t i = 0; i < kFadeSteps.size(); ++i) {
            tracks.fadeFrom[i] = static_cast<std::int32_t>(
                (nowMs - kTrackEpochMs - static_cast<std::int64_t>(maxAgeMs * kFadeSteps[i])) / 1000);
        }
        const std::size_t level = ProjectedTrack::levelFor(tracks);
        constexpr std::size_t kPrefetchAhead = 4;
        for (std::size_t i = 0; i < state.entries.size(); ++i) {
            const State::Entry &e = state.entries[i];
            if (i + kPrefetchAhead < state.entries.size() && m_trackMode == TrackMode::All) {
                state.entries[i + kPrefetchAhead].track.prefetch(level);
            }
            const double sx = e.x * frame.scale + frame.offsetX;
            const double sy = -e.y * frame.scale + frame.offsetY;
            const bool selected = m_selected == e.mmsi;
            if ((e.vectorX != 0.0 || e.vectorY != 0.0) && !e.isLost && !selected) {
                raster.line(static_cast<float>(sx), static_cast<float>(sy),
                            static_cast<float>(sx + e.vectorX * frame.scale),
                            static_cast<float>(sy - e.vectorY * frame.scale), vectorColour);
            }
            if (m_trackMode == TrackMode::All || (m_trackMode == TrackMode::Selected && selected)) {
                const TrackClass kind =
                    selected ? TrackClass::Selected : (e.isAsset ? TrackClass::Asset : TrackClass::Other);
                e.track.draw(raster, tracks, sx, sy, colours[static_cast<std::size_t>(kind)]);
            }
        }
        state.rasterSegments = raster.drawn();
        // Every symbol but the alarms, which flash, over the tracks: lost ones at the bottom,
        // then the others, then our units.
        QPainter painter(&state.trackImage);
        state.forEachShown(frame, [&](const State::Entry &e, QPointF at) {
            if (!e.isAlarm) {
                const Sprite &sprite = state.sprites.sprite(e.shape, State::lookOf(e, false), e.rotationDeg);
                painter.drawImage(at + sprite.offset, sprite.image);
            }
        });
        painter.end();
        state.rasterFresh = true;
        state.trackKey = key;
    }
}

void TargetLayer::paintOverlay(QPainter &painter, const RenderContext &context) const {
    sync();
    State &state = *m_state;
    const Viewport &viewport = context.viewport;
    const ChartPalette &palette = context.palette;
    const qreal ratio = painter.device() != nullptr ? painter.device()->devicePixelRatioF() : 1.0;
    const State::Frame frame = State::frameFor(viewport, ratio);
    state.stats = {};
    state.sprites.prepare(palette, ratio);
    state.labels.prepare(palette, ratio);

    // 1. Tracks, vectors and steady symbols (prepared already when the chart's cache was drawn
    // again).
    drawTargetImage(context, ratio);
    state.stats.tracksFromCache = !state.rasterFresh;
    state.stats.trackSegments = state.rasterFresh ? state.rasterSegments : 0;
    state.rasterFresh = false;
    painter.save();
    painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
    painter.drawImage(QPointF(0, 0), state.trackImage);

    // 2. Symbols: all but the alarms are in the image; alarms on top, flashing.
    std::vector<const State::Entry *> shown; // in view, in drawing order
    shown.reserve(state.entries.size());
    state.forEachShown(frame, [&](const State::Entry &e, QPointF at) {
        if (e.isAlarm) {
            const Sprite &sprite =
                state.sprites.sprite(e.shape, State::lookOf(e, m_alarmBright), e.rotationDeg);
            painter.drawImage(at + sprite.offset, sprite.image);
        }
        shown.push_back(&e);
    });
    state.stats.symbols = static_cast<int>(shown.size());

    // 3. The selected target: corner brackets, heading line and a dashed vector.
    if (m_selected) {
        if (const auto it = state.index.find(*m_selected); it != state.index.end()) {
            const State::Entry &e = state.entries[it->second];
            const QPointF at = frame.toLogical(e.x, e.y);
            painter.setRenderHint(QPainter::Antialiasing, true);
            const QColor ink = palette.colour(ColourToken::SHIPS);
            if (e.vectorX != 0.0 || e.vectorY != 0.0) {
                QPen dashed(ink, 1.5);
                dashed.setDashPattern({4.0, 3.0});
                painter.setPen(dashed);
                painter.drawLine(at, frame.toLogical(e.x + e.vectorX, e.y + e.vectorY));
            }
            if (e.headingDeg >= 0) {
                const double heading = e.headingDeg * std::numbers::pi / 180.0;
                painter.setPen(QPen(ink, 1.5));
                painter.drawLine(at + QPointF(12 * std::sin(heading), -12 * std::cos(heading)),
                                 at + QPointF(30 * std::sin(heading), -30 * std::cos(heading)));
            }
            constexpr double reach = 17.0; // half the brackets' square
            constexpr double arm = 7.0;
            QPainterPath brackets;
            for (const QPointF corner : {QPointF(-1, -1), QPointF(1, -1), QPointF(1, 1), QPointF(-1, 1)}) {
                const QPointF c = at + corner * reach;
                brackets.moveTo(c - QPointF(corner.x() * arm, 0));
                brackets.lineTo(c);
                brackets.lineTo(c - QPointF(0, corner.y() * arm));
            }
            painter.setBrush(Qt::NoBrush);
            painter.setPen(QPen(palette.colour(ColourToken::DEPDW), 4.5, Qt::SolidLine, Qt::FlatCap));
            painter.drawPath(brackets);
            painter.setPen(QPen(palette.colour(ColourToken::UINFD), 2.0, Qt::SolidLine, Qt::FlatCap));
            painter.drawPath(brackets);
        }
    }

    // 4. Names: alarms, the selected target and our units at every scale; the others only at a
    // large enough scale. None overlaps a symbol or another name, but those of alarms and of the
    // selected target, which are always drawn.
    const bool allNames = viewport.metresPerPixel() <= m_labelMaxMetresPerPixel;
    std::vector<const State::Entry *> named;
    for (const State::Entry *e : shown) {
        if (!e->label.isEmpty() && (allNames || e->isAlarm || e->isAsset || m_selected == e->mmsi)) {
            named.push_back(e);
        }
    }
    const auto priority = [this](const State::Entry *e) {
        return e->isAlarm ? 0 : m_selected == e->mmsi ? 1 : e->isAsset ? 2 : 3;
    };
    std::stable_sort(named.begin(), named.end(), [&priority](const State::Entry *a, const State::Entry *b) {
        return priority(a) < priority(b);
    });
    LabelGrid grid(frame.logical);
    if (context.labelAreas != nullptr) {
        for (const QRectF &area : *context.labelAreas) {
            grid.reserve(area, true); // other layers' names: a case number stays readable
        }
    }
    if (allNames) {
        for (const State::Entry *e : shown) {
            const QPointF at = frame.toLogical(e->x, e->y);
            grid.reserve(QRectF(at - QPointF(7, 7), QSizeF(14, 14)), true); // the symbol's core
        }
    }
    for (const State::Entry *e : named) {
        if (state.stats.labels >= kMaxLabels) {
            break;
        }
        // Alarms and the selected target are named even over others; our units only where
        // there is room, like the rest (two hundred of them at the SRR view would pile up).
        const bool must = priority(e) < 2;
        const QImage &image = state.labels.label(e->label, e->isAlarm);
        const QSizeF size = image.deviceIndependentSize();
        const QPointF at = frame.toLogical(e->x, e->y);
        // To the right of the symbol, else to its left (the chart is never mirrored).
        QRectF place(QPointF(at.x() + kLabelGap - LabelSprites::kMargin, at.y() - size.height() / 2), size);
        if (!grid.reserve(place, false)) {
            place.moveRight(at.x() - kLabelGap + LabelSprites::kMargin);
            if (!grid.reserve(place, must)) {
                continue;
            }
        }
        const QPointF topLeft(std::round(place.left() * ratio) / ratio,
                              std::round(place.top() * ratio) / ratio);
        painter.drawImage(topLeft, image);
        ++state.stats.labels;
    }
    painter.restore();
}

std::optional<std::uint32_t> TargetLayer::targetAt(QPointF pixel, const Viewport &viewport,
                                                   double tolerance) const {
    sync();
    const State &state = *m_state;
    const State::Frame frame = State::frameFor(viewport, 1.0);
    std::optional<std::uint32_t> nearest;
    std::optional<std::uint32_t> nearestAlarm;
    double best = tolerance * tolerance;
    double bestAlarm = best;
    for (const State::Entry &e : state.entries) {
        const QPointF d = frame.toLogical(e.x, e.y) - pixel;
        const double distance = QPointF::dotProduct(d, d);
        if (e.isAlarm && distance <= bestAlarm) {
            bestAlarm = distance;
            nearestAlarm = e.mmsi;
        } else if (!e.isAlarm && distance <= best) {
            best = distance;
            nearest = e.mmsi;
        }
    }
    return nearestAlarm ? nearestAlarm : nearest;
}

} // namespace marsa::chart
