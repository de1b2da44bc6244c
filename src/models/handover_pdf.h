#pragma once

#include "core/disembarkation.h"
#include "core/handover_rules.h"
#include "core/incident.h"
#include "core/result.h"
#include "storage/disembarkation_service.h"

#include <QDateTime>
#include <QString>

#include <vector>

// The printable handover form: one disembarkation's record for the paper file, A4, with every count,
// every step and who signed it, the discrepancies and their explanations, the amendments with their old
// and new values, and lines for hand signatures. QtGui only (QPdfWriter, QTextDocument): marsa-cli
// prints it as the console does.

namespace marsa::models {

/// What the form shows, read once from the handover service.
struct HandoverPrintData {
    core::Incident incident;
    storage::DisembarkationRow row; ///< the disembarkation and its discrepancies now
    core::HandoverLists lists;      ///< the places and facilities the record names by id
};

/// Reads the handover `id` with its case, discrepancies and the administrator's lists.
core::Result<HandoverPrintData> readHandoverPrintData(const storage::DisembarkationService &service,
                                                      core::DisembarkationId id);

/// How the form is laid out: English left to right, or Arabic right to left with the places' and
/// facilities' Arabic names (the words themselves come from the loaded translation).
struct HandoverPrintOptions {
    bool arabic = false;
    QDateTime printedUtc; ///< shown in every page's footer; invalid: now
    /// The exercise's name when the handover is an exercise database's: every page then carries an
    /// EXERCISE watermark and says so in its footer (docs/exercises.md). Empty: operational.
    QString exerciseName;
};

/// The form as Qt rich text (the body that writeHandoverPdf lays out on A4 pages).
QString handoverFormHtml(const HandoverPrintData &data, const HandoverPrintOptions &options);

/// Writes the form as a PDF (A4 portrait, numbered pages), the whole file or nothing: an existing file
/// is replaced only when the new one is complete.
core::Result<void> writeHandoverPdf(const HandoverPrintData &data, const QString &path,
                                    const HandoverPrintOptions &options);

} // namespace marsa::models
