#pragma once

#include <QAbstractItemModel>
#include <QStringList>

namespace marsa::test {

/// A table model's display text, one line a row with the cells joined by " | ", to compare with
/// the expected lines (STYLE.md: a text dump of the model).
inline QStringList dump(const QAbstractItemModel &model) {
    QStringList lines;
    for (int row = 0; row < model.rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < model.columnCount(); ++column) {
            cells << model.index(row, column).data().toString();
        }
        lines << cells.join(QStringLiteral(" | "));
    }
    return lines;
}

} // namespace marsa::test
