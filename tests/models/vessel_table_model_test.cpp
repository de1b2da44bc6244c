#include "models/vessel_filter_model.h"
#include "models/vessel_table_model.h"

#include "model_dump.h"

#include "catch_qt.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace marsa;
using models::VesselFilterModel;
using models::VesselTableModel;
using test::dump;

namespace {

constexpr std::int64_t kT0 = 1'790'000'000'000;
constexpr std::uint32_t kFishing = 642'000'001;
constexpr std::uint32_t kFezzan = 642'000'009;
constexpr std::uint32_t kSart = 970'000'001;
constexpr std::uint32_t kCargo = 215'000'001;

class FixedClock final : public core::Clock {
public:
    QDateTime now = QDateTime::fromMSecsSinceEpoch(kT0 + 65'000, Qt::UTC);
    QDateTime nowUtc() const override { return now; }
};

core::VesselPosition report(std::uint32_t mmsi, std::int64_t timeMs, double lat, double lon, float sog,
                            float cog) {
    core::VesselPosition p;
    p.mmsi = mmsi;
    p.timeMs = timeMs;
    p.lat = lat;
    p.lon = lon;
    p.sog = sog;
    p.cog = cog;
    p.heading = static_cast<std::int16_t>(cog);
    p.navStatus = 0;
    p.messageType = 1;
    return p;
}

void apply(core::LiveTargets &targets, const core::VesselPosition &p) {
    targets.apply(std::span<const core::VesselPosition>(&p, 1));
}

// The incident off Zuwara, fixed; a fishing boat 10' of latitude north closing at 10 kn; our
// patrol boat Fezzan 0.2° of longitude east closing at 20 kn; an AIS-SART drifting 2' south.
struct Scene {
    core::LiveTargets targets;
    FixedClock clock;

