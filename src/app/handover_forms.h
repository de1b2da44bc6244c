#pragma once

#include "core/disembarkation.h"
#include "core/handover_rules.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace marsa::core {
class Clock;
}

namespace marsa::app {

class PersonCountsEditor;
class RowList;

/// The values of one step of a handover (1 to 3), checked by core::HandoverRules as they are typed: a
/// refusal shows under the form and checked(false) tells the dialog to keep Sign off. Read only, it shows
/// a signed step.
class StepForm : public QWidget {
    Q_OBJECT
public:
    explicit StepForm(QWidget *parent = nullptr);

    virtual core::HandoverStep step() const = 0;
    virtual core::StepValues stepValues() const = 0;
    virtual void setStepValues(const core::StepValues &values) = 0;
    /// core's answer for the values as they stand.
    virtual core::Decision check() const = 0;
    /// New lists of detention centres and hospitals (another console changed them): the choices
    /// offered follow, what is typed and chosen stays. Nothing for a form that offers none.
    virtual void setLists(const core::HandoverLists &lists) { (void)lists; }
    void setEditable(bool editable);
    bool isEditable() const { return m_editable; }
    /// Whether the values are acceptable now (false while read only).
    bool isAcceptable() const { return m_acceptable; }
    QLabel *messageLabel() const { return m_message; }

Q_SIGNALS:
    /// After every change of a value, with core's answer.
    void checked(bool acceptable);

protected:
    virtual void applyEditable(bool editable) = 0;
    /// Re-runs check(), shows its refusal inline and emits checked().
    void recheck();
    /// The form's rows, then the message line, with room for Arabic labels.
    QFormLayout *formLayout() const { return m_form; }
    QPlainTextEdit *addRemarks(const QString &label);

private:
    QFormLayout *m_form = nullptr;
    QLabel *m_message = nullptr;
    bool m_editable = true;
    bool m_acceptable = false;
};

/// Step 1, by the Coast Guard: where, when, by which unit, and the counts handed over.
class DeclarationForm final : public StepForm {
    Q_OBJECT
public:
    DeclarationForm(const core::Incident &incident, const core::HandoverLists &lists,
                    const core::Clock &clock, bool arabic, QWidget *parent = nullptr);

    core::HandoverStep step() const override { return core::HandoverStep::Declaration; }
    core::StepValues stepValues() const override { return declaration(); }
    void setStepValues(const core::StepValues &values) override;
    core::Decision check() const override;

    core::Declaration declaration() const;
    void setDeclaration(const core::Declaration &declaration);

protected:
    void applyEditable(bool editable) override;

private:
    QWidget *makeNationalityRow(QWidget *parent) const;
    void updateTotals();

    core::Incident m_incident;
    core::HandoverLists m_lists;
    const core::Clock &m_clock;
    bool m_arabic = false;
    QComboBox *m_place = nullptr;
    QDoubleSpinBox *m_latitude = nullptr;
    QDoubleSpinBox *m_longitude = nullptr;
    QLineEdit *m_placeNote = nullptr;
    QWidget *m_positionRow = nullptr;
    QDateTimeEdit *m_time = nullptr;
    QLineEdit *m_unit = nullptr;
    PersonCountsEditor *m_persons = nullptr;
    QSpinBox *m_unaccompanied = nullptr;
    RowList *m_nationalities = nullptr;
    QLabel *m_nationalityTotal = nullptr;
    QSpinBox *m_referred = nullptr;
    QSpinBox *m_bodies = nullptr;
    std::vector<std::pair<core::MonitoringParty, QCheckBox *>> m_monitoring;
    QLineEdit *m_otherParty = nullptr;
    QPlainTextEdit *m_remarks = nullptr;
};

/// Step 2, by DCIM: the counts received and where the persons went.
class AcknowledgementForm final : public StepForm {
    Q_OBJECT
public:
    AcknowledgementForm(const core::Declaration &declared, const core::HandoverLists &lists, bool arabic,
                        QWidget *parent = nullptr);

    core::HandoverStep step() const override { return core::HandoverStep::Acknowledgement; }
    core::StepValues stepValues() const override { return acknowledgement(); }
    void setStepValues(const core::StepValues &values) override;
    core::Decision check() const override;
    void setLists(const core::HandoverLists &lists) override;

    core::Acknowledgement acknowledgement() const;
    void setAcknowledgement(const core::Acknowledgement &acknowledgement);

protected:
    void applyEditable(bool editable) override;

private:
    QWidget *makeTransferRow(QWidget *parent) const;
    void updateTotals();

    core::Declaration m_declared;
    core::HandoverLists m_lists;
    bool m_arabic = false;
    PersonCountsEditor *m_received = nullptr;
    RowList *m_transfers = nullptr;
    QLabel *m_transferTotal = nullptr;
    QPlainTextEdit *m_remarks = nullptr;
};

/// Step 3, by the Libyan Red Crescent: medical cases, evacuations to hospital, bodies and where they went.
class MedicalForm final : public StepForm {
    Q_OBJECT
public:
    MedicalForm(const core::Declaration &declared, const core::HandoverLists &lists, bool arabic,
                QWidget *parent = nullptr);

    core::HandoverStep step() const override { return core::HandoverStep::Medical; }
    core::StepValues stepValues() const override { return report(); }
    void setStepValues(const core::StepValues &values) override;
    core::Decision check() const override;
    void setLists(const core::HandoverLists &lists) override;

    core::MedicalReport report() const;
    void setReport(const core::MedicalReport &report);

protected:
    void applyEditable(bool editable) override;

private:
    QWidget *makeEvacuationRow(QWidget *parent) const;
    void fillBodiesHospitals();
    void updateTotals();

    core::Declaration m_declared;
    core::HandoverLists m_lists;
    bool m_arabic = false;
    QSpinBox *m_medicalCases = nullptr;
    RowList *m_evacuations = nullptr;
    QLabel *m_evacuatedTotal = nullptr;
    QSpinBox *m_bodies = nullptr;
    QComboBox *m_bodiesHospital = nullptr;
    QLineEdit *m_bodiesTakenTo = nullptr;
    QPlainTextEdit *m_remarks = nullptr;
};

} // namespace marsa::app
