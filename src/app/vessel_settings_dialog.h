#pragma once

#include "core/live_targets.h"
#include "storage/track_retention.h"

#include <QDialog>
#include <QString>

class QLabel;
class QSettings;
class QSpinBox;

namespace marsa::storage {
class Database;
}

namespace marsa::app {

/// The live target table's timeouts in whole minutes, as the officer sets them (Tools → Vessel
/// settings…) and the settings keep them (vessels/lostAfterMinutes, vessels/removedAfterMinutes).
struct TargetTimeouts {
    /// A target not heard for this long is drawn lost (UI.md: OpenCPN's 8 minutes by default).
    int lostAfterMinutes = static_cast<int>(core::LiveTargetSettings{}.lostAfterMs / 60'000);
    /// ... and removed after this long; an unacknowledged alarm never is.
    int removedAfterMinutes = static_cast<int>(core::LiveTargetSettings{}.dropAfterMs / 60'000);

    // Bounds: a Class B ship at anchor reports every 3 minutes, so less than a minute would lose
    // targets that are there; beyond two hours a lost symbol says nothing any more; a day of
    // removed targets is what the start-up loads from the store at most.
    static constexpr int kMaxLostMinutes = 120;
    static constexpr int kMaxRemovedMinutes = 24 * 60;

    bool operator==(const TargetTimeouts &) const = default;
};

/// Why the timeouts cannot be used (out of bounds, or removal not after loss), translated; empty
/// when they can.
QString targetTimeoutsProblem(const TargetTimeouts &timeouts);
/// The stored timeouts; the defaults when none are stored or the stored ones are unusable (a
/// hand-edited settings file), which is logged.
TargetTimeouts loadTargetTimeouts(const QSettings &settings);
void saveTargetTimeouts(QSettings &settings, const TargetTimeouts &timeouts);
/// `settings` with the timeouts' lost and removed times.
core::LiveTargetSettings withTimeouts(core::LiveTargetSettings settings, const TargetTimeouts &timeouts);

/// Tools → Vessel settings…: when a live target is drawn lost and when it is removed (kept in
/// the console's settings), and how long stored tracks keep every report before the scheduled
/// thinning (storage::TrackRetention, kept in the database so every console sharing it thins
/// alike). Save checks everything first: a refusal says why in the dialog and changes nothing.
class VesselSettingsDialog final : public QDialog {
    Q_OBJECT
public:
    /// Reads the timeouts from `settings` and the retention through the database's connection
    /// (the GUI thread's).
    VesselSettingsDialog(QSettings &settings, const storage::Database &database, QWidget *parent = nullptr);

    /// As typed.
    TargetTimeouts timeouts() const;
    storage::TrackRetention retention() const;

    /// Checks what was typed, stores the retention in the database, then the timeouts in the
    /// settings, and closes; or shows why not and stays, having changed nothing.
    void accept() override;

private:
    QSpinBox *spinBox(const char *name, int minimum, int maximum, const QString &suffix);

    QSettings &m_settings;
    const storage::Database &m_database;
    storage::TrackRetention m_storedRetention;
    bool m_retentionDamaged = false; ///< unreadable in the database: Save stores what is shown
    QSpinBox *m_lost = nullptr;
    QSpinBox *m_removed = nullptr;
    QSpinBox *m_days = nullptr;
    QSpinBox *m_tolerance = nullptr;
    QSpinBox *m_gap = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace marsa::app
