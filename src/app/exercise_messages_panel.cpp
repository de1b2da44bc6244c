#include "app/exercise_messages_panel.h"

#include "app/new_incident_dialog.h"
#include "replay/exercise_clock.h"

#include <QDateTime>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace marsa::app {
namespace {

constexpr int kKeyRole = Qt::UserRole + 1;

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
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("exerciseMessages"));
    m_list->setColumnCount(3);
    m_list->setHeaderLabels({tr("Time"), tr("Message"), QString()});
    m_list->setRootIsDecorated(false);
    m_list->setWordWrap(true);
    m_list->setUniformRowHeights(false);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_empty = new QLabel(tr("No message from the exercise yet."), this);
    m_empty->setObjectName(QStringLiteral("exerciseMessagesEmpty"));
    m_empty->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_empty);
    layout->addWidget(m_list);
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
        const QDateTime time = QDateTime::fromMSecsSinceEpoch(message.timeMs, Qt::UTC);
        auto *item = new QTreeWidgetItem;
        item->setText(0, replay::ExerciseClock::offsetText((message.timeMs - m_startMs) / 1000) +
                             QLatin1Char('\n') + time.toString(QStringLiteral("HH:mm:ss")) +
                             QStringLiteral(" UTC"));
        item->setText(1, kindName(message.kind) + QStringLiteral(": ") + textOf(message));
        item->setData(0, kKeyRole, message.key);
        item->setTextAlignment(0, Qt::AlignTop | Qt::AlignLeading);
        item->setTextAlignment(1, Qt::AlignTop | Qt::AlignLeading);
        if (message.kind == QLatin1String("alert")) {
            QFont bold = item->font(1);
            bold.setBold(true);
            item->setFont(1, bold);
        }
        m_list->insertTopLevelItem(0, item);
        if (message.kind == QLatin1String("alert")) {
            auto *button = new QPushButton(tr("New case from this alert"), m_list);
            button->setObjectName(QStringLiteral("newCaseFromAlert"));
            button->setEnabled(m_writable);
            connect(button, &QPushButton::clicked, this,
                    [this, message] { Q_EMIT newCaseRequested(message); });
            auto *cell = new QWidget(m_list);
            auto *cellLayout = new QVBoxLayout(cell);
            cellLayout->setContentsMargins(2, 2, 2, 2);
            cellLayout->addWidget(button);
            cellLayout->addStretch();
            m_list->setItemWidget(item, 2, cell);
            Q_EMIT alertArrived(textOf(message).section(QLatin1Char('\n'), 0, 0));
        }
    }
    m_empty->setVisible(m_list->topLevelItemCount() == 0);
}

void ExerciseMessagesPanel::setWritable(bool writable) {
    m_writable = writable;
    const auto buttons = m_list->findChildren<QPushButton *>(QStringLiteral("newCaseFromAlert"));
    for (QPushButton *button : buttons) {
        button->setEnabled(writable);
    }
}

} // namespace marsa::app
