#include "app/return_handover_dialog.h"

#include "core/bidi.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>

namespace marsa::app {

ReturnHandoverDialog::ReturnHandoverDialog(const QString &reference, QWidget *parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("returnHandoverDialog"));
    setWindowTitle(tr("Return handover %1").arg(core::isolated(reference)));
    m_step = new QComboBox(this);
    m_step->setObjectName(QStringLiteral("returnStep"));
    for (core::HandoverStep step : {core::HandoverStep::Declaration, core::HandoverStep::Acknowledgement,
                                    core::HandoverStep::Medical}) {
        m_step->addItem(tr("%1. %2").arg(static_cast<int>(step)).arg(core::handoverStepName(step)),
                        static_cast<int>(step));
    }
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("returnReason"));
    m_reason->setPlaceholderText(tr("What the agency must check or correct"));
    m_reason->setTabChangesFocus(true);
    m_reason->setMinimumHeight(fontMetrics().height() * 4);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Return"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    m_buttons->button(QDialogButtonBox::Ok)->setToolTip(tr("Give the reason first."));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QPlainTextEdit::textChanged, this, [this] {
        QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
        ok->setEnabled(!reason().isEmpty());
        ok->setToolTip(reason().isEmpty() ? tr("Give the reason first.") : QString());
    });

    auto *layout = new QFormLayout(this);
    layout->addRow(tr("Return to step:"), m_step);
    layout->addRow(tr("Reason:"), m_reason);
    layout->addRow(m_buttons);
    m_reason->setFocus();
}

core::HandoverStep ReturnHandoverDialog::step() const {
    return static_cast<core::HandoverStep>(m_step->currentData().toInt());
}

QString ReturnHandoverDialog::reason() const {
    return m_reason->toPlainText().trimmed();
}

} // namespace marsa::app
