#include "app/handover_form_parts.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace marsa::app {
namespace {

constexpr int kMaxCount = 9999; // more than any boat carries

void setFieldsEditable(QWidget *row, bool editable) {
    for (auto *spin : row->findChildren<QSpinBox *>()) {
        spin->setReadOnly(!editable);
        spin->setButtonSymbols(editable ? QAbstractSpinBox::UpDownArrows : QAbstractSpinBox::NoButtons);
    }
    for (auto *edit : row->findChildren<QLineEdit *>()) {
        // A combo box's own line edit follows its combo box.
        if (qobject_cast<QComboBox *>(edit->parentWidget()) == nullptr) {
            setLineEditable(edit, editable);
        }
    }
    for (auto *box : row->findChildren<QComboBox *>()) {
        box->setEnabled(editable);
    }
}

} // namespace

QSpinBox *countField(QWidget *parent, const QString &objectName) {
    auto *spin = new QSpinBox(parent);
    spin->setObjectName(objectName);
    spin->setRange(-kMaxCount, kMaxCount);
    spin->setLayoutDirection(Qt::LeftToRight);
    spin->setAlignment(Qt::AlignRight | Qt::AlignAbsolute);
    spin->setMinimumWidth(spin->fontMetrics().horizontalAdvance(QStringLiteral("00000")) * 2);
    spin->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    return spin;
}

QScrollArea *scrolled(QWidget *form, QWidget *parent) {
    auto *scroll = new QScrollArea(parent);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(form);
    // The tab page or dialog behind shows through, as around the rest of the step.
    scroll->viewport()->setAutoFillBackground(false);
    form->setAutoFillBackground(false);
    return scroll;
}

void setLineEditable(QLineEdit *edit, bool editable) {
    // The placeholder is kept in a property while read only: "where, or a note" is no value.
    const char *kept = "marsaPlaceholder";
    if (!edit->placeholderText().isEmpty()) {
        edit->setProperty(kept, edit->placeholderText());
    }
    edit->setPlaceholderText(editable ? edit->property(kept).toString() : QString());
    edit->setReadOnly(!editable);
}

void fillFacilities(QComboBox *box, const core::HandoverLists &lists, core::FacilityKind kind, bool arabic,
                    std::int64_t keepId) {
    box->clear();
    for (const core::Facility &facility : lists.facilities) {
        if (facility.kind != kind || (!facility.isActive && facility.id != keepId)) {
            continue;
        }
        const QString name = arabic && !facility.nameArabic.isEmpty() ? facility.nameArabic : facility.name;
        box->addItem(facility.city.isEmpty() ? name : QObject::tr("%1, %2").arg(name, facility.city),
                     QVariant::fromValue(static_cast<qlonglong>(facility.id)));
    }
}

QString facilityText(const core::HandoverLists &lists, std::int64_t id, core::FacilityKind kind,
                     bool arabic) {
    if (const core::Facility *facility = lists.facility(id, kind)) {
        return arabic && !facility->nameArabic.isEmpty() ? facility->nameArabic : facility->name;
    }
    return QStringLiteral("#%1").arg(id);
}

void setAllowed(QPushButton *button, const core::Decision &decision, const QString &whenAllowed) {
    button->setEnabled(decision.allowed);
    button->setToolTip(decision.allowed ? whenAllowed : decision.reason);
}

