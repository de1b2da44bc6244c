// StepForm, and step 1 of a handover: the Coast Guard's declaration.

#include "app/form_fields.h"
#include "app/handover_form_parts.h"
#include "app/handover_forms.h"

#include "core/clock.h"
#include "core/countries.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace marsa::app {
namespace {

constexpr core::MonitoringParty kParties[] = {core::MonitoringParty::Iom, core::MonitoringParty::Unhcr,
                                              core::MonitoringParty::Imc, core::MonitoringParty::Irc,
                                              core::MonitoringParty::Other};

/// Nationality unknown first, then every country by its name in the user's language.
void fillCountries(QComboBox *box, bool arabic) {
    std::vector<std::pair<QString, QString>> items;
    for (const core::Country &country : core::countries()) {
        const QString code = QString::fromLatin1(country.alpha2);
        items.emplace_back(QObject::tr("%1 (%2)").arg(core::nationalityName(code, arabic), code), code);
    }
    std::sort(items.begin(), items.end(),
              [](const auto &a, const auto &b) { return QString::localeAwareCompare(a.first, b.first) < 0; });
    box->addItem(core::nationalityName(core::kUnknownNationality, arabic),
                 QString(core::kUnknownNationality));
    for (const auto &[text, code] : items) {
        box->addItem(text, code);
    }
}

} // namespace

StepForm::StepForm(QWidget *parent)
    : QWidget(parent) {
    auto *layout = new QVBoxLayout(this);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    layout->addLayout(m_form);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("formMessage"));
    m_message->setWordWrap(true);
    m_message->setVisible(false);
    QFont bold = m_message->font();
    bold.setBold(true); // colour is never the only cue (UI.md)
    m_message->setFont(bold);
    layout->addWidget(m_message);
    layout->addStretch();
}

void StepForm::setEditable(bool editable) {
    m_editable = editable;
    applyEditable(editable);
    recheck();
}

void StepForm::recheck() {
    const core::Decision answer = check();
    m_acceptable = m_editable && answer.allowed;
    m_message->setText(answer.reason);
    m_message->setVisible(m_editable && !answer.allowed);
    Q_EMIT checked(m_acceptable);
}

QPlainTextEdit *StepForm::addRemarks(const QString &label) {
    auto *remarks = new QPlainTextEdit(this);
    remarks->setObjectName(QStringLiteral("remarks"));
    remarks->setTabChangesFocus(true);
    remarks->setFixedHeight(remarks->fontMetrics().lineSpacing() * 4);
    connect(remarks, &QPlainTextEdit::textChanged, this, &StepForm::recheck);
    m_form->addRow(label, remarks);
    return remarks;
}

