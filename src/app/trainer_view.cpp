#include "app/trainer_view.h"

#include "app/exercise_session.h"
#include "app/write_gate.h"
#include "replay/exercise_clock.h"
#include "replay/exercise_director.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace marsa::app {
namespace {

constexpr int kIndexRole = Qt::UserRole + 1;

QString isolatedLtr(const QString &text) {
    return QChar(0x2066) + text + QChar(0x2069); // a time reads left to right in Arabic too
}

} // namespace

TrainerView::TrainerView(ExerciseSession &session, std::unique_ptr<replay::ExerciseDirector> director,
                         const WriteGate *gate, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_director(std::move(director))
    , m_gate(gate) {
    setObjectName(QStringLiteral("trainerView"));
    setWindowTitle(tr("Trainer view — %1").arg(m_director->scenario().title));
    setAttribute(Qt::WA_DeleteOnClose);
    build();
    fillTimeline();
    connect(&m_session, &ExerciseSession::ticked, this, &TrainerView::tick);
    connect(&m_session, &ExerciseSession::runChanged, this, &TrainerView::updateState);
    tick();
}

TrainerView::~TrainerView() = default;

void TrainerView::build() {
    const replay::Scenario &scenario = m_director->scenario();
    auto *title = new QLabel(scenario.title, this);
    title->setObjectName(QStringLiteral("scenarioTitle"));
    QFont titleFont = title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    title->setFont(titleFont);
    title->setWordWrap(true);
    auto *notes = new QPlainTextEdit(scenario.trainerNotes, this);
    notes->setObjectName(QStringLiteral("trainerNotes"));
    notes->setReadOnly(true);
    notes->setMaximumHeight(fontMetrics().lineSpacing() * 6);

    m_clock = new QLabel(this);
    m_clock->setObjectName(QStringLiteral("trainerClock"));
    QFont clockFont = m_clock->font();
    clockFont.setBold(true);
    clockFont.setPointSizeF(clockFont.pointSizeF() * 1.6);
    m_clock->setFont(clockFont);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("trainerState"));
    m_start = new QPushButton(tr("Start"), this);
    m_start->setObjectName(QStringLiteral("startExercise"));
    m_pause = new QPushButton(tr("Pause"), this);
    m_pause->setObjectName(QStringLiteral("pauseExercise"));
    m_resume = new QPushButton(tr("Resume"), this);
    m_resume->setObjectName(QStringLiteral("resumeExercise"));
    m_end = new QPushButton(tr("End exercise…"), this);
    m_end->setObjectName(QStringLiteral("endExercise"));
    m_speed = new QComboBox(this);
    m_speed->setObjectName(QStringLiteral("exerciseSpeed"));
    for (double speed : storage::exerciseSpeeds()) {
        m_speed->addItem(tr("%1×").arg(speed), speed);
    }
    connect(m_start, &QPushButton::clicked, this, [this] { report(m_session.start()); });
    connect(m_pause, &QPushButton::clicked, this, [this] { report(m_session.pause()); });
    connect(m_resume, &QPushButton::clicked, this, [this] { report(m_session.resume()); });
    connect(m_end, &QPushButton::clicked, this, &TrainerView::confirmEnd);
    connect(m_speed, &QComboBox::activated, this,
            [this](int index) { report(m_session.setSpeed(m_speed->itemData(index).toDouble())); });

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_start);
    controls->addWidget(m_pause);
    controls->addWidget(m_resume);
    controls->addSpacing(12);
    controls->addWidget(new QLabel(tr("Speed:"), this));
    controls->addWidget(m_speed);
    controls->addStretch();
    controls->addWidget(m_end);

    m_timeline = new QTreeWidget(this);
    m_timeline->setObjectName(QStringLiteral("trainerTimeline"));
    m_timeline->setColumnCount(4);
    m_timeline->setHeaderLabels({tr("Time"), tr("Moment"), tr("State"), QString()});
    m_timeline->setRootIsDecorated(false);
    m_timeline->setWordWrap(false);
    m_timeline->setTextElideMode(Qt::ElideRight);
    m_timeline->header()->setStretchLastSection(false);
    m_timeline->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_timeline->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_timeline->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_timeline->header()->setSectionResizeMode(3, QHeaderView::ResizeToContents);

    m_radio = new QLineEdit(this);
    m_radio->setObjectName(QStringLiteral("radioCallText"));
    m_radio->setPlaceholderText(tr("What the caller says, as the trainees hear it"));
    m_sendRadio = new QPushButton(tr("Send radio call"), this);
    m_sendRadio->setObjectName(QStringLiteral("sendRadioCall"));
    connect(m_sendRadio, &QPushButton::clicked, this, &TrainerView::sendRadioCall);
    connect(m_radio, &QLineEdit::returnPressed, this, &TrainerView::sendRadioCall);
    auto *radio = new QHBoxLayout;
    radio->addWidget(m_radio, 1);
    radio->addWidget(m_sendRadio);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("trainerError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: palette(highlight); font-weight: bold; }"));
    m_error->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(new QLabel(tr("Trainer notes (never shown to the trainees):"), this));
    layout->addWidget(notes);
    auto *clockRow = new QHBoxLayout;
    clockRow->addWidget(m_clock);
    clockRow->addStretch();
    clockRow->addWidget(m_state);
    layout->addLayout(clockRow);
    layout->addLayout(controls);
    layout->addWidget(m_error);
    layout->addWidget(new QLabel(tr("Scripted timeline:"), this));
    layout->addWidget(m_timeline, 1);
    layout->addWidget(new QLabel(tr("Radio call from the trainer:"), this));
    layout->addLayout(radio);
    resize(fontMetrics().averageCharWidth() * 120, fontMetrics().lineSpacing() * 40);
}

