#pragma once

#include "chart/chart_palette.h"
#include "replay/debrief.h"

#include <QDialog>

class QTableWidget;
class QTabWidget;

namespace marsa::app {

/// Tools → Debrief… on an exercise database with a scenario (docs/exercises.md, "Debrief"): the
/// measures of each scripted case, marked in words and colours, the merged timeline, and Save PDF….
class DebriefDialog final : public QDialog {
    Q_OBJECT
public:
    DebriefDialog(replay::Debrief debrief, QString exerciseName, const chart::ChartPalette &palette,
                  bool arabic, QWidget *parent = nullptr);

    const replay::Debrief &debrief() const { return m_debrief; }
    /// The measures' table of a scripted case, in the scenario's order (for tests).
    QTableWidget *measuresOf(int caseIndex) const;
    QTableWidget *timeline() const { return m_timeline; }
    /// Writes the PDF; the error is shown and answered false when it cannot.
    bool savePdf(const QString &path);

private:
    void askAndSavePdf();
    QTableWidget *measuresTable(const replay::CaseDebrief &c, const chart::ChartPalette &palette);

    replay::Debrief m_debrief;
    QString m_exerciseName;
    bool m_arabic = false;
    QTabWidget *m_tabs = nullptr;
    std::vector<QTableWidget *> m_measures;
    QTableWidget *m_timeline = nullptr;
};

} // namespace marsa::app
