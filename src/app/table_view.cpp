#include "app/table_view.h"

#include <QHeaderView>
#include <QTableView>

namespace marsa::app {

QTableView *makeTable(QAbstractItemModel *model, QWidget *parent) {
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->setSortingEnabled(true);
    view->horizontalHeader()->setStretchLastSection(true);
    view->verticalHeader()->hide();
    // Arabic script is taller than Latin: rows about 1.5 times the Latin line height (UI.md).
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() * 3 / 2 + 4);
    return view;
}

} // namespace marsa::app