void TrainerView::fillTimeline() {
    const auto &events = m_director->timeline();
    for (std::size_t i = 0; i < events.size(); ++i) {
        const replay::ScenarioEvent &event = events[i];
        auto *item = new QTreeWidgetItem(m_timeline);
        item->setText(0, isolatedLtr(event.at.text()));
        item->setText(1, event.summary);
        item->setToolTip(1, event.summary);
        item->setData(0, kIndexRole, static_cast<qulonglong>(i));
        for (int column = 0; column < 3; ++column) {
            item->setTextAlignment(column, Qt::AlignVCenter | Qt::AlignLeading);
        }
        if (m_director->messageOf(i) != nullptr) {
            auto *button = new QPushButton(tr("Send now"), m_timeline);
            button->setObjectName(QStringLiteral("sendNow%1").arg(i));
            connect(button, &QPushButton::clicked, this, [this, i] { sendNow(i); });
            m_timeline->setItemWidget(item, 3, button);
        }
    }
}

void TrainerView::tick() {
    if (auto sent = m_director->tick(); !sent) {
        report(sent.errorMessage());
    }
    const replay::ExerciseClock &clock = m_session.clock();
    m_clock->setText(
        isolatedLtr(replay::ExerciseClock::offsetText(clock.elapsedSeconds())) + QStringLiteral("   ") +
        isolatedLtr(clock.nowUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" UTC")));
    updateState();
    updateTimeline();
}

void TrainerView::updateState() {
    const storage::ExerciseRun &run = m_session.run();
    const bool writable = m_gate == nullptr || m_gate->isOpen();
    QString state = storage::exerciseStateName(run.state);
    if (run.state == storage::ExerciseState::Running) {
        state = tr("Running at %1×").arg(run.speed);
    }
    m_state->setText(state);
    m_start->setEnabled(writable && run.state == storage::ExerciseState::NotStarted);
    m_pause->setEnabled(writable && run.state == storage::ExerciseState::Running);
    m_resume->setEnabled(writable && run.state == storage::ExerciseState::Paused);
    m_end->setEnabled(writable && run.state != storage::ExerciseState::Ended);
    m_speed->setEnabled(writable && run.state != storage::ExerciseState::Ended);
    if (const int index = m_speed->findData(run.speed); index >= 0 && !m_speed->view()->isVisible()) {
        m_speed->setCurrentIndex(index);
    }
    m_radio->setEnabled(writable && run.state != storage::ExerciseState::Ended);
    m_sendRadio->setEnabled(m_radio->isEnabled());
}

void TrainerView::updateTimeline() {
    const QSet<QString> &sent = m_director->sentKeys();
    const bool open =
        (m_gate == nullptr || m_gate->isOpen()) && m_session.run().state != storage::ExerciseState::Ended;
    for (int row = 0; row < m_timeline->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_timeline->topLevelItem(row);
        const auto index = static_cast<std::size_t>(item->data(0, kIndexRole).toULongLong());
        const replay::ScriptedMessage *message = m_director->messageOf(index);
        const replay::ScenarioEvent &event = m_director->timeline()[index];
        QString state;
        if (message == nullptr) {
            state = event.inject == replay::InjectKind::Note ? tr("trainer only") : tr("on the chart");
        } else {
            state = sent.contains(message->key) ? tr("sent") : tr("pending");
        }
        item->setText(2, state);
        if (auto *button = qobject_cast<QPushButton *>(m_timeline->itemWidget(item, 3))) {
            button->setEnabled(open && message != nullptr && !sent.contains(message->key));
        }
    }
}

void TrainerView::report(const QString &refusal) {
    m_error->setText(refusal);
    m_error->setVisible(!refusal.isEmpty());
}

void TrainerView::confirmEnd() {
    const auto answer = QMessageBox::question(
        this, tr("End exercise"),
        tr("End the exercise now? Its clock stops for good on every console; what the trainees wrote stays "
           "for the debrief."),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes) {
        report(m_session.end());
    }
}

void TrainerView::sendNow(std::size_t eventIndex) {
    auto sent = m_director->sendNow(eventIndex);
    report(sent ? QString() : sent.errorMessage());
    m_session.refresh();
}

void TrainerView::sendRadioCall() {
    auto sent = m_director->sendRadioCall(m_radio->text());
    report(sent ? QString() : sent.errorMessage());
    if (sent) {
        m_radio->clear();
    }
    m_session.refresh();
}

} // namespace marsa::app
