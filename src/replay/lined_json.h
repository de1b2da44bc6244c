#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace marsa::replay {

/// A JSON document read strictly (RFC 8259: no comments, no trailing commas, no repeated member
/// names) together with the line each value starts on, so that a mistake found later can be
/// pointed at. Paths are written as a reader says them: "injects[3].at", "" for the whole
/// document.
struct LinedJson {
    QJsonValue root;
    QHash<QString, int> lines;

    /// The line of `path`, or of the nearest enclosing value that has one (1 at worst).
    int lineOf(const QString &path) const;
};

/// Where and why a text is not JSON.
struct JsonSyntaxError {
    int line = 1;
    QString path; ///< the value being read when the mistake was found
    QString message;
};

/// Reads `text` (UTF-8); on a mistake `error` is filled and nothing is returned.
std::optional<LinedJson> readLinedJson(const QByteArray &text, JsonSyntaxError &error);

/// "cases[0].alert" + "at" → "cases[0].alert.at"; "" + "title" → "title".
QString memberPath(const QString &parent, const QString &name);
/// "injects" + 3 → "injects[3]".
QString elementPath(const QString &parent, qsizetype index);

} // namespace marsa::replay
