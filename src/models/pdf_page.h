#pragma once

#include "core/result.h"

#include <QFont>
#include <QRectF>
#include <QString>

#include <functional>

class QPainter;

// What Marsa's printed PDFs share (the handover form, the debrief): A4 portrait pages of rich text,
// the print font, a numbered footer and, on an exercise's, the EXERCISE watermark.

namespace marsa::models {

/// Noto Sans for Latin, Noto Sans Arabic for Arabic (fonts-noto-core), DejaVu Sans as a last
/// resort: a PDF without Arabic glyphs would print empty boxes for Arabic names and remarks.
QFont printFont(qreal pointSize);

/// Across the page, over the text: a diagonal EXERCISE in a red that prints grey, light enough to
/// read the page through (the footer names the exercise).
void drawExerciseWatermark(QPainter &painter, const QRectF &page);

/// A document to print.
struct PrintedDocument {
    QString title;             ///< the PDF's title
    QString html;              ///< the body, Qt rich text
    qreal pointSize = 9.0;     ///< of the body's text
    bool arabic = false;       ///< right to left
    bool exerciseMark = false; ///< the EXERCISE watermark on every page
    /// The footer of page `page` (from 1) of `pages`, as printed.
    std::function<QString(int page, int pages)> footer;
};

/// Lays the document out on A4 portrait pages (margins 16/14/16/12 mm, 300 dpi) with its footer
/// under a rule, and writes the PDF: the whole file or nothing (an existing file is replaced only
/// when the new one is complete).
core::Result<void> writePrintedPdf(const PrintedDocument &document, const QString &path);

} // namespace marsa::models
