#pragma once

#include "core/incident.h"

#include <QDialog>
#include <QVariant>

#include <utility>
#include <vector>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QSpinBox;

namespace marsa::app {

/// The small dialog behind each action of a case: an optional choice (a phase, a status, an
/// asset), optional outcome counts, and the remarks; OK stays off until what is required is there.
class ActionDialog final : public QDialog {
    Q_OBJECT
public:
    struct Choice {
        QString label;
        std::vector<std::pair<QString, QVariant>> items;
    };

    ActionDialog(const QString &title, const QString &prompt, const Choice &choice, bool withOutcome,
                 const QString &remarksLabel, bool remarksRequired, QWidget *parent = nullptr);

    QVariant choice() const;
    core::Outcome outcome() const;
    QString remarks() const;

    QComboBox *choiceBox() const { return m_choice; }
    QPlainTextEdit *remarksEdit() const { return m_remarks; }

private:
    void updateOk();

    QComboBox *m_choice = nullptr;
    QSpinBox *m_rescued = nullptr;
    QSpinBox *m_dead = nullptr;
    QSpinBox *m_missing = nullptr;
    QPlainTextEdit *m_remarks = nullptr;
    bool m_remarksRequired = false;
};

} // namespace marsa::app
