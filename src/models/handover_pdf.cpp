#include "models/handover_pdf.h"

#include "core/bidi.h"
#include "core/exercise_stamp.h"
#include "models/pdf_page.h"

#include <QCoreApplication>

namespace marsa::models {
namespace {

// The translation context of the form's words (lupdate reads the macro).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(marsa::models::HandoverForm)
};

} // namespace

core::Result<HandoverPrintData> readHandoverPrintData(const storage::DisembarkationService &service,
                                                      core::DisembarkationId id) {
    auto context = service.context(id);
    if (!context) {
        return context.error();
    }
    auto row = service.row(id);
    if (!row) {
        return row.error();
    }
    return HandoverPrintData{std::move(context->incident), std::move(row.value()), std::move(context->lists)};
}

core::Result<void> writeHandoverPdf(const HandoverPrintData &data, const QString &path,
                                    const HandoverPrintOptions &options) {
    const QString reference = data.row.disembarkation.reference();
    const QDateTime printed =
        options.printedUtc.isValid() ? options.printedUtc : QDateTime::currentDateTimeUtc();
    const bool exercise = !options.exerciseName.isEmpty();
    PrintedDocument document;
    document.title = exercise ? core::exerciseNotice(options.exerciseName) + QStringLiteral(": ") +
                                    Text::tr("Handover %1").arg(reference)
                              : Text::tr("Handover %1").arg(reference);
    document.html = handoverFormHtml(data, options);
    document.pointSize = 9.5;
    document.arabic = options.arabic;
    document.exerciseMark = exercise;
    document.footer = [&](int page, int pages) -> QString {
        const QString footerText =
            Text::tr("Marsa handover %1, printed %2, page %3 of %4")
                .arg(core::isolated(reference),
                     core::isolated(printed.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) +
                                    QStringLiteral(" UTC")))
                .arg(page)
                .arg(pages);
        return exercise ? Text::tr("EXERCISE, not operational: %1").arg(footerText) : footerText;
    };
    return writePrintedPdf(document, path);
}

} // namespace marsa::models
