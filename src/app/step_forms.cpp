// Steps 2 and 3 of a handover: DCIM's acknowledgement and the Red Crescent's medical report.

#include "app/handover_form_parts.h"
#include "app/handover_forms.h"
#include "app/handover_text.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace marsa::app {
namespace {

constexpr core::TransferKind kTransferKinds[] = {core::TransferKind::DetentionCentre,
                                                 core::TransferKind::Released, core::TransferKind::Other};

/// A list and the total under it, as one field of a form.
QWidget *withTotal(QWidget *parent, RowList *rows, QLabel *total) {
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(rows);
    layout->addWidget(total);
    return box;
}

QLabel *totalLabel(QWidget *parent, const QString &objectName) {
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    return label;
}

void selectData(QComboBox *box, const QVariant &data) {
    const int index = box->findData(data);
    if (index >= 0) {
        box->setCurrentIndex(index);
    }
}

} // namespace

AcknowledgementForm::AcknowledgementForm(const core::Declaration &declared, const core::HandoverLists &lists,
                                         bool arabic, QWidget *parent)
    : StepForm(parent)
    , m_declared(declared)
    , m_lists(lists)
    , m_arabic(arabic) {
    setObjectName(QStringLiteral("acknowledgementForm"));
    QFormLayout *form = formLayout();
    auto *handedOver = new QLabel(personCountsText(declared.persons), this);
    handedOver->setObjectName(QStringLiteral("handedOver"));
    handedOver->setWordWrap(true);
    form->addRow(tr("Handed over by the Coast Guard:"), handedOver);
    m_received = new PersonCountsEditor(QStringLiteral("received"), this);
    form->addRow(tr("Received by DCIM:"), m_received);
    m_transfers = new RowList(
        tr("Add a transfer"), [this](QWidget *parent) { return makeTransferRow(parent); }, this);
    m_transfers->setObjectName(QStringLiteral("transfers"));
    m_transferTotal = totalLabel(this, QStringLiteral("transferTotal"));
    form->addRow(tr("Where they went:"), withTotal(this, m_transfers, m_transferTotal));
    m_remarks = addRemarks(tr("Remarks:"));
    connect(m_received, &PersonCountsEditor::changed, this, &AcknowledgementForm::updateTotals);
    connect(m_transfers, &RowList::changed, this, &AcknowledgementForm::updateTotals);
    updateTotals();
}

QWidget *AcknowledgementForm::makeTransferRow(QWidget *parent) const {
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *kind = new QComboBox(row);
    kind->setObjectName(QStringLiteral("kind"));
    for (core::TransferKind k : kTransferKinds) {
        kind->addItem(core::transferKindName(k), static_cast<int>(k));
    }
    auto *centre = new QComboBox(row);
    centre->setObjectName(QStringLiteral("centre"));
    fillFacilities(centre, m_lists, core::FacilityKind::DetentionCentre, m_arabic);
    auto *note = new QLineEdit(row);
    note->setObjectName(QStringLiteral("note"));
    note->setPlaceholderText(tr("where, or a note"));
    layout->addWidget(kind);
    layout->addWidget(centre, 1);
    layout->addWidget(note, 1);
    layout->addWidget(countField(row, QStringLiteral("count")));
    const auto follow = [kind, centre] {
        centre->setVisible(static_cast<core::TransferKind>(kind->currentData().toInt()) ==
                           core::TransferKind::DetentionCentre);
    };
    connect(kind, &QComboBox::currentIndexChanged, row, follow);
    follow();
    return row;
}

void AcknowledgementForm::setLists(const core::HandoverLists &lists) {
    const core::Acknowledgement typed = acknowledgement();
    m_lists = lists;
    setAcknowledgement(typed);
}

core::Acknowledgement AcknowledgementForm::acknowledgement() const {
    core::Acknowledgement a;
    a.received = m_received->counts();
    for (QWidget *row : m_transfers->rows()) {
        core::Transfer transfer;
        transfer.kind = static_cast<core::TransferKind>(field<QComboBox>(row, "kind")->currentData().toInt());
        if (transfer.kind == core::TransferKind::DetentionCentre) {
            transfer.facilityId = field<QComboBox>(row, "centre")->currentData().toLongLong();
        }
        transfer.note = field<QLineEdit>(row, "note")->text().trimmed();
        transfer.count = field<QSpinBox>(row, "count")->value();
        a.transfers.push_back(transfer);
    }
    a.remarks = m_remarks->toPlainText();
    return a;
}

