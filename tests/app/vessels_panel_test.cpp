#include "app/vessels_panel.h"
#include "core/clock.h"
#include "core/live_targets.h"
#include "models/vessel_filter_model.h"
#include "models/vessel_table_model.h"

#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>

#include <catch2/catch.hpp>

#include <cmath>

using namespace marsa;

namespace {

constexpr std::int64_t kT0 = 1'790'000'000'000;

class FixedClock final : public core::Clock {
public:
    QDateTime nowUtc() const override { return QDateTime::fromMSecsSinceEpoch(kT0 + 60'000, Qt::UTC); }
};

core::VesselPosition report(std::uint32_t mmsi, double lat, double lon, float sog = 8.0F) {
    core::VesselPosition p;
    p.mmsi = mmsi;
    p.timeMs = kT0;
    p.lat = lat;
    p.lon = lon;
    p.sog = sog;
    p.cog = 90.0F;
    p.heading = 90;
    p.navStatus = 0;
    p.messageType = 1;
    return p;
}

// Three ships and an AIS-SART off Tripoli.
struct Scene {
    core::LiveTargets targets;
    FixedClock clock;
    Scene() {
        targets.apply(std::vector<core::VesselPosition>{
            report(642'000'001, 33.0, 13.2), report(642'000'002, 33.1, 13.3), report(215'000'003, 33.2, 13.1),
            report(970'000'004, 33.05, 13.25, 0.0F)});
        core::VesselStatic named;
        named.mmsi = 642'000'001;
        named.name = QStringLiteral("AL KHALIJ");
        targets.apply(named);
    }
};

template <typename Widget>
Widget *child(QWidget &parent, const char *name) {
    auto *widget = parent.findChild<Widget *>(QString::fromLatin1(name));
    REQUIRE(widget != nullptr);
    return widget;
}

} // namespace

TEST_CASE("The Vessels panel lists the targets, alarms first, and counts them") {
    Scene scene;
    app::VesselsPanel panel(scene.targets, scene.clock);
    panel.resize(700, 400);
    panel.show();
    auto *view = child<QTableView>(panel, "vesselsView");
    REQUIRE(view->model()->rowCount() == 4);
    CHECK(view->model()->index(0, 0).data(models::VesselTableModel::MmsiRole).toUInt() == 970'000'004u);
    CHECK(child<QLabel>(panel, "vesselCount")->text() == QStringLiteral("Targets: 4 · lost: 0 · alarms: 1"));

    // New reports arrive: one more row, same count line afterwards.
    scene.targets.apply(std::vector<core::VesselPosition>{report(642'000'005, 32.9, 13.4)});
    panel.sync();
    CHECK(view->model()->rowCount() == 5);
    CHECK(child<QLabel>(panel, "vesselCount")->text() == QStringLiteral("Targets: 5 · lost: 0 · alarms: 1"));
}

TEST_CASE("Typing in the Vessels filter narrows the list by name or MMSI, and the kind filter by kind") {
    Scene scene;
    app::VesselsPanel panel(scene.targets, scene.clock);
    panel.show();
    auto *view = child<QTableView>(panel, "vesselsView");
    auto *search = child<QLineEdit>(panel, "vesselSearch");
    QTest::keyClicks(search, QStringLiteral("khal"));
    REQUIRE(view->model()->rowCount() == 1);
    CHECK(view->model()->index(0, 0).data().toString() == QStringLiteral("AL KHALIJ"));
    CHECK(child<QLabel>(panel, "vesselCount")->text() ==
          QStringLiteral("Targets: 4 · lost: 0 · alarms: 1 (1 shown)"));
    search->clear();
    QTest::keyClicks(search, QStringLiteral("215"));
    CHECK(view->model()->rowCount() == 1);
    search->clear();
    auto *kind = child<QComboBox>(panel, "vesselCategory");
    kind->setCurrentIndex(kind->findText(QStringLiteral("Alarms")));
    CHECK(view->model()->rowCount() == 1);
    kind->setCurrentIndex(kind->findText(QStringLiteral("Vessels")));
    CHECK(view->model()->rowCount() == 3);
}

TEST_CASE("Selecting a target in the Vessels panel tells the chart, and an alarm can be acknowledged") {
    Scene scene;
    app::VesselsPanel panel(scene.targets, scene.clock);
    panel.resize(700, 400);
    panel.show();
    QSignalSpy selected(&panel, &app::VesselsPanel::selectionChanged);
    QSignalSpy acknowledged(&panel, &app::VesselsPanel::alarmAcknowledged);
    auto *view = child<QTableView>(panel, "vesselsView");

    // A click on the second row (a ship, the SART being on top).
    const QModelIndex second = view->model()->index(1, 0);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(second).center());
    REQUIRE(selected.count() == 1);
    const auto ship = selected.at(0).at(0).value<std::optional<std::uint32_t>>();
    REQUIRE(ship.has_value());
    CHECK(*ship == second.data(models::VesselTableModel::MmsiRole).toUInt());
    CHECK_FALSE(panel.acknowledgeAction().isEnabled());

