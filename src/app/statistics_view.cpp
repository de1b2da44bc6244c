#include "app/statistics_view.h"

#include "app/statistics_charts.h"
#include "app/table_view.h"
#include "core/clock.h"
#include "core/exercise_stamp.h"
#include "models/statistics_table_model.h"
#include "storage/database.h"
#include "storage/disembarkation_service.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace marsa::app {
namespace {

using chart::ColourToken;

QDateEdit *dayEdit(const QDate &day, const QString &objectName, QWidget *parent) {
    auto *edit = new QDateEdit(day, parent);
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return edit;
}

} // namespace

StatisticsView::StatisticsView(storage::Database &database, const core::Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_clock(clock) {
    setObjectName(QStringLiteral("statisticsView"));
    setWindowTitle(tr("Statistics of disembarkations"));

    // The last eight weeks to today, by week: what a weekly report looks back on.
    const QDate today = m_clock.nowUtc().date();
    m_from = dayEdit(today.addDays(1 - today.dayOfWeek()).addDays(-7 * 7), QStringLiteral("fromDate"), this);
    m_to = dayEdit(today, QStringLiteral("toDate"), this);
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("periodCombo"));
    m_period->addItem(tr("By week"), static_cast<int>(core::StatisticsPeriod::Week));
    m_period->addItem(tr("By month"), static_cast<int>(core::StatisticsPeriod::Month));
    m_approvedOnly = new QCheckBox(tr("Approved handovers only"), this);
    m_approvedOnly->setObjectName(QStringLiteral("approvedOnly"));
    m_approvedOnly->setToolTip(tr("Otherwise every declared handover counts, as provisional figures"));
    auto *exportButton = new QPushButton(tr("Export CSV…"), this);
    exportButton->setObjectName(QStringLiteral("exportCsvButton"));
    exportButton->setToolTip(tr("The figures as CSV in the layout of IOM's weekly Libya maritime update"));

    auto *controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("From"), this));
    controls->addWidget(m_from);
    controls->addWidget(new QLabel(tr("to"), this));
    controls->addWidget(m_to);
    controls->addWidget(m_period);
    controls->addWidget(m_approvedOnly);
    controls->addStretch(1);
    controls->addWidget(exportButton);

    auto *charts = new QWidget(this);
    auto *grid = new QGridLayout(charts);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(6);
    for (int i = 0; i < ChartCount; ++i) {
        auto *view = new QChartView(new QChart, charts);
        view->setObjectName(QStringLiteral("chartView%1").arg(i));
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumSize(260, 200);
        m_chartViews[static_cast<std::size_t>(i)] = view;
        m_charts[static_cast<std::size_t>(i)] = view->chart();
        grid->addWidget(view, i / 3, i % 3);
    }
    m_summary = new QLabel(charts);
    m_summary->setObjectName(QStringLiteral("statisticsSummary"));
    m_summary->setWordWrap(true);
    m_summary->setAlignment(Qt::AlignLeading | Qt::AlignTop);
    m_summary->setMargin(8);
    grid->addWidget(m_summary, 1, 2);

    m_model = new models::StatisticsTableModel(this);
    m_tableView = makeTable(m_model, this);
    m_tableView->setObjectName(QStringLiteral("statisticsTable"));
    m_tableView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tableView->verticalHeader()->hide();
    m_tableView->setSortingEnabled(false); // IOM's order: each period's points, then its total
    m_tableView->horizontalHeader()->setStretchLastSection(false);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(charts);
    splitter->addWidget(m_tableView);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(splitter, 1);

    connect(m_from, &QDateEdit::dateChanged, this, &StatisticsView::reload);
    connect(m_to, &QDateEdit::dateChanged, this, &StatisticsView::reload);
    connect(m_period, &QComboBox::currentIndexChanged, this, &StatisticsView::reload);
    connect(m_approvedOnly, &QCheckBox::toggled, this, &StatisticsView::reload);
    connect(exportButton, &QPushButton::clicked, this, &StatisticsView::promptExportCsv);
    reload();
}

core::StatisticsRequest StatisticsView::request() const {
    return {m_from->date(), m_to->date(),
            static_cast<core::StatisticsPeriod>(m_period->currentData().toInt()),
            m_approvedOnly->isChecked()};
}

void StatisticsView::setRequest(const core::StatisticsRequest &request) {
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    const QSignalBlocker blockPeriod(m_period);
    const QSignalBlocker blockApproved(m_approvedOnly);
    m_from->setDate(request.from);
    m_to->setDate(request.to);
    m_period->setCurrentIndex(m_period->findData(static_cast<int>(request.period)));
    m_approvedOnly->setChecked(request.approvedOnly);
    reload();
}

void StatisticsView::reload() {
    const core::StatisticsRequest wanted = request();
    if (wanted.to < wanted.from) {
        m_summary->setText(
            tr("The first day (%1) is after the last (%2): choose a first day on or before the "
               "last.")
                .arg(wanted.from.toString(Qt::ISODate), wanted.to.toString(Qt::ISODate)));
        return;
    }
    const storage::DisembarkationService service(m_database, m_clock);
    auto statistics = service.statistics(wanted);
    if (!statistics) {
        m_summary->setText(statistics.errorMessage());
        return;
    }
    m_statistics = std::move(statistics.value());
    showStatistics();
}

