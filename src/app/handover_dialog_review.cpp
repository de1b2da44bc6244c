// HandoverDialog: the supervisor's review, the discrepancies and their explanations, the history.

#include "app/handover_dialog.h"

#include "app/handover_form_parts.h"
#include "app/handover_text.h"
#include "core/bidi.h"
#include "core/clock.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <map>

namespace marsa::app {
namespace {

constexpr int kRuleRole = Qt::UserRole + 1;

QLabel *noteLabel(QWidget *parent, const QString &objectName) {
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}

/// The explanation that covers a discrepancy for its current numbers, if any.
const core::Explanation *explanationOf(const core::Disembarkation &d, const core::Discrepancy &discrepancy) {
    const QString key = discrepancy.figuresKey();
    const core::Explanation *found = nullptr;
    for (const core::Explanation &explanation : d.explanations) {
        if (explanation.rule == discrepancy.rule && explanation.figuresKey == key) {
            found = &explanation; // the latest counts
        }
    }
    return found;
}

/// Fits a table's rows to their wrapped text once its columns have their widths: when it is shown or
/// resized (the widths a hidden tab's table had when it was filled are not those it is shown with).
class RowFitter final : public QObject {
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override {
        if (event->type() == QEvent::Show || event->type() == QEvent::Resize) {
            auto *table = static_cast<QTableWidget *>(watched);
            QTimer::singleShot(0, table, [table] { table->resizeRowsToContents(); });
        }
        return false;
    }
};

/// A read-only table whose long columns (`wrapped`) share the width and wrap their text; rows grow to fit.
QTableWidget *wrappingTable(QWidget *parent, const QString &objectName, const QStringList &headers,
                            std::initializer_list<int> wrapped) {
    auto *table = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->setVisible(false);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setWordWrap(true);
    table->setAlternatingRowColors(true);
    table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    for (int column : wrapped) {
        table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Stretch);
    }
    table->installEventFilter(new RowFitter(table));
    return table;
}

int addRow(QTableWidget *table, const QStringList &cells) {
    const int row = table->rowCount();
    table->insertRow(row);
    for (int column = 0; column < cells.size(); ++column) {
        auto *item = new QTableWidgetItem(cells[column]);
        item->setTextAlignment(Qt::AlignLeading | Qt::AlignTop);
        table->setItem(row, column, item);
    }
    return row;
}

} // namespace

