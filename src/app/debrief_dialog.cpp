#include "app/debrief_dialog.h"

#include "core/bidi.h"
#include "core/exercise_stamp.h"
#include "models/debrief_pdf.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace marsa::app {
namespace {

QColor markColour(replay::DebriefMark mark, const chart::ChartPalette &palette) {
    using chart::ColourToken;
    switch (mark) {
    case replay::DebriefMark::Good:
        return palette.colour(ColourToken::CHGRN);
    case replay::DebriefMark::Late:
    case replay::DebriefMark::NotNearest:
    case replay::DebriefMark::Incomplete:
        return palette.colour(ColourToken::UINFO);
    case replay::DebriefMark::Missed:
        return palette.colour(ColourToken::CHRED);
    case replay::DebriefMark::NotApplicable:
        break;
    }
    return palette.colour(ColourToken::UINFF);
}

QTableWidgetItem *item(const QString &text) {
    auto *cell = new QTableWidgetItem(text);
    cell->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    cell->setToolTip(text);
    return cell;
}

QTableWidget *table(const QStringList &headers, QWidget *parent) {
    auto *view = new QTableWidget(0, int(headers.size()), parent);
    view->setHorizontalHeaderLabels(headers);
    view->verticalHeader()->hide();
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setWordWrap(true);
    view->horizontalHeader()->setStretchLastSection(false);
    return view;
}

} // namespace

