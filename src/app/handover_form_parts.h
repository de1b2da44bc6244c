#pragma once

#include "core/disembarkation.h"
#include "core/handover_rules.h"

#include <QWidget>

#include <functional>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QSpinBox;
class QVBoxLayout;

namespace marsa::app {

// The parts the handover's step forms share: counts by sex and age group, lists of rows (nationalities,
// transfers, evacuations), and the administrator's lists in a combo box.

/// A count of persons: Western digits, left to right in an Arabic layout too. Negative numbers can be
/// typed so that core's refusal, not the spin box, says what is wrong.
QSpinBox *countField(QWidget *parent, const QString &objectName);

/// The facilities of one kind the administrator keeps, in the user's language; inactive ones only when
/// `keepId` names one (an old handover still shows where its persons went).
void fillFacilities(QComboBox *box, const core::HandoverLists &lists, core::FacilityKind kind, bool arabic,
                    std::int64_t keepId = 0);
/// The name of a facility of the lists, or its number when it is not there.
QString facilityText(const core::HandoverLists &lists, std::int64_t id, core::FacilityKind kind, bool arabic);

/// A step form in a scroll area drawn on the dialog's own background (not the fields' base colour, which
/// is black at night).
QScrollArea *scrolled(QWidget *form, QWidget *parent);
/// A line edit read only or not; its placeholder shows only while it can be typed in.
void setLineEditable(QLineEdit *edit, bool editable);

/// A button enabled when `decision` allows, greyed with its reason as tooltip otherwise: what may not be
/// done says why before anything is typed.
void setAllowed(QPushButton *button, const core::Decision &decision, const QString &whenAllowed);

/// Men, women, boys, girls and unknown, with their total as the user types.
class PersonCountsEditor final : public QWidget {
    Q_OBJECT
public:
    /// `prefix` names the fields for tests: "<prefix>Men", "<prefix>Women", ...
    PersonCountsEditor(const QString &prefix, QWidget *parent = nullptr);

    core::PersonCounts counts() const;
    void setCounts(const core::PersonCounts &counts);
    void setEditable(bool editable);

Q_SIGNALS:
    void changed();

private:
    void updateTotal();

    QSpinBox *m_men = nullptr;
    QSpinBox *m_women = nullptr;
    QSpinBox *m_boys = nullptr;
    QSpinBox *m_girls = nullptr;
    QSpinBox *m_unknown = nullptr;
    QLabel *m_total = nullptr;
};

/// Rows of a list the user adds to and removes from (a nationality and its count, a transfer). Each row is
/// a widget `makeRow` builds; any change of a spin box, combo box or line edit in it emits changed().
class RowList final : public QWidget {
    Q_OBJECT
public:
    RowList(const QString &addText, std::function<QWidget *(QWidget *parent)> makeRow,
            QWidget *parent = nullptr);

    QWidget *addRow();
    const std::vector<QWidget *> &rows() const { return m_rows; }
    void clear();
    void setEditable(bool editable);

Q_SIGNALS:
    void changed();

private:
    void remove(QWidget *row);

    std::function<QWidget *(QWidget *parent)> m_makeRow;
    std::vector<QWidget *> m_rows;
    QVBoxLayout *m_layout = nullptr;
    QPushButton *m_add = nullptr;
    bool m_editable = true;
};

/// The child of a row named `name` (a row's fields are named for the forms and the tests).
template <typename Widget>
Widget *field(QWidget *row, const char *name) {
    return row->findChild<Widget *>(QString::fromLatin1(name));
}

} // namespace marsa::app
