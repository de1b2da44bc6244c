#pragma once

#include "core/incident.h"
#include "geo/feature_writer.h"

#include <vector>

namespace marsa::cli {

/// The incidents as WGS84 points for geo::writePointFeatures, one feature each in the given order.
/// Fields: case_number, first_alert_utc (ISO 8601, Z), alert_source, phase (IAMSAR code word),
/// status, pob_total, pob_men, pob_women, pob_children (null where unknown), uncertainty_nm,
/// srrs ("LBY;MLT"), craft, rescued, dead, missing (null without an outcome), is_exercise.
/// Keys, never translated names, so that a file reads the same in every language. Counts only:
/// nothing that names a person leaves the database this way. From an exercise database
/// (exerciseName not empty) a first field `exercise` says "EXERCISE" on every feature, and the
/// layer is named exercise_incidents.
geo::PointLayer incidentLayer(const std::vector<core::Incident> &incidents, const QString &exerciseName = {});

} // namespace marsa::cli
