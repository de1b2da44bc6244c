#include "app/replay_dialog.h"

#include "core/bidi.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace marsa::app {
namespace {

QDateTimeEdit *utcEdit(std::int64_t ms, QWidget *parent) {
    auto *edit = new QDateTimeEdit(parent);
    edit->setTimeSpec(Qt::UTC);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    edit->setCalendarPopup(true);
    edit->setDateTime(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC));
    return edit;
}

} // namespace

ReplayDialog::ReplayDialog(std::vector<core::Incident> cases,
                           std::optional<std::pair<std::int64_t, std::int64_t>> journalBounds,
                           QWidget *parent)
    : QDialog(parent)
    , m_cases(std::move(cases)) {
    setObjectName(QStringLiteral("replayDialog"));
    setWindowTitle(tr("Replay"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Replay shows the console as it was: the vessels, the cases' phases and "
                                "status, at any speed. Nothing can be changed while it runs."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_byCase = new QRadioButton(tr("A &case, from its first alert to its last change:"), this);
    m_byCase->setObjectName(QStringLiteral("replayByCase"));
    layout->addWidget(m_byCase);
    m_case = new QComboBox(this);
    m_case->setObjectName(QStringLiteral("replayCase"));
    for (const core::Incident &incident : m_cases) {
        m_case->addItem(tr("%1 — %2, first alert %3 UTC")
                            .arg(core::isolated(incident.caseNumber.text()), core::phaseCode(incident.phase),
                                 core::isolated(incident.firstAlertUtc.toUTC().toString(
                                     QStringLiteral("yyyy-MM-dd HH:mm")))));
    }
    layout->addWidget(m_case);

    m_byWindow = new QRadioButton(tr("A time &window (UTC):"), this);
    m_byWindow->setObjectName(QStringLiteral("replayByWindow"));
    layout->addWidget(m_byWindow);
    const std::int64_t lastMs = journalBounds ? journalBounds->second : QDateTime::currentMSecsSinceEpoch();
    const std::int64_t firstMs =
        journalBounds ? std::max(journalBounds->first, lastMs - 3'600'000) : lastMs - 3'600'000;
    m_from = utcEdit(firstMs, this);
    m_from->setObjectName(QStringLiteral("replayFrom"));
    m_to = utcEdit(lastMs, this);
    m_to->setObjectName(QStringLiteral("replayTo"));
    auto *window = new QFormLayout;
    window->addRow(tr("From:"), m_from);
    window->addRow(tr("To:"), m_to);
    layout->addLayout(window);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("replayProblem"));
    m_problem->setWordWrap(true);
    QFont bold = m_problem->font();
    bold.setBold(true);
    m_problem->setFont(bold);
    m_problem->hide();
    layout->addWidget(m_problem);
    if (!journalBounds) {
        m_problem->setText(tr("The journal is empty: this database has recorded nothing to replay yet."));
        m_problem->show();
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Start replay"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_byCase, &QRadioButton::toggled, this, &ReplayDialog::updateChoice);
    (m_cases.empty() ? m_byWindow : m_byCase)->setChecked(true);
    m_byCase->setEnabled(!m_cases.empty());
    updateChoice();
}

void ReplayDialog::updateChoice() {
    m_case->setEnabled(m_byCase->isChecked());
    m_from->setEnabled(m_byWindow->isChecked());
    m_to->setEnabled(m_byWindow->isChecked());
}

std::optional<ReplayRequest> ReplayDialog::request() const {
    ReplayRequest request;
    if (m_byCase->isChecked()) {
        const int index = m_case->currentIndex();
        if (index < 0 || index >= static_cast<int>(m_cases.size())) {
            return std::nullopt;
        }
        request.incident = m_cases[static_cast<std::size_t>(index)];
        return request;
    }
    request.fromMs = m_from->dateTime().toMSecsSinceEpoch();
    request.toMs = m_to->dateTime().toMSecsSinceEpoch();
    if (request.toMs <= request.fromMs) {
        return std::nullopt;
    }
    return request;
}

void ReplayDialog::accept() {
    if (!request()) {
        m_problem->setText(m_byCase->isChecked() ? tr("Choose a case to replay.")
                                                 : tr("The window must end after it starts."));
        m_problem->show();
        return;
    }
    QDialog::accept();
}

} // namespace marsa::app
