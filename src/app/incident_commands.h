#pragma once

#include "core/incident.h"
#include "core/permissions.h"
#include "core/result.h"

#include <QUndoCommand>

#include <functional>
#include <optional>

namespace marsa::core {
class Clock;
}
namespace marsa::storage {
class Database;
}

namespace marsa::app {

/// What an edit of a case did: the case after it, and the tasking it opened, if any.
struct EditResult {
    core::Incident after;
    std::optional<std::int64_t> taskingId;
};

/// An edit of a case on the undo stack. The edit is done before the command is pushed (a refused
/// edit never reaches the stack); undo asks the service to undo it while nobody has changed the
/// case since, redo does it again over the version the undo left (so it conflicts, and is refused,
/// when someone has changed the case since). An undo or redo that fails leaves the stack, with a
/// message.
class IncidentEditCommand final : public QUndoCommand {
public:
    /// Writes the edit over a version of the case (none: the stored one).
    using Edit = std::function<core::Result<EditResult>(std::optional<int> version)>;
    using Notify = std::function<void(core::IncidentId, const QString &error)>;

    IncidentEditCommand(storage::Database &database, const core::Clock &clock, core::User user,
                        core::Action action, core::Incident before, EditResult done, Edit edit,
                        const QString &text, Notify notify);

    void undo() override;
    void redo() override;

private:
    storage::Database &m_database;
    const core::Clock &m_clock;
    core::User m_user;
    core::Action m_action;
    core::Incident m_before;
    EditResult m_done;
    std::optional<int> m_undoneVersion; ///< the version the last undo left
    Edit m_edit;
    Notify m_notify;
    bool m_firstRedo = true;
};

} // namespace marsa::app
