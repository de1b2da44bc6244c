#include "models/feed_table_model.h"

#include "model_dump.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>

#include "catch_qt.h"

using namespace marsa;
using test::dump;

namespace {

feeds::FeedConfig feed(quint16 id, const char *name, feeds::FeedKind kind) {
    feeds::FeedConfig config;
    config.id = id;
    config.name = QString::fromLatin1(name);
    config.kind = kind;
    config.host = QStringLiteral("10.0.0.5");
    config.port = 5631;
    config.serialDevice = QStringLiteral("/dev/ttyUSB0");
    return config;
}

// The address column's isolates, for readable expectations.
QString plain(QString text) {
    return text.remove(QChar(0x2066)).remove(QChar(0x2069));
}

} // namespace

TEST_CASE("The feeds table shows each feed's kind, address, state in words and its figures") {
    models::FeedTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    feeds::FeedConfig bridge = feed(2, "Bridge GPS", feeds::FeedKind::SerialPort);
    bridge.enabled = false;
    model.setFeeds({feed(1, "Shore network", feeds::FeedKind::TcpClient), bridge});
    QStringList rows = dump(model);
    for (QString &row : rows) {
        row = plain(row);
    }
    CHECK(
        rows ==
        QStringList{QStringLiteral("Shore network | TCP client | 10.0.0.5:5631 | Stopped | 0.0 | 0 | 0 | 0"),
                    QStringLiteral(
                        "Bridge GPS | Serial port | /dev/ttyUSB0 at 38400 Bd | Disabled | 0.0 | 0 | 0 | 0")});

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    feeds::FeedStatus shore;
    shore.id = 1;
    shore.state = feeds::FeedState::Disconnected;
    shore.message = QStringLiteral("10.0.0.5:5631 refused the connection.");
    shore.linesPerSecond = 12.345;
    shore.duplicates = 1234;
    shore.damaged = 7;
    model.setStatus({shore});
    CHECK(changed.size() == 1);
    CHECK(reset.isEmpty()); // the selection stays
    const QLocale locale;
    CHECK(plain(dump(model)[0]) ==
          QStringLiteral("Shore network | TCP client | 10.0.0.5:5631 | Disconnected | %1 | "
                         "%2 | 7 | 0")
              .arg(locale.toString(12.345, 'f', 1), locale.toString(1234)));
    CHECK(model.index(0, models::FeedTableModel::StateColumn).data(Qt::ToolTipRole).toString() ==
          shore.message);
    CHECK(model.index(0, 0).data(models::FeedTableModel::FeedIdRole).toInt() == 1);
    CHECK(model.index(1, 0).data(models::FeedTableModel::EnabledRole).toBool() == false);
    CHECK(model.rowOf(2) == 1);
    CHECK(model.rowOf(9) == -1);
    const auto alignment =
        model.index(0, models::FeedTableModel::RateColumn).data(Qt::TextAlignmentRole).value<Qt::Alignment>();
    CHECK(alignment.testFlag(Qt::AlignAbsolute));
    QStringList headers;
    for (int column = 0; column < model.columnCount(); ++column) {
        headers << model.headerData(column, Qt::Horizontal).toString();
    }
    CHECK(headers == QStringList{QStringLiteral("Name"), QStringLiteral("Kind"), QStringLiteral("Address"),
                                 QStringLiteral("State"), QStringLiteral("Lines/s"),
                                 QStringLiteral("Duplicates"), QStringLiteral("Damaged"),
                                 QStringLiteral("Rejected")});
}

TEST_CASE("The feeds table gives the lines the AIS decoder rejected, and the reasons in the tooltip") {
    models::FeedTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setFeeds({feed(1, "Shore network", feeds::FeedKind::TcpClient),
                    feed(2, "Misrata receiver", feeds::FeedKind::UdpListener)});
    const QModelIndex shoreRejected = model.index(0, models::FeedTableModel::RejectedColumn);
    CHECK(shoreRejected.data().toString() == QStringLiteral("0"));
    CHECK(shoreRejected.data(Qt::ToolTipRole).isNull()); // no status yet: nothing to explain

    feeds::FeedStatus shore;
    shore.id = 1;
    shore.state = feeds::FeedState::Connected;
    shore.messages = 1204;
    shore.rejected[static_cast<std::size_t>(feeds::RejectReason::BadChecksum)] = 2;
    shore.rejected[static_cast<std::size_t>(feeds::RejectReason::UnsupportedType)] = 5;
    shore.rejected[static_cast<std::size_t>(feeds::RejectReason::Fragment)] = 1;
    feeds::FeedStatus misrata;
    misrata.id = 2;
    misrata.state = feeds::FeedState::Listening;
    misrata.messages = 3;
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setStatus({shore, misrata});
    REQUIRE(changed.size() == 1);
    // The whole row's figures, the new column included, are announced.
    CHECK(changed[0][1].toModelIndex().column() == models::FeedTableModel::RejectedColumn);

    const QLocale locale;
    CHECK(shoreRejected.data().toString() == QStringLiteral("8"));
    // Only the reasons that occurred, in the decoder's order; the messages decoded first.
    CHECK(shoreRejected.data(Qt::ToolTipRole).toString() ==
          QStringLiteral("AIS messages decoded: %1\nLines rejected by the AIS decoder, by reason:\nbad checksum: 2\n"
                         "lone, expired or duplicate fragment: 1\nunsupported message type: 5")
              .arg(locale.toString(1204)));
    const QModelIndex misrataRejected = model.index(1, models::FeedTableModel::RejectedColumn);
    CHECK(misrataRejected.data().toString() == QStringLiteral("0"));
    CHECK(misrataRejected.data(Qt::ToolTipRole).toString() ==
          QStringLiteral("AIS messages decoded: 3\nLines rejected by the AIS decoder: none"));
    CHECK(model.headerData(models::FeedTableModel::RejectedColumn, Qt::Horizontal, Qt::ToolTipRole)
              .toString()
              .contains(QStringLiteral("reasons")));
    const auto alignment = shoreRejected.data(Qt::TextAlignmentRole).value<Qt::Alignment>();
    CHECK(alignment.testFlag(Qt::AlignAbsolute));
}