QWidget *HandoverDialog::buildReviewPage() {
    const core::Disembarkation &d = m_context.disembarkation;
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("step4"));
    auto *layout = new QVBoxLayout(page);
    m_reviewState = new QLabel(page);
    m_reviewState->setObjectName(QStringLiteral("reviewState"));
    m_reviewState->setWordWrap(true);
    QString state = core::handoverStatusText(d);
    if (d.review) {
        state += QLatin1Char('\n') + tr("Latest review: %1 — %2")
                                         .arg(valuesText(d.review->values, m_context.lists, m_arabic),
                                              signatureText(d.review->signature));
    }
    m_reviewState->setText(state);
    layout->addWidget(m_reviewState);

    const core::Decision mayReview =
        core::HandoverRules::mayStart(m_user, core::HandoverStep::Review, m_context.incident, d);
    auto *approveBox = new QGroupBox(tr("Approve"), page);
    auto *approveLayout = new QFormLayout(approveBox);
    approveLayout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (const core::Discrepancy &discrepancy : m_unexplained) {
        auto *explanation = new QLineEdit(approveBox);
        explanation->setObjectName(QStringLiteral("approveExplanation_") +
                                   core::discrepancyRuleKey(discrepancy.rule));
        explanation->setPlaceholderText(tr("Explanation (required before approval)"));
        explanation->setEnabled(mayReview.allowed);
        auto *label = new QLabel(discrepancy.description, approveBox);
        label->setWordWrap(true);
        approveLayout->addRow(label, explanation);
        m_approveExplanations.emplace_back(discrepancy.rule, explanation);
        connect(explanation, &QLineEdit::textChanged, this, &HandoverDialog::updateReview);
    }
    if (m_unexplained.empty()) {
        approveLayout->addRow(new QLabel(tr("No discrepancy waits for an explanation."), approveBox));
    }
    m_approve = new QPushButton(tr("Approve"), approveBox);
    m_approve->setObjectName(QStringLiteral("approve"));
    m_approve->setAutoDefault(false);
    connect(m_approve, &QPushButton::clicked, this, [this] { approve(); });
    auto *approveRow = new QHBoxLayout;
    approveRow->addStretch(1);
    approveRow->addWidget(m_approve);
    approveLayout->addRow(approveRow);
    layout->addWidget(approveBox);

    auto *returnBox = new QGroupBox(tr("Return to a step"), page);
    auto *returnLayout = new QHBoxLayout(returnBox);
    m_returnStep = new QComboBox(returnBox);
    m_returnStep->setObjectName(QStringLiteral("returnStep"));
    for (core::HandoverStep step : {core::HandoverStep::Declaration, core::HandoverStep::Acknowledgement,
                                    core::HandoverStep::Medical}) {
        m_returnStep->addItem(tr("Step %1: %2").arg(static_cast<int>(step)).arg(core::handoverStepName(step)),
                              static_cast<int>(step));
    }
    m_returnReason = new QLineEdit(returnBox);
    m_returnReason->setObjectName(QStringLiteral("returnReason"));
    m_returnReason->setPlaceholderText(tr("Reason (required)"));
    m_return = new QPushButton(tr("Return"), returnBox);
    m_return->setObjectName(QStringLiteral("returnTo"));
    m_return->setAutoDefault(false);
    returnLayout->addWidget(m_returnStep);
    returnLayout->addWidget(m_returnReason, 1);
    returnLayout->addWidget(m_return);
    m_returnStep->setEnabled(mayReview.allowed);
    m_returnReason->setEnabled(mayReview.allowed);
    connect(m_returnStep, &QComboBox::currentIndexChanged, this, &HandoverDialog::updateReview);
    connect(m_returnReason, &QLineEdit::textChanged, this, &HandoverDialog::updateReview);
    connect(m_return, &QPushButton::clicked, this, [this] {
        returnTo(static_cast<core::HandoverStep>(m_returnStep->currentData().toInt()),
                 m_returnReason->text());
    });
    layout->addWidget(returnBox);

    m_reviewMessage = noteLabel(page, QStringLiteral("reviewMessage"));
    layout->addWidget(m_reviewMessage);
    layout->addStretch(1);
    updateReview();
    return page;
}

std::vector<storage::ExplanationText> HandoverDialog::typedExplanations() const {
    std::vector<storage::ExplanationText> typed;
    for (const auto &[rule, edit] : m_approveExplanations) {
        if (!edit->text().trimmed().isEmpty()) {
            typed.push_back({rule, edit->text().trimmed()});
        }
    }
    return typed;
}

void HandoverDialog::updateReview() {
    const core::Disembarkation &d = m_context.disembarkation;
    const core::Decision mayReview =
        core::HandoverRules::mayStart(m_user, core::HandoverStep::Review, m_context.incident, d);
    if (!mayReview) {
        allow(m_approve, mayReview, {});
        allow(m_return, mayReview, {});
        m_reviewMessage->setText(mayReview.reason);
        return;
    }
    // The discrepancies an approval would leave: those whose explanation field is still empty.
    std::vector<core::Discrepancy> left;
    const auto typed = typedExplanations();
    for (const core::Discrepancy &discrepancy : m_unexplained) {
        if (std::none_of(typed.begin(), typed.end(),
                         [&](const auto &t) { return t.rule == discrepancy.rule; })) {
            left.push_back(discrepancy);
        }
    }
    const core::Decision approval = core::HandoverRules::approve(m_user, m_context.incident, d, left);
    allow(m_approve, approval, tr("Approve the handover: it is locked afterwards"));
    const auto step = static_cast<core::HandoverStep>(m_returnStep->currentData().toInt());
    const core::Decision back =
        core::HandoverRules::returnTo(m_user, m_context.incident, d, step, m_returnReason->text());
    allow(m_return, back, tr("Return the handover to the step chosen; its agency signs it again"));
    m_reviewMessage->setText(!approval ? approval.reason : QString());
}

