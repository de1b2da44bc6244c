#pragma once

#include "core/permissions.h"

#include <QObject>
#include <QString>

#include <map>

namespace marsa::app {

/// Whether the console may write now: shut while the database is unreachable (the main window's
/// storage::ConnectionMonitor) and while a replay shows the past, open again when neither holds. Every write
/// control asks it beside the permission matrix: while shut it is greyed and its tooltip says why; it follows
/// changed(). Nothing is queued behind a shut gate: what the officer did not save is not saved later.
class WriteGate final : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    /// Why the gate is shut. Each cause is shut and opened on its own: the database coming back
    /// during a replay leaves the gate shut for the replay.
    enum class Cause { DatabaseLost, Replay };

    bool isOpen() const { return m_reasons.empty(); }
    /// Why nothing can be written now (the lost database first); empty while open.
    QString reason() const;
    /// `decision`, or while shut a refusal with the reason. A refusal of its own comes first: the
    /// permission or the rule still holds once the database is back.
    core::Decision check(const core::Decision &decision) const;

    void shut(Cause cause, const QString &reason);
    void open(Cause cause);

Q_SIGNALS:
    void changed();

private:
    std::map<Cause, QString> m_reasons;
};

/// `decision` through `gate` when there is one (a widget made without a main window has none).
core::Decision throughGate(const WriteGate *gate, const core::Decision &decision);

} // namespace marsa::app
