#pragma once

#include "core/disembarkation.h"
#include "core/handover_rules.h"
#include "core/permissions.h"
#include "storage/disembarkation_service.h"

#include <QColor>
#include <QDialog>

#include <array>
#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace marsa::core {
class Clock;
}
namespace marsa::storage {
class Database;
}

namespace marsa::app {

class StepForm;
class WriteGate;
struct ConflictComparison;

/// One disembarkation and its handover: each step's values with its signature, the step the user's
/// agency signs now (the others read only), the discrepancies and their explanations, the history of
/// every signature, and a supervisor's review and amendments. What the user may not do is greyed with
/// core's reason before anything is typed; a refusal of the service is shown and changes nothing.
class HandoverDialog final : public QDialog {
    Q_OBJECT
public:
    HandoverDialog(storage::Database &database, const core::Clock &clock, core::User user,
                   core::DisembarkationId id, bool arabic, QWidget *parent = nullptr);
    ~HandoverDialog() override;

    core::DisembarkationId disembarkationId() const { return m_id; }
    /// The handover as last read (an empty one when it could not be read).
    const core::Disembarkation &disembarkation() const { return m_context.disembarkation; }
    /// Re-reads the handover, its discrepancies and its history.
    void reload();
    /// Re-reads the lists of detention centres and hospitals (another console changed them): the
    /// forms offer the new choices and keep what is typed in them.
    void refreshLists();

    /// The form of step 1, 2 or 3 as the Steps tab shows it (null when the step shows no form).
    StepForm *form(core::HandoverStep step) const;
    /// Shows the Steps tab at `step`.
    void showStep(core::HandoverStep step);
    /// Sign, approve, return, amend and explain are greyed, saying why, while the gate is shut (the
    /// database unreachable); what the handover showed stays.
    void setWriteGate(const WriteGate *gate);

    /// The palette's caution colour (S-52 UINFO), for what differs when a signature meets a conflict.
    void setCautionColour(const QColor &colour);

    // What the buttons do, through the service; each says whether it was written. Each writes over the
    // version last read: when someone else changed the handover since, signing shows both versions
    // (app::ConflictDialog) and the officer applies theirs again or keeps the saved one.
    bool sign(core::HandoverStep step);
    bool explain(core::DiscrepancyRule rule, const QString &text);
    bool approve();
    bool returnTo(core::HandoverStep step, const QString &reason);
    bool saveAmendment(core::HandoverStep step);

Q_SIGNALS:
    /// After every successful write.
    void changed(core::DisembarkationId id);
    void printRequested(core::DisembarkationId id);

private:
    struct StepPage {
        QWidget *page = nullptr;
        StepForm *form = nullptr;
        QPushButton *sign = nullptr;
        QPushButton *amend = nullptr;
        QWidget *amendBox = nullptr;
        QLineEdit *amendReason = nullptr;
        QLineEdit *amendExplanation = nullptr;
        QPushButton *saveAmendment = nullptr;
        QLabel *amendMessage = nullptr;
    };

    void buildSteps();
    QWidget *buildStepPage(core::HandoverStep step);
    QWidget *buildReviewPage();
    void buildDiscrepancies();
    void buildHistory();
    void fillDiscrepancies();
    void fillHistory();
    /// Every write button again (the gate opened or shut).
    void updateWriteButtons();
    /// setAllowed() through the write gate.
    void allow(QPushButton *button, const core::Decision &decision, const QString &whenAllowed);
    void updateAmend(core::HandoverStep step);
    void updateSign(core::HandoverStep step);
    void startAmendment(core::HandoverStep step);
    void updateAmendment(core::HandoverStep step);
    void updateReview();
    void updateExplain();
    /// What the approval's explanation fields give, for the discrepancies they name.
    std::vector<storage::ExplanationText> typedExplanations() const;
    std::vector<core::Discrepancy> unexplainedAfterAmendment(core::HandoverStep step) const;
    bool written(const core::Result<core::Disembarkation> &result);
    // Signing over the version the officer saw (handover_conflict.cpp).
    bool signValues(const core::StepValues &values, int seenVersion, int conflictsSoFar = 0);
    bool resolveSigningConflict(const core::StepValues &mine, int seenVersion, int conflictsSoFar);
    ConflictComparison signingConflict(const core::StepValues &mine, int seenVersion,
                                       const storage::DisembarkationService::Context &now,
                                       const std::vector<storage::HandoverRevision> &history) const;
    /// The handover as saved now, with its history (nothing, and the reason shown, when unreadable).
    struct Saved {
        storage::DisembarkationService::Context now;
        std::vector<storage::HandoverRevision> history;
    };
    std::optional<Saved> readSaved();
    QStringList changesSinceSeen(const storage::DisembarkationService::Context &now,
                                 const std::vector<storage::HandoverRevision> &history) const;
    /// A review, explanation or amendment written over `version`; when someone else changed the
    /// handover since, the conflict dialog shows the handover as seen and as saved, `gate` says
    /// whether the action is still allowed, and the officer does it again or keeps the saved one.
    using VersionedWrite = std::function<core::Result<core::Disembarkation>(int version)>;
    using ReviewGate = std::function<core::Decision(const storage::DisembarkationService::Context &now)>;
    bool writeOverSeen(const QString &action, const VersionedWrite &write, const ReviewGate &gate,
                       int version, int conflictsSoFar = 0);
    /// The officer kept the saved version: their values go to the case's log as not signed.
    void keepUnsigned(const core::StepValues &mine, int seenVersion, int savedVersion);
    void showRefusal(const QString &text);

    storage::Database &m_database;
    const core::Clock &m_clock;
    core::User m_user;
    core::DisembarkationId m_id;
    bool m_arabic = false;
    QColor m_caution;
    storage::DisembarkationService::Context m_context;
    std::vector<core::Discrepancy> m_discrepancies;
    std::vector<core::Discrepancy> m_unexplained;
    std::vector<storage::HandoverRevision> m_history;
    const WriteGate *m_gate = nullptr;
    bool m_showsGateReason = false; ///< m_message says why nothing can be written now

    QLabel *m_title = nullptr;
    QLabel *m_message = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTabWidget *m_stepTabs = nullptr;
    std::array<StepPage, 3> m_steps{};
    // The review.
    QLabel *m_reviewState = nullptr;
    std::vector<std::pair<core::DiscrepancyRule, QLineEdit *>> m_approveExplanations;
    QPushButton *m_approve = nullptr;
    QComboBox *m_returnStep = nullptr;
    QLineEdit *m_returnReason = nullptr;
    QPushButton *m_return = nullptr;
    QLabel *m_reviewMessage = nullptr;
    // Discrepancies and history.
    QTableWidget *m_discrepancyTree = nullptr;
    QPlainTextEdit *m_explanation = nullptr;
    QPushButton *m_explain = nullptr;
    QTableWidget *m_historyTree = nullptr;
};

} // namespace marsa::app
