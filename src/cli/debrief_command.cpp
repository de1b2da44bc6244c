#include "cli/debrief_command.h"

#include "cli/cli_support.h"
#include "models/debrief_pdf.h"
#include "replay/debrief_records.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

#include <cstdio>

namespace marsa::cli {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(marsa::cli)
};

} // namespace

int debriefCommand(const QStringList &arguments) {
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption db(QStringLiteral("db"), Text::tr("The exercise database."),
                                QStringLiteral("path"));
    const QCommandLineOption json(QStringLiteral("json"), Text::tr("JSON for tools instead of text."));
    const QCommandLineOption pdf(QStringLiteral("pdf"), Text::tr("Also write the debrief as a PDF."),
                                 QStringLiteral("file"));
    const QCommandLineOption force(QStringLiteral("force"), Text::tr("Replace an existing PDF."));
    const QCommandLineOption arabic(QStringLiteral("arabic"), Text::tr("Lay the PDF out right to left."));
    parser.addOptions({db, json, pdf, force, arabic});
    if (const auto stop = parseOptions(parser, arguments)) {
        return *stop;
    }
    if (!isExistingDatabase(parser.value(db))) {
        printErr(Text::tr("exercise debrief needs --db of an existing exercise database."));
        return 2;
    }
    const QString pdfPath = parser.value(pdf);
    if (parser.isSet(pdf) && QFileInfo(pdfPath).suffix().toLower() != QLatin1String("pdf")) {
        printErr(Text::tr("exercise debrief needs --pdf FILE.pdf."));
        return 2;
    }
    auto database = storage::Database::open(parser.value(db));
    if (!database) {
        printErr(database.errorMessage());
        return 1;
    }
    QString exerciseName;
    auto debrief = replay::debriefOf(database.value(), &exerciseName);
    if (!debrief) {
        printErr(debrief.errorMessage());
        return 1;
    }
    if (parser.isSet(pdf)) {
        if (!mayWriteFile(pdfPath, parser.isSet(force))) {
            return 1;
        }
        models::DebriefPrintOptions options;
        options.exerciseName = exerciseName;
        options.arabic = parser.isSet(arabic);
        if (auto written = models::writeDebriefPdf(debrief.value(), pdfPath, options); !written) {
            printErr(written.errorMessage());
            return 1;
        }
    }
    if (parser.isSet(json)) {
        const QByteArray bytes = replay::debriefJson(debrief.value(), exerciseName);
        std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stdout);
        std::fflush(stdout);
    } else {
        const QByteArray bytes = replay::debriefText(debrief.value()).toUtf8();
        std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stdout);
        std::fflush(stdout);
        if (parser.isSet(pdf)) {
            printOut(Text::tr("wrote %1").arg(pdfPath));
        }
    }
    return 0;
}

} // namespace marsa::cli
