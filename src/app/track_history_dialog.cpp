#include "app/track_history_dialog.h"

#include "core/exercise_stamp.h"
#include "storage/database.h"

#include "app/form_fields.h"

#include "core/bidi.h"

#include "app/chart_canvas.h"
#include "app/table_view.h"
#include "chart/history_track_layer.h"
#include "chart/layer_stack.h"
#include "core/clock.h"
#include "core/live_targets.h"
#include "geo/coordinate_format.h"
#include "geo/feature_writer.h"
#include "storage/track_store.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <map>

namespace marsa::app {

namespace {

constexpr std::int64_t kHourMs = 3'600'000;
const QString kTimeFormat = QStringLiteral("yyyy-MM-dd HH:mm");

using core::isolated;

QString utcText(std::int64_t timeMs, const QString &format) {
    return QDateTime::fromMSecsSinceEpoch(timeMs, Qt::UTC).toString(format);
}

QStandardItem *cell(const QString &text, bool number) {
    auto *item = new QStandardItem(text);
    item->setEditable(false);
    if (number) {
        item->setTextAlignment(Qt::AlignRight | Qt::AlignAbsolute | Qt::AlignVCenter);
    }
    return item;
}

} // namespace

TrackHistoryDialog::TrackHistoryDialog(const storage::Database &database, const core::Clock &clock,
                                       const core::LiveTargets &targets, chart::LayerStack &layers,
                                       ChartCanvas &canvas, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_clock(clock)
    , m_targets(targets)
    , m_layers(layers)
    , m_canvas(canvas) {
    setObjectName(QStringLiteral("trackHistoryDialog"));
    setWindowTitle(tr("Track history"));
    setModal(false);

    m_vessel = new QComboBox(this);
    m_vessel->setObjectName(QStringLiteral("vessel"));
    m_vessel->setEditable(true);
    m_vessel->setInsertPolicy(QComboBox::NoInsert);
    m_vessel->lineEdit()->setPlaceholderText(tr("Name or MMSI"));
    m_vessel->setMinimumContentsLength(28);
    m_from = utcTimeField(this, "from");
    m_to = utcTimeField(this, "to");
    const QDateTime now = m_clock.nowUtc();
    setWindow(now.addSecs(-6 * 3600), now);

    auto *form = new QFormLayout;
    form->addRow(tr("&Vessel:"), m_vessel);
    form->addRow(tr("&From (UTC):"), m_from);
    form->addRow(tr("&To (UTC):"), m_to);

    m_model = new QStandardItemModel(0, ColumnCount, this);
    m_model->setHorizontalHeaderLabels({tr("Time (UTC)"), tr("Latitude"), tr("Longitude"), tr("SOG (kn)"),
                                        tr("COG (°)"), tr("Heading (°)")});
    m_table = makeTable(m_model, this);
    m_table->setObjectName(QStringLiteral("points"));
    m_table->setSortingEnabled(false); // the points are in time order; that is their meaning
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_count = new QLabel(tr("Pick a vessel and a time window, then Show."), this);
    m_count->setObjectName(QStringLiteral("count"));
    m_count->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    QPushButton *show = buttons->addButton(tr("&Show"), QDialogButtonBox::ActionRole);
    show->setObjectName(QStringLiteral("showButton"));
    show->setDefault(true);
    m_export = buttons->addButton(tr("&Export…"), QDialogButtonBox::ActionRole);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setAutoDefault(false);
    m_export->setEnabled(false);
    m_export->setToolTip(tr("Write the track shown to a GPX or GeoJSON file"));
    m_clear = buttons->addButton(tr("C&lear"), QDialogButtonBox::ActionRole);
    m_clear->setObjectName(QStringLiteral("clearButton"));
    m_clear->setAutoDefault(false);
    m_clear->setEnabled(false);
    m_clear->setToolTip(tr("Remove the track shown from the chart"));
    connect(show, &QPushButton::clicked, this, [this] { showTrack(); });
    connect(m_clear, &QPushButton::clicked, this, &TrackHistoryDialog::clearTrack);
    connect(m_export, &QPushButton::clicked, this, &TrackHistoryDialog::exportTrack);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 95, fontMetrics().height() * 30);
    reload();
}

void TrackHistoryDialog::reload(std::optional<std::uint32_t> mmsi) {
    std::map<std::uint32_t, QString> names;
    auto statics = storage::TrackStore(m_database).allStatic();
    if (statics) {
        for (const core::VesselStatic &record : statics.value()) {
            names[record.mmsi] = record.name.trimmed();
        }
    }
    for (const core::LiveTarget &target : m_targets.targets()) {
        QString &name = names[target.mmsi];
        if (!target.displayName().trimmed().isEmpty()) {
            name = target.displayName().trimmed();
        }
    }
    const QString typed = m_vessel->currentText();
    m_vessel->clear();
    for (const auto &[number, name] : names) {
        const QString id = isolated(QString::number(number));
        m_vessel->addItem(name.isEmpty() ? id : name + QStringLiteral(" — ") + id, number);
    }
    if (mmsi) {
        const int index = m_vessel->findData(*mmsi);
        if (index >= 0) {
            m_vessel->setCurrentIndex(index);
        } else {
            m_vessel->setEditText(QString::number(*mmsi));
        }
    } else {
        m_vessel->setEditText(typed);
    }
}

void TrackHistoryDialog::setWindow(const QDateTime &fromUtc, const QDateTime &toUtc) {
    m_from->setDateTime(fromUtc.toUTC());
    m_to->setDateTime(toUtc.toUTC());
}

std::optional<std::uint32_t> TrackHistoryDialog::pickedMmsi() const {
    const QString text = m_vessel->currentText().trimmed();
    if (text.isEmpty()) {
        return std::nullopt;
    }
    const int index = m_vessel->currentIndex();
    if (index >= 0 && m_vessel->itemText(index) == m_vessel->currentText()) {
        return m_vessel->itemData(index).toUInt();
    }
    // A typed MMSI (nine digits, in Western or Arabic-Indic digits), alone or after a name.
    static const QRegularExpression nineDigits(QStringLiteral("(?<!\\d)(\\d{9})(?!\\d)"),
                                               QRegularExpression::UseUnicodePropertiesOption);
    if (const auto match = nineDigits.match(text); match.hasMatch()) {
        QString digits;
        for (const QChar c : match.captured(1)) {
            digits += QChar(u'0' + c.digitValue());
        }
        return digits.toUInt();
    }
    // A name typed whole, in any case.
    for (int i = 0; i < m_vessel->count(); ++i) {
        const QString item = m_vessel->itemText(i);
        const QString name = item.section(QStringLiteral(" — "), 0, 0);
        if (name.compare(text, Qt::CaseInsensitive) == 0) {
            return m_vessel->itemData(i).toUInt();
        }
    }
    return std::nullopt;
}

QString TrackHistoryDialog::vesselName(std::uint32_t mmsi) const {
    const int index = m_vessel->findData(mmsi);
    if (index >= 0) {
        // Entries are "name — MMSI", or the isolated MMSI alone for a vessel without a name.
        const QString name = m_vessel->itemText(index).section(QStringLiteral(" — "), 0, 0);
        if (!name.startsWith(QChar(0x2066))) {
            return name;
        }
    }
    return {};
}

QString TrackHistoryDialog::vesselLabel(std::uint32_t mmsi) const {
    const QString name = vesselName(mmsi);
    return name.isEmpty() ? tr("MMSI %1").arg(isolated(QString::number(mmsi))) : name;
}

void TrackHistoryDialog::refuse(const QString &text) {
    QMessageBox::warning(this, tr("Track history"), text);
}

chart::HistoryTrackLayer *TrackHistoryDialog::layer() const {
    const int index = m_layers.indexOf(QStringLiteral("history-track"));
    return index < 0 ? nullptr : dynamic_cast<chart::HistoryTrackLayer *>(m_layers.at(index));
}

chart::HistoryTrackLayer &TrackHistoryDialog::ensureLayer() {
    if (chart::HistoryTrackLayer *existing = layer()) {
        return *existing;
    }
    // Over the vessels, so the history stays readable among the live tracks.
    auto owned = std::make_unique<chart::HistoryTrackLayer>();
    chart::HistoryTrackLayer &created = *owned;
    const int targets = m_layers.indexOf(QStringLiteral("targets"));
    m_layers.insert(targets >= 0 ? targets + 1 : m_layers.count(), std::move(owned));
    return created;
}

bool TrackHistoryDialog::showTrack() {
    const std::optional<std::uint32_t> mmsi = pickedMmsi();
    if (!mmsi) {
        refuse(m_vessel->currentText().trimmed().isEmpty()
                   ? tr("Pick a vessel from the list or type its 9-digit MMSI.")
                   : tr("No vessel is called “%1”. Pick a vessel from the list or type its 9-digit MMSI.")
                         .arg(m_vessel->currentText().trimmed()));
        return false;
    }
    const std::int64_t fromMs = m_from->dateTime().toMSecsSinceEpoch();
    const std::int64_t toMs = m_to->dateTime().toMSecsSinceEpoch();
    const QString fromText = isolated(utcText(fromMs, kTimeFormat));
    const QString toText = isolated(utcText(toMs, kTimeFormat));
    if (fromMs > toMs) {
        refuse(tr("The window starts after it ends: From (%1 UTC) must be before To (%2 UTC).")
                   .arg(fromText, toText));
        return false;
    }
    storage::TrackStore store(m_database);
    auto track = store.track(*mmsi, fromMs, toMs);
    if (!track) {
        refuse(tr("The track could not be read: %1").arg(track.errorMessage()));
        return false;
    }
    if (track.value().empty()) {
        const bool known = m_vessel->findData(*mmsi) >= 0;
        if (!known) {
            // Nothing known of it at all, or only positions outside the window?
            auto ever = store.hasPositions(*mmsi);
            if (ever && !ever.value()) {
                refuse(tr("MMSI %1 is unknown: the console has neither static data nor positions of it.")
                           .arg(isolated(QString::number(*mmsi))));
                return false;
            }
        }
        refuse(tr("No positions of %1 between %2 and %3 UTC.").arg(vesselLabel(*mmsi), fromText, toText));
        return false;
    }

    m_mmsi = *mmsi;
    m_name = vesselLabel(*mmsi);
    const QString name = vesselName(*mmsi);
    m_trackName = name.isEmpty() ? QString::number(*mmsi) : name;
    m_track = std::move(track).value();

    m_model->removeRows(0, m_model->rowCount());
    for (const core::VesselPosition &p : m_track) {
        m_model->appendRow({
            cell(isolated(utcText(p.timeMs, QStringLiteral("yyyy-MM-dd HH:mm:ss"))), false),
            cell(isolated(geo::formatLatitude(p.lat)), false),
            cell(isolated(geo::formatLongitude(p.lon)), false),
            cell(p.hasSog() ? QString::number(p.sog, 'f', 1) : tr("n/a"), true),
            cell(p.hasCog() ? QString::number(p.cog, 'f', 1) : tr("n/a"), true),
            cell(p.hasHeading() ? QString::number(p.heading) : tr("n/a"), true),
        });
    }
    m_table->scrollToBottom();
    const double hours = static_cast<double>(m_track.back().timeMs - m_track.front().timeMs) / kHourMs;
    m_count->setText(tr("%1 positions of %2 (MMSI %3) from %4 to %5 UTC, over %6 hours.")
                         .arg(isolated(QString::number(m_track.size())), m_name,
                              isolated(QString::number(m_mmsi)),
                              isolated(utcText(m_track.front().timeMs, kTimeFormat)),
                              isolated(utcText(m_track.back().timeMs, kTimeFormat)),
                              isolated(QString::number(hours, 'f', 1))));
    m_export->setEnabled(true);
    m_clear->setEnabled(true);

    chart::HistoryTrackLayer &history = ensureLayer();
    history.setTrack(m_mmsi, m_track, m_trackName);
    const int index = m_layers.indexOf(history.id());
    m_layers.setVisible(index, true);
    m_layers.markChanged(index);
    if (auto rect = history.extent()) {
        // A margin of a fifth around the track (and at least a few miles), for its labels.
        const double margin = std::max({rect->width(), rect->height()}) * 0.2 + 3000.0;
        rect->minX -= margin;
        rect->maxX += margin;
        rect->minY -= margin;
        rect->maxY += margin;
        m_canvas.showRect(*rect);
    }
    m_canvas.update();
    Q_EMIT trackShownChanged(true);
    return true;
}

void TrackHistoryDialog::clearTrack() {
    if (chart::HistoryTrackLayer *history = layer(); history != nullptr && !history->isEmpty()) {
        history->clear();
        m_layers.markChanged(m_layers.indexOf(history->id()));
        m_canvas.update();
    }
    const bool hadTrack = !m_track.empty();
    m_track.clear();
    m_mmsi = 0;
    m_name.clear();
    m_trackName.clear();
    m_model->removeRows(0, m_model->rowCount());
    m_count->setText(tr("Pick a vessel and a time window, then Show."));
    m_export->setEnabled(false);
    m_clear->setEnabled(false);
    if (hadTrack) {
        Q_EMIT trackShownChanged(false);
    }
}

bool TrackHistoryDialog::exportTo(const QString &path) {
    if (m_track.empty()) {
        refuse(tr("Show a track before exporting it."));
        return false;
    }
    const std::optional<geo::TrackFormat> format = geo::trackFormatFor(path);
    if (!format) {
        refuse(tr("“%1” is neither a .gpx nor a .geojson file.").arg(QFileInfo(path).fileName()));
        return false;
    }
    geo::FeatureWriteOptions options;
    options.overwrite = true; // the file dialog has asked before replacing a file
    // From an exercise database the track's name in the file says so (docs/exercises.md).
    const QString name = m_database.isExercise() ? core::exerciseNotice(m_database.exerciseName()) +
                                                       QStringLiteral(": ") + m_trackName
                                                 : m_trackName;
    if (auto written = geo::writeTrack(path, *format, name, m_track, options); !written) {
        refuse(tr("The track could not be written to %1: %2")
                   .arg(isolated(QFileInfo(path).fileName()), written.errorMessage()));
        return false;
    }
    m_count->setText(
        tr("%1 positions written to %2.")
            .arg(isolated(QString::number(m_track.size())), isolated(QFileInfo(path).fileName())));
    return true;
}

void TrackHistoryDialog::exportTrack() {
    const QString gpx = tr("GPX track (*.gpx)");
    const QString geojson = tr("GeoJSON (*.geojson)");
    QString filter = gpx;
    QString suggested =
        QStringLiteral("%1-%2.gpx")
            .arg(m_mmsi)
            .arg(utcText(m_track.empty() ? 0 : m_track.front().timeMs, QStringLiteral("yyyyMMdd-HHmm")));
    if (m_database.isExercise()) {
        suggested = core::stampFileName(suggested);
    }
    QString path = QFileDialog::getSaveFileName(this, tr("Export track"), suggested,
                                                gpx + QStringLiteral(";;") + geojson, &filter);
    if (path.isEmpty()) {
        return;
    }
    if (!geo::trackFormatFor(path)) {
        path += filter == geojson ? QStringLiteral(".geojson") : QStringLiteral(".gpx");
        // The file dialog asked about the name typed, not about this one.
        if (QFileInfo::exists(path) &&
            QMessageBox::question(this, tr("Export track"),
                                  tr("A file named %1 exists already. Replace it?")
                                      .arg(isolated(QFileInfo(path).fileName()))) != QMessageBox::Yes) {
            return;
        }
    }
    exportTo(path);
}

} // namespace marsa::app
