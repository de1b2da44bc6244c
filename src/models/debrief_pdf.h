#pragma once

#include "core/result.h"
#include "replay/debrief.h"

#include <QDateTime>
#include <QString>

// The printable debrief of an exercise (docs/exercises.md, "Debrief"): A4, the measures of each
// scripted case and the merged timeline, an EXERCISE watermark on every page. QtGui only.

namespace marsa::models {

struct DebriefPrintOptions {
    QString exerciseName; ///< every page says EXERCISE and names it
    bool arabic = false;  ///< right to left
    QDateTime printedUtc; ///< in the footer; invalid: now
};

/// The debrief as Qt rich text: the body writeDebriefPdf lays out and the dialog shows.
QString debriefHtml(const replay::Debrief &debrief, const DebriefPrintOptions &options);

/// Writes the debrief as a PDF (A4 portrait, numbered pages), the whole file or nothing.
core::Result<void> writeDebriefPdf(const replay::Debrief &debrief, const QString &path,
                                   const DebriefPrintOptions &options);

} // namespace marsa::models
