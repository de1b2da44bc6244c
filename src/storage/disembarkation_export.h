#pragma once

#include "core/handover_rules.h"
#include "storage/disembarkation_service.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>

#include <vector>

namespace marsa::storage {

/// Disembarkations as files for other organisations: counts only, never a rescued person's name.
/// Keys, ISO codes and ISO 8601 UTC times, never translated words, so a file reads the same in every
/// language; places and facilities by their English names. Signatures carry the officer's user name,
/// agency and time, as the handover record does.

/// One line a disembarkation (RFC 4180, CRLF): reference, case_number, sequence, state, returned_to,
/// place_key, place, latitude, longitude, landed_utc, unit, men, women, boys, girls, unknown, total,
/// unaccompanied_minors, nationalities ("SD:30;ER:18;unknown:32"), medical_referred, bodies, monitoring
/// ("iom;unhcr"), received, transfers ("Tariq al-Sikka:60;released:20"), medical_cases, evacuated,
/// bodies_recorded, discrepancies, unexplained (rule keys, ";"), amendments, then for each step the
/// signer and time (declared_by, declared_utc, acknowledged_by, ..., reviewed_by, reviewed_utc).
QByteArray disembarkationsCsv(const std::vector<DisembarkationRow> &rows, const core::HandoverLists &lists);

/// The whole record of one disembarkation: every step's values and signature, explanations,
/// amendments with their old and new values, and the discrepancies with their numbers.
QJsonObject disembarkationJson(const DisembarkationRow &row, const core::HandoverLists &lists);
QJsonArray disembarkationsJson(const std::vector<DisembarkationRow> &rows, const core::HandoverLists &lists);

} // namespace marsa::storage
