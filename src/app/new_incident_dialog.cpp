#include "app/new_incident_dialog.h"

#include "geo/coordinate_format.h"
#include "geo/land_mask.h"
#include "geo/srr_catalogue.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace marsa::app {
namespace {

// -1 is "unknown": the split of persons on board is often not known at first.
QSpinBox *countBox(QWidget *parent, const char *name, bool unknownAllowed) {
    auto *box = new QSpinBox(parent);
    box->setObjectName(QString::fromLatin1(name));
    box->setRange(unknownAllowed ? -1 : 0, 2000);
    if (unknownAllowed) {
        box->setSpecialValueText(NewIncidentDialog::tr("unknown"));
        box->setValue(-1);
    }
    return box;
}

std::optional<int> known(const QSpinBox *box) {
    return box->value() < 0 ? std::nullopt : std::optional(box->value());
}

} // namespace

NewIncidentDialog::NewIncidentDialog(const geo::SrrCatalogue &srrs, const geo::LandMask *land,
                                     const core::User &user, const QDateTime &nowUtc,
                                     std::optional<geo::LatLon> position, QWidget *parent)
    : QDialog(parent)
    , m_srrs(srrs)
    , m_land(land) {
    setWindowTitle(tr("New case"));
    setObjectName(QStringLiteral("newIncidentDialog"));
    m_alertTime = new QDateTimeEdit(nowUtc.toUTC(), this);
    m_alertTime->setObjectName(QStringLiteral("alertTime"));
    m_alertTime->setTimeSpec(Qt::UTC);
    m_alertTime->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_source = new QComboBox(this);
    m_source->setObjectName(QStringLiteral("alertSource"));
    for (core::AlertSource source :
         {core::AlertSource::DistressCall, core::AlertSource::AlarmPhone, core::AlertSource::MrccRome,
          core::AlertSource::RccValletta, core::AlertSource::AircraftSighting, core::AlertSource::OwnPatrol,
          core::AlertSource::MerchantVessel, core::AlertSource::Other}) {
        m_source->addItem(core::alertSourceName(source), static_cast<int>(source));
    }
    m_position = new QLineEdit(this);
    m_position->setObjectName(QStringLiteral("position"));
    m_position->setPlaceholderText(tr("e.g. 33 16.2N 012 04.8E"));
    m_position->setLayoutDirection(Qt::LeftToRight); // positions read left to right in Arabic too
    m_srrLabel = new QLabel(this);
    m_srrLabel->setObjectName(QStringLiteral("srrs"));
    m_uncertainty = new QDoubleSpinBox(this);
    m_uncertainty->setObjectName(QStringLiteral("uncertainty"));
    m_uncertainty->setRange(0.0, 100.0);
    m_uncertainty->setDecimals(1);
    m_uncertainty->setValue(2.0);
    m_uncertainty->setSuffix(tr(" NM"));
    m_craft = new QComboBox(this);
    m_craft->setObjectName(QStringLiteral("craft"));
    for (core::CraftType craft : {core::CraftType::RubberBoat, core::CraftType::WoodenBoat,
                                  core::CraftType::FibreglassBoat, core::CraftType::Other}) {
        m_craft->addItem(core::craftName(craft), static_cast<int>(craft));
    }
    m_condition = new QLineEdit(this);
    m_condition->setObjectName(QStringLiteral("condition"));
    m_total = countBox(this, "pobTotal", false);
    m_men = countBox(this, "pobMen", true);
    m_women = countBox(this, "pobWomen", true);
    m_children = countBox(this, "pobChildren", true);
    auto *split = new QHBoxLayout;
    for (auto [label, box] :
         {std::pair{tr("men"), m_men}, {tr("women"), m_women}, {tr("children"), m_children}}) {
        split->addWidget(new QLabel(label, this));
        split->addWidget(box);
    }
    m_weather = new QLineEdit(this);
    m_weather->setObjectName(QStringLiteral("weather"));
    m_phase = new QComboBox(this);
    m_phase->setObjectName(QStringLiteral("phase"));
    for (core::EmergencyPhase phase :
         {core::EmergencyPhase::Uncertainty, core::EmergencyPhase::Alert, core::EmergencyPhase::Distress}) {
        m_phase->addItem(core::phaseCode(phase), static_cast<int>(phase));
    }
    m_exercise = new QCheckBox(tr("Exercise case (training only)"), this);
    m_exercise->setObjectName(QStringLiteral("exercise"));
    if (user.role == core::Role::Trainer) { // trainers open exercise cases only
        m_exercise->setChecked(true);
        m_exercise->setEnabled(false);
    }
    m_remarks = new QPlainTextEdit(this);
    m_remarks->setObjectName(QStringLiteral("remarks"));
    m_remarks->setTabChangesFocus(true);
    m_remarks->setMinimumHeight(fontMetrics().height() * 3);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: palette(highlight); font-weight: bold; }"));

    auto *form = new QFormLayout;
    form->addRow(tr("First alert (UTC):"), m_alertTime);
    form->addRow(tr("Alert source:"), m_source);
    form->addRow(tr("Position:"), m_position);
    form->addRow(QString(), m_srrLabel);
    form->addRow(tr("Uncertainty:"), m_uncertainty);
    form->addRow(tr("Craft:"), m_craft);
    form->addRow(tr("Condition:"), m_condition);
    form->addRow(tr("Persons on board:"), m_total);
    form->addRow(QString(), split);
    form->addRow(tr("Weather on scene:"), m_weather);
    form->addRow(tr("Phase:"), m_phase);
    form->addRow(QString(), m_exercise);
    form->addRow(tr("Remarks:"), m_remarks);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);

    connect(m_position, &QLineEdit::textChanged, this, &NewIncidentDialog::updatePosition);
    if (position) {
        m_position->setText(geo::formatPosition(*position, 1));
    }
    updatePosition();
}

