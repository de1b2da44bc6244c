// marsa: the rescue coordination console.

#include "app/chart_canvas.h"
#include "app/console_style.h"
#include "app/main_window.h"
#include "app/sign_in_dialog.h"
#include "app/startup.h"
#include "chart/default_layers.h"
#include "core/clock.h"
#include "core/logging.h"
#include "geo/places_reader.h"
#include "geo/reference_data.h"
#include "geo/srr_catalogue.h"
#include "models/log_model.h"
#include "replay/demo_lines.h"
#include "replay/exercise_clock.h"
#include "storage/database.h"
#include "storage/demo_data.h"
#include "storage/exercise.h"
#include "storage/exercise_run.h"
#include "storage/place_repository.h"
#include "storage/user_repository.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFontDatabase>
#include <QLibraryInfo>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <QTranslator>

#include <spdlog/spdlog.h>

#include <cstdio>
#include <cstring>

namespace {

using namespace marsa;

bool argumentsAsk(int argc, char **argv, const char *option) {
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], option) == 0 || std::strncmp(argv[i], option, std::strlen(option)) == 0) {
            return true;
        }
    }
    return false;
}

int fail(const QString &message, bool interactive) {
    spdlog::critical("{}", message);
    std::fprintf(stderr, "marsa: %s\n", message.toLocal8Bit().constData());
    if (interactive) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Marsa cannot start"), message);
    }
    return 1;
}

} // namespace

