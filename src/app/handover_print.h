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
QString promptHandoverPdf(QWidget *parent, storage::Database &database, core::DisembarkationId id);

} // namespace marsa::app