bool HandoverDialog::approve() {
    const auto explanations = typedExplanations();
    QStringList texts;
    for (const storage::ExplanationText &explanation : explanations) {
        texts << tr("“%1”: %2").arg(core::discrepancyRuleName(explanation.rule), explanation.text.trimmed());
    }
    const QString action =
        texts.isEmpty() ? tr("Approve") : tr("Approve, explaining %1").arg(texts.join(QStringLiteral("; ")));
    return writeOverSeen(
        action,
        [this, explanations](int version) {
            return storage::DisembarkationService(m_database, m_clock)
                .approve(m_user, m_id, explanations, version);
        },
        [this](const storage::DisembarkationService::Context &now) {
            return core::HandoverRules::mayStart(m_user, core::HandoverStep::Review, now.incident,
                                                 now.disembarkation);
        },
        disembarkation().version);
}

bool HandoverDialog::returnTo(core::HandoverStep step, const QString &reason) {
    return writeOverSeen(
        tr("Return to step %1 (%2): %3")
            .arg(static_cast<int>(step))
            .arg(core::handoverStepName(step), reason),
        [this, step, reason](int version) {
            return storage::DisembarkationService(m_database, m_clock)
                .returnTo(m_user, m_id, step, reason, version);
        },
        [this, step, reason](const storage::DisembarkationService::Context &now) {
            return core::HandoverRules::returnTo(m_user, now.incident, now.disembarkation, step, reason);
        },
        disembarkation().version);
}

void HandoverDialog::buildDiscrepancies() {
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_discrepancyTree =
        wrappingTable(page, QStringLiteral("discrepancies"),

                      {tr("Discrepancy"), tr("Numbers"), tr("Explained"), tr("Explanation")}, {1, 3});
    layout->addWidget(m_discrepancyTree, 1);
    auto *prompt = new QLabel(tr("Explanation of the selected discrepancy:"), page);
    layout->addWidget(prompt);
    m_explanation = new QPlainTextEdit(page);
    m_explanation->setObjectName(QStringLiteral("explanation"));
    m_explanation->setTabChangesFocus(true);
    m_explanation->setFixedHeight(m_explanation->fontMetrics().lineSpacing() * 4);
    prompt->setBuddy(m_explanation);
    layout->addWidget(m_explanation);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_explain = new QPushButton(tr("Explain…"), page);
    m_explain->setObjectName(QStringLiteral("explain"));
    m_explain->setAutoDefault(false);
    buttons->addWidget(m_explain);
    layout->addLayout(buttons);
    m_tabs->addTab(page, tr("Discrepancies"));
    connect(m_discrepancyTree, &QTableWidget::currentCellChanged, this, &HandoverDialog::updateExplain);
    connect(m_explanation, &QPlainTextEdit::textChanged, this, &HandoverDialog::updateExplain);
    connect(m_explain, &QPushButton::clicked, this, [this] {
        if (QTableWidgetItem *item = m_discrepancyTree->item(m_discrepancyTree->currentRow(), 0)) {
            if (explain(static_cast<core::DiscrepancyRule>(item->data(kRuleRole).toInt()),
                        m_explanation->toPlainText())) {
                m_explanation->clear();
            }
        }
    });
}

