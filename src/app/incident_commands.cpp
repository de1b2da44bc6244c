#include "app/incident_commands.h"

#include "storage/incident_service.h"

namespace marsa::app {

IncidentEditCommand::IncidentEditCommand(storage::Database &database, const core::Clock &clock,
                                         core::User user, core::Action action, core::Incident before,
                                         EditResult done, Edit edit, const QString &text, Notify notify)
    : QUndoCommand(text)
    , m_database(database)
    , m_clock(clock)
    , m_user(std::move(user))
    , m_action(action)
    , m_before(std::move(before))
    , m_done(std::move(done))
    , m_edit(std::move(edit))
    , m_notify(std::move(notify)) {}

void IncidentEditCommand::undo() {
    storage::IncidentService service(m_database, m_clock);
    auto undone =
        service.undoChange(m_user, m_action, m_before, m_done.after.version, text(), m_done.taskingId);
    if (undone) {
        m_undoneVersion = undone->version;
    } else {
        setObsolete(true); // superseded or refused: the stack lets it go
    }
    m_notify(m_before.id, undone ? QString() : undone.errorMessage());
}

void IncidentEditCommand::redo() {
    if (m_firstRedo) { // QUndoStack::push calls redo(); the edit is already done
        m_firstRedo = false;
        return;
    }
    auto done = m_edit(m_undoneVersion);
    if (done) {
        m_done = done.value();
    } else {
        setObsolete(true);
    }
    m_notify(m_before.id, done ? QString() : done.errorMessage());
}

} // namespace marsa::app
