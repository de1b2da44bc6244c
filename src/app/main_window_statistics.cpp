// Tools → Statistics…: the statistics of disembarkations in a window of its own.

#include "app/main_window.h"
#include "app/statistics_view.h"

#include <QAction>
#include <QMenu>

namespace marsa::app {

void MainWindow::createStatisticsAction(QMenu *tools) {
    QAction *statistics = tools->addAction(tr("&Statistics…"), this, [this] {
        if (m_statistics == nullptr) {
            m_statistics = new StatisticsView(m_services.database, m_services.clock, this);
            m_statistics->setWindowFlag(Qt::Window);
            m_statistics->resize(1280, 860);
        } else {
            m_statistics->reload();
        }
        m_statistics->show();
        m_statistics->raise();
        m_statistics->activateWindow();
    });
    statistics->setObjectName(QStringLiteral("statisticsAction"));
    statistics->setToolTip(tr("Persons disembarked by week or month, by port, by sex and age group; dead and "
                              "missing; medical cases; boats intercepted"));
}

} // namespace marsa::app
