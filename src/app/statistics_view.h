#pragma once

#include "core/handover_statistics.h"
#include "core/result.h"

#include <QWidget>

#include <array>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QTableView;
QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
QT_END_NAMESPACE

namespace marsa::core {
class Clock;
}
namespace marsa::storage {
class Database;
}
namespace marsa::models {
class StatisticsTableModel;
}

namespace marsa::app {

/// Tools → Statistics: persons disembarked by week or month (by sex and age group), by disembarkation
/// point, dead and missing, medical cases and boats intercepted, as charts and as a table in the layout
/// of IOM's weekly Libya maritime update, with "Export CSV…" in that layout (core::iomWeeklyCsv). It
/// follows the console's palette (dark charts at dusk and night) and lays out right to left in Arabic.
class StatisticsView final : public QWidget {
    Q_OBJECT
public:
    enum Chart : int { PersonsChart, PlacesChart, DeadMissingChart, MedicalChart, BoatsChart, ChartCount };

    StatisticsView(storage::Database &database, const core::Clock &clock, QWidget *parent = nullptr);

    /// Reads the figures again for the period and grouping chosen; a mistake (the first day after the
    /// last) is said and changes nothing.
    void reload();
    /// The period and grouping, as a user sets them.
    void setRequest(const core::StatisticsRequest &request);
    const core::HandoverStatistics &statistics() const { return m_statistics; }
    /// The chart shown now: reload() replaces each chart (a palette switch only restyles it).
    QChart &chart(Chart which) const { return *m_charts[static_cast<std::size_t>(which)]; }
    models::StatisticsTableModel &table() const { return *m_model; }
    QString summaryText() const;
    /// Writes the figures as CSV in IOM's layout (the whole file or nothing).
    core::Result<void> exportCsv(const QString &path) const;
    /// The file name Export CSV… offers ("EXERCISE-…" from an exercise database).
    QString suggestedCsvName() const;
    /// Asks for a file and writes the CSV; a failure is said in a message.
    void promptExportCsv();

protected:
    void changeEvent(QEvent *event) override;

private:
    void showStatistics();
    void applyPalette();
    core::StatisticsRequest request() const;

    storage::Database &m_database;
    const core::Clock &m_clock;
    core::HandoverStatistics m_statistics;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_period = nullptr;
    QCheckBox *m_approvedOnly = nullptr;
    QLabel *m_summary = nullptr;
    QTableView *m_tableView = nullptr;
    models::StatisticsTableModel *m_model = nullptr;
    std::array<QChart *, ChartCount> m_charts{};
    std::array<QChartView *, ChartCount> m_chartViews{};
    bool m_styling = false;
};

} // namespace marsa::app
