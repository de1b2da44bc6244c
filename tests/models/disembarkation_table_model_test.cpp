#include "models/disembarkation_table_model.h"

#include "model_dump.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSignalSpy>
#include <QSortFilterProxyModel>

#include <catch2/catch.hpp>

using namespace marsa;
using models::DisembarkationTableModel;
using test::dump;

namespace {

const QString lri = QChar(0x2066);
const QString pdi = QChar(0x2069);

models::DisembarkationRow landing(std::int64_t id, int caseSequence, const QString &placeKey, int hour,
                                  int men, core::HandoverState state) {
    models::DisembarkationRow row;
    core::Disembarkation &d = row.disembarkation;
    d.id = {id};
    d.caseNumber = {2026, caseSequence};
    d.state = state;
    d.placeName = placeKey;
    d.declaration.values.placeKey = placeKey;
    d.declaration.values.timeUtc = QDateTime(QDate(2026, 11, 23), QTime(hour, 5), Qt::UTC);
    d.declaration.values.persons = {men, 2, 1, 1, 0};
    return row;
}

core::Discrepancy discrepancy(core::DiscrepancyRule rule, const QString &text) {
    return {rule, text, {}};
}

std::vector<core::Place> places() {
    core::Place tripoli;
    tripoli.key = QStringLiteral("tripoli");
    tripoli.label = QStringLiteral("Tripoli");
    tripoli.labelArabic = QStringLiteral("طرابلس");
    core::Place misrata;
    misrata.key = QStringLiteral("misrata");
    misrata.label = QStringLiteral("Misrata");
    misrata.labelArabic = QStringLiteral("مصراتة");
    return {tripoli, misrata};
}

std::vector<models::DisembarkationRow> threeLandings() {
    std::vector<models::DisembarkationRow> rows;
    rows.push_back(landing(1, 153, QStringLiteral("tripoli"), 9, 76, core::HandoverState::Approved));
    rows.push_back(landing(2, 160, QStringLiteral("misrata"), 7, 101, core::HandoverState::MedicalRecorded));
    rows[1].discrepancies = {
        discrepancy(core::DiscrepancyRule::HandedOverReceived,
                    QStringLiteral("106 handed over, 105 received")),
        discrepancy(core::DiscrepancyRule::MedicalReferred, QStringLiteral("5 referred, 4 recorded"))};
    rows[1].unexplained = {rows[1].discrepancies.front()};
    // A beach, not a listed place: its position, latitude first, and the officer's note.
    rows.push_back(landing(3, 161, QString(), 11, 8, core::HandoverState::Acknowledged));
    rows[2].disembarkation.declaration.values.position = QGeoCoordinate(32.9, 12.15);
    rows[2].disembarkation.declaration.values.placeNote = QStringLiteral("beach east of Zuwara");
    rows[2].discrepancies = {
        discrepancy(core::DiscrepancyRule::PersonsOnBoard, QStringLiteral("POB 12, 11"))};
    return rows;
}

} // namespace

TEST_CASE("The disembarkations table shows case, place, time, persons, handover step and discrepancy flag") {
    DisembarkationTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setPlaces(places(), false);
    model.setRows(threeLandings());
    CHECK(dump(model) ==
          QStringList{
              lri + QStringLiteral("LY-2026-0153/1") + pdi + QStringLiteral(" | Tripoli | ") + lri +
                  QStringLiteral("2026-11-23 09:05") + pdi + QStringLiteral(" | 80 | None | Approved"),
              lri + QStringLiteral("LY-2026-0160/1") + pdi + QStringLiteral(" | Misrata | ") + lri +
                  QStringLiteral("2026-11-23 07:05") + pdi +
                  QStringLiteral(" | 105 | Unexplained (1) | Waiting for review"),
              lri + QStringLiteral("LY-2026-0161/1") + pdi + QStringLiteral(" | beach east of Zuwara (") +
                  lri + QStringLiteral("32°54.0'N 012°09.0'E") + pdi + QStringLiteral(") | ") + lri +
                  QStringLiteral("2026-11-23 11:05") + pdi +
                  QStringLiteral(" | 12 | Explained (1) | Acknowledged by DCIM")});
    CHECK(model.headerData(DisembarkationTableModel::TimeColumn, Qt::Horizontal).toString() ==
          QStringLiteral("Ashore (UTC)"));
    CHECK(model.index(0, 0).data(DisembarkationTableModel::DisembarkationIdRole).toLongLong() == 1);
    CHECK(model.rowOf(core::DisembarkationId{3}) == 2);
    CHECK(model.rowOf(core::DisembarkationId{9}) == -1);

    // The discrepancy's numbers are in its tooltip, each marked explained or not.
    CHECK(model.index(1, DisembarkationTableModel::DiscrepancyColumn).data(Qt::ToolTipRole).toString() ==
          QStringLiteral("Unexplained: 106 handed over, 105 received\nExplained: 5 referred, 4 recorded"));

    SECTION("an Arabic console names the places in Arabic") {
        model.setPlaces(places(), true);
        CHECK(model.index(1, DisembarkationTableModel::PlaceColumn).data().toString() ==
              QStringLiteral("مصراتة"));
    }
}

