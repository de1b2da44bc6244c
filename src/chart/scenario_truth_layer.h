#pragma once

#include "chart/chart_layer.h"
#include "geo/lat_lon.h"

#include <QString>

#include <vector>

namespace marsa::chart {

/// Where a scenario's distressed boat really is, as the exercise computes it (its given positions
/// or its leeway drift): what the trainer knows and the trainees must find. Only the trainer's
/// console shows it, while the trainer view is open (app::TrainerTruth).
struct TruthMark {
    QString caseId;                 ///< the scenario's case id ("zuwara-rubber")
    std::vector<geo::LatLon> track; ///< from the alert to now, oldest first
    geo::LatLon now;                ///< at the exercise clock's time
};

/// The trainer's layer of true positions: a dashed drift track and a hollow diamond (never a
/// filled disc: a case's symbol) labelled "True: <case id>".
class ScenarioTruthLayer final : public ChartLayer {
public:
    static constexpr const char *kId = "scenario-truth";

    Kind kind() const override { return Kind::Reference; }
    QString id() const override { return QLatin1String(kId); }
    QString title() const override;
    QString description() const override;
    void paint(QPainter &painter, const RenderContext &context) const override;

    void setMarks(std::vector<TruthMark> marks) { m_marks = std::move(marks); }
    const std::vector<TruthMark> &marks() const { return m_marks; }

    /// The label of a mark on the chart.
    static QString labelOf(const TruthMark &mark);

private:
    std::vector<TruthMark> m_marks;
};

} // namespace marsa::chart
