// HandoverDialog: the dialog, its steps and the amendments of an approved handover.

#include "app/handover_dialog.h"

#include "app/form_fields.h"
#include "app/handover_form_parts.h"
#include "app/handover_forms.h"
#include "app/handover_text.h"
#include "app/write_gate.h"
#include "chart/chart_palette.h"
#include "core/bidi.h"
#include "core/clock.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

namespace marsa::app {
namespace {

constexpr core::HandoverStep kSignedSteps[] = {
    core::HandoverStep::Declaration, core::HandoverStep::Acknowledgement, core::HandoverStep::Medical};

std::size_t indexOf(core::HandoverStep step) {
    return static_cast<std::size_t>(step) - 1;
}

QString numbered(const char *name, core::HandoverStep step) {
    return QString::fromLatin1(name) + QString::number(static_cast<int>(step));
}

} // namespace

HandoverDialog::HandoverDialog(storage::Database &database, const core::Clock &clock, core::User user,
                               core::DisembarkationId id, bool arabic, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_clock(clock)
    , m_user(std::move(user))
    , m_id(id)
    , m_arabic(arabic)
    , m_caution(chart::ChartPalette::forMode(chart::PaletteMode::Day).colour(chart::ColourToken::UINFO)) {
    setObjectName(QStringLiteral("handoverDialog"));
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("handoverTitle"));
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("handoverTabs"));
    m_stepTabs = new QTabWidget(this);
    m_stepTabs->setObjectName(QStringLiteral("stepTabs"));
    m_tabs->addTab(m_stepTabs, tr("Steps"));
    buildDiscrepancies();
    buildHistory();
    layout->addWidget(m_tabs, 1);