void NewIncidentDialog::setPositionText(const QString &text) {
    m_position->setText(text);
}

void NewIncidentDialog::setPersonsOnBoard(int total) {
    m_total->setValue(total);
}

void NewIncidentDialog::prefill(const AlertPrefill &alert) {
    auto select = [](QComboBox *box, int value) {
        if (const int index = box->findData(value); index >= 0) {
            box->setCurrentIndex(index);
        }
    };
    select(m_source, static_cast<int>(alert.source));
    select(m_craft, static_cast<int>(alert.craft));
    select(m_phase, static_cast<int>(alert.phase));
    m_position->setText(geo::formatPosition(alert.position, 1));
    m_uncertainty->setValue(alert.uncertaintyNm);
    m_total->setValue(alert.personsOnBoard.total);
    m_men->setValue(alert.personsOnBoard.men.value_or(-1));
    m_women->setValue(alert.personsOnBoard.women.value_or(-1));
    m_children->setValue(alert.personsOnBoard.children.value_or(-1));
    m_condition->setText(alert.condition);
}

void NewIncidentDialog::updatePosition() {
    const auto position = geo::parsePosition(m_position->text());
    if (!position) {
        m_srrLabel->setText(m_position->text().trimmed().isEmpty() ? QString() : tr("not a position yet"));
        return;
    }
    const QStringList zones = m_srrs.zonesAt(position.value());
    QString text = zones.isEmpty() ? tr("outside the declared SRRs")
                                   : tr("in %1").arg(zones.join(QStringLiteral(" + ")));
    if (positionOnLand()) {
        text += tr(" — on land!");
    }
    m_srrLabel->setText(text);
}

bool NewIncidentDialog::positionOnLand() const {
    const auto position = geo::parsePosition(m_position->text());
    return position && m_land != nullptr && m_land->isLand(position.value());
}

core::Result<storage::NewIncident> NewIncidentDialog::incident() const {
    const auto position = geo::parsePosition(m_position->text());
    if (!position) {
        return core::Error{tr("Position: %1").arg(position.errorMessage())};
    }
    storage::NewIncident fresh;
    fresh.firstAlertUtc = m_alertTime->dateTime().toUTC();
    fresh.alertSource = static_cast<core::AlertSource>(m_source->currentData().toInt());
    fresh.latitude = position->latitude;
    fresh.longitude = position->longitude;
    fresh.positionUncertaintyNm = m_uncertainty->value();
    fresh.srrs = m_srrs.zonesAt(position.value());
    fresh.craft = static_cast<core::CraftType>(m_craft->currentData().toInt());
    fresh.craftCondition = m_condition->text().trimmed();
    fresh.personsOnBoard = {m_total->value(), known(m_men), known(m_women), known(m_children)};
    fresh.weather = m_weather->text().trimmed();
    fresh.phase = static_cast<core::EmergencyPhase>(m_phase->currentData().toInt());
    fresh.isExercise = m_exercise->isChecked();
    return fresh;
}

QString NewIncidentDialog::remarks() const {
    return m_remarks->toPlainText().trimmed();
}

void NewIncidentDialog::accept() {
    const auto fresh = incident();
    if (!fresh) {
        m_error->setText(fresh.errorMessage());
        return;
    }
    if (positionOnLand() &&
        QMessageBox::question(
            this, tr("Position on land"),
            tr("%1 is on land by the chart. Boats in distress are at sea: check the position "
               "as it was reported (signs, minutes and decimals). Open the case there anyway?")
                .arg(geo::formatPosition({fresh->latitude, fresh->longitude}, 1)),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes) {
        return;
    }
    QDialog::accept();
}

} // namespace marsa::app
