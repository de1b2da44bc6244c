#pragma once

#include <QSlider>
#include <QToolBar>

#include <cstdint>
#include <vector>

class QAction;
class QComboBox;
class QLabel;

namespace marsa::replay {
class ReplayController;
}

namespace marsa::app {

/// The replay's timeline: a slider over the window, in seconds from its start, with a tick mark
/// at each case event; dragging it or clicking its groove asks for a seek.
class ReplayTimeline final : public QSlider {
    Q_OBJECT
public:
    explicit ReplayTimeline(QWidget *parent = nullptr);
    /// The window and its events, UTC milliseconds.
    void setWindow(std::int64_t fromMs, std::int64_t toMs, std::vector<std::int64_t> eventsMs);
    /// Moves the handle to an instant (not while the officer drags it).
    void showInstant(std::int64_t atMs);
    void setMarkColour(const QColor &colour);
    const std::vector<std::int64_t> &events() const { return m_events; }
    std::int64_t instantAt(int position) const { return m_fromMs + std::int64_t{position} * 1000; }

Q_SIGNALS:
    void seekRequested(std::int64_t atMs);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    std::int64_t m_fromMs = 0;
    std::vector<std::int64_t> m_events;
    QColor m_markColour;
};

/// The replay toolbar: play or pause, speed (1x to 3600x), step to the next event, the timeline,
/// the instant shown, and leave.
class ReplayBar final : public QToolBar {
    Q_OBJECT
public:
    ReplayBar(replay::ReplayController &controller, QWidget *parent = nullptr);

    QAction &playAction() { return *m_play; }
    QAction &nextEventAction() { return *m_next; }
    QAction &leaveAction() { return *m_leave; }
    QComboBox &speedBox() { return *m_speed; }
    ReplayTimeline &timeline() { return *m_timeline; }
    void setMarkColour(const QColor &colour);

Q_SIGNALS:
    void leaveRequested();

private:
    void showPlaying(bool playing);
    void showInstant(std::int64_t atMs);

    replay::ReplayController &m_controller;
    QAction *m_play = nullptr;
    QAction *m_next = nullptr;
    QAction *m_leave = nullptr;
    QComboBox *m_speed = nullptr;
    ReplayTimeline *m_timeline = nullptr;
    QLabel *m_instant = nullptr;
};

} // namespace marsa::app