    m_message = messageLabel(this);
    QFont bold = m_message->font();
    bold.setBold(true);
    m_message->setFont(bold);
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    QPushButton *print = addActionButton(buttons, tr("Print to PDF…"), "print");
    print->setToolTip(tr("The handover form with every count and signature, for the paper file"));
    connect(print, &QPushButton::clicked, this, [this] { Q_EMIT printRequested(m_id); });
    // Another console may have signed in the meantime: the service then refuses, and this reads anew.
    QPushButton *reloadButton = addActionButton(buttons, tr("Reload"), "reload");
    reloadButton->setToolTip(tr("Read the handover again as it is stored now"));
    connect(reloadButton, &QPushButton::clicked, this, [this] {
        m_message->setVisible(false);
        reload();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    const QFontMetrics metrics = fontMetrics();
    resize(metrics.averageCharWidth() * 130, metrics.lineSpacing() * 46);
    reload();
    // Open at the step the user signs now, or the one the handover waits for.
    std::optional<core::HandoverStep> open = core::HandoverRules::nextStep(disembarkation());
    for (core::HandoverStep step : kSignedSteps) {
        if (core::HandoverRules::mayStart(m_user, step, m_context.incident, disembarkation())) {
            open = step;
        }
    }
    showStep(open.value_or(core::HandoverStep::Review));
}

HandoverDialog::~HandoverDialog() = default;

void HandoverDialog::reload() {
    storage::DisembarkationService service(m_database, m_clock);
    auto context = service.context(m_id);
    auto row = service.row(m_id);
    auto history = service.history(m_id);
    if (!context || !row || !history) {
        showRefusal(!context ? context.errorMessage() : !row ? row.errorMessage() : history.errorMessage());
        return;
    }
    m_context = std::move(context.value());
    m_discrepancies = row->discrepancies;
    m_unexplained = row->unexplained;
    m_history = std::move(history.value());
    const core::Disembarkation &d = m_context.disembarkation;
    setWindowTitle(tr("Handover %1").arg(d.reference()));
    QString place = d.placeName;
    if (const core::Place *known = m_context.lists.place(d.declaration.values.placeKey);
        known != nullptr && m_arabic && !known->labelArabic.isEmpty()) {
        place = known->labelArabic;
    }
    m_title->setText(tr("Handover %1 — %2, %3 UTC — %4")
                         .arg(core::isolated(d.reference()), place,
                              core::isolated(d.declaration.values.timeUtc.toUTC().toString(
                                  QStringLiteral("yyyy-MM-dd HH:mm"))),
                              core::handoverStatusText(d)));
    buildSteps();
    fillDiscrepancies();
    fillHistory();
}

void HandoverDialog::refreshLists() {
    auto lists = storage::DisembarkationService(m_database, m_clock).lists();
    if (!lists) {
        showRefusal(lists.errorMessage());
        return;
    }
    m_context.lists = std::move(lists.value());
    for (const StepPage &page : m_steps) {
        if (page.form != nullptr) {
            page.form->setLists(m_context.lists);
        }
    }
}

StepForm *HandoverDialog::form(core::HandoverStep step) const {
    return step == core::HandoverStep::Review ? nullptr : m_steps[indexOf(step)].form;
}

void HandoverDialog::showStep(core::HandoverStep step) {
    m_tabs->setCurrentIndex(0);
    m_stepTabs->setCurrentIndex(static_cast<int>(step) - 1);
}

void HandoverDialog::buildSteps() {
    const int current = m_stepTabs->currentIndex();
    while (m_stepTabs->count() > 0) {
        QWidget *page = m_stepTabs->widget(0);
        m_stepTabs->removeTab(0);
        delete page;
    }
    m_steps = {};
    m_approveExplanations.clear();
    const core::Disembarkation &d = m_context.disembarkation;
    for (core::HandoverStep step : kSignedSteps) {
        const bool isSigned = signedValues(d, step).has_value();
        m_stepTabs->addTab(buildStepPage(step), (isSigned ? tr("%1. %2 ✓") : tr("%1. %2"))
                                                    .arg(static_cast<int>(step))
                                                    .arg(core::handoverStepName(step)));
    }
    m_stepTabs->addTab(buildReviewPage(), (d.isLocked() ? tr("%1. %2 ✓") : tr("%1. %2"))
                                              .arg(static_cast<int>(core::HandoverStep::Review))
                                              .arg(core::handoverStepName(core::HandoverStep::Review)));
    m_stepTabs->setCurrentIndex(std::max(0, current));
}

QWidget *HandoverDialog::buildStepPage(core::HandoverStep step) {
    const core::Disembarkation &d = m_context.disembarkation;
    StepPage &p = m_steps[indexOf(step)];
    p.page = new QWidget;
    p.page->setObjectName(numbered("step", step));
    auto *layout = new QVBoxLayout(p.page);
    const auto signer = d.signerOf(step);
    auto *signature =
        new QLabel(signer ? tr("Signed by %1").arg(signatureText(*signer)) : tr("Not signed yet."), p.page);
    signature->setObjectName(numbered("signature", step));
    signature->setWordWrap(true);
    layout->addWidget(signature);

    const core::Decision mayStart = core::HandoverRules::mayStart(m_user, step, m_context.incident, d);
    const auto values = signedValues(d, step);
    if (!mayStart && !d.isLocked() && !values) {
        auto *why = new QLabel(mayStart.reason, p.page);
        why->setObjectName(numbered("gate", step));
        why->setWordWrap(true);
        why->setEnabled(false); // read as a note, not as a field
        layout->addWidget(why);
    }
    // Only the step the user's agency signs now is editable; a step not signed yet and not the user's
    // shows no empty form.
    if (values || mayStart) {
        StepForm *form = nullptr;
        switch (step) {
        case core::HandoverStep::Declaration:
            form = new DeclarationForm(m_context.incident, m_context.lists, m_clock, m_arabic);
            break;
        case core::HandoverStep::Acknowledgement:
            form = new AcknowledgementForm(d.declaration.values, m_context.lists, m_arabic);
            break;
        default:
            form = new MedicalForm(d.declaration.values, m_context.lists, m_arabic);
            break;
        }
        if (values) {
            form->setStepValues(*values);
        }
        form->setEditable(mayStart.allowed);
        p.form = form;
        layout->addWidget(scrolled(form, p.page), 1);
        connect(form, &StepForm::checked, this, [this, step] {
            updateSign(step);
            updateAmendment(step);
        });
    } else {
        layout->addStretch(1);
    }

    p.amendBox = new QWidget(p.page);
    auto *amendLayout = new QVBoxLayout(p.amendBox);
    amendLayout->setContentsMargins(0, 0, 0, 0);
    p.amendReason = new QLineEdit(p.amendBox);
    p.amendReason->setObjectName(numbered("amendReason", step));
    p.amendReason->setPlaceholderText(tr("Reason for the amendment (required)"));
    p.amendExplanation = new QLineEdit(p.amendBox);
    p.amendExplanation->setObjectName(numbered("amendExplanation", step));
    p.amendExplanation->setPlaceholderText(tr("Explanation of the discrepancies the new values leave"));
    p.amendMessage = new QLabel(p.amendBox);
    p.amendMessage->setObjectName(numbered("amendMessage", step));
    p.amendMessage->setWordWrap(true);
    amendLayout->addWidget(p.amendReason);
    amendLayout->addWidget(p.amendExplanation);
    amendLayout->addWidget(p.amendMessage);
    p.amendBox->setVisible(false);
    layout->addWidget(p.amendBox);
    connect(p.amendReason, &QLineEdit::textChanged, this, [this, step] { updateAmendment(step); });
    connect(p.amendExplanation, &QLineEdit::textChanged, this, [this, step] { updateAmendment(step); });

    auto *buttons = new QHBoxLayout;
    if (d.isLocked()) {
        p.amend = new QPushButton(tr("Amend…"), p.page);
        p.amend->setObjectName(numbered("amend", step));
        updateAmend(step);
        connect(p.amend, &QPushButton::clicked, this, [this, step] { startAmendment(step); });
        buttons->addWidget(p.amend);
        p.saveAmendment = new QPushButton(tr("Save amendment"), p.page);
        p.saveAmendment->setObjectName(numbered("saveAmendment", step));
        p.saveAmendment->setVisible(false);
        connect(p.saveAmendment, &QPushButton::clicked, this, [this, step] { saveAmendment(step); });
    }
    buttons->addStretch(1);
    if (p.saveAmendment != nullptr) {
        buttons->addWidget(p.saveAmendment);
    }
    p.sign = new QPushButton(signer && !mayStart ? tr("Signed") : tr("Sign"), p.page);
    p.sign->setObjectName(numbered("sign", step));
    p.sign->setAutoDefault(false);
    connect(p.sign, &QPushButton::clicked, this, [this, step] { sign(step); });
    buttons->addWidget(p.sign);
    layout->addLayout(buttons);
    updateSign(step);
    return p.page;
}

void HandoverDialog::setWriteGate(const WriteGate *gate) {
    m_gate = gate;
    connect(gate, &WriteGate::changed, this, &HandoverDialog::updateWriteButtons);
    updateWriteButtons();
}

void HandoverDialog::updateWriteButtons() {
    for (core::HandoverStep step : kSignedSteps) {
        updateAmend(step);
        updateSign(step);
        updateAmendment(step);
    }
    if (m_approve != nullptr) {
        updateReview();
    }
    if (m_explain != nullptr) {
        updateExplain();
    }
    // Said above the buttons too: the main window's status bar may be behind this window.
    const bool shut = m_gate != nullptr && !m_gate->isOpen();
    if (shut) {
        showRefusal(m_gate->reason());
    } else if (m_showsGateReason) {
        m_message->setVisible(false);
    }
    m_showsGateReason = shut;
}

void HandoverDialog::allow(QPushButton *button, const core::Decision &decision, const QString &whenAllowed) {
    setAllowed(button, throughGate(m_gate, decision), whenAllowed);
}

void HandoverDialog::updateAmend(core::HandoverStep step) {
    StepPage &p = m_steps[indexOf(step)];
    if (p.amend == nullptr) {
        return;
    }
    const core::Disembarkation &d = m_context.disembarkation;
    allow(p.amend, core::HandoverRules::mayAmend(m_user, m_context.incident, d),
          tr("Correct the values of this step; the old values stay in the history"));
    if (!signedValues(d, step)) {
        p.amend->setEnabled(false);
    }
}

void HandoverDialog::updateSign(core::HandoverStep step) {
    StepPage &p = m_steps[indexOf(step)];
    if (p.sign == nullptr) {
        return;
    }
    const core::Decision mayStart =
        core::HandoverRules::mayStart(m_user, step, m_context.incident, m_context.disembarkation);
    if (!mayStart) {
        allow(p.sign, mayStart, {});
        return;
    }
    const core::Decision values = p.form != nullptr ? p.form->check() : mayStart;
    allow(p.sign, values,
          tr("Sign step %1 as %2, %3")
              .arg(static_cast<int>(step))
              .arg(m_user.displayName, core::agencyName(m_user.agency)));
}

bool HandoverDialog::sign(core::HandoverStep step) {
    StepForm *stepForm = form(step);
    if (stepForm == nullptr) {
        showRefusal(tr("Step %1 has no values to sign here.").arg(static_cast<int>(step)));
        return false;
    }
    return signValues(stepForm->stepValues(), disembarkation().version);
}

void HandoverDialog::startAmendment(core::HandoverStep step) {
    StepPage &p = m_steps[indexOf(step)];
    if (p.form == nullptr) {
        return;
    }
    p.form->setEditable(true);
    p.amend->setVisible(false);
    p.sign->setVisible(false);
    p.amendBox->setVisible(true);
    p.saveAmendment->setVisible(true);
    p.amendReason->setFocus();
    updateAmendment(step);
}

std::vector<core::Discrepancy> HandoverDialog::unexplainedAfterAmendment(core::HandoverStep step) const {
    const StepPage &p = m_steps[indexOf(step)];
    core::Disembarkation amended = m_context.disembarkation;
    const core::StepValues values = p.form->stepValues();
    if (const auto *declaration = std::get_if<core::Declaration>(&values)) {
        amended.declaration.values = core::HandoverRules::normalized(*declaration);
    } else if (const auto *acknowledgement = std::get_if<core::Acknowledgement>(&values);
               acknowledgement && amended.acknowledgement) {
        amended.acknowledgement->values = *acknowledgement;
    } else if (const auto *medical = std::get_if<core::MedicalReport>(&values); medical && amended.medical) {
        amended.medical->values = *medical;
    }
    return core::HandoverRules::unexplained(
        core::HandoverRules::discrepancies(m_context.incident, amended, m_context.others),
        amended.explanations);
}

void HandoverDialog::updateAmendment(core::HandoverStep step) {
    StepPage &p = m_steps[indexOf(step)];
    if (p.saveAmendment == nullptr || !p.amendBox->isVisibleTo(p.page) || p.form == nullptr) {
        return;
    }
    const auto unexplained = unexplainedAfterAmendment(step);
    const bool explained = !p.amendExplanation->text().trimmed().isEmpty();
    p.amendExplanation->setVisible(!unexplained.empty());
    core::Decision decision = core::HandoverRules::amend(
        m_user, m_context.incident, m_context.disembarkation, p.form->stepValues(), p.amendReason->text(),
        m_context.lists, m_clock.nowUtc(), explained ? std::vector<core::Discrepancy>{} : unexplained);
    p.amendMessage->setText(decision.reason);
    p.amendMessage->setVisible(!decision.allowed);
    allow(p.saveAmendment, decision, tr("Save the new values with the reason; the old ones stay visible"));
}

bool HandoverDialog::saveAmendment(core::HandoverStep step) {
    StepPage &p = m_steps[indexOf(step)];
    if (p.form == nullptr) {
        return false;
    }
    std::vector<storage::ExplanationText> explanations;
    if (const QString text = p.amendExplanation->text().trimmed(); !text.isEmpty()) {
        for (const core::Discrepancy &discrepancy : unexplainedAfterAmendment(step)) {
            explanations.push_back({discrepancy.rule, text});
        }
    }
    const core::StepValues values = p.form->stepValues();
    const QString reason = p.amendReason->text();
    return writeOverSeen(
        tr("Amend step %1 (%2) to: %3 — reason: %4")
            .arg(static_cast<int>(step))
            .arg(core::handoverStepName(step), stepValuesText(values, m_context.lists, m_arabic), reason),
        [this, values, reason, explanations](int version) {
            return storage::DisembarkationService(m_database, m_clock)
                .amend(m_user, m_id, values, reason, explanations, version);
        },
        [this](const storage::DisembarkationService::Context &now) {
            return core::HandoverRules::mayAmend(m_user, now.incident, now.disembarkation);
        },
        disembarkation().version);
}

bool HandoverDialog::written(const core::Result<core::Disembarkation> &result) {
    if (!result) {
        showRefusal(result.errorMessage());
        return false;
    }
    m_message->setVisible(false);
    reload();
    Q_EMIT changed(m_id);
    return true;
}

void HandoverDialog::showRefusal(const QString &text) {
    showMessage(m_message, text);
}

} // namespace marsa::app
