#pragma once

#include "storage/exercise_run.h"

#include <QWidget>

#include <optional>
#include <vector>

class QLabel;
class QVBoxLayout;

namespace marsa::app {

struct AlertPrefill;

/// The "Exercise messages" panel of a console on a scenario exercise: what the exercise sent the
/// trainees (alerts, radio calls, injects), newest first, with its exercise time. An alert has a
/// button that opens the New case dialog filled from it. Trainer notes never come here: the
/// exercise does not send them.
class ExerciseMessagesPanel final : public QWidget {
    Q_OBJECT
public:
    ExerciseMessagesPanel(qint64 startMs, QWidget *parent = nullptr);

    void addMessages(const std::vector<storage::ExerciseMessage> &messages);
    /// How many messages are shown, and the text of the `index`-th, newest first: "T+00:20:00 ·
    /// 02:00:00 UTC · Radio call" and what it says, on two lines.
    int count() const { return static_cast<int>(m_shown.size()); }
    QString shownText(int index) const;
    /// Greys the alerts' buttons while nothing can be written (write gate).
    void setWritable(bool writable);

    /// The case an alert message describes; none for another message.
    static std::optional<AlertPrefill> alertOf(const storage::ExerciseMessage &message);
    /// The message's text as trainees read it.
    static QString textOf(const storage::ExerciseMessage &message);

Q_SIGNALS:
    void newCaseRequested(const marsa::storage::ExerciseMessage &alert);
    /// An alert came in: the console announces it.
    void alertArrived(const QString &text);

private:
    qint64 m_startMs;
    QVBoxLayout *m_cards = nullptr;
    std::vector<QString> m_shown; ///< newest first
    QLabel *m_empty = nullptr;
    bool m_writable = true;
};

} // namespace marsa::app
