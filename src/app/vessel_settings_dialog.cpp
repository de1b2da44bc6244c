#include "app/vessel_settings_dialog.h"

#include "app/form_fields.h"
#include "app/track_thinning.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <cmath>

namespace marsa::app {
namespace {

const QString kLostKey = QStringLiteral("vessels/lostAfterMinutes");
const QString kRemovedKey = QStringLiteral("vessels/removedAfterMinutes");

// The class's own translation context, for the free functions' messages.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(marsa::app::VesselSettingsDialog)
};

} // namespace

QString targetTimeoutsProblem(const TargetTimeouts &timeouts) {
    if (timeouts.lostAfterMinutes < 1 || timeouts.lostAfterMinutes > TargetTimeouts::kMaxLostMinutes) {
        return Text::tr("A target must be drawn lost after 1 to %1 minutes without a report.")
            .arg(TargetTimeouts::kMaxLostMinutes);
    }
    if (timeouts.removedAfterMinutes > TargetTimeouts::kMaxRemovedMinutes) {
        return Text::tr("A target must be removed within %1 minutes without a report.")
            .arg(TargetTimeouts::kMaxRemovedMinutes);
    }
    if (timeouts.removedAfterMinutes <= timeouts.lostAfterMinutes) {
        return Text::tr("A target must be removed later than it is drawn lost: make “removed after” more "
                        "than %1 minutes.")
            .arg(timeouts.lostAfterMinutes);
    }
    return {};
}

TargetTimeouts loadTargetTimeouts(const QSettings &settings) {
    const TargetTimeouts defaults;
    TargetTimeouts stored;
    bool lostOk = true;
    bool removedOk = true;
    stored.lostAfterMinutes = settings.value(kLostKey, defaults.lostAfterMinutes).toInt(&lostOk);
    stored.removedAfterMinutes = settings.value(kRemovedKey, defaults.removedAfterMinutes).toInt(&removedOk);
    if (!lostOk || !removedOk || !targetTimeoutsProblem(stored).isEmpty()) {
        spdlog::warn("the stored target timeouts ({} and {}) are unusable; the defaults apply",
                     settings.value(kLostKey).toString().toStdString(),
                     settings.value(kRemovedKey).toString().toStdString());
        return defaults;
    }
    return stored;
}

void saveTargetTimeouts(QSettings &settings, const TargetTimeouts &timeouts) {
    settings.setValue(kLostKey, timeouts.lostAfterMinutes);
    settings.setValue(kRemovedKey, timeouts.removedAfterMinutes);
}

core::LiveTargetSettings withTimeouts(core::LiveTargetSettings settings, const TargetTimeouts &timeouts) {
    settings.lostAfterMs = timeouts.lostAfterMinutes * 60'000LL;
    settings.dropAfterMs = timeouts.removedAfterMinutes * 60'000LL;
    return settings;
}

