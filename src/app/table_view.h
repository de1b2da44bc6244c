#pragma once

class QAbstractItemModel;
class QTableView;
class QWidget;

namespace marsa::app {

/// A console table: whole rows selected, sortable, alternating rows, and rows tall enough for
/// Arabic script (UI.md).
QTableView *makeTable(QAbstractItemModel *model, QWidget *parent);

} // namespace marsa::app
