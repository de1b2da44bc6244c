// Tools → Track history… on the demonstration data: a vessel's stored track drawn, listed and
// exported, and what cannot be shown refused with a message.

#include "app_fixture.h"
#include "when_shown.h"

#include "app/chart_canvas.h"
#include "app/track_history_dialog.h"
#include "app/vessel_console.h"
#include "app/vessels_panel.h"
#include "chart/chart_palette.h"
#include "chart/history_track_layer.h"
#include "geo/coordinate_format.h"
#include "storage/track_store.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFile>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <functional>
#include <memory>

using namespace marsa;

namespace {

constexpr std::uint32_t kFezzan = 642'000'102;

using test::whenShown;

/// Shows the track and answers the message box it raises, if any: its text, empty when none.
QString showAndReadMessage(app::TrackHistoryDialog &dialog, bool &shown) {
    auto text = std::make_shared<QString>();
    auto *poll = new QTimer;
    QObject::connect(poll, &QTimer::timeout, [poll, text] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            poll->stop();
            poll->deleteLater();
            *text = box->text();
            box->accept();
        }
    });
    poll->start(10);
    shown = dialog.showTrack();
    QTest::qWait(30);
    if (text->isEmpty()) {
        poll->stop();
        poll->deleteLater();
    }
    return *text;
}

QString isolated(const QString &text) {
    return QChar(0x2066) + text + QChar(0x2069);
}

std::vector<core::VesselPosition> storedTrack(test::Console &console, std::uint32_t mmsi,
                                              const QDateTime &from, const QDateTime &to) {
    auto track =
        storage::TrackStore(*console.database).track(mmsi, from.toMSecsSinceEpoch(), to.toMSecsSinceEpoch());
    REQUIRE(track);
    return track.value();
}

app::TrackHistoryDialog &openDialog(test::Console &console) {
    auto *action = console.window->findChild<QAction *>(QStringLiteral("trackHistoryAction"));
    REQUIRE(action != nullptr);
    CHECK(action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_T));
    action->trigger();
    app::TrackHistoryDialog *dialog = console.window->vessels().trackHistoryDialog();
    REQUIRE(dialog != nullptr);
    REQUIRE(dialog->isVisible());
    CHECK_FALSE(dialog->isModal());
    return *dialog;
}

} // namespace