int main(int argc, char **argv) {
    const bool screenshotOnly = argumentsAsk(argc, argv, "--screenshot");
    const bool helpOnly = argumentsAsk(argc, argv, "--help") || argumentsAsk(argc, argv, "-h") ||
                          argumentsAsk(argc, argv, "--version");
    if (!app::hasDisplay()) {
        if (screenshotOnly || helpOnly) {
            qputenv("QT_QPA_PLATFORM", "offscreen"); // an image needs no display
        } else {
            std::fputs(app::noDisplayMessage().toLocal8Bit().constData(), stderr);
            return 2;
        }
    }

    QApplication application(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Marsa"));
    QApplication::setApplicationName(QStringLiteral("Marsa"));
    QApplication::setApplicationVersion(QStringLiteral(MARSA_VERSION));
    QApplication::setStyle(new app::ConsoleStyle);
    QFont font(QStringLiteral("Noto Sans"));
    font.setPointSize(10);
    QApplication::setFont(font);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Marsa rescue coordination console"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QCoreApplication::translate("main", "Open this database."),
                                      QStringLiteral("path"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Render the window to a PNG and exit."),
        QStringLiteral("file.png"));
    const QCommandLineOption sizeOption(QStringLiteral("size"),
                                        QCoreApplication::translate("main", "Window size for --screenshot."),
                                        QStringLiteral("WxH"), QStringLiteral("1600x1000"));
    const QCommandLineOption logOption(
        QStringLiteral("log-level"),
        QCoreApplication::translate("main", "trace, debug, info, warn, error or off."),
        QStringLiteral("level"), QStringLiteral("info"));
    const QCommandLineOption paletteOption(QStringLiteral("palette"),
                                           QCoreApplication::translate("main", "day, dusk or night."),
                                           QStringLiteral("palette"));
    const QCommandLineOption langOption(
        QStringLiteral("lang"), QCoreApplication::translate("main", "ar or en."), QStringLiteral("language"));
    const QCommandLineOption userOption(QStringLiteral("user"),
                                        QCoreApplication::translate("main", "Sign in as this user."),
                                        QStringLiteral("name"));
    const QCommandLineOption noDemoOption(
        QStringLiteral("no-demo"),
        QCoreApplication::translate("main", "Create a new database without the demonstration data."));
    parser.addOptions({dbOption, screenshotOption, sizeOption, logOption, paletteOption, langOption,
                       userOption, noDemoOption});
    parser.process(application);

    app::StartupOptions options;
    options.databasePath = parser.value(dbOption);
    if (parser.isSet(screenshotOption)) {
        options.screenshot = parser.value(screenshotOption);
    }
    const auto size = app::parseSize(parser.value(sizeOption));
    if (!size) {
        std::fprintf(stderr, "marsa: --size must be WIDTHxHEIGHT, e.g. 1600x1000 (320x240 to 8192x8192)\n");
        return 2;
    }
    options.screenshotSize = *size;
    const auto level = core::parseLogLevel(parser.value(logOption));
    if (!level) {
        std::fprintf(stderr, "marsa: --log-level must be trace, debug, info, warn, error, critical or off\n");
        return 2;
    }
    chart::PaletteMode paletteMode = chart::PaletteMode::Day;
    if (parser.isSet(paletteOption) &&
        !chart::ChartPalette::fromKey(parser.value(paletteOption), paletteMode)) {
        std::fprintf(stderr, "marsa: --palette must be day, dusk or night\n");
        return 2;
    }

    // Language: Arabic mirrors the layout (the chart stays north up, east right).
    const QString language =
        parser.isSet(langOption) ? parser.value(langOption) : QLocale::system().name().left(2);
    const bool arabic = language == QLatin1String("ar");
    QTranslator qtTranslator;
    QTranslator marsaTranslator;
    if (arabic) {
        QLocale::setDefault(QLocale(QLocale::Arabic, QLocale::Libya));
        if (qtTranslator.load(QStringLiteral("qtbase_ar"),
                              QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QApplication::installTranslator(&qtTranslator);
        }
        if (marsaTranslator.load(QStringLiteral(":/i18n/marsa_ar.qm"))) {
            QApplication::installTranslator(&marsaTranslator);
        }
        QApplication::setLayoutDirection(Qt::RightToLeft);
    }

    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    models::LogModel logModel;
    core::LoggingOptions logging;
    logging.directory = dataDir;
    logging.level = *level;
    logging.extraSinks.push_back(std::make_shared<models::LogSink>(&logModel));
    core::setupLogging(logging);
    spdlog::info("Marsa {} starting", QApplication::applicationVersion());

    const bool interactive = !options.screenshot.has_value();
    const QString dbPath = options.databasePath.isEmpty()
                               ? QDir(dataDir).filePath(QStringLiteral("marsa.sqlite"))
                               : options.databasePath;
    auto database = storage::Database::open(dbPath);
    if (!database) {
        return fail(database.errorMessage(), interactive);
    }
    core::SystemClock clock;
    if (database->wasCreated() && !parser.isSet(noDemoOption)) {
        if (auto demo = storage::writeDemoData(database.value(), clock, replay::demoTrafficLines); !demo) {
            return fail(demo.errorMessage(), interactive);
        }
    }
    // An exercise with a scenario runs on its own clock: every record is stamped in exercise time.
    std::unique_ptr<replay::ExerciseClock> exerciseClock;
    if (database->isExercise()) {
        auto script = storage::exerciseScriptOf(database->connection());
        if (!script) {
            return fail(script.errorMessage(), interactive);
        }
        if (script.value()) {
            exerciseClock = std::make_unique<replay::ExerciseClock>(script.value()->startUtc, clock);
            if (auto store = storage::ExerciseRunStore::open(database.value(), clock)) {
                if (auto run = store->read()) {
                    exerciseClock->setRun(run.value());
                }
            }
        }
    }
    const core::Clock &consoleClock =
        exerciseClock ? static_cast<const core::Clock &>(*exerciseClock) : clock;
    auto srrs = geo::SrrCatalogue::load(geo::sarReferencePath());
    if (!srrs) {
        return fail(srrs.errorMessage(), interactive);
    }
    auto places = storage::PlaceRepository(database->connection()).all();
    if (!places) {
        return fail(places.errorMessage(), interactive);
    }
    if (places->empty()) {
        places = geo::readPlaces(geo::sarReferencePath());
    }
    chart::LayerStack layers;
    if (auto added = chart::addDefaultLayers(layers, srrs.value(), std::move(places.value())); !added) {
        return fail(added.errorMessage(), interactive);
    }

    // A screenshot starts from a clean window state and does not touch the user's settings.
    const QString settingsPath =
        options.screenshot
            ? QDir::temp().filePath(
                  QStringLiteral("marsa-screenshot-%1.ini").arg(QCoreApplication::applicationPid()))
            : QString();
    std::unique_ptr<QSettings> settings =
        settingsPath.isEmpty() ? std::make_unique<QSettings>()
                               : std::make_unique<QSettings>(settingsPath, QSettings::IniFormat);
    // The palette of last time before any dialog: no bright sign-in window in a dark room.
    chart::PaletteMode startPalette = paletteMode;
    if (!parser.isSet(paletteOption)) {
        chart::ChartPalette::fromKey(settings->value(QStringLiteral("chart/palette")).toString(),
                                     startPalette);
    }
    QApplication::setPalette(chart::ChartPalette::forMode(startPalette).widgetPalette());

    // Sign in; a database without accounts first asks for its administrator. A screenshot shows
    // the console as nobody: no dialog can be answered there.
    std::optional<core::User> user;
    if (!options.screenshot) {
        storage::UserRepository users(database->connection());
        auto count = users.count();
        if (!count) {
            return fail(count.errorMessage(), interactive);
        }
        if (count.value() == 0) {
            app::FirstAdministratorDialog first(users);
            if (first.exec() != QDialog::Accepted) {
                return 0;
            }
        }
        app::SignInDialog signIn(users, parser.value(userOption));
        if (signIn.exec() != QDialog::Accepted) {
            return 0;
        }
        user = signIn.user();
    }

    app::MainWindow window(app::Services{database.value(), srrs.value(), consoleClock, logModel, layers,
                                         *settings, arabic, user, exerciseClock.get()});
    if (parser.isSet(paletteOption) || options.screenshot) {
        window.setPaletteMode(paletteMode);
    }

    if (options.screenshot) {
        window.resize(options.screenshotSize);
        window.show();
        QCoreApplication::processEvents(); // lay the window out before fitting the chart to it
        window.canvas().zoomHome();
        QCoreApplication::processEvents();
        const QImage image = window.grab().toImage();
        QFile::remove(settingsPath);
        if (image.isNull() || !image.save(*options.screenshot, "PNG")) {
            return fail(QCoreApplication::translate("main", "Cannot write the screenshot to %1.")
                            .arg(*options.screenshot),
                        false);
        }
        spdlog::info("screenshot written to {} ({}x{})", *options.screenshot, image.width(), image.height());
        return 0;
    }
    window.show();
    return QApplication::exec();
}
