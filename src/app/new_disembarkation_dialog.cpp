#include "app/new_disembarkation_dialog.h"

#include "app/form_fields.h"
#include "app/handover_form_parts.h"
#include "app/handover_forms.h"
#include "core/bidi.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

namespace marsa::app {

NewDisembarkationDialog::NewDisembarkationDialog(const core::Incident &incident,
                                                 const core::HandoverLists &lists, const core::Clock &clock,
                                                 bool arabic, QWidget *parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("newDisembarkationDialog"));
    setWindowTitle(tr("New disembarkation of case %1").arg(incident.caseNumber.text()));
    auto *layout = new QVBoxLayout(this);
    QString outcome;
    if (incident.outcome) {
        outcome = tr("Case %1: %2 rescued, %3 dead, %4 missing. Step 1 of the handover: the counts the Coast "
                     "Guard hands over at this disembarkation.")
                      .arg(core::isolated(incident.caseNumber.text()))
                      .arg(incident.outcome->rescued)
                      .arg(incident.outcome->dead)
                      .arg(incident.outcome->missing);
    }
    auto *intro = new QLabel(outcome, this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_form = new DeclarationForm(incident, lists, clock, arabic);
    // The step on a tab as in the handover window: the same look, and at night the fields stand out
    // from the tab's lighter pane.
    auto *step = new QTabWidget(this);
    step->addTab(scrolled(m_form, step), tr("%1. %2")
                                             .arg(static_cast<int>(core::HandoverStep::Declaration))
                                             .arg(core::handoverStepName(core::HandoverStep::Declaration)));
    layout->addWidget(step, 1);
    QDialogButtonBox *buttons = okCancelButtons(this, tr("Sign"), tr("Cancel"));
    m_sign = buttons->button(QDialogButtonBox::Ok);
    m_sign->setObjectName(QStringLiteral("sign"));
    layout->addWidget(buttons);
    const auto follow = [this](bool acceptable) {
        m_sign->setEnabled(acceptable);
        m_sign->setToolTip(acceptable ? tr("Sign step 1 of the handover") : m_form->check().reason);
    };
    connect(m_form, &StepForm::checked, this, follow);
    follow(m_form->isAcceptable());
    const QFontMetrics metrics = fontMetrics();
    resize(metrics.averageCharWidth() * 110, metrics.lineSpacing() * 40);
}

core::Declaration NewDisembarkationDialog::declaration() const {
    return m_form->declaration();
}

} // namespace marsa::app