TEST_CASE("Track history draws, lists and exports FEZZAN's last three hours") {
    test::Console console;
    app::TrackHistoryDialog &dialog = openDialog(console);
    const QDateTime now = console.clock.now;
    // The default window: the last six hours by the console's clock.
    CHECK(dialog.findChild<QDateTimeEdit *>(QStringLiteral("from"))->dateTime() == now.addSecs(-6 * 3600));
    CHECK(dialog.findChild<QDateTimeEdit *>(QStringLiteral("to"))->dateTime() == now);

    // The name typed, as an officer would.
    auto *vessel = dialog.findChild<QComboBox *>(QStringLiteral("vessel"));
    vessel->setEditText(QStringLiteral("fezzan"));
    CHECK(dialog.pickedMmsi() == kFezzan);
    dialog.setWindow(now.addSecs(-3 * 3600), now);
    bool shown = false;
    CHECK(showAndReadMessage(dialog, shown).isEmpty());
    REQUIRE(shown);

    const auto expected = storedTrack(console, kFezzan, now.addSecs(-3 * 3600), now);
    REQUIRE(expected.size() > 20);
    auto *table = dialog.findChild<QTableView *>(QStringLiteral("points"));
    const QAbstractItemModel *model = table->model();
    REQUIRE(model->rowCount() == static_cast<int>(expected.size()));
    const int last = model->rowCount() - 1;
    const core::VesselPosition &end = expected.back();
    CHECK(model->index(last, app::TrackHistoryDialog::LatitudeColumn).data().toString() ==
          isolated(geo::formatLatitude(end.lat)));
    CHECK(model->index(last, app::TrackHistoryDialog::LongitudeColumn).data().toString() ==
          isolated(geo::formatLongitude(end.lon)));
    CHECK(end.lat == Approx(33.895).margin(0.01)); // where the demo sails FEZZAN
    CHECK(end.lon == Approx(12.625).margin(0.01));
    CHECK(model->index(last, app::TrackHistoryDialog::TimeColumn).data().toString() ==
          isolated(QDateTime::fromMSecsSinceEpoch(end.timeMs, Qt::UTC)
                       .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
    CHECK(model->index(last, app::TrackHistoryDialog::SogColumn).data().toString() ==
          QString::number(end.sog, 'f', 1));
    const QString count = dialog.findChild<QLabel *>(QStringLiteral("count"))->text();
    CHECK(count.contains(isolated(QString::number(expected.size()))));
    CHECK(count.contains(QStringLiteral("FEZZAN"), Qt::CaseInsensitive));

    // On the chart: the layer holds the track, and the chart is fitted to it.
    chart::HistoryTrackLayer *layer = dialog.layer();
    REQUIRE(layer != nullptr);
    CHECK(layer->mmsi() == kFezzan);
    CHECK(layer->positions().size() == expected.size());
    app::ChartCanvas &canvas = console.window->canvas();
    const QPointF start = canvas.viewport().toScreen(geo::LatLon{expected.front().lat, expected.front().lon});
    const QPointF finish = canvas.viewport().toScreen(geo::LatLon{end.lat, end.lon});
    const QRectF screen(QPointF(0, 0), QSizeF(canvas.size()));
    CHECK(screen.contains(start));
    CHECK(screen.contains(finish));
    // The track fills a good part of the chart (fitted, not merely somewhere on it), unless the
    // chart may not zoom in further.
    const bool finest = canvas.viewport().metresPerPixel() <= canvas.zoomLimits().finest * 1.001;
    CHECK((finest || std::max(std::abs(finish.x() - start.x()), std::abs(finish.y() - start.y())) >
                         std::min(canvas.width(), canvas.height()) / 3.0));
    const QImage image = canvas.grab().toImage();
    const QColor blue =
        chart::HistoryTrackLayer::lineColour(chart::ChartPalette::forMode(chart::PaletteMode::Day));
    CHECK(image.pixelColor(finish.toPoint()) == blue);
    if (const QByteArray dir = qgetenv("MARSA_SCREENSHOT_DIR"); !dir.isEmpty()) {
        console.window->grab().save(QString::fromLocal8Bit(dir) +
                                    QStringLiteral("/track-history-console.png"));
        dialog.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/track-history-dialog.png"));
        console.window->findChild<QAction *>(QStringLiteral("palette-night"))->trigger();
        QTest::qWait(50);
        console.window->grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/track-history-night.png"));
        console.window->findChild<QAction *>(QStringLiteral("palette-day"))->trigger();
    }

    // Exported through GDAL and read back: every position in both formats.
    QTemporaryDir dir;
    GDALAllRegister();
    const QString gpx = dir.filePath(QStringLiteral("fezzan.gpx"));
    REQUIRE(dialog.exportTo(gpx));
    {
        std::unique_ptr<GDALDataset> dataset(
            GDALDataset::Open(gpx.toUtf8().constData(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr));
        REQUIRE(dataset != nullptr);
        OGRLayer *points = dataset->GetLayerByName("track_points");
        REQUIRE(points != nullptr);
        CHECK(points->GetFeatureCount() == static_cast<GIntBig>(expected.size()));
        OGRLayer *tracks = dataset->GetLayerByName("tracks");
        REQUIRE(tracks != nullptr);
        std::unique_ptr<OGRFeature> track(tracks->GetNextFeature());
        REQUIRE(track != nullptr);
        // The console's name of the vessel (the Coast Guard's own asset: "Fezzan").
        CHECK(QString::fromUtf8(track->GetFieldAsString("name")) == dialog.shownName());
        CHECK(dialog.shownName().compare(QStringLiteral("FEZZAN"), Qt::CaseInsensitive) == 0);
    }
    const QString geojson = dir.filePath(QStringLiteral("fezzan.geojson"));
    REQUIRE(dialog.exportTo(geojson));
    {
        std::unique_ptr<GDALDataset> dataset(
            GDALDataset::Open(geojson.toUtf8().constData(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr));
        REQUIRE(dataset != nullptr);
        // The line, then one point per position.
        CHECK(dataset->GetLayer(0)->GetFeatureCount() == static_cast<GIntBig>(expected.size() + 1));
    }
    // Not a track format: refused, nothing written.
    const QString text = dir.filePath(QStringLiteral("fezzan.txt"));
    whenShown<QMessageBox>([](QMessageBox *box) { box->accept(); });
    CHECK_FALSE(dialog.exportTo(text));
    CHECK_FALSE(QFile::exists(text));
}

TEST_CASE("Track history refuses an unknown MMSI, an inverted window and an empty one, changing nothing") {
    test::Console console;
    app::TrackHistoryDialog &dialog = openDialog(console);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nothing.gpx"));
    whenShown<QMessageBox>([](QMessageBox *box) {
        CHECK(box->text().contains(QStringLiteral("Show a track")));
        box->accept();
    });
    CHECK_FALSE(dialog.exportTo(path));
    CHECK_FALSE(QFile::exists(path));

    auto *vessel = dialog.findChild<QComboBox *>(QStringLiteral("vessel"));
    const QDateTime now = console.clock.now;
    bool shown = true;
    vessel->setEditText(QStringLiteral("123456789"));
    QString message = showAndReadMessage(dialog, shown);
    CHECK_FALSE(shown);
    CHECK(message.contains(QStringLiteral("unknown")));
    CHECK(message.contains(isolated(QStringLiteral("123456789"))));
    CHECK(dialog.layer() == nullptr); // nothing drawn

    vessel->setEditText(QStringLiteral("no such ship"));
    message = showAndReadMessage(dialog, shown);
    CHECK_FALSE(shown);
    CHECK(message.contains(QStringLiteral("no such ship")));

    // A good track first, then bad requests leave it as it was.
    dialog.reload(kFezzan);
    CHECK(dialog.pickedMmsi() == kFezzan);
    dialog.setWindow(now.addSecs(-3600), now);
    CHECK(showAndReadMessage(dialog, shown).isEmpty());
    REQUIRE(shown);
    const std::size_t rows = dialog.shownTrack().size();
    const auto *model = dialog.findChild<QTableView *>(QStringLiteral("points"))->model();
    REQUIRE(model->rowCount() == static_cast<int>(rows));

    dialog.setWindow(now, now.addSecs(-3600));
    message = showAndReadMessage(dialog, shown);
    CHECK_FALSE(shown);
    CHECK(message.contains(QStringLiteral("starts after it ends")));

    dialog.setWindow(now.addDays(-3), now.addDays(-2));
    message = showAndReadMessage(dialog, shown);
    CHECK_FALSE(shown);
    CHECK(message.startsWith(QStringLiteral("No positions of FEZZAN between "), Qt::CaseInsensitive));
    CHECK(message.contains(isolated(now.addDays(-3).toString(QStringLiteral("yyyy-MM-dd HH:mm")))));

    CHECK(model->rowCount() == static_cast<int>(rows));
    REQUIRE(dialog.layer() != nullptr);
    CHECK(dialog.layer()->positions().size() == rows);
}

TEST_CASE("Track history from the Vessels panel preselects the vessel, and mirrors right to left") {
    test::Console console;
    QApplication::setLayoutDirection(Qt::RightToLeft);
    app::VesselConsole &vessels = console.window->vessels();
    QAction &action = vessels.trackHistoryAction();
    CHECK_FALSE(action.isEnabled());
    REQUIRE(vessels.panel().selectTarget(kFezzan));
    CHECK(action.isEnabled());
    action.trigger();
    app::TrackHistoryDialog *dialog = vessels.trackHistoryDialog();
    REQUIRE(dialog != nullptr);
    CHECK(dialog->pickedMmsi() == kFezzan);
    CHECK(dialog->isRightToLeft());
    // The form is mirrored: the field left of its label. Times still read left to right.
    auto *vessel = dialog->findChild<QComboBox *>(QStringLiteral("vessel"));
    auto *form = dialog->findChild<QFormLayout *>();
    REQUIRE(form != nullptr);
    QWidget *label = form->labelForField(vessel);
    REQUIRE(label != nullptr);
    CHECK(vessel->geometry().right() < label->geometry().left());
    auto *from = dialog->findChild<QDateTimeEdit *>(QStringLiteral("from"));
    CHECK(from->layoutDirection() == Qt::LeftToRight);
    auto *fromEdit = from->findChild<QLineEdit *>();
    REQUIRE(fromEdit != nullptr);
    CHECK(fromEdit->layoutDirection() == Qt::LeftToRight);
    CHECK(fromEdit->text() == QStringLiteral("2026-11-23 04:00"));
    bool shown = false;
    CHECK(showAndReadMessage(*dialog, shown).isEmpty());
    CHECK(shown);
    const auto *model = dialog->findChild<QTableView *>(QStringLiteral("points"))->model();
    REQUIRE(model->rowCount() > 0);
    CHECK(
        model->index(0, app::TrackHistoryDialog::LatitudeColumn).data().toString().startsWith(QChar(0x2066)));
    if (const QByteArray dir = qgetenv("MARSA_SCREENSHOT_DIR"); !dir.isEmpty()) {
        dialog->grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/track-history-dialog-rtl.png"));
    }
    QApplication::setLayoutDirection(Qt::LeftToRight);
}

TEST_CASE("Clear removes the history track from the chart, from the dialog or from the Tools menu") {
    test::Console console;
    app::VesselConsole &vessels = console.window->vessels();
    QAction &clearAction = vessels.clearTrackHistoryAction();
    CHECK_FALSE(clearAction.isEnabled()); // nothing drawn yet
    // In the Tools menu, under Track history….
    bool inMenu = false;
    for (QObject *object : clearAction.associatedObjects()) {
        if (auto *menu = qobject_cast<QMenu *>(object)) {
            inMenu = inMenu || menu->actions().contains(console.window->findChild<QAction *>(
                                   QStringLiteral("trackHistoryAction")));
        }
    }
    CHECK(inMenu);

    app::TrackHistoryDialog &dialog = openDialog(console);
    auto *clear = dialog.findChild<QPushButton *>(QStringLiteral("clearButton"));
    REQUIRE(clear != nullptr);
    CHECK_FALSE(clear->isEnabled());
    const QDateTime now = console.clock.now;
    const auto showFezzan = [&] {
        dialog.reload(kFezzan);
        dialog.setWindow(now.addSecs(-3 * 3600), now);
        bool shown = false;
        CHECK(showAndReadMessage(dialog, shown).isEmpty());
        REQUIRE(shown);
    };
    showFezzan();
    // What the track adds to the chart: the pixels that change when its layer is hidden.
    app::ChartCanvas &canvas = console.window->canvas();
    chart::LayerStack &layers = console.layers;
    const int index = layers.indexOf(QStringLiteral("history-track"));
    REQUIRE(index >= 0);
    const auto grab = [&canvas] {
        QTest::qWait(20);
        return canvas.grab().toImage();
    };
    const QImage withTrack = grab();
    layers.setVisible(index, false);
    const QImage without = grab();
    layers.setVisible(index, true);
    const auto differing = [](const QImage &a, const QImage &b) {
        REQUIRE(a.size() == b.size());
        int count = 0;
        for (int y = 0; y < a.height(); ++y) {
            for (int x = 0; x < a.width(); ++x) {
                count += a.pixel(x, y) != b.pixel(x, y) ? 1 : 0;
            }
        }
        return count;
    };
    const int trackPixels = differing(withTrack, without);
    CHECK(trackPixels > 500); // the line, its time dots and labels, the end marks
    CHECK(clear->isEnabled());
    CHECK(clearAction.isEnabled());

    // The dialog's Clear: the chart, the list and the export go.
    QTest::mouseClick(clear, Qt::LeftButton);
    REQUIRE(dialog.layer() != nullptr);
    CHECK(dialog.layer()->isEmpty());
    CHECK(dialog.shownTrack().empty());
    CHECK(dialog.findChild<QTableView *>(QStringLiteral("points"))->model()->rowCount() == 0);
    CHECK_FALSE(dialog.findChild<QPushButton *>(QStringLiteral("exportButton"))->isEnabled());
    CHECK_FALSE(clear->isEnabled());
    CHECK_FALSE(clearAction.isEnabled());
    // The chart as without the track (a flashing alarm may differ in a few pixels).
    CHECK(differing(grab(), without) < trackPixels / 20);

    // Drawn again, the dialog closed: the track stays on the chart until Tools → Clear.
    showFezzan();
    dialog.close();
    CHECK_FALSE(dialog.layer()->isEmpty());
    CHECK(differing(grab(), without) > trackPixels / 2);
    REQUIRE(clearAction.isEnabled());
    clearAction.trigger();
    CHECK(dialog.layer()->isEmpty());
    CHECK_FALSE(clearAction.isEnabled());
    CHECK(differing(grab(), without) < trackPixels / 20);
}
