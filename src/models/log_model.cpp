#include "models/log_model.h"

#include <QMetaObject>
#include <QPointer>

#include <spdlog/common.h>

namespace marsa::models {

LogModel::LogModel(QObject *parent)
    : QAbstractTableModel(parent) {}

int LogModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int LogModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LogModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Entry &entry = m_entries[static_cast<std::size_t>(index.row())];
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case TimeColumn:
            return entry.timeUtc.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss'Z'"));
        case LevelColumn: {
            const auto view =
                spdlog::level::to_string_view(static_cast<spdlog::level::level_enum>(entry.level));
            return QString::fromUtf8(view.data(), static_cast<qsizetype>(view.size()));
        }
        case MessageColumn:
            return entry.message;
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == TimeColumn) {
        // Times stay left-to-right and left-aligned even in an Arabic layout.
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignAbsolute | Qt::AlignVCenter);
    }
    return {};
}

QVariant LogModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case TimeColumn:
        return tr("Time (UTC)");
    case LevelColumn:
        return tr("Level");
    case MessageColumn:
        return tr("Message");
    default:
        return {};
    }
}

void LogModel::append(const QDateTime &timeUtc, int level, const QString &message) {
    if (static_cast<int>(m_entries.size()) >= kMaxRows) {
        beginRemoveRows({}, 0, 0);
        m_entries.pop_front();
        endRemoveRows();
    }
    const int row = static_cast<int>(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries.push_back({timeUtc, level, message});
    endInsertRows();
}

LogSink::LogSink(LogModel *model)
    : m_model(model) {}

void LogSink::sink_it_(const spdlog::details::log_msg &message) {
    const QString text =
        QString::fromUtf8(message.payload.data(), static_cast<qsizetype>(message.payload.size()));
    const auto ms =
        std::chrono::duration_cast<std::chrono::milliseconds>(message.time.time_since_epoch()).count();
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    const int level = static_cast<int>(message.level);
    QPointer<LogModel> model = m_model;
    if (!model) {
        return;
    }
    // Queued: the model lives on the GUI thread, messages come from any thread.
    QMetaObject::invokeMethod(
        model.data(),
        [model, time, level, text] {
            if (model) {
                model->append(time, level, text);
            }
        },
        Qt::QueuedConnection);
}

} // namespace marsa::models
