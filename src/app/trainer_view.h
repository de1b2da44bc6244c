#pragma once

#include <QDialog>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace marsa::replay {
class ExerciseDirector;
}

namespace marsa::app {

class ExerciseSession;
class WriteGate;

/// Tools → Trainer view…: the trainer runs the scenario from here. The title and the trainer's
/// notes, the exercise clock (T+ and UTC), Start / Pause / Resume, the speed, End exercise, the
/// scripted timeline with each moment sent or pending ("Send now" on a pending one), and a radio
/// call typed by the trainer. While it is open, its director sends what is due and transmits the
/// scenario's AIS on this console (replay::ExerciseDirector).
class TrainerView final : public QDialog {
    Q_OBJECT
public:
    TrainerView(ExerciseSession &session, std::unique_ptr<replay::ExerciseDirector> director,
                const WriteGate *gate, QWidget *parent = nullptr);
    ~TrainerView() override;

    replay::ExerciseDirector &director() { return *m_director; }
    QTreeWidget &timeline() { return *m_timeline; }
    /// Sends what is due and shows where the exercise stands (every second with the session).
    void tick();

private:
    void build();
    void fillTimeline();
    void updateState();
    void updateTimeline();
    void report(const QString &refusal);
    void confirmEnd();
    void sendNow(std::size_t eventIndex);
    void sendRadioCall();

    ExerciseSession &m_session;
    std::unique_ptr<replay::ExerciseDirector> m_director;
    const WriteGate *m_gate;
    QLabel *m_clock = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_pause = nullptr;
    QPushButton *m_resume = nullptr;
    QPushButton *m_end = nullptr;
    QComboBox *m_speed = nullptr;
    QTreeWidget *m_timeline = nullptr;
    QLineEdit *m_radio = nullptr;
    QPushButton *m_sendRadio = nullptr;
};

} // namespace marsa::app
