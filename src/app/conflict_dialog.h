#pragma once

#include <QColor>
#include <QDialog>
#include <QStringList>

#include <vector>

class QPushButton;
class QTableWidget;

namespace marsa::app {

/// One field of a record: as the officer was about to save it, and as it is saved now.
struct ConflictField {
    QString label;
    QString mine;
    QString theirs;
};

/// A save refused because someone else changed the record first (core::ErrorKind::Conflict), with
/// what the officer needs to decide: both versions side by side and what the others did meanwhile.
struct ConflictComparison {
    QString record;        ///< "Case LY-2026-0153", "Handover LY-2026-0153/1"
    QString mineHeading;   ///< "Your change (made on version 3)"
    QString theirsHeading; ///< "Saved now (version 5)"
    std::vector<ConflictField> fields;
    QStringList meanwhile; ///< one line per change by others since the officer's version
    QString applyLabel;    ///< the button that saves the officer's change over the new version
    /// Why the officer's change can no longer be saved (the rules' reason); the apply button is
    /// then greyed with it. Empty: it may be saved.
    QString applyRefusal;
    /// What keeping the saved version does with the officer's change (shown under the buttons), so
    /// that nothing is lost silently: "Your change is kept in the case's log as not applied."
    QString keepNote;
    QColor caution; ///< the palette's caution colour for the fields that differ; invalid: bold only
};

enum class ConflictChoice {
    KeepTheirs, ///< also the answer of Escape and of closing the window
    ApplyMine,
};

/// The officer decides a conflict: the fields that differ are marked (bold, ≠, and the caution
/// colour), the others' changes are listed, and neither answer loses anything: applying saves over
/// the new version (the timeline keeps theirs), keeping theirs keeps the officer's change as the
/// caller's keepNote says.
class ConflictDialog final : public QDialog {
    Q_OBJECT
public:
    explicit ConflictDialog(const ConflictComparison &comparison, QWidget *parent = nullptr);

    ConflictChoice choice() const { return m_choice; }
    /// The officer's version as plain text (also what "Copy my version" puts on the clipboard).
    QString mineAsText() const;

private:
    ConflictComparison m_comparison;
    ConflictChoice m_choice = ConflictChoice::KeepTheirs;
    QTableWidget *m_table = nullptr;
};

/// Shows the dialog modally and returns the choice.
ConflictChoice askConflict(const ConflictComparison &comparison, QWidget *parent);

} // namespace marsa::app
