#pragma once

#include "feeds/feed_config.h"
#include "feeds/feed_status.h"

#include <QDialog>
#include <QList>

class QLabel;
class QPushButton;
class QSettings;
class QTableView;

namespace marsa::models {
class FeedTableModel;
}

namespace marsa::app {

/// Tools → Feeds: the configured NMEA feeds with their state in words, lines per second,
/// duplicates, damaged lines and the lines the AIS decoder rejected (why, in the tooltip), and
/// the actions on them (add, edit, remove, enable or disable).
/// Every change is saved in the settings at once and announced through feedsChanged(); the
/// figures come in through showStatus(). The dialog knows the feed manager through these two
/// only: connect feedsChanged to FeedManager::setFeeds and FeedManager::statusChanged to
/// showStatus.
class FeedsDialog final : public QDialog {
    Q_OBJECT
public:
    explicit FeedsDialog(QSettings &settings, QWidget *parent = nullptr);

    models::FeedTableModel &model() { return *m_model; }
    const QList<feeds::FeedConfig> &feeds() const;

public Q_SLOTS:
    void showStatus(const QList<marsa::feeds::FeedStatus> &status);

Q_SIGNALS:
    /// The whole list after a change, already saved.
    void feedsChanged(const QList<marsa::feeds::FeedConfig> &feeds);

private:
    void addFeed();
    void editFeed();
    void removeFeed();
    void toggleEnabled();
    void commit(QList<feeds::FeedConfig> feeds, quint16 selectId);
    void select(quint16 feedId);
    int selectedRow() const;
    QStringList namesExcept(quint16 feedId) const;
    void updateButtons();
    void updateDetail();

    QSettings &m_settings;
    models::FeedTableModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_detail = nullptr;
    QLabel *m_otherFeeds = nullptr; ///< feeds the console runs that are not configured here (an exercise's)
    QPushButton *m_editButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QPushButton *m_enableButton = nullptr;
};

} // namespace marsa::app