QString StatisticsView::summaryText() const {
    const core::HandoverFigures &total = m_statistics.total;
    return tr("%1 to %2: %3 persons disembarked (%4 men, %5 women, %6 children, %7 unknown) from %8 boats; "
              "%9 dead, %10 missing; %11 medical cases.")
        .arg(m_statistics.request.from.toString(Qt::ISODate), m_statistics.request.to.toString(Qt::ISODate))
        .arg(total.persons.total())
        .arg(total.persons.men)
        .arg(total.persons.women)
        .arg(total.persons.children())
        .arg(total.persons.unknown)
        .arg(total.boats)
        .arg(total.dead)
        .arg(total.missing)
        .arg(total.medicalCases);
}

void StatisticsView::showStatistics() {
    const bool rightToLeft = layoutDirection() == Qt::RightToLeft;
    QStringList periods;
    BarRow men{tr("Men"), {}, ColourToken::UINFB};
    BarRow women{tr("Women"), {}, ColourToken::UINFO};
    BarRow children{tr("Children"), {}, ColourToken::CHGRN};
    BarRow unknown{tr("Unknown"), {}, ColourToken::CHGRD};
    BarRow dead{tr("Dead"), {}, ColourToken::CHGRD};
    BarRow missing{tr("Missing"), {}, ColourToken::CHMGD};
    BarRow medical{tr("Medical cases"), {}, ColourToken::CHGRN};
    BarRow evacuated{tr("Evacuated to hospital"), {}, ColourToken::UINFO};
    BarRow boats{tr("Boats"), {}, ColourToken::UINFB};
    for (const core::PeriodFigures &period : m_statistics.periods) {
        periods << period.label;
        const core::HandoverFigures &f = period.total;
        men.values << f.persons.men;
        women.values << f.persons.women;
        children.values << f.persons.children();
        unknown.values << f.persons.unknown;
        dead.values << f.dead;
        missing.values << f.missing;
        medical.values << f.medicalCases;
        evacuated.values << f.medicalEvacuations;
        boats.values << f.boats;
    }
    QStringList places;
    BarRow persons{tr("Persons"), {}, ColourToken::UINFB};
    for (const core::PlaceFigures &place : m_statistics.byPlace) {
        if (place.figures.persons.total() > 0) {
            places << place.placeName;
            persons.values << place.figures.persons.total();
        }
    }
    // A new chart each time: Qt Charts 6.4 leaves the labels of removed axes on the scene.
    const auto show = [&](Chart which, const QString &title, BarLayout layout, const QStringList &categories,
                          const std::vector<BarRow> &rows) {
        auto *fresh = new QChart;
        fresh->setTitle(title);
        fresh->setMargins(QMargins(4, 4, 4, 4));
        setBars(*fresh, layout, categories, rows, rightToLeft);
        QChartView *view = m_chartViews[static_cast<std::size_t>(which)];
        QChart *old = view->chart();
        view->setChart(fresh);
        delete old;
        m_charts[static_cast<std::size_t>(which)] = fresh;
    };
    show(PersonsChart, tr("Persons disembarked"), BarLayout::Stacked, periods,
         {men, women, children, unknown});
    show(PlacesChart, tr("By disembarkation point"), BarLayout::Horizontal, places, {persons});
    show(DeadMissingChart, tr("Dead and missing"), BarLayout::Grouped, periods, {dead, missing});
    show(MedicalChart, tr("Medical cases"), BarLayout::Grouped, periods, {medical, evacuated});
    show(BoatsChart, tr("Boats intercepted"), BarLayout::Grouped, periods, {boats});
    m_model->setStatistics(m_statistics);
    m_summary->setText(summaryText());
    applyPalette();
}

void StatisticsView::applyPalette() {
    m_styling = true;
    const chart::PaletteMode mode = paletteModeOf(palette());
    for (QChart *each : m_charts) {
        styleChart(*each, mode, palette(), font());
    }
    m_styling = false;
}

void StatisticsView::changeEvent(QEvent *event) {
    QWidget::changeEvent(event);
    if (!m_styling && (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)) {
        applyPalette();
    } else if (event->type() == QEvent::LayoutDirectionChange) {
        showStatistics();
    }
}

core::Result<void> StatisticsView::exportCsv(const QString &path) const {
    QByteArray bytes = core::iomWeeklyCsv(m_statistics).toUtf8();
    if (m_database.isExercise()) {
        bytes = core::stampCsv(bytes); // docs/exercises.md: every row says EXERCISE
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return core::Result<void>::failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
    }
    return core::Result<void>::success();
}

QString StatisticsView::suggestedCsvName() const {
    const QString name = QStringLiteral("iom-maritime-update-%1-%2.csv")
                             .arg(m_statistics.request.from.toString(Qt::ISODate),
                                  m_statistics.request.to.toString(Qt::ISODate));
    return m_database.isExercise() ? core::stampFileName(name) : name;
}

void StatisticsView::promptExportCsv() {
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export statistics as CSV"), QDir(folder).filePath(suggestedCsvName()),
        tr("CSV files (*.csv)"), nullptr, QFileDialog::DontUseNativeDialog);
    if (path.isEmpty()) {
        return;
    }
    if (auto written = exportCsv(path); !written) {
        QMessageBox::warning(this, tr("Export statistics"), written.errorMessage());
    }
}

} // namespace marsa::app
