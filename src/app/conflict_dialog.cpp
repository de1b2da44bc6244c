#include "app/conflict_dialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace marsa::app {

namespace {

QTableWidgetItem *cell(const QString &text, bool differs, const QColor &caution) {
    auto *item = new QTableWidgetItem(text.isEmpty() ? QStringLiteral("—") : text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    if (differs) {
        QFont bold = item->font();
        bold.setBold(true);
        item->setFont(bold);
        if (caution.isValid()) {
            item->setForeground(caution);
        }
    }
    return item;
}

} // namespace

ConflictDialog::ConflictDialog(const ConflictComparison &comparison, QWidget *parent)
    : QDialog(parent)
    , m_comparison(comparison) {
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("%1 was changed by someone else").arg(comparison.record));
    auto *layout = new QVBoxLayout(this);

    auto *intro = new QLabel(tr("%1 was changed by someone else while you were working on it. Your change is "
                                "not saved yet. Compare both versions and decide.")
                                 .arg(comparison.record),
                             this);
    intro->setObjectName(QStringLiteral("conflictIntro"));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_table = new QTableWidget(static_cast<int>(comparison.fields.size()), 3, this);
    m_table->setObjectName(QStringLiteral("conflictTable"));
    m_table->setHorizontalHeaderLabels({tr("Field"), comparison.mineHeading, comparison.theirsHeading});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setWordWrap(true);
    int row = 0;
    for (const ConflictField &field : comparison.fields) {
        const bool differs = field.mine != field.theirs;
        // The mark is not only colour (UI.md): a ≠ before the label of a field that differs.
        m_table->setItem(row, 0,
                         cell(differs ? QStringLiteral("≠ ") + field.label : field.label, differs, QColor()));
        m_table->setItem(row, 1, cell(field.mine, differs, comparison.caution));
        m_table->setItem(row, 2, cell(field.theirs, differs, comparison.caution));
        ++row;
    }
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_table->resizeRowsToContents();
    // As tall as its rows, no taller: the room left goes to what changed meanwhile.
    int height = m_table->horizontalHeader()->sizeHint().height() + 2 * m_table->frameWidth();
    for (int i = 0; i < m_table->rowCount(); ++i) {
        height += m_table->rowHeight(i);
    }
    m_table->setMinimumHeight(std::min(height, fontMetrics().height() * 16));
    m_table->setMaximumHeight(height);
    layout->addWidget(m_table);

    if (!comparison.meanwhile.isEmpty()) {
        layout->addWidget(new QLabel(tr("Changed meanwhile:"), this));
        auto *meanwhile = new QListWidget(this);
        meanwhile->setObjectName(QStringLiteral("conflictMeanwhile"));
        meanwhile->addItems(comparison.meanwhile);
        meanwhile->setSelectionMode(QAbstractItemView::NoSelection);
        meanwhile->setMinimumHeight(fontMetrics().height() * 4);
        layout->addWidget(meanwhile, 1);
    } else {
        layout->addStretch(1);
    }

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *apply =
        buttons->addButton(comparison.applyLabel.isEmpty() ? tr("Apply my change") : comparison.applyLabel,
                           QDialogButtonBox::AcceptRole);
    apply->setObjectName(QStringLiteral("conflictApply"));
    apply->setAutoDefault(false);
    if (!comparison.applyRefusal.isEmpty()) {
        apply->setEnabled(false);
        apply->setToolTip(comparison.applyRefusal);
    }
    QPushButton *keep = buttons->addButton(tr("Keep the saved version"), QDialogButtonBox::RejectRole);
    keep->setObjectName(QStringLiteral("conflictKeep"));
    keep->setDefault(true); // Enter never overwrites someone else's change
    QPushButton *copy = buttons->addButton(tr("Copy my version"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("conflictCopy"));
    copy->setAutoDefault(false);
    connect(apply, &QPushButton::clicked, this, [this] {
        m_choice = ConflictChoice::ApplyMine;
        accept();
    });
    connect(keep, &QPushButton::clicked, this, [this] {
        m_choice = ConflictChoice::KeepTheirs;
        reject();
    });
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(mineAsText()); });
    layout->addWidget(buttons);

    QStringList notes;
    if (!comparison.applyRefusal.isEmpty()) {
        notes << tr("Your change cannot be applied now: %1").arg(comparison.applyRefusal);
    }
    if (!comparison.keepNote.isEmpty()) {
        notes << comparison.keepNote;
    }
    if (!notes.isEmpty()) {
        auto *note = new QLabel(notes.join(QLatin1Char('\n')), this);
        note->setObjectName(QStringLiteral("conflictNote"));
        note->setWordWrap(true);
        layout->addWidget(note);
    }
    resize(fontMetrics().averageCharWidth() * 110, sizeHint().height());
}

QString ConflictDialog::mineAsText() const {
    QStringList lines{m_comparison.record + QStringLiteral(" — ") + m_comparison.mineHeading};
    for (const ConflictField &field : m_comparison.fields) {
        lines << field.label + QStringLiteral(": ") + field.mine;
    }
    return lines.join(QLatin1Char('\n'));
}

ConflictChoice askConflict(const ConflictComparison &comparison, QWidget *parent) {
    ConflictDialog dialog(comparison, parent);
    dialog.exec();
    return dialog.choice();
}

} // namespace marsa::app
