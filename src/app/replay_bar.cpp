#include "app/replay_bar.h"

#include "core/bidi.h"
#include "replay/replay_controller.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QLabel>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionSlider>

#include <algorithm>

namespace marsa::app {

ReplayTimeline::ReplayTimeline(QWidget *parent)
    : QSlider(Qt::Horizontal, parent) {
    setObjectName(QStringLiteral("replayTimeline"));
    setMinimumWidth(fontMetrics().averageCharWidth() * 40);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setMinimumHeight(fontMetrics().height() + 12);
    setTracking(true);
    // Dragging the handle or clicking the groove moves the position first: seek there.
    connect(this, &QAbstractSlider::actionTriggered, this,
            [this] { Q_EMIT seekRequested(instantAt(sliderPosition())); });
}

void ReplayTimeline::setWindow(std::int64_t fromMs, std::int64_t toMs, std::vector<std::int64_t> eventsMs) {
    m_fromMs = fromMs;
    m_events = std::move(eventsMs);
    const auto seconds = static_cast<int>(std::max<std::int64_t>(1, (toMs - fromMs + 999) / 1000));
    setRange(0, seconds);
    setSingleStep(std::max(1, seconds / 200));
    setPageStep(std::max(1, seconds / 20));
    update();
}

void ReplayTimeline::showInstant(std::int64_t atMs) {
    if (isSliderDown()) {
        return;
    }
    setValue(static_cast<int>((atMs - m_fromMs) / 1000));
}

void ReplayTimeline::setMarkColour(const QColor &colour) {
    m_markColour = colour;
    update();
}

void ReplayTimeline::paintEvent(QPaintEvent *event) {
    QSlider::paintEvent(event);
    QStyleOptionSlider option;
    initStyleOption(&option);
    const QRect groove = style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderGroove, this);
    const QRect handle = style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderHandle, this);
    const int span = groove.width() - handle.width();
    QPainter painter(this);
    painter.setPen(QPen(m_markColour.isValid() ? m_markColour : palette().color(QPalette::Highlight), 2));
    // A mark above and below the groove at each event: visible with the handle over it.
    for (const std::int64_t eventMs : m_events) {
        const auto at = static_cast<int>((eventMs - m_fromMs) / 1000);
        const int x = groove.left() + handle.width() / 2 +
                      QStyle::sliderPositionFromValue(minimum(), maximum(), at, span, option.upsideDown);
        painter.drawLine(x, rect().top() + 1, x, groove.center().y() - 4);
        painter.drawLine(x, groove.center().y() + 4, x, rect().bottom() - 1);
    }
}

ReplayBar::ReplayBar(replay::ReplayController &controller, QWidget *parent)
    : QToolBar(tr("Replay"), parent)
    , m_controller(controller) {
    setObjectName(QStringLiteral("replayToolBar"));
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setMovable(false);

    m_play = addAction(tr("Play"));
    m_play->setObjectName(QStringLiteral("replayPlayAction"));
    m_play->setShortcut(QKeySequence(Qt::Key_Space));
    connect(m_play, &QAction::triggered, this, [this] {
        if (m_controller.isPlaying()) {
            m_controller.pause();
        } else {
            m_controller.play();
        }
    });

    m_speed = new QComboBox(this);
    m_speed->setObjectName(QStringLiteral("replaySpeed"));
    m_speed->setToolTip(tr("Speed: simulated time per second of real time"));
    for (const int speed : {1, 10, 60, 600, 3600}) {
        m_speed->addItem(core::isolated(tr("%1x").arg(speed)), speed);
    }
    m_speed->setCurrentIndex(std::max(0, m_speed->findData(static_cast<int>(m_controller.speed()))));
    connect(m_speed, &QComboBox::currentIndexChanged, this,
            [this] { m_controller.setSpeed(m_speed->currentData().toInt()); });
    addWidget(m_speed);

    m_next = addAction(tr("Next event"));
    m_next->setObjectName(QStringLiteral("replayNextEventAction"));
    m_next->setToolTip(tr("Jump to the next change of a case"));
    connect(m_next, &QAction::triggered, &m_controller, &replay::ReplayController::stepToNextEvent);
    addSeparator();

    m_timeline = new ReplayTimeline(this);
    std::vector<std::int64_t> events;
    for (const replay::ReplayEvent &event : m_controller.events()) {
        events.push_back(event.timeMs);
    }
    m_timeline->setWindow(m_controller.fromMs(), m_controller.toMs(), std::move(events));
    m_timeline->setToolTip(tr("Drag to go to an instant; the marks are the cases' changes"));
    connect(m_timeline, &ReplayTimeline::seekRequested, &m_controller, &replay::ReplayController::seek);
    addWidget(m_timeline);

    m_instant = new QLabel(this);
    m_instant->setObjectName(QStringLiteral("replayInstant"));
    m_instant->setMinimumWidth(fontMetrics().averageCharWidth() * 24);
    m_instant->setAlignment(Qt::AlignCenter);
    addWidget(m_instant);
    addSeparator();

    m_leave = addAction(tr("Leave replay"));
    m_leave->setObjectName(QStringLiteral("leaveReplayAction"));
    m_leave->setToolTip(tr("Back to the live console"));
    connect(m_leave, &QAction::triggered, this, &ReplayBar::leaveRequested);

    connect(&m_controller, &replay::ReplayController::playingChanged, this, &ReplayBar::showPlaying);
    connect(&m_controller, &replay::ReplayController::timeChanged, this, &ReplayBar::showInstant);
    showPlaying(m_controller.isPlaying());
    showInstant(m_controller.nowMs());
}

void ReplayBar::setMarkColour(const QColor &colour) {
    m_timeline->setMarkColour(colour);
}

void ReplayBar::showPlaying(bool playing) {
    m_play->setText(playing ? tr("Pause") : tr("Play"));
    m_play->setToolTip(playing ? tr("Pause the replay (Space)") : tr("Play from the instant shown (Space)"));
}

void ReplayBar::showInstant(std::int64_t atMs) {
    m_timeline->showInstant(atMs);
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(atMs, Qt::UTC);
    m_instant->setText(core::isolated(at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))) +
                       QStringLiteral(" UTC"));
}

} // namespace marsa::app
