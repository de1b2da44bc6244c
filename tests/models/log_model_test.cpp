#include "models/log_model.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>

#include <spdlog/spdlog.h>

#include <catch2/catch.hpp>

#include <thread>

using namespace marsa;

TEST_CASE("The event log shows time, level and message, newest last") {
    models::LogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QDateTime t = QDateTime(QDate(2026, 11, 23), QTime(10, 0, 5), Qt::UTC);
    model.append(t, spdlog::level::info, QStringLiteral("database open"));
    model.append(t.addSecs(1), spdlog::level::warn, QStringLiteral("chart not added"));
    REQUIRE(model.rowCount() == 2);
    CHECK(model.columnCount() == 3);
    CHECK(model.index(0, models::LogModel::TimeColumn).data().toString() ==
          QStringLiteral("2026-11-23 10:00:05Z"));
    CHECK(model.index(1, models::LogModel::LevelColumn).data().toString() == QStringLiteral("warning"));
    CHECK(model.index(1, models::LogModel::MessageColumn).data().toString() ==
          QStringLiteral("chart not added"));
    CHECK(model.headerData(0, Qt::Horizontal).toString() == QStringLiteral("Time (UTC)"));
}

TEST_CASE("The event log keeps the newest entries only") {
    models::LogModel model;
    for (int i = 0; i < models::LogModel::kMaxRows + 10; ++i) {
        model.append(QDateTime::currentDateTimeUtc(), spdlog::level::info, QString::number(i));
    }
    CHECK(model.rowCount() == models::LogModel::kMaxRows);
    CHECK(model.index(0, models::LogModel::MessageColumn).data().toString() == QStringLiteral("10"));
}

TEST_CASE("Log messages from any thread reach the event log through the sink") {
    models::LogModel model;
    auto logger = std::make_shared<spdlog::logger>("test", std::make_shared<models::LogSink>(&model));
    std::thread worker([logger] { logger->error("feed {} lost", "udp:10110"); });
    worker.join();
    logger->info("main thread");
    CHECK(model.rowCount() == 0); // queued to the model's thread
    QCoreApplication::processEvents();
    REQUIRE(model.rowCount() == 2);
    CHECK(model.index(0, models::LogModel::MessageColumn).data().toString() ==
          QStringLiteral("feed udp:10110 lost"));
    CHECK(model.index(0, models::LogModel::LevelColumn).data().toString() == QStringLiteral("error"));
}