TEST_CASE("An unexplained discrepancy stands out in the caution colour and bold, never in the alarm red") {
    DisembarkationTableModel model;
    model.setRows(threeLandings());
    const QModelIndex unexplained = model.index(1, DisembarkationTableModel::DiscrepancyColumn);
    const QModelIndex explained = model.index(2, DisembarkationTableModel::DiscrepancyColumn);
    const auto day = chart::ChartPalette::forMode(chart::PaletteMode::Day);
    CHECK(unexplained.data(Qt::ForegroundRole).value<QColor>() == day.colour(chart::ColourToken::UINFO));
    CHECK(unexplained.data(Qt::ForegroundRole).value<QColor>() != day.colour(chart::ColourToken::UINFR));
    CHECK(unexplained.data(Qt::FontRole).value<QFont>().bold());
    CHECK(model.index(1, DisembarkationTableModel::CaseColumn).data(Qt::FontRole).value<QFont>().bold());
    CHECK_FALSE(explained.data(Qt::ForegroundRole).isValid());
    CHECK_FALSE(explained.data(Qt::FontRole).isValid());
    CHECK(unexplained.data(DisembarkationTableModel::DiscrepancyRole).toInt() ==
          static_cast<int>(DisembarkationTableModel::Flag::Unexplained));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setPaletteMode(chart::PaletteMode::Night);
    CHECK(changed.size() == 1);
    const QColor night = unexplained.data(Qt::ForegroundRole).value<QColor>();
    CHECK(night == chart::ChartPalette::forMode(chart::PaletteMode::Night).colour(chart::ColourToken::UINFO));
    CHECK(night.value() < 0x40);
}

TEST_CASE("The disembarkations table sorts on times and numbers, not on their text") {
    DisembarkationTableModel model;
    auto rows = threeLandings();
    // 9 persons sorts before 80 and 105 as a number, after them as text.
    rows[2].disembarkation.declaration.values.persons = {9, 0, 0, 0, 0};
    // Ashore at 23:05 the day before: first in time, last by its text's hour.
    rows[0].disembarkation.declaration.values.timeUtc = QDateTime(QDate(2026, 11, 22), QTime(23, 5), Qt::UTC);
    model.setRows(rows);
    QSortFilterProxyModel sorted;
    sorted.setSourceModel(&model);
    sorted.setSortRole(DisembarkationTableModel::SortRole);
    const auto firstId = [&] {
        return sorted.index(0, 0).data(DisembarkationTableModel::DisembarkationIdRole).toLongLong();
    };
    sorted.sort(DisembarkationTableModel::PersonsColumn, Qt::AscendingOrder);
    CHECK(firstId() == 3);
    sorted.sort(DisembarkationTableModel::TimeColumn, Qt::AscendingOrder);
    CHECK(firstId() == 1);
    sorted.sort(DisembarkationTableModel::DiscrepancyColumn, Qt::DescendingOrder);
    CHECK(firstId() == 2);
    sorted.sort(DisembarkationTableModel::CaseColumn, Qt::DescendingOrder);
    CHECK(firstId() == 3);
}

