#pragma once

#include "core/disembarkation.h"

#include <QString>

class QWidget;

namespace marsa::storage {
class Database;
}

namespace marsa::app {

/// Prints a handover for the paper file: asks where to save the PDF (QFileDialog), writes the form
/// (models::writeHandoverPdf, right to left when the console is in Arabic) and says a failure in a
/// message. Answers the file written, or nothing when cancelled or failed. The HandoverDialog's
/// printRequested connects here.
/// The file name offered: "handover-LY-2026-0008-2.pdf", "EXERCISE-handover-…" from an exercise database.
QString handoverPdfName(const core::Disembarkation &disembarkation, bool exercise);

QString promptHandoverPdf(QWidget *parent, storage::Database &database, core::DisembarkationId id);

} // namespace marsa::app
