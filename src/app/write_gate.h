#pragma once

#include "core/permissions.h"

#include <QObject>
#include <QString>

namespace marsa::app {

/// Whether the console may write now: shut while the database is unreachable (the main window's
/// storage::ConnectionMonitor), open again when it is back. Every write control asks it beside
/// the permission matrix: while shut it is greyed and its tooltip says why; it follows changed().
/// Nothing is queued behind a shut gate: what the officer did not save is not saved later.
class WriteGate final : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    bool isOpen() const { return m_reason.isEmpty(); }
    /// Why nothing can be written now; empty while open.
    const QString &reason() const { return m_reason; }
    /// `decision`, or while shut a refusal with the reason. A refusal of its own comes first: the
    /// permission or the rule still holds once the database is back.
    core::Decision check(const core::Decision &decision) const;

    void shut(const QString &reason);
    void open();

Q_SIGNALS:
    void changed();

private:
    QString m_reason;
};

/// `decision` through `gate` when there is one (a widget made without a main window has none).
core::Decision throughGate(const WriteGate *gate, const core::Decision &decision);

} // namespace marsa::app
