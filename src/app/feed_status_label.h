#pragma once

#include "feeds/feed_status.h"

#include <QLabel>
#include <QList>

namespace marsa::app {

/// The status bar's word on the feeds: "Feeds: 42.5 lines/s", and which feeds receive nothing
/// ("· not receiving: Misrata AIS"), in words, not only colour. The tooltip has a line per feed.
/// Connect FeedManager::statusChanged to showStatus.
class FeedStatusLabel final : public QLabel {
    Q_OBJECT
public:
    explicit FeedStatusLabel(QWidget *parent = nullptr);

    /// The label's text for a status (for the status bar, or a test).
    static QString summary(const QList<feeds::FeedStatus> &status);
    static QString details(const QList<feeds::FeedStatus> &status);

public Q_SLOTS:
    void showStatus(const QList<marsa::feeds::FeedStatus> &status);
};

} // namespace marsa::app
