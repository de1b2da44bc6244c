#include "models/pdf_page.h"

#include "core/exercise_stamp.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QTextOption>

#include <cmath>

namespace marsa::models {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(marsa::models::PrintedDocument)
};

} // namespace

QFont printFont(qreal pointSize) {
    QFont font;
    font.setFamilies(
        {QStringLiteral("Noto Sans"), QStringLiteral("Noto Sans Arabic"), QStringLiteral("DejaVu Sans")});
    font.setPointSizeF(pointSize);
    return font;
}

void drawExerciseWatermark(QPainter &painter, const QRectF &page) {
    painter.save();
    QColor ink(0xc0, 0x20, 0x20);
    ink.setAlphaF(0.16);
    QFont big = printFont(96);
    big.setBold(true);
    painter.setFont(big);
    painter.setPen(ink);
    painter.translate(page.width() / 2, page.height() / 2);
    painter.rotate(-50);
    painter.drawText(QRectF(-page.height(), -page.width() / 4, 2 * page.height(), page.width() / 2),
                     Qt::AlignCenter, QLatin1String(core::kExerciseStamp));
    painter.restore();
}

core::Result<void> writePrintedPdf(const PrintedDocument &printed, const QString &path) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return core::Result<void>::failure(Text::tr("Cannot write %1: %2").arg(path, file.errorString()));
    }
    {
        QPdfWriter writer(&file);
        writer.setResolution(300);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageOrientation(QPageLayout::Portrait);
        writer.setPageMargins(QMarginsF(16, 14, 16, 12), QPageLayout::Millimeter);
        writer.setTitle(printed.title);
        writer.setCreator(QStringLiteral("Marsa"));

        QTextDocument document;
        document.documentLayout()->setPaintDevice(&writer);
        document.setDefaultFont(printFont(printed.pointSize));
        QTextOption textOption = document.defaultTextOption();
        textOption.setTextDirection(printed.arabic ? Qt::RightToLeft : Qt::LeftToRight);
        textOption.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        document.setDefaultTextOption(textOption);
        document.setHtml(printed.html);

        const QRectF paintRect = writer.pageLayout().paintRectPixels(writer.resolution());
        const QFont footerFont = printFont(7.5);
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
            if (printed.exerciseMark) {
                drawExerciseWatermark(painter, paintRect);
            }
            painter.setFont(footerFont);
            painter.setPen(QColor(0x55, 0x55, 0x55));
            const QRectF footer(0, paintRect.height() - footerHeight * 0.6, paintRect.width(),
                                footerHeight * 0.6);
            painter.drawLine(QPointF(0, footer.top() - footerHeight * 0.2),
                             QPointF(footer.right(), footer.top() - footerHeight * 0.2));
            QTextOption centred(Qt::AlignCenter);
            centred.setTextDirection(printed.arabic ? Qt::RightToLeft : Qt::LeftToRight);
            painter.drawText(footer, printed.footer ? printed.footer(page + 1, pages) : QString(), centred);
        }
        painter.end();
    }
    if (!file.commit()) {
        return core::Result<void>::failure(Text::tr("Cannot write %1: %2").arg(path, file.errorString()));
    }
    return core::Result<void>::success();
}

} // namespace marsa::models
