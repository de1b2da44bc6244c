#pragma once

// What the handover window's tests share: finding its widgets, signing in a demonstration account,
// the demonstration disembarkations by place, and the rows every handover write adds to.

#include "app_fixture.h"

#include "storage/disembarkation_service.h"

#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>

namespace marsa::test {

template <typename Widget>
Widget *child(QWidget &parent, const QString &name) {
    auto *widget = parent.findChild<Widget *>(name);
    REQUIRE(widget != nullptr);
    return widget;
}

inline QPushButton *button(QWidget &parent, const char *name, core::HandoverStep step) {
    return child<QPushButton>(parent, QString::fromLatin1(name) + QString::number(static_cast<int>(step)));
}

inline core::User signIn(Console &console, const char *userName) {
    auto user = storage::UserRepository(console.database->connection())
                    .authenticate(QString::fromLatin1(userName), storage::demoPassword());
    REQUIRE(user);
    return user.value();
}

inline core::DisembarkationId demoAt(Console &console, const char *placeKey) {
    storage::DisembarkationService service(*console.database, console.clock);
    auto rows = service.list({});
    REQUIRE(rows);
    for (const storage::DisembarkationRow &row : rows.value()) {
        if (row.disembarkation.declaration.values.placeKey == QLatin1String(placeKey)) {
            return row.disembarkation.id;
        }
    }
    FAIL("no demonstration disembarkation at " << placeKey);
    return {};
}

/// The rows every write adds to: the handover's, the case's timeline and the audit log.
inline QString rowCounts(Console &console) {
    QStringList counts;
    for (const char *table : {"disembarkations", "handover_steps", "handover_explanations",
                              "handover_amendments", "incident_events", "audit_log"}) {
        QSqlQuery query(console.database->connection());
        REQUIRE(
            query.exec(QStringLiteral("SELECT COUNT(*), COALESCE(SUM(%1), 0) FROM %2")
                           .arg(QString::fromLatin1(qstrcmp(table, "disembarkations") == 0 ? "version" : "1"),
                                QString::fromLatin1(table))));
        REQUIRE(query.next());
        counts << QStringLiteral("%1=%2/%3")
                      .arg(QString::fromLatin1(table), query.value(0).toString(), query.value(1).toString());
    }
    return counts.join(QLatin1Char(' '));
}

inline void setCount(QWidget &form, const char *name, int value) {
    child<QSpinBox>(form, QString::fromLatin1(name))->setValue(value);
}

} // namespace marsa::test
