#include "app/feeds_dialog.h"

#include "app/feed_edit_dialog.h"
#include "app/form_fields.h"
#include "models/feed_table_model.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace marsa::app {

FeedsDialog::FeedsDialog(QSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings) {
    setObjectName(QStringLiteral("feedsDialog"));
    setWindowTitle(tr("Feeds"));
    m_model = new models::FeedTableModel(this);
    m_model->setFeeds(feeds::loadFeedConfigs(m_settings));
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("feedsView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    // Arabic script is taller than Latin: rows about 1.5 times the Latin line height (UI.md).
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() * 3 / 2 + 4);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(models::FeedTableModel::NameColumn,
                                                     QHeaderView::Stretch);

    // The selected feed's state in a sentence: what is wrong and what to do (not only a colour).
    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("feedDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // A feed the console runs without a configuration here: an exercise's traffic.
    m_otherFeeds = new QLabel(this);
    m_otherFeeds->setObjectName(QStringLiteral("otherFeeds"));
    m_otherFeeds->setWordWrap(true);
    m_otherFeeds->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    const auto addButton = [buttons](const QString &text, const char *name) {
        return addActionButton(buttons, text, name);
    };
    QPushButton *newButton = addButton(tr("Add…"), "addFeedButton");
    m_editButton = addButton(tr("Edit…"), "editFeedButton");
    m_removeButton = addButton(tr("Remove"), "removeFeedButton");
    m_enableButton = addButton(tr("Disable"), "enableFeedButton");
    connect(newButton, &QPushButton::clicked, this, &FeedsDialog::addFeed);
    connect(m_editButton, &QPushButton::clicked, this, &FeedsDialog::editFeed);
    connect(m_removeButton, &QPushButton::clicked, this, &FeedsDialog::removeFeed);
    connect(m_enableButton, &QPushButton::clicked, this, &FeedsDialog::toggleEnabled);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_view, &QAbstractItemView::doubleClicked, this, &FeedsDialog::editFeed);
    connect(m_model, &QAbstractItemModel::modelReset, this, &FeedsDialog::updateButtons);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &FeedsDialog::updateButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view);
    layout->addWidget(m_detail);
    layout->addWidget(m_otherFeeds);
    layout->addWidget(buttons);
    updateButtons();
    resize(fontMetrics().averageCharWidth() * 120, fontMetrics().height() * 22);
}

const QList<feeds::FeedConfig> &FeedsDialog::feeds() const {
    return m_model->feeds();
}

void FeedsDialog::showStatus(const QList<feeds::FeedStatus> &status) {
    m_model->setStatus(status);
    QStringList others;
    for (const feeds::FeedStatus &feed : status) {
        const bool configured = std::any_of(feeds().begin(), feeds().end(),
                                            [&feed](const feeds::FeedConfig &c) { return c.id == feed.id; });
        if (!configured) {
            QString line = tr("%1: %2, %3 lines/s, %4 lines")
                               .arg(feed.name, feeds::stateName(feed.state),
                                    QLocale().toString(feed.linesPerSecond, 'f', 1),
                                    QLocale().toString(static_cast<qulonglong>(feed.lines)));
            if (!feed.message.isEmpty()) {
                line += QStringLiteral(" — ") + feed.message;
            }
            others << line;
        }
    }
    m_otherFeeds->setText(others.join(QLatin1Char('\n')));
    m_otherFeeds->setVisible(!others.isEmpty());
    updateDetail();
}

int FeedsDialog::selectedRow() const {
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void FeedsDialog::select(quint16 feedId) {
    if (const int row = m_model->rowOf(feedId); row >= 0) {
        // Not QTableView::selectRow(): right to left it selects nothing in Qt 6.4.
        m_view->selectionModel()->setCurrentIndex(
            m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
}

QStringList FeedsDialog::namesExcept(quint16 feedId) const {
    QStringList names;
    for (const feeds::FeedConfig &config : feeds()) {
        if (config.id != feedId) {
            names << config.name;
        }
    }
    return names;
}

void FeedsDialog::updateButtons() {
    const int row = selectedRow();
    const bool any = row >= 0;
    m_editButton->setEnabled(any);
    m_removeButton->setEnabled(any);
    m_enableButton->setEnabled(any);
    m_enableButton->setText(any && !feeds()[row].enabled ? tr("Enable") : tr("Disable"));
    updateDetail();
}

void FeedsDialog::updateDetail() {
    const int row = selectedRow();
    if (row < 0) {
        m_detail->setText(feeds().isEmpty() ? tr("No feeds yet: add the AIS receivers and the GPS this "
                                                 "console reads.")
                                            : QString());
        return;
    }
    const feeds::FeedConfig &config = feeds()[row];
    const feeds::FeedStatus *status = m_model->status(config.id);
    QString text = config.name + QStringLiteral(": ") + models::FeedTableModel::stateText(config, status);
    if (config.enabled && status != nullptr && !status->message.isEmpty()) {
        text += QStringLiteral(". ") + status->message;
    }
    if (!text.endsWith(QLatin1Char('.'))) {
        text += QLatin1Char('.'); // the sentences below follow it
    }
    if (config.enabled && status != nullptr && status->incomplete > 0) {
        text += QLatin1Char(' ') + tr("%1 AIS fragments never completed.").arg(status->incomplete);
    }
    if (config.enabled && status != nullptr && (status->messages > 0 || status->rejectedLines() > 0)) {
        const QLocale locale;
        text += QLatin1Char(' ') +
                tr("AIS messages decoded: %1; lines rejected: %2.")
                    .arg(locale.toString(status->messages), locale.toString(status->rejectedLines()));
    }
    m_detail->setText(text);
}

void FeedsDialog::commit(QList<feeds::FeedConfig> list, quint16 selectId) {
    feeds::saveFeedConfigs(m_settings, list);
    m_settings.sync();
    m_model->setFeeds(list);
    select(selectId);
    Q_EMIT feedsChanged(list);
}

void FeedsDialog::addFeed() {
    feeds::FeedConfig config;
    config.id = feeds::nextFeedId(feeds());
    FeedEditDialog editor(config, true, namesExcept(config.id), this);
    if (editor.exec() != QDialog::Accepted) {
        return;
    }
    QList<feeds::FeedConfig> list = feeds();
    list << editor.config();
    commit(list, editor.config().id);
}

void FeedsDialog::editFeed() {
    const int row = selectedRow();
    if (row < 0) {
        return;
    }
    const feeds::FeedConfig config = feeds()[row];
    FeedEditDialog editor(config, false, namesExcept(config.id), this);
    if (editor.exec() != QDialog::Accepted || editor.config() == config) {
        return;
    }
    QList<feeds::FeedConfig> list = feeds();
    list[row] = editor.config();
    commit(list, config.id);
}

void FeedsDialog::removeFeed() {
    const int row = selectedRow();
    if (row < 0) {
        return;
    }
    QList<feeds::FeedConfig> list = feeds();
    list.removeAt(row);
    commit(list, row < list.size() ? list[row].id : (list.isEmpty() ? 0 : list.back().id));
}

void FeedsDialog::toggleEnabled() {
    const int row = selectedRow();
    if (row < 0) {
        return;
    }
    QList<feeds::FeedConfig> list = feeds();
    list[row].enabled = !list[row].enabled;
    commit(list, list[row].id);
}

} // namespace marsa::app
