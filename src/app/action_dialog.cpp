#include "app/action_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace marsa::app {

ActionDialog::ActionDialog(const QString &title, const QString &prompt, const Choice &choice,
                           bool withOutcome, const QString &remarksLabel, bool remarksRequired,
                           QWidget *parent)
    : QDialog(parent)
    , m_remarksRequired(remarksRequired) {
    setWindowTitle(title);
    setObjectName(QStringLiteral("actionDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *promptLabel = new QLabel(prompt, this);
    promptLabel->setWordWrap(true);
    layout->addWidget(promptLabel);
    auto *form = new QFormLayout;
    if (!choice.items.empty()) {
        m_choice = new QComboBox(this);
        m_choice->setObjectName(QStringLiteral("choice"));
        for (const auto &[text, data] : choice.items) {
            m_choice->addItem(text, data);
        }
        form->addRow(choice.label, m_choice);
    }
    if (withOutcome) {
        auto makeCount = [this](const char *name) {
            auto *box = new QSpinBox(this);
            box->setObjectName(QString::fromLatin1(name));
            box->setRange(0, 2000); // the largest boats carry some hundreds; 0 to 2,000 is never refused
            return box;
        };
        m_rescued = makeCount("rescued");
        m_dead = makeCount("dead");
        m_missing = makeCount("missing");
        form->addRow(tr("Rescued:"), m_rescued);
        form->addRow(tr("Dead (bodies recovered):"), m_dead);
        form->addRow(tr("Missing:"), m_missing);
    }
    m_remarks = new QPlainTextEdit(this);
    m_remarks->setObjectName(QStringLiteral("remarks"));
    m_remarks->setTabChangesFocus(true);
    m_remarks->setMinimumHeight(fontMetrics().height() * 4);
    form->addRow(remarksLabel, m_remarks);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_remarks, &QPlainTextEdit::textChanged, this, &ActionDialog::updateOk);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    updateOk();
}

QVariant ActionDialog::choice() const {
    return m_choice != nullptr ? m_choice->currentData() : QVariant();
}

core::Outcome ActionDialog::outcome() const {
    if (m_rescued == nullptr) {
        return {};
    }
    return {m_rescued->value(), m_dead->value(), m_missing->value()};
}

QString ActionDialog::remarks() const {
    return m_remarks->toPlainText().trimmed();
}

void ActionDialog::updateOk() {
    auto *buttons = findChild<QDialogButtonBox *>();
    if (buttons != nullptr) {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_remarksRequired || !remarks().isEmpty());
    }
}

} // namespace marsa::app
