#pragma once

#include "core/disembarkation.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QPlainTextEdit;

namespace marsa::app {

/// Return… of the review queue: the step (1 to 3) the handover goes back to and the reason, which
/// the agency of that step reads before it signs again. OK waits for a reason.
class ReturnHandoverDialog final : public QDialog {
    Q_OBJECT
public:
    explicit ReturnHandoverDialog(const QString &reference, QWidget *parent = nullptr);

    core::HandoverStep step() const;
    QString reason() const;

private:
    QComboBox *m_step = nullptr;
    QPlainTextEdit *m_reason = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace marsa::app