DeclarationForm::DeclarationForm(const core::Incident &incident, const core::HandoverLists &lists,
                                 const core::Clock &clock, bool arabic, QWidget *parent)
    : StepForm(parent)
    , m_incident(incident)
    , m_lists(lists)
    , m_clock(clock)
    , m_arabic(arabic) {
    setObjectName(QStringLiteral("declarationForm"));
    QFormLayout *form = formLayout();

    m_place = new QComboBox(this);
    m_place->setObjectName(QStringLiteral("place"));
    std::vector<const core::Place *> places;
    for (const core::Place &place : m_lists.places) {
        places.push_back(&place);
    }
    // Libya's own ports first: that is where almost every disembarkation happens.
    std::stable_sort(places.begin(), places.end(), [](const core::Place *a, const core::Place *b) {
        return a->isLibyan() && !b->isLibyan();
    });
    for (const core::Place *place : places) {
        m_place->addItem(arabic && !place->labelArabic.isEmpty() ? place->labelArabic : place->label,
                         place->key);
    }
    m_place->addItem(tr("A position (latitude, longitude)"), QString());
    form->addRow(tr("Place of disembarkation:"), m_place);

    m_positionRow = new QWidget(this);
    auto *position = new QHBoxLayout(m_positionRow);
    position->setContentsMargins(0, 0, 0, 0);
    m_latitude = new QDoubleSpinBox(m_positionRow);
    m_latitude->setObjectName(QStringLiteral("latitude"));
    m_latitude->setRange(-90.0, 90.0);
    m_longitude = new QDoubleSpinBox(m_positionRow);
    m_longitude->setObjectName(QStringLiteral("longitude"));
    m_longitude->setRange(-180.0, 180.0);
    for (QDoubleSpinBox *degrees : {m_latitude, m_longitude}) {
        degrees->setDecimals(4);
        degrees->setSuffix(QStringLiteral("°"));
        degrees->setLayoutDirection(Qt::LeftToRight);
    }
    // Until typed, the case's reported position: a landing on a beach is usually near it.
    m_latitude->setValue(incident.latitude);
    m_longitude->setValue(incident.longitude);
    m_placeNote = new QLineEdit(m_positionRow);
    m_placeNote->setObjectName(QStringLiteral("placeNote"));
    m_placeNote->setPlaceholderText(tr("what the place is, e.g. a beach east of Zuwara"));
    position->addWidget(m_latitude);
    position->addWidget(m_longitude);
    position->addWidget(m_placeNote, 1);
    form->addRow(tr("Position (lat, lon):"), m_positionRow);

    m_time = utcTimeField(this, "time");
    m_time->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    const QDateTime now = clock.nowUtc();
    m_time->setDateTime(QDateTime(now.date(), QTime(now.time().hour(), now.time().minute()), Qt::UTC));
    form->addRow(tr("Ashore at (UTC):"), m_time);

    m_unit = new QLineEdit(this);
    m_unit->setObjectName(QStringLiteral("unit"));
    m_unit->setPlaceholderText(tr("the patrol boat or ship that brought them ashore"));
    form->addRow(tr("Disembarking unit:"), m_unit);

    m_persons = new PersonCountsEditor(QStringLiteral("persons"), this);
    form->addRow(tr("Persons handed over:"), m_persons);
    m_unaccompanied = countField(this, QStringLiteral("unaccompaniedMinors"));
    form->addRow(tr("Unaccompanied minors:"), m_unaccompanied);

    m_nationalities = new RowList(
        tr("Add a nationality"), [this](QWidget *parent) { return makeNationalityRow(parent); }, this);
    m_nationalities->setObjectName(QStringLiteral("nationalities"));
    m_nationalityTotal = new QLabel(this);
    m_nationalityTotal->setObjectName(QStringLiteral("nationalityTotal"));
    auto *nationalities = new QWidget(this);
    auto *nationalityLayout = new QVBoxLayout(nationalities);
    nationalityLayout->setContentsMargins(0, 0, 0, 0);
    nationalityLayout->addWidget(m_nationalities);
    nationalityLayout->addWidget(m_nationalityTotal);
    form->addRow(tr("Nationalities:"), nationalities);

    m_referred = countField(this, QStringLiteral("medicalReferred"));
    form->addRow(tr("Referred to medical care:"), m_referred);
    m_bodies = countField(this, QStringLiteral("bodies"));
    form->addRow(tr("Bodies recovered:"), m_bodies);

    auto *monitoring = new QWidget(this);
    auto *monitoringLayout = new QHBoxLayout(monitoring);
    monitoringLayout->setContentsMargins(0, 0, 0, 0);
    for (core::MonitoringParty party : kParties) {
        auto *box = new QCheckBox(core::monitoringPartyName(party), monitoring);
        box->setObjectName(QStringLiteral("monitoring_") + core::monitoringPartyKey(party));
        monitoringLayout->addWidget(box);
        m_monitoring.emplace_back(party, box);
        connect(box, &QCheckBox::toggled, this, &DeclarationForm::updateTotals);
    }
    m_otherParty = new QLineEdit(monitoring);
    m_otherParty->setObjectName(QStringLiteral("otherParty"));
    m_otherParty->setPlaceholderText(tr("the other party's name"));
    monitoringLayout->addWidget(m_otherParty, 1);
    form->addRow(tr("Monitoring parties present:"), monitoring);
    m_remarks = addRemarks(tr("Remarks:"));

    connect(m_place, &QComboBox::currentIndexChanged, this, &DeclarationForm::updateTotals);
    for (QDoubleSpinBox *degrees : {m_latitude, m_longitude}) {
        connect(degrees, &QDoubleSpinBox::valueChanged, this, &DeclarationForm::updateTotals);
    }
    for (QLineEdit *edit : {m_placeNote, m_unit, m_otherParty}) {
        connect(edit, &QLineEdit::textChanged, this, &DeclarationForm::updateTotals);
    }
    connect(m_time, &QDateTimeEdit::dateTimeChanged, this, &DeclarationForm::updateTotals);
    connect(m_persons, &PersonCountsEditor::changed, this, &DeclarationForm::updateTotals);
    connect(m_nationalities, &RowList::changed, this, &DeclarationForm::updateTotals);
    for (QSpinBox *count : {m_unaccompanied, m_referred, m_bodies}) {
        connect(count, &QSpinBox::valueChanged, this, &DeclarationForm::updateTotals);
    }
    updateTotals();
}

QWidget *DeclarationForm::makeNationalityRow(QWidget *parent) const {
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *country = new QComboBox(row);
    country->setObjectName(QStringLiteral("country"));
    fillCountries(country, m_arabic);
    layout->addWidget(country, 1);
    layout->addWidget(countField(row, QStringLiteral("count")));
    return row;
}

