#pragma once

#include "core/incident.h"

#include <QDialog>

#include <cstdint>
#include <optional>
#include <vector>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QRadioButton;

namespace marsa::app {

/// What to replay: one case from its first alert to its last change, or a time window.
struct ReplayRequest {
    std::optional<core::Incident> incident;
    std::int64_t fromMs = 0;
    std::int64_t toMs = 0;
};

/// Tools → Replay…: a case from the list, or a from/to window in UTC.
class ReplayDialog final : public QDialog {
    Q_OBJECT
public:
    /// `cases` newest first; `journalBounds` the first and last journal entries, if any.
    ReplayDialog(std::vector<core::Incident> cases,
                 std::optional<std::pair<std::int64_t, std::int64_t>> journalBounds,
                 QWidget *parent = nullptr);

    /// What the officer chose; none (with the reason shown in the dialog) for a window that ends
    /// before it starts or no case.
    std::optional<ReplayRequest> request() const;

    QRadioButton &caseChoice() { return *m_byCase; }
    QRadioButton &windowChoice() { return *m_byWindow; }
    QComboBox &caseBox() { return *m_case; }
    QDateTimeEdit &fromEdit() { return *m_from; }
    QDateTimeEdit &toEdit() { return *m_to; }

    void accept() override;

private:
    void updateChoice();

    std::vector<core::Incident> m_cases;
    QRadioButton *m_byCase = nullptr;
    QRadioButton *m_byWindow = nullptr;
    QComboBox *m_case = nullptr;
    QDateTimeEdit *m_from = nullptr;
    QDateTimeEdit *m_to = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace marsa::app
