#pragma once

#include "core/permissions.h"
#include "geo/lat_lon.h"
#include "storage/incident_service.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace marsa::geo {
class LandMask;
class SrrCatalogue;
} // namespace marsa::geo

namespace marsa::app {

/// What an alert says, for a case opened from it (an exercise's alert message).
struct AlertPrefill {
    core::AlertSource source = core::AlertSource::Other;
    geo::LatLon position;
    double uncertaintyNm = 0.0;
    core::PersonsOnBoard personsOnBoard;
    core::CraftType craft = core::CraftType::Other;
    QString condition;
    core::EmergencyPhase phase = core::EmergencyPhase::Uncertainty;
};

/// What an officer enters when an alert comes in. The position is typed as read from the call
/// (or taken from a right click on the chart); the SRRs it lies in are shown as it is typed. A
/// position on land asks to be confirmed; everything else is checked by the service.
class NewIncidentDialog final : public QDialog {
    Q_OBJECT
public:
    NewIncidentDialog(const geo::SrrCatalogue &srrs, const geo::LandMask *land, const core::User &user,
                      const QDateTime &nowUtc, std::optional<geo::LatLon> position,
                      QWidget *parent = nullptr);

    /// The case as entered; an error names the field to correct.
    core::Result<storage::NewIncident> incident() const;
    QString remarks() const;
    /// True when the position is on land (by the basemap): the officer must confirm it.
    bool positionOnLand() const;

    void setPositionText(const QString &text);
    void setPersonsOnBoard(int total);
    /// Fills the fields an alert gives; the officer checks them and completes the rest.
    void prefill(const AlertPrefill &alert);

    void accept() override;

private:
    void updatePosition();

    const geo::SrrCatalogue &m_srrs;
    const geo::LandMask *m_land;
    QDateTimeEdit *m_alertTime = nullptr;
    QComboBox *m_source = nullptr;
    QLineEdit *m_position = nullptr;
    QLabel *m_srrLabel = nullptr;
    QDoubleSpinBox *m_uncertainty = nullptr;
    QComboBox *m_craft = nullptr;
    QLineEdit *m_condition = nullptr;
    QSpinBox *m_total = nullptr;
    QSpinBox *m_men = nullptr;
    QSpinBox *m_women = nullptr;
    QSpinBox *m_children = nullptr;
    QLineEdit *m_weather = nullptr;
    QComboBox *m_phase = nullptr;
    QCheckBox *m_exercise = nullptr;
    QPlainTextEdit *m_remarks = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace marsa::app
