#pragma once

#include "feeds/feed_config.h"
#include "feeds/feed_status.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace marsa::models {

/// The Feeds dialog's table: each configured feed with its kind, address, state (in words),
/// lines per second, duplicates dropped, damaged lines and the lines the AIS decoder rejected
/// (the reasons and the messages decoded in the cell's tooltip). The configurations come from the
/// dialog, the figures from the feed manager's status, matched by feed id.
class FeedTableModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column : int {
        NameColumn,
        KindColumn,
        AddressColumn,
        StateColumn,
        RateColumn,
        DuplicatesColumn,
        DamagedColumn,
        RejectedColumn,
        ColumnCount
    };
    enum Role : int { FeedIdRole = Qt::UserRole + 1, StateRole, EnabledRole };

    explicit FeedTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Replaces every row.
    void setFeeds(const QList<feeds::FeedConfig> &feeds);
    const QList<feeds::FeedConfig> &feeds() const { return m_feeds; }
    /// Updates the state and figures in place (no reset: the selection stays).
    void setStatus(const QList<feeds::FeedStatus> &status);
    /// The status of a feed, or null before the first report.
    const feeds::FeedStatus *status(quint16 feedId) const;
    int rowOf(quint16 feedId) const;

    /// "Disabled", or the state's name.
    static QString stateText(const feeds::FeedConfig &config, const feeds::FeedStatus *status);
    /// "AIS messages decoded: 1,204" and the rejected lines by reason, one a line: the Rejected
    /// cell's tooltip.
    static QString decodingText(const feeds::FeedStatus &status);

private:
    QList<feeds::FeedConfig> m_feeds;
    QHash<quint16, feeds::FeedStatus> m_status;
};

} // namespace marsa::models