    Scene() {
        core::Asset fezzan;
        fezzan.id = {1};
        fezzan.name = QStringLiteral("Fezzan");
        fezzan.mmsi = kFezzan;
        targets.setAssets(std::vector<core::Asset>{fezzan});
        targets.apply(std::vector<core::VesselPosition>{
            report(kFishing, kT0, 33.0 + 10.0 / 60.0, 13.0, 10.0F, 180.0F),
            report(kFezzan, kT0 + 35'000, 33.0, 13.2, 20.0F, 270.0F),
            report(kSart, kT0 + 30'000, 33.0 - 2.0 / 60.0, 13.0, 0.0F, 0.0F),
        });
        core::VesselStatic fishing;
        fishing.mmsi = kFishing;
        fishing.name = QStringLiteral("AL KHALIJ");
        fishing.shipType = 30;
        targets.apply(fishing);
    }
};

const core::Motion kIncident{33.0, 13.0, 0.0, 0.0};

QString isolated(const QString &text) {
    return QChar(0x2066) + text + QChar(0x2069);
}

QStringList column(const QAbstractItemModel &model, int column) {
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row) {
        values << model.index(row, column).data().toString();
    }
    return values;
}

} // namespace

TEST_CASE("The vessels table shows name, MMSI, type, motion, age, and range, CPA and ETA to the incident") {
    Scene scene;
    VesselTableModel model(scene.targets, scene.clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.rowCount() == 3);
    model.setReference(kIncident);
    // Hand-worked: 10' of latitude at 33°N is 9.98 NM on WGS 84 (meridian arc 1848.4 m a
    // minute); on the CPA's sphere 10.007 NM at 10 kn, 60.0 min. 0.2° of longitude is 10.09 NM
    // (N cos φ Δλ = 18,690 m); ETA at 20 kn 30.3 min; TCPA on the tangent plane 10.07 NM / 20 kn.
    // The SART is stopped: CPA = its range (2' = 2.0 NM), TCPA 0.
    // Ranges are of now (the clock is 65 s after the fishing boat's report, 30 s after Fezzan's):
    // the boat ran 10 kn x 65 s = 0.1806 NM south, so 9.981 x (10 - 0.1804') / 10' = 9.801 NM
    // and TCPA (10.007 - 0.1806) / 10 kn = 58.96 min; Fezzan ran 20 kn x 30 s = 0.1667 NM west:
    // 10.09 - 0.167 = 9.93 NM, ETA 29.8 min (shown as whole minutes passed, 29).
    QStringList expected{
        QStringLiteral("AL KHALIJ | ") + isolated(QStringLiteral("642000001")) +
            QStringLiteral(" | Fishing | 10.0 | 180 | 1 min | 9.8 | 000 | 0.0 | ") +
            isolated(QStringLiteral("59")) + QStringLiteral(" | "),
        QStringLiteral("Fezzan | ") + isolated(QStringLiteral("642000009")) +
            QStringLiteral(" | Vessel | 20.0 | 270 | 30 s | 9.9 | 090 | 0.0 | ") +
            isolated(QStringLiteral("30")) + QStringLiteral(" | 29 min"),
        isolated(QStringLiteral("970000001")) + QStringLiteral(" | ") +
            isolated(QStringLiteral("970000001")) +
            QStringLiteral(" | AIS-SART | 0.0 | 000 | 35 s | 2.0 | 180 | 2.0 | ") +
            isolated(QStringLiteral("0")) + QStringLiteral(" | "),
    };
    CHECK(dump(model) == expected);
    CHECK(model.headerData(VesselTableModel::CpaColumn, Qt::Horizontal).toString() ==
          QStringLiteral("CPA (NM)"));

    // Numbers sort as numbers.
    const QModelIndex sog = model.index(model.rowOf(kFezzan), VesselTableModel::SogColumn);
    CHECK(sog.data(VesselTableModel::SortRole).toDouble() == 20.0);
    CHECK(model.index(model.rowOf(kFishing), VesselTableModel::RangeColumn)
              .data(VesselTableModel::SortRole)
              .toDouble() == Approx(9.801).epsilon(0.001));
    CHECK(model.index(model.rowOf(kFezzan), VesselTableModel::EtaColumn)
              .data(VesselTableModel::SortRole)
              .toDouble() == Approx(29.78).epsilon(0.003));

    // Without an incident the reference columns are empty.
    model.setReference(std::nullopt);
    CHECK(column(model, VesselTableModel::RangeColumn) == QStringList{QString(), QString(), QString()});
    CHECK(column(model, VesselTableModel::EtaColumn) == QStringList{QString(), QString(), QString()});
}

TEST_CASE("A unit stopped or drifting has no ETA") {
    Scene scene;
    apply(scene.targets, report(kFezzan, kT0 + 40'000, 33.0, 13.2, 0.3F, 270.0F));
    VesselTableModel model(scene.targets, scene.clock);
    model.setReference(kIncident);
    const QModelIndex eta = model.index(model.rowOf(kFezzan), VesselTableModel::EtaColumn);
    CHECK(eta.data().toString() == QStringLiteral("—"));
    CHECK(eta.data(Qt::ToolTipRole).toString().contains(QStringLiteral("no ETA")));
}

TEST_CASE("A report updates its target's row only") {
    Scene scene;
    VesselTableModel model(scene.targets, scene.clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    apply(scene.targets, report(kFezzan, kT0 + 45'000, 33.0, 13.19, 20.0F, 270.0F));
    model.sync();
    REQUIRE(changed.count() == 1);
    const auto topLeft = changed.at(0).at(0).value<QModelIndex>();
    const auto bottomRight = changed.at(0).at(1).value<QModelIndex>();
    CHECK(topLeft.row() == model.rowOf(kFezzan));
    CHECK(bottomRight.row() == model.rowOf(kFezzan));
    CHECK(bottomRight.column() == VesselTableModel::ColumnCount - 1);
    CHECK(inserted.isEmpty());

    // A new target is inserted at the end; nothing else changes.
    changed.clear();
    apply(scene.targets, report(kCargo, kT0 + 50'000, 33.5, 13.5, 12.0F, 90.0F));
    model.sync();
    CHECK(changed.isEmpty());
    REQUIRE(inserted.count() == 1);
    CHECK(inserted.at(0).at(1).toInt() == 3);
    CHECK(model.rowOf(kCargo) == 3);

    // Nothing new: no signal at all.
    model.sync();
    CHECK(changed.isEmpty());
    CHECK(inserted.count() == 1);

    // Twenty minutes on, the fishing boat is removed; the others are lost and greyed, but the
    // SART, lost too, stays red: an alarm.
    scene.targets.age(kT0 + 20 * 60'000LL);
    model.sync();
    REQUIRE(removed.count() == 1);
    CHECK(model.rowOf(kFishing) == -1);
    CHECK(model.rowCount() == 3);
    CHECK(model.rowOf(kCargo) == 2); // rows below the removed one moved up, and are found
    const QModelIndex fezzan = model.index(model.rowOf(kFezzan), VesselTableModel::NameColumn);
    CHECK(fezzan.data(VesselTableModel::IsLostRole).toBool());
    CHECK(fezzan.data(Qt::ForegroundRole).value<QColor>() ==
          chart::ChartPalette::forMode(chart::PaletteMode::Day)
              .widgetPalette()
              .color(QPalette::Disabled, QPalette::Text));
    const QModelIndex sart = model.index(model.rowOf(kSart), VesselTableModel::NameColumn);
    CHECK(sart.data(VesselTableModel::IsUnacknowledgedAlarmRole).toBool());
    CHECK(sart.data(Qt::ForegroundRole).value<QColor>() ==
          chart::ChartPalette::forMode(chart::PaletteMode::Day).colour(chart::ColourToken::UINFR));
    CHECK(reset.isEmpty());
}

TEST_CASE("Alarms sort first whichever column and order, then by the column's numbers") {
    Scene scene;
    apply(scene.targets, report(kCargo, kT0 + 50'000, 33.5, 13.5, 12.0F, 90.0F));
    VesselTableModel model(scene.targets, scene.clock);
    VesselFilterModel sorted;
    sorted.setSourceModel(&model);
    QAbstractItemModelTester tester(&sorted, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const auto mmsis = [&sorted] {
        std::vector<std::uint32_t> order;
        for (int row = 0; row < sorted.rowCount(); ++row) {
            order.push_back(sorted.index(row, 0).data(VesselTableModel::MmsiRole).toUInt());
        }
        return order;
    };
    sorted.sort(VesselTableModel::SogColumn, Qt::AscendingOrder);
    CHECK(mmsis() == std::vector<std::uint32_t>{kSart, kFishing, kCargo, kFezzan});
    sorted.sort(VesselTableModel::SogColumn, Qt::DescendingOrder);
    CHECK(mmsis() == std::vector<std::uint32_t>{kSart, kFezzan, kCargo, kFishing});
    // Acknowledged alarms stay above the rest.
    scene.targets.acknowledgeAlarm(kSart);
    model.sync();
    CHECK(mmsis().front() == kSart);
    // A change of speed moves the row (dynamic sorting).
    apply(scene.targets, report(kFishing, kT0 + 60'000, 33.1, 13.0, 25.0F, 180.0F));
    model.sync();
    CHECK(mmsis() == std::vector<std::uint32_t>{kSart, kFishing, kFezzan, kCargo});
    sorted.sort(VesselTableModel::NameColumn, Qt::AscendingOrder);
    CHECK(mmsis() == std::vector<std::uint32_t>{kSart, kFishing, kFezzan, kCargo}); // named, then by MMSI
}

TEST_CASE("The vessels filter finds names and MMSIs, and kinds of target") {
    Scene scene;
    apply(scene.targets, report(kCargo, kT0 + 50'000, 33.5, 13.5, 12.0F, 90.0F));
    VesselTableModel model(scene.targets, scene.clock);
    VesselFilterModel filtered;
    filtered.setSourceModel(&model);
    QAbstractItemModelTester tester(&filtered, QAbstractItemModelTester::FailureReportingMode::Fatal);
    filtered.setFilterText(QStringLiteral(" khalij "));
    CHECK(filtered.rowCount() == 1);
    filtered.setFilterText(QStringLiteral("6420000"));
    CHECK(filtered.rowCount() == 2);
    filtered.setFilterText(QStringLiteral("215"));
    CHECK(filtered.rowCount() == 1);
    filtered.setFilterText(QString());
    CHECK(filtered.rowCount() == 4);
    filtered.setCategory(VesselFilterModel::Category::Alarms);
    CHECK(filtered.rowCount() == 1);
    filtered.setCategory(VesselFilterModel::Category::OwnAssets);
    REQUIRE(filtered.rowCount() == 1);
    CHECK(filtered.index(0, 0).data().toString() == QStringLiteral("Fezzan"));
    filtered.setCategory(VesselFilterModel::Category::ShipClass, core::ShipClass::Fishing);
    CHECK(filtered.rowCount() == 1);
    filtered.setCategory(VesselFilterModel::Category::Vessels);
    CHECK(filtered.rowCount() == 3);
    filtered.setCategory(VesselFilterModel::Category::Lost);
    CHECK(filtered.rowCount() == 0);
    scene.targets.age(kT0 + 9 * 60'000LL);
    model.sync();
    CHECK(filtered.rowCount() == 4);
}

TEST_CASE("Ages read as seconds, minutes and hours") {
    CHECK(VesselTableModel::ageText(0) == QStringLiteral("0 s"));
    CHECK(VesselTableModel::ageText(59) == QStringLiteral("59 s"));
    CHECK(VesselTableModel::ageText(125) == QStringLiteral("2 min"));
    CHECK(VesselTableModel::ageText(3 * 3600 + 5 * 60) == QStringLiteral("3 h 05 min"));
    CHECK(VesselTableModel::ageText(-5) == QStringLiteral("0 s"));
}

TEST_CASE("Ranges follow the targets' reckoned positions as time passes, but not a lost target's") {
    Scene scene;
    VesselTableModel model(scene.targets, scene.clock);
    model.setReference(kIncident);
    const auto range = [&model](std::uint32_t mmsi) {
        return model.index(model.rowOf(mmsi), VesselTableModel::RangeColumn)
            .data(VesselTableModel::SortRole)
            .toDouble();
    };
    const double before = range(kFishing);
    // Three minutes later, without a new report: 10 kn x 3 min = 0.5 NM nearer.
    scene.clock.now = scene.clock.now.addSecs(180);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.refreshAges();
    CHECK(range(kFishing) == Approx(before - 0.5 * 9.981 / 10.007).epsilon(0.002));
    CHECK(range(kSart) == Approx(2.0).epsilon(0.01)); // stopped: where it was
    // Two seconds later the ranges are not worked again (every 5 s), only the ages.
    changed.clear();
    scene.clock.now = scene.clock.now.addSecs(2);
    model.refreshAges();
    REQUIRE(changed.size() == 1);
    CHECK(changed.front().at(0).value<QModelIndex>().column() == VesselTableModel::AgeColumn);

    // A lost target stays at its last report (lost after 8 min without one).
    scene.clock.now = QDateTime::fromMSecsSinceEpoch(kT0 + 10 * 60'000, Qt::UTC);
    scene.targets.age(scene.clock.nowUtc().toMSecsSinceEpoch());
    model.sync();
    REQUIRE(scene.targets.find(kFishing)->state == core::TargetState::Lost);
    model.refreshAges();
    CHECK(range(kFishing) == Approx(9.981).epsilon(0.001));
}