    // Selected from the chart: the SART; the acknowledgement is offered and done.
    CHECK(panel.selectTarget(970'000'004u));
    CHECK(selected.count() == 2);
    CHECK(panel.selectedTarget() == std::optional<std::uint32_t>(970'000'004u));
    REQUIRE(panel.acknowledgeAction().isEnabled());
    panel.acknowledgeAction().trigger();
    CHECK(acknowledged.count() == 1);
    CHECK(acknowledged.at(0).at(0).value<std::uint32_t>() == 970'000'004u);
    CHECK_FALSE(scene.targets.find(970'000'004u)->isUnacknowledgedAlarm());
    CHECK_FALSE(panel.acknowledgeAction().isEnabled());

    // The selected target goes (removed from the table): the selection goes too, and says so.
    CHECK(panel.selectTarget(642'000'002u));
    const int before = static_cast<int>(selected.count());
    auto later = report(642'000'001, 33.0, 13.21);
    later.timeMs = kT0 + 25 * 60'000LL;
    scene.targets.apply(std::span<const core::VesselPosition>(&later, 1));
    scene.targets.age(kT0 + 25 * 60'000LL);
    panel.sync();
    REQUIRE(selected.count() == before + 1);
    CHECK_FALSE(selected.back().at(0).value<std::optional<std::uint32_t>>().has_value());
    CHECK_FALSE(panel.selectTarget(642'000'002u)); // gone
}

TEST_CASE("The Vessels panel mirrors right to left, numbers aligned as numbers") {
    Scene scene;
    app::VesselsPanel panel(scene.targets, scene.clock);
    panel.setLayoutDirection(Qt::RightToLeft);
    panel.resize(700, 400);
    panel.show();
    auto *search = child<QLineEdit>(panel, "vesselSearch");
    auto *kind = child<QComboBox>(panel, "vesselCategory");
    auto *count = child<QLabel>(panel, "vesselCount");
    // The search field comes first, so right to left it is on the right.
    CHECK(search->geometry().left() > kind->geometry().right());
    CHECK(count->geometry().left() > child<QToolButton>(panel, "acknowledgeAlarmButton")->geometry().right());
    auto *view = child<QTableView>(panel, "vesselsView");
    CHECK(view->isRightToLeft());
    // The name column is the rightmost; numbers keep their absolute right alignment.
    CHECK(view->horizontalHeader()->sectionViewportPosition(0) >
          view->horizontalHeader()->sectionViewportPosition(1));
    const auto alignment =
        view->model()->index(0, models::VesselTableModel::SogColumn).data(Qt::TextAlignmentRole).toInt();
    CHECK((alignment & Qt::AlignAbsolute) != 0);
    // Selecting still works right to left (QTableView::selectRow does not, in Qt 6.4).
    CHECK(panel.selectTarget(642'000'001u));
    CHECK(panel.selectedTarget() == std::optional<std::uint32_t>(642'000'001u));
    // The reference list follows its label, right to left too.
    auto *reference = child<QComboBox>(panel, "vesselReference");
    CHECK(reference->geometry().right() < child<QLabel>(panel, "vesselReferenceLabel")->geometry().left());
    if (const QByteArray dir = qgetenv("MARSA_SCREENSHOT_DIR"); !dir.isEmpty()) {
        panel.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/vessels-panel-rtl.png"));
    }
}

TEST_CASE("Ranges, CPA and TCPA are from own ship when the officer picks it, never from a missing fix") {
    core::LiveTargets targets;
    FixedClock clock;
    // A ship 0.2° east of own ship steaming west at 8 kn, straight at us; a boat stopped 0.1° north.
    constexpr std::uint32_t kHeadOn = 642'000'011;
    constexpr std::uint32_t kStopped = 642'000'012;
    auto headOn = report(kHeadOn, 33.0, 13.2, 8.0F);
    headOn.cog = 270.0F;
    targets.apply(std::vector<core::VesselPosition>{headOn, report(kStopped, 33.1, 13.0, 0.0F)});
    app::VesselsPanel panel(targets, clock);
    panel.resize(900, 400);
    panel.show();
    QSignalSpy changes(&panel, &app::VesselsPanel::referenceChanged);
    const models::VesselTableModel &model = panel.model();
    const auto cell = [&model](std::uint32_t mmsi, int column, int role = Qt::DisplayRole) {
        return model.index(model.rowOf(mmsi), column).data(role).toString();
    };
    using Column = models::VesselTableModel::Column;

    // From the selected case, 0.2° of latitude south of the stopped boat: 11.98 NM on the
    // ellipsoid (a degree of latitude at 33° N is 110.92 km), due north.
    panel.setCaseReference(core::Motion{32.9, 13.0, 0, 0});
    CHECK(panel.reference() == app::VesselsPanel::Reference::SelectedCase);
    CHECK(cell(kStopped, Column::RangeColumn) == QStringLiteral("12.0"));
    CHECK(cell(kStopped, Column::BearingColumn) == QStringLiteral("000"));

    // Own ship picked before any fix: empty cells that say why, and the list says so too.
    auto *reference = child<QComboBox>(panel, "vesselReference");
    const int ownShip = reference->findData(static_cast<int>(app::VesselsPanel::Reference::OwnShip));
    CHECK(reference->itemText(ownShip) == QStringLiteral("Own ship (no fix)"));
    reference->setCurrentIndex(ownShip);
    REQUIRE(changes.size() == 1);
    CHECK(changes[0][0].value<app::VesselsPanel::Reference>() == app::VesselsPanel::Reference::OwnShip);
    for (const int column :
         {Column::RangeColumn, Column::BearingColumn, Column::CpaColumn, Column::TcpaColumn}) {
        CHECK(cell(kStopped, column).isEmpty());
        CHECK(cell(kStopped, column, Qt::ToolTipRole).startsWith(QStringLiteral("No own-ship position")));
    }

    // Own ship at 33°N 13°E, 10 kn due east. The head-on ship: 0.2° of longitude at 33° N,
    // 18,690 m on the ellipsoid (10.09 NM) bearing 090; they close at 18 kn and meet: CPA 0,
    // TCPA 10.07 NM (flat earth, mean radius) / 18 kn = 33.6 min. The clock is a minute after
    // the ship's report: it ran 8 kn x 1 min = 0.13 NM towards us, so 9.96 NM and 33.1 min now.
    panel.setOwnShipReference(core::Motion{33.0, 13.0, 10.0, 90.0});
    CHECK(reference->itemText(ownShip) == QStringLiteral("Own ship"));
    CHECK(cell(kHeadOn, Column::RangeColumn) == QStringLiteral("10.0"));
    CHECK(cell(kHeadOn, Column::BearingColumn) == QStringLiteral("090"));
    CHECK(cell(kHeadOn, Column::CpaColumn) == QStringLiteral("0.0"));
    CHECK(cell(kHeadOn, Column::TcpaColumn).remove(QChar(0x2066)).remove(QChar(0x2069)) ==
          QStringLiteral("33"));
    // The stopped boat, 0.1° of latitude north (6.0 NM): own ship passes under it now.
    CHECK(cell(kStopped, Column::RangeColumn) == QStringLiteral("6.0"));
    CHECK(cell(kStopped, Column::BearingColumn) == QStringLiteral("000"));
    CHECK(cell(kStopped, Column::CpaColumn) == QStringLiteral("6.0"));
    CHECK(cell(kStopped, Column::RangeColumn, Qt::ToolTipRole).isEmpty());

    // A GPS that gives a position but no speed or course: range and bearing, no CPA, and why.
    panel.setOwnShipReference(core::Motion{33.0, 13.0, std::nan(""), std::nan("")});
    CHECK(cell(kHeadOn, Column::RangeColumn) == QStringLiteral("10.0"));
    CHECK(cell(kHeadOn, Column::CpaColumn).isEmpty());
    CHECK(cell(kHeadOn, Column::CpaColumn, Qt::ToolTipRole).contains(QStringLiteral("course or speed")));

    // The fix is lost (too old): no stale figures, the reason in the tooltip.
    panel.setOwnShipReference(std::nullopt, QStringLiteral("Own ship's last GPS fix is old"));
    CHECK(cell(kHeadOn, Column::RangeColumn).isEmpty());
    CHECK(cell(kHeadOn, Column::RangeColumn, Qt::ToolTipRole) ==
          QStringLiteral("Own ship's last GPS fix is old"));
    CHECK(reference->itemText(ownShip) == QStringLiteral("Own ship (no fix)"));

    // Back to the case: its figures, not own ship's.
    panel.setReference(app::VesselsPanel::Reference::SelectedCase);
    CHECK(changes.size() == 2);
    CHECK(cell(kStopped, Column::RangeColumn) == QStringLiteral("12.0"));
    panel.setCaseReference(std::nullopt);
    CHECK(cell(kStopped, Column::RangeColumn).isEmpty());
    CHECK(
        cell(kStopped, Column::RangeColumn, Qt::ToolTipRole).startsWith(QStringLiteral("No case selected")));
}
