#pragma once

#include "core/disembarkation.h"
#include "core/handover_rules.h"

#include <QDialog>

class QPushButton;

namespace marsa::core {
class Clock;
}

namespace marsa::app {

class DeclarationForm;

/// Step 1 of a new disembarkation of a case: the Coast Guard's declaration, signed with OK ("Sign")
/// once core accepts the values.
class NewDisembarkationDialog final : public QDialog {
    Q_OBJECT
public:
    NewDisembarkationDialog(const core::Incident &incident, const core::HandoverLists &lists,
                            const core::Clock &clock, bool arabic, QWidget *parent = nullptr);

    DeclarationForm &form() const { return *m_form; }
    core::Declaration declaration() const;
    QPushButton *signButton() const { return m_sign; }

private:
    DeclarationForm *m_form = nullptr;
    QPushButton *m_sign = nullptr;
};

} // namespace marsa::app