DebriefDialog::DebriefDialog(replay::Debrief debrief, QString exerciseName,
                             const chart::ChartPalette &palette, bool arabic, QWidget *parent)
    : QDialog(parent)
    , m_debrief(std::move(debrief))
    , m_exerciseName(std::move(exerciseName))
    , m_arabic(arabic) {
    setObjectName(QStringLiteral("debriefDialog"));
    setWindowTitle(tr("Debrief — %1").arg(m_debrief.title));
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(this);
    heading->setWordWrap(true);
    heading->setText(
        tr("%1\nT+0 = %2 UTC. Each measure is timed from the scripted moment it answers; the mark "
           "says good, late, missed, not the nearest or incomplete.")
            .arg(core::exerciseNotice(m_exerciseName),
                 m_debrief.startUtc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
    layout->addWidget(heading);

    m_tabs = new QTabWidget(this);
    auto *scroll = new QScrollArea(m_tabs);
    scroll->setWidgetResizable(true);
    auto *cases = new QWidget(scroll);
    auto *casesLayout = new QVBoxLayout(cases);
    for (const replay::CaseDebrief &c : m_debrief.cases) {
        auto *box = new QGroupBox(tr("Case %1: alert at %2, %3 persons, %4")
                                      .arg(c.caseId, replay::debriefOffsetText(c.alertSeconds))
                                      .arg(c.persons)
                                      .arg(core::phaseCode(c.alertPhase)),
                                  cases);
        auto *boxLayout = new QVBoxLayout(box);
        QTableWidget *measures = measuresTable(c, palette);
        measures->setParent(box);
        boxLayout->addWidget(measures);
        casesLayout->addWidget(box);
        m_measures.push_back(measures);
    }
    if (!m_debrief.otherCases.isEmpty()) {
        auto *others = new QLabel(tr("Cases that answer no scripted alert: %1")
                                      .arg(m_debrief.otherCases.join(QStringLiteral(", "))),
                                  cases);
        others->setWordWrap(true);
        casesLayout->addWidget(others);
    }
    casesLayout->addStretch(1);
    scroll->setWidget(cases);
    m_tabs->addTab(scroll, tr("Measures"));

    m_timeline = table({tr("Time"), tr("Who"), tr("Case"), tr("What")}, m_tabs);
    m_timeline->setObjectName(QStringLiteral("debriefTimeline"));
    m_timeline->setRowCount(int(m_debrief.timeline.size()));
    const QColor scriptedBackground = palette.colour(chart::ColourToken::UIAFD);
    for (int row = 0; row < int(m_debrief.timeline.size()); ++row) {
        const replay::DebriefLine &line = m_debrief.timeline[std::size_t(row)];
        const QStringList cells{core::isolated(replay::debriefOffsetText(line.seconds)),
                                line.scripted ? tr("scenario") : line.who, line.caseRef, line.what};
        for (int column = 0; column < cells.size(); ++column) {
            QTableWidgetItem *cell = item(cells[column]);
            if (line.scripted) {
                cell->setBackground(scriptedBackground);
                QFont italic = cell->font();
                italic.setItalic(true);
                cell->setFont(italic);
            }
            m_timeline->setItem(row, column, cell);
        }
    }
    m_timeline->resizeColumnsToContents();
    m_timeline->horizontalHeader()->setStretchLastSection(true);
    m_tabs->addTab(m_timeline, tr("Timeline"));
    layout->addWidget(m_tabs, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *save = buttons->addButton(tr("Save PDF…"), QDialogButtonBox::ActionRole);
    save->setObjectName(QStringLiteral("debriefSavePdf"));
    connect(save, &QPushButton::clicked, this, &DebriefDialog::askAndSavePdf);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(1100, 760);
}

QTableWidget *DebriefDialog::measuresTable(const replay::CaseDebrief &c, const chart::ChartPalette &palette) {
    QTableWidget *view = table({tr("Measure"), tr("Result"), tr("Mark")}, this);
    view->setObjectName(QStringLiteral("debriefMeasures-") + c.caseId);
    const auto add = [&](const QString &what, const QString &result, replay::DebriefMark mark) {
        const int row = view->rowCount();
        view->insertRow(row);
        view->setItem(row, 0, item(what));
        view->setItem(row, 1, item(result));
        QTableWidgetItem *markCell = item(replay::debriefMarkName(mark));
        markCell->setData(Qt::UserRole, replay::debriefMarkKey(mark));
        QFont bold = markCell->font();
        bold.setBold(true);
        markCell->setFont(bold);
        markCell->setForeground(markColour(mark, palette));
        view->setItem(row, 2, markCell);
    };
    if (!c.incident) {
        add(tr("case opened"), tr("no case opened"), replay::DebriefMark::Missed);
    } else {
        add(tr("answered by"),
            tr("%1, reported %2 NM from the alert").arg(c.caseNumber).arg(c.matchDistanceNm, 0, 'f', 1),
            replay::DebriefMark::NotApplicable);
        add(tr("case opened"), replay::timedMeasureText(c.opened, true), c.opened.mark);
        add(tr("right phase (%1)").arg(core::phaseCode(c.alertPhase)),
            replay::timedMeasureText(c.rightPhase, true), c.rightPhase.mark);
        if (c.distressAfterOverboard) {
            add(tr("DETRESFA after persons overboard"),
                replay::timedMeasureText(*c.distressAfterOverboard, true), c.distressAfterOverboard->mark);
        }
        add(tr("first unit tasked"), replay::timedMeasureText(c.tasked, true), c.tasked.mark);
        add(tr("first unit on scene"), replay::timedMeasureText(c.onScene, true), c.onScene.mark);
        if (c.asset.atSeconds) {
            add(tr("unit chosen"),
                c.asset.chosen ? replay::assetOptionText(*c.asset.chosen, true) : QStringLiteral("—"),
                c.asset.mark);
            add(tr("nearest available"),
                c.asset.nearest ? replay::assetOptionText(*c.asset.nearest, true) : tr("none available"),
                replay::DebriefMark::NotApplicable);
        }
        add(tr("handover"), replay::handoverText(c.handover), c.handover.mark);
    }
    view->resizeColumnsToContents();
    view->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    view->resizeRowsToContents();
    int height = view->horizontalHeader()->height() + 2 * view->frameWidth();
    for (int row = 0; row < view->rowCount(); ++row) {
        height += view->rowHeight(row);
    }
    view->setMinimumHeight(height);
    view->setMaximumHeight(height);
    view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return view;
}

QTableWidget *DebriefDialog::measuresOf(int caseIndex) const {
    return caseIndex >= 0 && caseIndex < int(m_measures.size()) ? m_measures[std::size_t(caseIndex)]
                                                                : nullptr;
}

bool DebriefDialog::savePdf(const QString &path) {
    models::DebriefPrintOptions options;
    options.exerciseName = m_exerciseName;
    options.arabic = m_arabic;
    if (auto written = models::writeDebriefPdf(m_debrief, path, options); !written) {
        QMessageBox::warning(this, tr("Debrief"), written.errorMessage());
        return false;
    }
    return true;
}

void DebriefDialog::askAndSavePdf() {
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save the debrief as PDF"),
                                     core::stampFileName(QStringLiteral("debrief.pdf")), tr("PDF (*.pdf)"));
    if (!path.isEmpty()) {
        savePdf(path);
    }
}

} // namespace marsa::app
