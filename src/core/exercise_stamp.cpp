#include "core/exercise_stamp.h"

namespace marsa::core {

QString exerciseNotice(const QString &exerciseName) {
    return QStringLiteral("EXERCISE \u2014 %1 \u2014 not operational data").arg(exerciseName);
}

QByteArray stampCsv(const QByteArray &csv) {
    if (csv.isEmpty()) {
        return csv;
    }
    QByteArray stamped = QByteArray(kExerciseColumn) + ',';
    stamped.reserve(csv.size() + csv.size() / 8);
    bool quoted = false;
    for (qsizetype i = 0; i < csv.size(); ++i) {
        const char c = csv.at(i);
        stamped += c;
        if (c == '"') {
            quoted = !quoted; // "" inside a quoted field toggles twice
        } else if (c == '\n' && !quoted && i + 1 < csv.size()) {
            stamped += QByteArray(kExerciseStamp) + ',';
        }
    }
    return stamped;
}

QString stampFileName(const QString &fileName) {
    const QString prefix = QLatin1String(kExerciseStamp) + QLatin1Char('-');
    return fileName.startsWith(prefix) ? fileName : prefix + fileName;
}

} // namespace marsa::core