void HandoverDialog::fillDiscrepancies() {
    const core::Disembarkation &d = m_context.disembarkation;
    m_discrepancyTree->setRowCount(0);
    for (const core::Discrepancy &discrepancy : m_discrepancies) {
        const core::Explanation *explanation = explanationOf(d, discrepancy);
        const int row =
            addRow(m_discrepancyTree,
                   {core::discrepancyRuleName(discrepancy.rule), discrepancy.description,
                    explanation != nullptr ? tr("Explained") : tr("Not explained"),
                    explanation != nullptr
                        ? tr("%1 — %2").arg(explanation->text, signatureText(explanation->signature))
                        : QString()});
        m_discrepancyTree->item(row, 0)->setData(kRuleRole, static_cast<int>(discrepancy.rule));
        if (explanation == nullptr) {
            QFont bold = m_discrepancyTree->item(row, 2)->font();
            bold.setBold(true); // not explained stands out by weight, not by colour alone
            m_discrepancyTree->item(row, 2)->setFont(bold);
        }
    }
    m_discrepancyTree->resizeRowsToContents();
    if (m_discrepancyTree->rowCount() > 0) {
        m_discrepancyTree->setCurrentCell(0, 0);
    }
    const int index = m_tabs->indexOf(m_discrepancyTree->parentWidget());
    m_tabs->setTabText(index, m_unexplained.empty() ? tr("Discrepancies (%1)").arg(m_discrepancies.size())
                                                    : tr("Discrepancies (%1, %2 not explained)")
                                                          .arg(m_discrepancies.size())
                                                          .arg(m_unexplained.size()));
    updateExplain();
}

void HandoverDialog::updateExplain() {
    const core::Disembarkation &d = m_context.disembarkation;
    core::Decision decision = core::HandoverRules::mayExplain(m_user, m_context.incident, d);
    m_explanation->setReadOnly(!decision.allowed);
    if (decision) {
        QTableWidgetItem *item = m_discrepancyTree->item(m_discrepancyTree->currentRow(), 0);
        decision = item == nullptr ? core::Decision::refuse(tr("Choose the discrepancy to explain."))
                                   : core::HandoverRules::checkExplanation(
                                         d, static_cast<core::DiscrepancyRule>(item->data(kRuleRole).toInt()),
                                         m_explanation->toPlainText(), m_discrepancies);
    }
    allow(m_explain, decision, tr("Write the explanation on the handover, signed with your name"));
}

bool HandoverDialog::explain(core::DiscrepancyRule rule, const QString &text) {
    return writeOverSeen(
        tr("Explain “%1”: %2").arg(core::discrepancyRuleName(rule), text.trimmed()),
        [this, rule, text](int version) {
            return storage::DisembarkationService(m_database, m_clock)
                .explain(m_user, m_id, rule, text, version);
        },
        [this](const storage::DisembarkationService::Context &now) {
            return core::HandoverRules::mayExplain(m_user, now.incident, now.disembarkation);
        },
        disembarkation().version);
}

void HandoverDialog::buildHistory() {
    m_historyTree =
        wrappingTable(this, QStringLiteral("history"),
                      {tr("Time (UTC)"), tr("Step"), tr("What"), tr("Signed by"), tr("Values")}, {4});
    m_tabs->addTab(m_historyTree, tr("History"));
}

void HandoverDialog::fillHistory() {
    const core::Disembarkation &d = m_context.disembarkation;
    m_historyTree->setRowCount(0);
    std::map<core::HandoverStep, int> signings;
    for (const storage::HandoverRevision &revision : m_history) {
        QString what;
        if (revision.isAmendment) {
            what = tr("Amended");
            for (const core::Amendment &amendment : d.amendments) {
                if (amendment.step == revision.step && amendment.signature == revision.signature) {
                    what = tr("Amended: %1").arg(amendment.reason);
                }
            }
        } else if (const auto *review = std::get_if<core::Review>(&revision.values)) {
            what = review->approved ? tr("Approved") : tr("Returned");
        } else {
            what = signings[revision.step]++ == 0 ? tr("Signed") : tr("Signed again");
        }
        if (revision.isCurrent) {
            what += tr(" (current)");
        } else if (revision.step != core::HandoverStep::Review) {
            what += tr(" (replaced)");
        }
        addRow(
            m_historyTree,
            {core::isolated(revision.signature.timeUtc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
             tr("%1. %2").arg(static_cast<int>(revision.step)).arg(core::handoverStepName(revision.step)),
             what,
             tr("%1\n%2").arg(revision.signature.displayName, core::agencyName(revision.signature.agency)),
             valuesText(revision.values, m_context.lists, m_arabic)});
    }
    m_historyTree->resizeRowsToContents();
}

} // namespace marsa::app