PersonCountsEditor::PersonCountsEditor(const QString &prefix, QWidget *parent)
    : QWidget(parent) {
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    m_men = countField(this, prefix + QStringLiteral("Men"));
    m_women = countField(this, prefix + QStringLiteral("Women"));
    m_boys = countField(this, prefix + QStringLiteral("Boys"));
    m_girls = countField(this, prefix + QStringLiteral("Girls"));
    m_unknown = countField(this, prefix + QStringLiteral("Unknown"));
    const std::pair<QString, QSpinBox *> fields[] = {{tr("Men"), m_men},
                                                     {tr("Women"), m_women},
                                                     {tr("Boys"), m_boys},
                                                     {tr("Girls"), m_girls},
                                                     {tr("Sex or age unknown"), m_unknown}};
    int column = 0;
    for (const auto &[label, spin] : fields) {
        auto *caption = new QLabel(label, this);
        caption->setBuddy(spin);
        grid->addWidget(caption, 0, column);
        grid->addWidget(spin, 1, column);
        connect(spin, &QSpinBox::valueChanged, this, [this] {
            updateTotal();
            Q_EMIT changed();
        });
        ++column;
    }
    m_total = new QLabel(this);
    m_total->setObjectName(prefix + QStringLiteral("Total"));
    grid->addWidget(m_total, 2, 0, 1, column);
    updateTotal();
}

core::PersonCounts PersonCountsEditor::counts() const {
    return {m_men->value(), m_women->value(), m_boys->value(), m_girls->value(), m_unknown->value()};
}

void PersonCountsEditor::setCounts(const core::PersonCounts &counts) {
    const QSignalBlocker a(m_men), b(m_women), c(m_boys), d(m_girls), e(m_unknown);
    m_men->setValue(counts.men);
    m_women->setValue(counts.women);
    m_boys->setValue(counts.boys);
    m_girls->setValue(counts.girls);
    m_unknown->setValue(counts.unknown);
    updateTotal();
}

void PersonCountsEditor::setEditable(bool editable) {
    setFieldsEditable(this, editable);
}

void PersonCountsEditor::updateTotal() {
    const core::PersonCounts c = counts();
    m_total->setText(tr("Total %1: %2 adults, %3 children, %4 unknown")
                         .arg(c.total())
                         .arg(c.adults())
                         .arg(c.children())
                         .arg(c.unknown));
}

RowList::RowList(const QString &addText, std::function<QWidget *(QWidget *parent)> makeRow, QWidget *parent)
    : QWidget(parent)
    , m_makeRow(std::move(makeRow)) {
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_add = new QPushButton(addText, this);
    m_add->setObjectName(QStringLiteral("addRow"));
    m_add->setAutoDefault(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addStretch();
    m_layout->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, [this] {
        addRow();
        Q_EMIT changed();
    });
}

QWidget *RowList::addRow() {
    QWidget *row = m_makeRow(this);
    auto *remove = new QPushButton(tr("Remove"), row);
    remove->setObjectName(QStringLiteral("removeRow"));
    remove->setAutoDefault(false);
    remove->setVisible(m_editable);
    row->layout()->addWidget(remove);
    connect(remove, &QPushButton::clicked, this, [this, row] { this->remove(row); });
    for (auto *spin : row->findChildren<QSpinBox *>()) {
        connect(spin, &QSpinBox::valueChanged, this, &RowList::changed);
    }
    for (auto *box : row->findChildren<QComboBox *>()) {
        connect(box, &QComboBox::currentIndexChanged, this, &RowList::changed);
    }
    for (auto *edit : row->findChildren<QLineEdit *>()) {
        connect(edit, &QLineEdit::textChanged, this, &RowList::changed);
    }
    m_layout->insertWidget(static_cast<int>(m_rows.size()), row);
    m_rows.push_back(row);
    setFieldsEditable(row, m_editable);
    return row;
}

void RowList::clear() {
    for (QWidget *row : m_rows) {
        delete row;
    }
    m_rows.clear();
}

void RowList::setEditable(bool editable) {
    m_editable = editable;
    m_add->setVisible(editable);
    for (QWidget *row : m_rows) {
        setFieldsEditable(row, editable);
        if (auto *remove = field<QPushButton>(row, "removeRow")) {
            remove->setVisible(editable);
        }
    }
}

void RowList::remove(QWidget *row) {
    std::erase(m_rows, row);
    row->deleteLater();
    row->hide();
    Q_EMIT changed();
}

} // namespace marsa::app