void AcknowledgementForm::setAcknowledgement(const core::Acknowledgement &a) {
    m_received->setCounts(a.received);
    m_transfers->clear();
    for (const core::Transfer &transfer : a.transfers) {
        QWidget *row = m_transfers->addRow();
        selectData(field<QComboBox>(row, "kind"), static_cast<int>(transfer.kind));
        auto *centre = field<QComboBox>(row, "centre");
        if (transfer.facilityId != 0) {
            // A centre no longer in use still shows for the handover that named it.
            fillFacilities(centre, m_lists, core::FacilityKind::DetentionCentre, m_arabic,
                           transfer.facilityId);
            selectData(centre, QVariant::fromValue(static_cast<qlonglong>(transfer.facilityId)));
        }
        field<QLineEdit>(row, "note")->setText(transfer.note);
        field<QSpinBox>(row, "count")->setValue(transfer.count);
    }
    m_remarks->setPlainText(a.remarks);
    updateTotals();
}

void AcknowledgementForm::setStepValues(const core::StepValues &values) {
    if (const auto *a = std::get_if<core::Acknowledgement>(&values)) {
        setAcknowledgement(*a);
    }
}

core::Decision AcknowledgementForm::check() const {
    return core::HandoverRules::checkAcknowledgement(acknowledgement(), m_declared, m_lists);
}

void AcknowledgementForm::applyEditable(bool editable) {
    m_received->setEditable(editable);
    m_transfers->setEditable(editable);
    m_remarks->setReadOnly(!editable);
}

void AcknowledgementForm::updateTotals() {
    const core::Acknowledgement a = acknowledgement();
    m_transferTotal->setText(tr("The transfers add up to %1 of %2 received; %3 were handed over")
                                 .arg(a.transferred())
                                 .arg(a.received.total())
                                 .arg(m_declared.persons.total()));
    recheck();
}

MedicalForm::MedicalForm(const core::Declaration &declared, const core::HandoverLists &lists, bool arabic,
                         QWidget *parent)
    : StepForm(parent)
    , m_declared(declared)
    , m_lists(lists)
    , m_arabic(arabic) {
    setObjectName(QStringLiteral("medicalForm"));
    QFormLayout *form = formLayout();
    auto *handedOver = new QLabel(tr("%1 persons, %2 referred to medical care, %3 bodies")
                                      .arg(declared.persons.total())
                                      .arg(declared.medicalCasesReferred)
                                      .arg(declared.bodiesRecovered),
                                  this);
    handedOver->setObjectName(QStringLiteral("handedOver"));
    handedOver->setWordWrap(true);
    form->addRow(tr("Handed over by the Coast Guard:"), handedOver);
    m_medicalCases = countField(this, QStringLiteral("medicalCases"));
    form->addRow(tr("Medical cases:"), m_medicalCases);
    m_evacuations = new RowList(
        tr("Add an evacuation"), [this](QWidget *parent) { return makeEvacuationRow(parent); }, this);
    m_evacuations->setObjectName(QStringLiteral("evacuations"));
    m_evacuatedTotal = totalLabel(this, QStringLiteral("evacuatedTotal"));
    form->addRow(tr("Evacuated to hospital:"), withTotal(this, m_evacuations, m_evacuatedTotal));
    m_bodies = countField(this, QStringLiteral("bodies"));
    form->addRow(tr("Bodies:"), m_bodies);
    auto *where = new QWidget(this);
    auto *whereLayout = new QHBoxLayout(where);
    whereLayout->setContentsMargins(0, 0, 0, 0);
    m_bodiesHospital = new QComboBox(where);
    m_bodiesHospital->setObjectName(QStringLiteral("bodiesHospital"));
    fillBodiesHospitals();
    m_bodiesTakenTo = new QLineEdit(where);
    m_bodiesTakenTo->setObjectName(QStringLiteral("bodiesTakenTo"));
    m_bodiesTakenTo->setPlaceholderText(tr("a morgue, a cemetery"));
    whereLayout->addWidget(m_bodiesHospital, 1);
    whereLayout->addWidget(m_bodiesTakenTo, 1);
    form->addRow(tr("Bodies taken to:"), where);
    m_remarks = addRemarks(tr("Remarks:"));

    connect(m_medicalCases, &QSpinBox::valueChanged, this, &MedicalForm::updateTotals);
    connect(m_bodies, &QSpinBox::valueChanged, this, &MedicalForm::updateTotals);
    connect(m_evacuations, &RowList::changed, this, &MedicalForm::updateTotals);
    connect(m_bodiesHospital, &QComboBox::currentIndexChanged, this, &MedicalForm::updateTotals);
    connect(m_bodiesTakenTo, &QLineEdit::textChanged, this, &MedicalForm::updateTotals);
    updateTotals();
}

