#pragma once

#include <QApplication>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace marsa::test {

/// Answers the next modal window or popup of type W with `act`, once, from the event loop (a
/// dialog's or a menu's own loop): set it up before the click that opens it.
template <typename W>
void whenShown(std::function<void(W *)> act) {
    auto *poll = new QTimer;
    QObject::connect(poll, &QTimer::timeout, [poll, act] {
        QWidget *top = QApplication::activePopupWidget() != nullptr ? QApplication::activePopupWidget()
                                                                    : QApplication::activeModalWidget();
        if (auto *widget = qobject_cast<W *>(top)) {
            poll->stop();
            poll->deleteLater();
            act(widget);
        }
    });
    poll->start(10);
}

} // namespace marsa::test
