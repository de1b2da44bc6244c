#include "app/feed_status_label.h"

#include <QLocale>

namespace marsa::app {
namespace {

// A feed that should receive and does not: failed, or waiting to reconnect.
bool isFailing(const feeds::FeedStatus &feed) {
    return feed.enabled &&
           (feed.state == feeds::FeedState::Error || feed.state == feeds::FeedState::Disconnected);
}

} // namespace

FeedStatusLabel::FeedStatusLabel(QWidget *parent)
    : QLabel(parent) {
    setObjectName(QStringLiteral("feedStatusLabel"));
    showStatus({});
}

QString FeedStatusLabel::summary(const QList<feeds::FeedStatus> &status) {
    const bool anyEnabled =
        std::any_of(status.begin(), status.end(), [](const auto &feed) { return feed.enabled; });
    if (!anyEnabled) {
        return tr("Feeds: off");
    }
    QString text =
        tr("Feeds: %1 lines/s").arg(QLocale().toString(feeds::totalLinesPerSecond(status), 'f', 1));
    QStringList failing;
    for (const feeds::FeedStatus &feed : status) {
        if (isFailing(feed)) {
            failing << feed.name;
        }
    }
    if (!failing.isEmpty()) {
        text += QStringLiteral(" · ") + tr("not receiving: %1").arg(failing.join(QStringLiteral(", ")));
    }
    return text;
}

QString FeedStatusLabel::details(const QList<feeds::FeedStatus> &status) {
    QStringList lines;
    for (const feeds::FeedStatus &feed : status) {
        if (!feed.enabled) {
            lines << tr("%1: disabled").arg(feed.name);
            continue;
        }
        QString line = tr("%1: %2, %3 lines/s")
                           .arg(feed.name, feeds::stateName(feed.state),
                                QLocale().toString(feed.linesPerSecond, 'f', 1));
        if (!feed.message.isEmpty()) {
            line += QStringLiteral(" — ") + feed.message;
        }
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

void FeedStatusLabel::showStatus(const QList<feeds::FeedStatus> &status) {
    setText(summary(status));
    setToolTip(details(status));
}

} // namespace marsa::app