void MedicalForm::fillBodiesHospitals() {
    QComboBox hospitals;
    fillFacilities(&hospitals, m_lists, core::FacilityKind::Hospital, m_arabic);
    m_bodiesHospital->clear();
    m_bodiesHospital->addItem(tr("Elsewhere (say where)"), QVariant::fromValue(qlonglong{0}));
    for (int i = 0; i < hospitals.count(); ++i) {
        m_bodiesHospital->addItem(hospitals.itemText(i), hospitals.itemData(i));
    }
}

void MedicalForm::setLists(const core::HandoverLists &lists) {
    const core::MedicalReport typed = report();
    m_lists = lists;
    fillBodiesHospitals();
    setReport(typed);
}

QWidget *MedicalForm::makeEvacuationRow(QWidget *parent) const {
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *hospital = new QComboBox(row);
    hospital->setObjectName(QStringLiteral("hospital"));
    fillFacilities(hospital, m_lists, core::FacilityKind::Hospital, m_arabic);
    layout->addWidget(hospital, 1);
    layout->addWidget(countField(row, QStringLiteral("count")));
    return row;
}

core::MedicalReport MedicalForm::report() const {
    core::MedicalReport m;
    m.medicalCases = m_medicalCases->value();
    for (QWidget *row : m_evacuations->rows()) {
        m.evacuations.push_back({field<QComboBox>(row, "hospital")->currentData().toLongLong(),
                                 field<QSpinBox>(row, "count")->value()});
    }
    m.bodies = m_bodies->value();
    m.bodiesHospitalId = m_bodiesHospital->currentData().toLongLong();
    m.bodiesTakenTo = m.bodiesHospitalId == 0 ? m_bodiesTakenTo->text() : QString();
    m.remarks = m_remarks->toPlainText();
    return m;
}

void MedicalForm::setReport(const core::MedicalReport &m) {
    m_medicalCases->setValue(m.medicalCases);
    m_evacuations->clear();
    for (const core::Evacuation &evacuation : m.evacuations) {
        QWidget *row = m_evacuations->addRow();
        auto *hospital = field<QComboBox>(row, "hospital");
        fillFacilities(hospital, m_lists, core::FacilityKind::Hospital, m_arabic, evacuation.hospitalId);
        selectData(hospital, QVariant::fromValue(static_cast<qlonglong>(evacuation.hospitalId)));
        field<QSpinBox>(row, "count")->setValue(evacuation.count);
    }
    m_bodies->setValue(m.bodies);
    if (m.bodiesHospitalId != 0 &&
        m_bodiesHospital->findData(QVariant::fromValue(static_cast<qlonglong>(m.bodiesHospitalId))) < 0) {
        m_bodiesHospital->addItem(
            facilityText(m_lists, m.bodiesHospitalId, core::FacilityKind::Hospital, m_arabic),
            QVariant::fromValue(static_cast<qlonglong>(m.bodiesHospitalId)));
    }
    m_bodiesHospital->setCurrentIndex(std::max(
        0, m_bodiesHospital->findData(QVariant::fromValue(static_cast<qlonglong>(m.bodiesHospitalId)))));
    m_bodiesTakenTo->setText(m.bodiesTakenTo);
    m_remarks->setPlainText(m.remarks);
    updateTotals();
}

void MedicalForm::setStepValues(const core::StepValues &values) {
    if (const auto *m = std::get_if<core::MedicalReport>(&values)) {
        setReport(*m);
    }
}

core::Decision MedicalForm::check() const {
    return core::HandoverRules::checkMedical(report(), m_declared, m_lists);
}

void MedicalForm::applyEditable(bool editable) {
    m_medicalCases->setReadOnly(!editable);
    m_bodies->setReadOnly(!editable);
    for (QSpinBox *count : {m_medicalCases, m_bodies}) {
        count->setButtonSymbols(editable ? QAbstractSpinBox::UpDownArrows : QAbstractSpinBox::NoButtons);
    }
    m_evacuations->setEditable(editable);
    m_bodiesHospital->setEnabled(editable);
    setLineEditable(m_bodiesTakenTo, editable);
    m_remarks->setReadOnly(!editable);
}

void MedicalForm::updateTotals() {
    const core::MedicalReport m = report();
    m_evacuatedTotal->setText(tr("%1 of %2 medical cases evacuated").arg(m.evacuated()).arg(m.medicalCases));
    m_bodiesTakenTo->setVisible(m.bodiesHospitalId == 0);
    recheck();
}

} // namespace marsa::app
