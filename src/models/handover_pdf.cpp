#include "models/handover_pdf.h"

#include "core/bidi.h"
#include "core/exercise_stamp.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFont>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QTextOption>

#include <cmath>

namespace marsa::models {
namespace {

// The translation context of the form's words (lupdate reads the macro).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(marsa::models::HandoverForm)
};

/// Noto Sans for Latin, Noto Sans Arabic for Arabic (fonts-noto-core): a PDF without Arabic glyphs
/// would print empty boxes for Arabic names and remarks.
QFont formFont(qreal pointSize) {
    QFont font;
    font.setFamilies(
        {QStringLiteral("Noto Sans"), QStringLiteral("Noto Sans Arabic"), QStringLiteral("DejaVu Sans")});
    font.setPointSizeF(pointSize);
    return font;
}

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

namespace {

// Across the page, over the form: a diagonal EXERCISE in a red that prints grey, light enough to
// read the form through (the footer names the exercise).
void drawExerciseWatermark(QPainter &painter, const QRectF &page) {
    painter.save();
    QColor ink(0xc0, 0x20, 0x20);
    ink.setAlphaF(0.16);
    QFont big = formFont(96);
    big.setBold(true);
    painter.setFont(big);
    painter.setPen(ink);
    painter.translate(page.width() / 2, page.height() / 2);
    painter.rotate(-50);
    painter.drawText(QRectF(-page.height(), -page.width() / 4, 2 * page.height(), page.width() / 2),
                     Qt::AlignCenter, QLatin1String(core::kExerciseStamp));
    painter.restore();
}

} // namespace

core::Result<void> writeHandoverPdf(const HandoverPrintData &data, const QString &path,
                                    const HandoverPrintOptions &options) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return core::Result<void>::failure(Text::tr("Cannot write %1: %2").arg(path, file.errorString()));
    }
    const QString reference = data.row.disembarkation.reference();
    const QDateTime printed =
        options.printedUtc.isValid() ? options.printedUtc : QDateTime::currentDateTimeUtc();
    {
        QPdfWriter writer(&file);
        writer.setResolution(300);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageOrientation(QPageLayout::Portrait);
        writer.setPageMargins(QMarginsF(16, 14, 16, 12), QPageLayout::Millimeter);
        const bool exercise = !options.exerciseName.isEmpty();
        writer.setTitle(exercise ? core::exerciseNotice(options.exerciseName) + QStringLiteral(": ") +
                                       Text::tr("Handover %1").arg(reference)
                                 : Text::tr("Handover %1").arg(reference));
        writer.setCreator(QStringLiteral("Marsa"));

        QTextDocument document;
        document.documentLayout()->setPaintDevice(&writer);
        document.setDefaultFont(formFont(9.5));
        QTextOption textOption = document.defaultTextOption();
        textOption.setTextDirection(options.arabic ? Qt::RightToLeft : Qt::LeftToRight);
        textOption.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        document.setDefaultTextOption(textOption);
        document.setHtml(handoverFormHtml(data, options));

        const QRectF paintRect = writer.pageLayout().paintRectPixels(writer.resolution());
        const QFont footerFont = formFont(7.5);
        const qreal footerHeight = std::ceil(QFontMetricsF(footerFont, &writer).height() * 2.2);
        const QSizeF body(paintRect.width(), paintRect.height() - footerHeight);
        document.setPageSize(body);
        const int pages = document.pageCount();

        QPainter painter(&writer);
        if (!painter.isActive()) {
            return core::Result<void>::failure(
                Text::tr("Cannot write %1: the PDF could not be started.").arg(path));
        }
        for (int page = 0; page < pages; ++page) {
            if (page > 0) {
                writer.newPage();
            }
            painter.save();
            const QRectF clip(0, page * body.height(), body.width(), body.height());
            painter.translate(0, -clip.top());
            document.drawContents(&painter, clip);
            painter.restore();
            if (exercise) {
                drawExerciseWatermark(painter, paintRect);
            }

            painter.setFont(footerFont);
            painter.setPen(QColor(0x55, 0x55, 0x55));
            const QRectF footer(0, paintRect.height() - footerHeight * 0.6, paintRect.width(),
                                footerHeight * 0.6);
            painter.drawLine(QPointF(0, footer.top() - footerHeight * 0.2),
                             QPointF(footer.right(), footer.top() - footerHeight * 0.2));
            QTextOption centred(Qt::AlignCenter);
            centred.setTextDirection(options.arabic ? Qt::RightToLeft : Qt::LeftToRight);
            const QString footerText =
                Text::tr("Marsa handover %1, printed %2, page %3 of %4")
                    .arg(core::isolated(reference),
                         core::isolated(printed.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) +
                                        QStringLiteral(" UTC")))
                    .arg(page + 1)
                    .arg(pages);
            painter.drawText(
                footer, exercise ? Text::tr("EXERCISE, not operational: %1").arg(footerText) : footerText,
                centred);
        }
        painter.end();
    }
    if (!file.commit()) {
        return core::Result<void>::failure(Text::tr("Cannot write %1: %2").arg(path, file.errorString()));
    }
    return core::Result<void>::success();
}

} // namespace marsa::models
