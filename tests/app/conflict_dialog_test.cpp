#include "app/conflict_dialog.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace marsa;

namespace {

app::ConflictComparison sample() {
    app::ConflictComparison comparison;
    comparison.record = QStringLiteral("Case LY-2026-0153");
    comparison.mineHeading = QStringLiteral("Your change (made on version 3)");
    comparison.theirsHeading = QStringLiteral("Saved now (version 5)");
    comparison.fields = {
        {QStringLiteral("Phase"), QStringLiteral("DETRESFA"), QStringLiteral("ALERFA")},
        {QStringLiteral("Status"), QStringLiteral("Asset tasked"), QStringLiteral("Asset tasked")}};
    comparison.meanwhile = {QStringLiteral("12:03 UTC cg.officer: phase ALERFA")};
    comparison.applyLabel = QStringLiteral("Apply my phase");
    comparison.keepNote = QStringLiteral("Your change is kept in the case's log as not applied.");
    comparison.caution = QColor(0xE8, 0x7A, 0x1E);
    return comparison;
}

} // namespace

TEST_CASE("The conflict dialog shows both versions and marks what differs", "[app][conflict]") {
    app::ConflictDialog dialog(sample());
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("conflictTable"));
    REQUIRE(table != nullptr);
    REQUIRE(table->rowCount() == 2);
    CHECK(table->horizontalHeaderItem(1)->text() == QStringLiteral("Your change (made on version 3)"));
    CHECK(table->horizontalHeaderItem(2)->text() == QStringLiteral("Saved now (version 5)"));
    // The differing field is marked by more than colour; the equal one is not marked.
    CHECK(table->item(0, 0)->text() == QStringLiteral("≠ Phase"));
    CHECK(table->item(0, 1)->font().bold());
    CHECK(table->item(0, 1)->foreground().color() == QColor(0xE8, 0x7A, 0x1E));
    CHECK(table->item(1, 0)->text() == QStringLiteral("Status"));
    CHECK_FALSE(table->item(1, 1)->font().bold());
    CHECK(table->item(0, 2)->text() == QStringLiteral("ALERFA"));
}

TEST_CASE("The conflict dialog never overwrites on Enter or Escape", "[app][conflict]") {
    for (int key : {Qt::Key_Return, Qt::Key_Escape}) {
        app::ConflictDialog dialog(sample());
        QTimer::singleShot(0, &dialog,
                           [&dialog, key] { QTest::keyClick(&dialog, static_cast<Qt::Key>(key)); });
        dialog.exec();
        CHECK(dialog.choice() == app::ConflictChoice::KeepTheirs);
    }
}

TEST_CASE("The conflict dialog applies the officer's change only on its button", "[app][conflict]") {
    app::ConflictDialog dialog(sample());
    auto *apply = dialog.findChild<QPushButton *>(QStringLiteral("conflictApply"));
    REQUIRE(apply != nullptr);
    CHECK(apply->text() == QStringLiteral("Apply my phase"));
    QTimer::singleShot(0, apply, [apply] { apply->click(); });
    CHECK(dialog.exec() == QDialog::Accepted);
    CHECK(dialog.choice() == app::ConflictChoice::ApplyMine);
}

TEST_CASE("The conflict dialog greys applying with the rules' reason and copies the officer's version",
          "[app][conflict]") {
    app::ConflictComparison comparison = sample();
    comparison.applyRefusal = QStringLiteral("The case is closed.");
    app::ConflictDialog dialog(comparison);
    auto *apply = dialog.findChild<QPushButton *>(QStringLiteral("conflictApply"));
    REQUIRE(apply != nullptr);
    CHECK_FALSE(apply->isEnabled());
    CHECK(apply->toolTip() == QStringLiteral("The case is closed."));
    auto *note = dialog.findChild<QLabel *>(QStringLiteral("conflictNote"));
    REQUIRE(note != nullptr);
    CHECK(note->text().contains(QStringLiteral("The case is closed.")));
    CHECK(note->text().contains(QStringLiteral("kept in the case's log")));

    dialog.findChild<QPushButton *>(QStringLiteral("conflictCopy"))->click();
    CHECK(QApplication::clipboard()->text() == dialog.mineAsText());
    CHECK(dialog.mineAsText().contains(QStringLiteral("Phase: DETRESFA")));
}
