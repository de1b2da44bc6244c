#include "models/feed_table_model.h"

#include <QLocale>
#include <QStringList>

namespace marsa::models {

FeedTableModel::FeedTableModel(QObject *parent)
    : QAbstractTableModel(parent) {}

int FeedTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_feeds.size());
}

int FeedTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

const feeds::FeedStatus *FeedTableModel::status(quint16 feedId) const {
    const auto it = m_status.constFind(feedId);
    return it != m_status.cend() ? &it.value() : nullptr;
}

int FeedTableModel::rowOf(quint16 feedId) const {
    for (int row = 0; row < m_feeds.size(); ++row) {
        if (m_feeds[row].id == feedId) {
            return row;
        }
    }
    return -1;
}

QString FeedTableModel::stateText(const feeds::FeedConfig &config, const feeds::FeedStatus *status) {
    if (!config.enabled) {
        return tr("Disabled");
    }
    return feeds::stateName(status != nullptr ? status->state : feeds::FeedState::Stopped);
}

QString FeedTableModel::decodingText(const feeds::FeedStatus &status) {
    const QLocale locale;
    QStringList lines{tr("AIS messages decoded: %1").arg(locale.toString(status.messages))};
    if (status.rejectedLines() == 0) {
        lines << tr("Lines rejected by the AIS decoder: none");
        return lines.join(QLatin1Char('\n'));
    }
    lines << tr("Lines rejected by the AIS decoder, by reason:");
    for (int reason = 1; reason < feeds::kRejectReasonCount; ++reason) {
        if (const std::uint64_t count = status.rejected[static_cast<std::size_t>(reason)]; count > 0) {
            lines << tr("%1: %2").arg(feeds::rejectReasonName(static_cast<feeds::RejectReason>(reason)),
                                      locale.toString(count));
        }
    }
    return lines.join(QLatin1Char('\n'));
}

QVariant FeedTableModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const feeds::FeedConfig &config = m_feeds[index.row()];
    const feeds::FeedStatus *feedStatus = status(config.id);
    const QLocale locale;
    switch (role) {
    case FeedIdRole:
        return config.id;
    case EnabledRole:
        return config.enabled;
    case StateRole:
        return static_cast<int>(feedStatus != nullptr ? feedStatus->state : feeds::FeedState::Stopped);
    case Qt::ToolTipRole:
        if (index.column() == StateColumn && feedStatus != nullptr && config.enabled) {
            return feedStatus->message;
        }
        if (index.column() == RejectedColumn && feedStatus != nullptr) {
            return decodingText(*feedStatus);
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() >= RateColumn) {
            // Figures stay right-aligned in Arabic too, where plain AlignRight would flip (UI.md).
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignAbsolute | Qt::AlignVCenter);
        }
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return config.name;
        case KindColumn:
            return feeds::kindName(config.kind);
        case AddressColumn:
            return feeds::addressText(config);
        case StateColumn:
            return stateText(config, feedStatus);
        case RateColumn:
            return locale.toString(feedStatus != nullptr && config.enabled ? feedStatus->linesPerSecond : 0.0,
                                   'f', 1);
        case DuplicatesColumn:
            return locale.toString(feedStatus != nullptr ? feedStatus->duplicates : 0);
        case DamagedColumn:
            return locale.toString(feedStatus != nullptr ? feedStatus->damaged : 0);
        case RejectedColumn:
            return locale.toString(feedStatus != nullptr ? feedStatus->rejectedLines() : 0);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant FeedTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == RejectedColumn) {
        return tr("Lines the AIS decoder could not use; point at a figure for the reasons");
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case NameColumn:
        return tr("Name");
    case KindColumn:
        return tr("Kind");
    case AddressColumn:
        return tr("Address");
    case StateColumn:
        return tr("State");
    case RateColumn:
        return tr("Lines/s");
    case DuplicatesColumn:
        return tr("Duplicates");
    case DamagedColumn:
        return tr("Damaged");
    case RejectedColumn:
        return tr("Rejected");
    default:
        return {};
    }
}

void FeedTableModel::setFeeds(const QList<feeds::FeedConfig> &feeds) {
    beginResetModel();
    m_feeds = feeds;
    endResetModel();
}

void FeedTableModel::setStatus(const QList<feeds::FeedStatus> &status) {
    m_status.clear();
    for (const feeds::FeedStatus &feed : status) {
        m_status.insert(feed.id, feed);
    }
    if (!m_feeds.isEmpty()) {
        Q_EMIT dataChanged(index(0, StateColumn), index(rowCount() - 1, ColumnCount - 1));
    }
}

} // namespace marsa::models