VesselSettingsDialog::VesselSettingsDialog(QSettings &settings, const storage::Database &database,
                                           QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_database(database) {
    setObjectName(QStringLiteral("vesselSettingsDialog"));
    setWindowTitle(tr("Vessel settings"));
    m_message = messageLabel(this);

    const TargetTimeouts timeouts = loadTargetTimeouts(m_settings);
    m_lost = spinBox("lostAfter", 1, TargetTimeouts::kMaxLostMinutes, tr(" min"));
    m_lost->setValue(timeouts.lostAfterMinutes);
    m_removed = spinBox("removedAfter", 2, TargetTimeouts::kMaxRemovedMinutes, tr(" min"));
    m_removed->setValue(timeouts.removedAfterMinutes);
    auto *targets = new QGroupBox(tr("Live targets"), this);
    auto *targetForm = new QFormLayout(targets);
    targetForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint); // a number, not a text
    auto *targetNote = new QLabel(tr("A target not heard for this long is drawn lost, then removed from "
                                     "the chart and the Vessels panel. Alarms stay until acknowledged."),
                                  targets);
    targetNote->setWordWrap(true);
    targetForm->addRow(targetNote);
    targetForm->addRow(tr("Target &lost after:"), m_lost);
    targetForm->addRow(tr("Target &removed after:"), m_removed);

    auto stored = storage::loadTrackRetention(m_database.connection());
    if (stored) {
        m_storedRetention = stored.value();
    } else {
        // Damaged in the database: the defaults are shown, and Save stores them over it.
        m_retentionDamaged = true;
        showMessage(m_message, stored.errorMessage() + QLatin1Char(' ') +
                                   tr("The defaults are shown; Save stores them."));
    }
    m_days = spinBox("fullDetailDays", 1, 3650, tr(" days"));
    m_days->setValue(m_storedRetention.fullDetailDays);
    m_tolerance = spinBox("toleranceMetres", 0, 1000, tr(" m"));
    m_tolerance->setValue(static_cast<int>(std::lround(m_storedRetention.toleranceMetres)));
    m_gap = spinBox("maxGapMinutes", 1, 1440, tr(" min"));
    m_gap->setValue(m_storedRetention.maxGapMinutes);
    auto *tracks = new QGroupBox(tr("Stored tracks"), this);
    auto *trackForm = new QFormLayout(tracks);
    trackForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    auto *trackNote =
        new QLabel(tr("Every report is kept for the days below. Older tracks are thinned every %1 hours: "
                      "points that change the track's shape by less than the tolerance are removed, "
                      "but a point is kept at least as often as set. The setting is kept in the "
                      "database, for every console that shares it.")
                       .arg(TrackThinning::kIntervalMs / 3'600'000),
                   tracks);
    trackNote->setWordWrap(true);
    trackForm->addRow(trackNote);
    trackForm->addRow(tr("&Full detail for:"), m_days);
    trackForm->addRow(tr("Thinning &tolerance:"), m_tolerance);
    trackForm->addRow(tr("A point at least &every:"), m_gap);

    // One width for every number, so that the two forms line up.
    int fieldWidth = 0;
    for (const QSpinBox *box : {m_lost, m_removed, m_days, m_tolerance, m_gap}) {
        fieldWidth = std::max(fieldWidth, box->sizeHint().width());
    }
    for (QSpinBox *box : {m_lost, m_removed, m_days, m_tolerance, m_gap}) {
        box->setMinimumWidth(fieldWidth);
    }

    QDialogButtonBox *buttons = okCancelButtons(this, tr("Save"), tr("Cancel"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(targets);
    layout->addWidget(tracks);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(buttons);
    // Wide enough for the notes in Arabic too; as tall as the wrapped notes need, no taller.
    const int width = fontMetrics().averageCharWidth() * 70;
    setMinimumWidth(width);
    resize(width, heightForWidth(width));
}

QSpinBox *VesselSettingsDialog::spinBox(const char *name, int minimum, int maximum, const QString &suffix) {
    auto *field = new QSpinBox(this);
    field->setObjectName(QString::fromLatin1(name));
    field->setRange(minimum, maximum);
    field->setSuffix(suffix);
    field->setAlignment(Qt::AlignRight | Qt::AlignAbsolute | Qt::AlignVCenter); // a number
    return field;
}

TargetTimeouts VesselSettingsDialog::timeouts() const {
    return {m_lost->value(), m_removed->value()};
}

storage::TrackRetention VesselSettingsDialog::retention() const {
    storage::TrackRetention retention;
    retention.fullDetailDays = m_days->value();
    retention.toleranceMetres = m_tolerance->value();
    retention.maxGapMinutes = m_gap->value();
    return retention;
}

void VesselSettingsDialog::accept() {
    QString problem = targetTimeoutsProblem(timeouts());
    if (problem.isEmpty()) {
        problem = storage::trackRetentionProblem(retention());
    }
    if (!problem.isEmpty()) {
        showMessage(m_message, problem);
        return;
    }
    // The database first: if it refuses, the settings file is not touched either.
    if (m_retentionDamaged || retention() != m_storedRetention) {
        if (auto saved = storage::saveTrackRetention(m_database.connection(), retention()); !saved) {
            showMessage(m_message, saved.errorMessage());
            return;
        }
        m_storedRetention = retention();
        m_retentionDamaged = false;
    }
    saveTargetTimeouts(m_settings, timeouts());
    m_settings.sync();
    QDialog::accept();
}

} // namespace marsa::app
