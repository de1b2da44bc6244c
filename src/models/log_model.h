#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QPointer>
#include <QString>

#include <spdlog/sinks/base_sink.h>

#include <deque>
#include <memory>
#include <mutex>

namespace marsa::models {

/// The Event log panel's table: the application's log messages, newest last, at most a few
/// thousand. Fed by LogSink from any thread; rows are added on the model's thread.
class LogModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column : int { TimeColumn, LevelColumn, MessageColumn, ColumnCount };
    static constexpr int kMaxRows = 5000;

    explicit LogModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Appends one entry; call on the model's thread.
    void append(const QDateTime &timeUtc, int level, const QString &message);

private:
    struct Entry {
        QDateTime timeUtc;
        int level;
        QString message;
    };
    std::deque<Entry> m_entries;
};

/// An spdlog sink that forwards messages to a LogModel through its thread's event loop.
class LogSink final : public spdlog::sinks::base_sink<std::mutex> {
public:
    explicit LogSink(LogModel *model);

protected:
    void sink_it_(const spdlog::details::log_msg &message) override;
    void flush_() override {}

private:
    QPointer<LogModel> m_model;
};

} // namespace marsa::models
