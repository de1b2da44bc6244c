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
    m_table->setFocusPolicy(Qt::NoFocus); // no focus frame on the first field; the buttons take the keys
    // Rows fit their text again once the columns have their widths (a long remark wraps).
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, m_table,
            &QTableWidget::resizeRowsToContents);
    // Every field without scrolling, up to about 24 lines; more scroll.
    const int tableHeight = m_table->horizontalHeader()->sizeHint().height() +
                            m_table->rowCount() * (fontMetrics().lineSpacing() + 5) +
                            2 * m_table->frameWidth();
    m_table->setMinimumHeight(std::min(tableHeight, fontMetrics().lineSpacing() * 24));
    layout->addWidget(m_table, 1);

    if (!comparison.meanwhile.isEmpty()) {
        layout->addWidget(new QLabel(tr("Changed meanwhile:"), this));
        auto *meanwhile = new QListWidget(this);
        meanwhile->setObjectName(QStringLiteral("conflictMeanwhile"));
        meanwhile->addItems(comparison.meanwhile);
        meanwhile->setSelectionMode(QAbstractItemView::NoSelection);
        meanwhile->setFocusPolicy(Qt::NoFocus);
        // Long lines wrap instead of scrolling sideways (Arabic runs longer); the list is as tall as its
        // lines, up to about eight.
        meanwhile->setWordWrap(true);
        meanwhile->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        meanwhile->setResizeMode(QListView::Adjust);
        const int lines = std::min(static_cast<int>(comparison.meanwhile.size()) * 2, 8);
        meanwhile->setFixedHeight(fontMetrics().lineSpacing() * lines + 4 * meanwhile->frameWidth() + 8);
        layout->addWidget(meanwhile, 0);
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
    resize(fontMetrics().averageCharWidth() * 110,
           std::max(fontMetrics().height() * 14, sizeHint().height()));
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
