#include "models/incident_table_model.h"

#include "model_dump.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <catch2/catch.hpp>

using namespace marsa;
using test::dump;

namespace {

class FixedClock final : public core::Clock {
public:
    QDateTime now = QDateTime(QDate(2026, 11, 23), QTime(12, 0, 0), Qt::UTC);
    QDateTime nowUtc() const override { return now; }
};

models::IncidentRow caseRow(std::int64_t id, int sequence, core::EmergencyPhase phase,
                            core::IncidentStatus status, int pob, int minutesAgo, const FixedClock &clock) {
    models::IncidentRow row;
    row.incident.id = {id};
    row.incident.caseNumber = {2026, sequence};
    row.incident.phase = phase;
    row.incident.status = status;
    row.incident.personsOnBoard.total = pob;
    row.incident.latitude = 33.09;
    row.incident.longitude = 13.17;
    row.incident.firstAlertUtc = clock.now.addSecs(-60LL * minutesAgo);
    row.incident.srrs = {QStringLiteral("LBY")};
    return row;
}

} // namespace

TEST_CASE("The incidents table shows each case's number, phase, status, POB, position, SRR, age and assets") {
    FixedClock clock;
    models::IncidentTableModel model(clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    std::vector<models::IncidentRow> rows;
    rows.push_back(
        caseRow(1, 153, core::EmergencyPhase::Distress, core::IncidentStatus::OnScene, 110, 125, clock));
    rows.push_back(
        caseRow(2, 154, core::EmergencyPhase::Uncertainty, core::IncidentStatus::Assessing, 45, 20, clock));
    rows[0].assets = {QStringLiteral("Fezzan"), QStringLiteral("Coast Guard helicopter 1")};
    model.setRows(rows);
    const QString lrm = QChar(0x2066);
    const QString pdi = QChar(0x2069);
    CHECK(dump(model) == QStringList{QStringLiteral("LY-2026-0153 | DETRESFA | On scene | 110 | ") + lrm +
                                         QStringLiteral("33°05.4'N 013°10.2'E") + pdi +
                                         QStringLiteral(" | LBY | 2 h 05 min | Fezzan, Coast Guard helicopter 1"),
                                     QStringLiteral("LY-2026-0154 | INCERFA | Assessing | 45 | ") + lrm +
                                         QStringLiteral("33°05.4'N 013°10.2'E") + pdi +
                                         QStringLiteral(" | LBY | 20 min | ")});
    CHECK(model.index(0, models::IncidentTableModel::PhaseColumn).data(Qt::DecorationRole).value<QColor>() ==
          models::phaseColour(core::EmergencyPhase::Distress, false,
                              chart::ChartPalette::forMode(chart::PaletteMode::Day)));
    model.setPaletteMode(chart::PaletteMode::Night);
    // At night the red of DETRESFA is S-101's night CHRED, dim enough for a dark room.
    const QColor night =
        model.index(0, models::IncidentTableModel::PhaseColumn).data(Qt::DecorationRole).value<QColor>();
    CHECK(night == chart::ChartPalette::forMode(chart::PaletteMode::Night).colour(chart::ColourToken::CHRED));
    CHECK(night.value() < 0x40);
    CHECK(model.headerData(0, Qt::Horizontal).toString() == QStringLiteral("Case"));
}

TEST_CASE("Updating the incidents table changes rows in place, adds new cases and drops vanished ones") {
    FixedClock clock;
    models::IncidentTableModel model(clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    std::vector<models::IncidentRow> rows{
        caseRow(1, 1, core::EmergencyPhase::Alert, core::IncidentStatus::Reported, 85, 10, clock),
        caseRow(2, 2, core::EmergencyPhase::Alert, core::IncidentStatus::Reported, 45, 5, clock)};
    model.setRows(rows);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    rows[0].incident.phase = core::EmergencyPhase::Distress;
    rows[0].incident.version = 2;
    rows.erase(rows.begin() + 1);
    rows.push_back(
        caseRow(3, 3, core::EmergencyPhase::Uncertainty, core::IncidentStatus::Reported, 12, 1, clock));
    model.setRows(rows);
    CHECK(reset.isEmpty());
    CHECK(changed.count() == 1);
    REQUIRE(model.rowCount() == 2);
    CHECK(model.index(0, 1).data().toString() == QStringLiteral("DETRESFA"));
    CHECK(model.index(1, 0).data().toString() == QStringLiteral("LY-2026-0003"));

    clock.now = clock.now.addSecs(3600);
    model.refreshAges();
    CHECK(model.index(0, models::IncidentTableModel::AgeColumn).data().toString() ==
          QStringLiteral("1 h 10 min"));
}

TEST_CASE("Ages read in minutes, hours or days") {
    CHECK(models::IncidentTableModel::ageText(59) == QStringLiteral("0 min"));
    CHECK(models::IncidentTableModel::ageText(3 * 3600 + 300) == QStringLiteral("3 h 05 min"));
    CHECK(models::IncidentTableModel::ageText(3 * 86400 + 4 * 3600) == QStringLiteral("3 d 4 h"));
    CHECK(models::IncidentTableModel::ageText(-20) == QStringLiteral("0 min"));
}