TEST_CASE("Reloading the same disembarkations updates changed rows in place") {
    DisembarkationTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto rows = threeLandings();
    model.setRows(rows);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    rows[1].disembarkation.state = core::HandoverState::Approved;
    rows[1].disembarkation.version = 5;
    model.setRows(rows);
    CHECK(reset.isEmpty());
    REQUIRE(changed.size() == 1);
    CHECK(changed.front().at(0).value<QModelIndex>().row() == 1);
    CHECK(model.index(1, DisembarkationTableModel::StepColumn).data().toString() ==
          QStringLiteral("Approved"));

    rows.erase(rows.begin());
    model.setRows(rows);
    CHECK(reset.size() == 1);
    CHECK(model.rowCount() == 2);
}

namespace {

std::int64_t idAt(const DisembarkationTableModel &model, int row) {
    return model.row(row)->disembarkation.id.value;
}

} // namespace

TEST_CASE("One disembarkation read again changes its row only: updated, added, moved or taken out") {
    DisembarkationTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto rows = threeLandings();
    // The list's order: the latest brought ashore first (ids 3, 1, 2).
    std::stable_sort(rows.begin(), rows.end(), &storage::DisembarkationService::listedBefore);
    model.setRows(rows);
    REQUIRE(idAt(model, 0) == 3);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    const auto list = &storage::DisembarkationService::listedBefore;

    SECTION("a new step of one handover: one dataChanged for its row") {
        auto fresh = rows[1];
        fresh.disembarkation.state = core::HandoverState::Approved;
        fresh.disembarkation.version += 1;
        model.putRow(fresh, list);
        REQUIRE(changed.size() == 1);
        CHECK(changed.front().at(0).value<QModelIndex>().row() == 1);
        CHECK(changed.front().at(1).value<QModelIndex>().row() == 1);
        CHECK(changed.front().at(1).value<QModelIndex>().column() ==
              DisembarkationTableModel::ColumnCount - 1);
        CHECK(model.index(1, DisembarkationTableModel::StepColumn).data().toString() ==
              QStringLiteral("Approved"));
    }
    SECTION("the same values read again: nothing is signalled") {
        model.putRow(rows[0], list);
        CHECK(changed.isEmpty());
    }
    SECTION("a case's outcome changes the discrepancies of an unchanged version: its row changes") {
        auto fresh = rows[0];
        fresh.discrepancies.front().description = QStringLiteral("POB 12, 10");
        model.putRow(fresh, list);
        REQUIRE(changed.size() == 1);
        CHECK(changed.front().at(0).value<QModelIndex>().row() == 0);
    }
    SECTION("a disembarkation entering the filter is inserted where the order puts it") {
        auto fresh = landing(4, 162, QStringLiteral("tripoli"), 10, 30, core::HandoverState::Declared);
        model.putRow(fresh, list);
        REQUIRE(inserted.size() == 1);
        CHECK(inserted.front().at(1).toInt() == 1);
        CHECK(idAt(model, 0) == 3);
        CHECK(idAt(model, 1) == 4);
        CHECK(idAt(model, 2) == 1);
        CHECK(changed.isEmpty());
    }
    SECTION("one leaving the filter is taken out") {
        CHECK(model.removeDisembarkation(core::DisembarkationId{1}));
        REQUIRE(removed.size() == 1);
        CHECK(removed.front().at(1).toInt() == 1);
        CHECK(model.rowCount() == 2);
        CHECK_FALSE(model.removeDisembarkation(core::DisembarkationId{1}));
        CHECK(removed.size() == 1);
    }
    SECTION("in the queue an explained discrepancy moves its handover behind the unexplained ones") {
        const auto queue = &storage::DisembarkationService::queuedBefore;
        auto waiting = rows;
        waiting[0].unexplained = waiting[0].discrepancies; // 3: unexplained too, but later than 2
        std::stable_sort(waiting.begin(), waiting.end(), queue);
        model.setRows(waiting);
        REQUIRE(idAt(model, 0) == 2);
        REQUIRE(idAt(model, 1) == 3);
        reset.clear();
        auto fresh = waiting[1];
        fresh.unexplained.clear();
        fresh.disembarkation.version += 1;
        changed.clear();
        model.putRow(fresh, queue);
        CHECK(moved.size() == 1);
        CHECK(idAt(model, 0) == 2);
        CHECK(idAt(model, 1) == 1);
        CHECK(idAt(model, 2) == 3);
        REQUIRE(changed.size() == 1);
        CHECK(changed.front().at(0).value<QModelIndex>().row() == 2);
    }
    CHECK(reset.isEmpty());
}