core::Declaration DeclarationForm::declaration() const {
    core::Declaration d;
    d.placeKey = m_place->currentData().toString();
    if (d.placeKey.isEmpty()) {
        d.position = QGeoCoordinate(m_latitude->value(), m_longitude->value());
        d.placeNote = m_placeNote->text();
    }
    d.timeUtc = m_time->dateTime().toUTC();
    d.unit = m_unit->text();
    d.persons = m_persons->counts();
    d.unaccompaniedMinors = m_unaccompanied->value();
    for (QWidget *row : m_nationalities->rows()) {
        d.nationalities.push_back({field<QComboBox>(row, "country")->currentData().toString(),
                                   field<QSpinBox>(row, "count")->value()});
    }
    d.medicalCasesReferred = m_referred->value();
    d.bodiesRecovered = m_bodies->value();
    for (const auto &[party, box] : m_monitoring) {
        if (box->isChecked()) {
            d.monitoringParties.push_back(party);
        }
    }
    d.otherMonitoringParty = m_otherParty->text();
    d.remarks = m_remarks->toPlainText();
    return d;
}

void DeclarationForm::setDeclaration(const core::Declaration &d) {
    const int place = m_place->findData(d.placeKey);
    m_place->setCurrentIndex(place >= 0 ? place : m_place->count() - 1);
    if (d.position) {
        m_latitude->setValue(d.position->latitude());
        m_longitude->setValue(d.position->longitude());
    }
    m_placeNote->setText(d.placeNote);
    if (d.timeUtc.isValid()) {
        m_time->setDateTime(d.timeUtc.toUTC());
    }
    m_unit->setText(d.unit);
    m_persons->setCounts(d.persons);
    m_unaccompanied->setValue(d.unaccompaniedMinors);
    m_nationalities->clear();
    for (const core::NationalityCount &entry : d.nationalities) {
        QWidget *row = m_nationalities->addRow();
        auto *country = field<QComboBox>(row, "country");
        country->setCurrentIndex(std::max(
            0, country->findData(
                   core::normalizedNationality(entry.country).value_or(QString(core::kUnknownNationality)))));
        field<QSpinBox>(row, "count")->setValue(entry.count);
    }
    m_referred->setValue(d.medicalCasesReferred);
    m_bodies->setValue(d.bodiesRecovered);
    for (const auto &[party, box] : m_monitoring) {
        box->setChecked(std::find(d.monitoringParties.begin(), d.monitoringParties.end(), party) !=
                        d.monitoringParties.end());
    }
    m_otherParty->setText(d.otherMonitoringParty);
    m_remarks->setPlainText(d.remarks);
    updateTotals();
}

void DeclarationForm::setStepValues(const core::StepValues &values) {
    if (const auto *d = std::get_if<core::Declaration>(&values)) {
        setDeclaration(*d);
    }
}

core::Decision DeclarationForm::check() const {
    return core::HandoverRules::checkDeclaration(declaration(), m_incident, m_lists, m_clock.nowUtc());
}

void DeclarationForm::applyEditable(bool editable) {
    for (auto *spin : findChildren<QAbstractSpinBox *>()) {
        spin->setReadOnly(!editable);
        spin->setButtonSymbols(editable ? QAbstractSpinBox::UpDownArrows : QAbstractSpinBox::NoButtons);
    }
    for (QLineEdit *edit : {m_placeNote, m_unit, m_otherParty}) {
        setLineEditable(edit, editable);
    }
    m_place->setEnabled(editable);
    for (const auto &[party, box] : m_monitoring) {
        box->setEnabled(editable);
    }
    m_remarks->setReadOnly(!editable);
    m_nationalities->setEditable(editable);
}

void DeclarationForm::updateTotals() {
    const bool atPosition = m_place->currentData().toString().isEmpty();
    m_positionRow->setVisible(atPosition);
    formLayout()->setRowVisible(m_positionRow, atPosition);
    const bool other = std::any_of(m_monitoring.begin(), m_monitoring.end(), [](const auto &entry) {
        return entry.first == core::MonitoringParty::Other && entry.second->isChecked();
    });
    m_otherParty->setVisible(other);
    int sum = 0;
    for (QWidget *row : m_nationalities->rows()) {
        sum += field<QSpinBox>(row, "count")->value();
    }
    m_nationalityTotal->setText(
        m_nationalities->rows().empty()
            ? tr("Not recorded")
            : tr("The nationalities add up to %1 of %2 persons").arg(sum).arg(m_persons->counts().total()));
    recheck();
}

} // namespace marsa::app
