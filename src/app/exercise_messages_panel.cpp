#include "app/exercise_messages_panel.h"

#include "app/new_incident_dialog.h"
#include "replay/exercise_clock.h"

#include "core/bidi.h"

#include <QDateTime>
#include <QFrame>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace marsa::app {
namespace {

QString kindName(const QString &kind) {
    if (kind == QLatin1String("alert")) {
        return ExerciseMessagesPanel::tr("Alert");
    }
    if (kind == QLatin1String("radio_call")) {
        return ExerciseMessagesPanel::tr("Radio call");
    }
    if (kind == QLatin1String("weather")) {
        return ExerciseMessagesPanel::tr("Weather");
    }
    if (kind == QLatin1String("asset_ready") || kind == QLatin1String("asset_back") ||
        kind == QLatin1String("asset_unavailable")) {
        return ExerciseMessagesPanel::tr("Unit");
    }
    return ExerciseMessagesPanel::tr("Report");
}

} // namespace

ExerciseMessagesPanel::ExerciseMessagesPanel(qint64 startMs, QWidget *parent)
    : QWidget(parent)
    , m_startMs(startMs) {
    setObjectName(QStringLiteral("exerciseMessagesPanel"));
    m_empty = new QLabel(tr("No message from the exercise yet."), this);
    m_empty->setObjectName(QStringLiteral("exerciseMessagesEmpty"));
    m_empty->setWordWrap(true);
    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("exerciseMessages"));
    m_cards = new QVBoxLayout(content);
    m_cards->setContentsMargins(0, 0, 0, 0);
    m_cards->setSpacing(6);
    m_cards->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_empty);
    layout->addWidget(scroll, 1);
}

QString ExerciseMessagesPanel::shownText(int index) const {
    return index >= 0 && index < count() ? m_shown[static_cast<std::size_t>(index)] : QString();
}

std::optional<AlertPrefill> ExerciseMessagesPanel::alertOf(const storage::ExerciseMessage &message) {
    if (message.kind != QLatin1String("alert")) {
        return std::nullopt;
    }
    const QJsonObject o = QJsonDocument::fromJson(message.payload).object();
    AlertPrefill alert;
    alert.source = core::alertSourceFromKey(o.value(QStringLiteral("source")).toString())
                       .value_or(core::AlertSource::Other);
    alert.position =
        geo::LatLon{o.value(QStringLiteral("lat")).toDouble(), o.value(QStringLiteral("lon")).toDouble()};
    alert.uncertaintyNm = o.value(QStringLiteral("uncertainty_nm")).toDouble();
    alert.personsOnBoard.total = o.value(QStringLiteral("persons")).toInt();
    auto count = [&o](const char *key) -> std::optional<int> {
        const QJsonValue value = o.value(QLatin1String(key));
        return value.isDouble() ? std::optional(value.toInt()) : std::nullopt;
    };
    alert.personsOnBoard.men = count("men");
    alert.personsOnBoard.women = count("women");
    alert.personsOnBoard.children = count("children");
    alert.craft =
        core::craftFromKey(o.value(QStringLiteral("craft")).toString()).value_or(core::CraftType::Other);
    alert.condition = o.value(QStringLiteral("condition")).toString();
    alert.phase = core::phaseFromKey(o.value(QStringLiteral("phase")).toString())
                      .value_or(core::EmergencyPhase::Uncertainty);
    return alert;
}

QString ExerciseMessagesPanel::textOf(const storage::ExerciseMessage &message) {
    return QJsonDocument::fromJson(message.payload).object().value(QStringLiteral("text")).toString();
}

void ExerciseMessagesPanel::addMessages(const std::vector<storage::ExerciseMessage> &messages) {
    for (const storage::ExerciseMessage &message : messages) {
        const bool alert = message.kind == QLatin1String("alert");
        const QDateTime time = QDateTime::fromMSecsSinceEpoch(message.timeMs, Qt::UTC);
        const QString heading =
            core::isolated(replay::ExerciseClock::offsetText((message.timeMs - m_startMs) / 1000)) +
            QStringLiteral(" · ") +
            core::isolated(time.toString(QStringLiteral("HH:mm:ss")) + QStringLiteral(" UTC")) +
            QStringLiteral(" · ") + kindName(message.kind);
        auto *card = new QFrame;
        card->setObjectName(QStringLiteral("exerciseMessage"));
        card->setFrameShape(QFrame::StyledPanel);
        auto *cardLayout = new QVBoxLayout(card);
        cardLayout->setContentsMargins(6, 4, 6, 4);
        cardLayout->setSpacing(2);
        auto *title = new QLabel(heading, card);
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
        auto *text = new QLabel(textOf(message), card);
        text->setObjectName(QStringLiteral("exerciseMessageText"));
        text->setWordWrap(true);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        if (alert) {
            text->setFont(bold);
        }
        cardLayout->addWidget(title);
        cardLayout->addWidget(text);
        if (alert) {
            auto *button = new QPushButton(tr("New case from this alert"), card);
            button->setObjectName(QStringLiteral("newCaseFromAlert"));
            button->setEnabled(m_writable);
            connect(button, &QPushButton::clicked, this,
                    [this, message] { Q_EMIT newCaseRequested(message); });
            auto *row = new QHBoxLayout;
            row->addStretch();
            row->addWidget(button);
            cardLayout->addLayout(row);
        }
        m_cards->insertWidget(0, card);
        m_shown.insert(m_shown.begin(), heading + QLatin1Char('\n') + textOf(message));
        if (alert) {
            Q_EMIT alertArrived(textOf(message).section(QLatin1Char('\n'), 0, 0));
        }
    }
    m_empty->setVisible(m_shown.empty());
}

void ExerciseMessagesPanel::setWritable(bool writable) {
    m_writable = writable;
    const auto buttons = findChildren<QPushButton *>(QStringLiteral("newCaseFromAlert"));
    for (QPushButton *button : buttons) {
        button->setEnabled(writable);
    }
}

} // namespace marsa::app
