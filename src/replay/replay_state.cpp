#include "replay/replay_state.h"

#include "feeds/ais_convert.h"
#include "feeds/ais_decoder.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <limits>
#include <map>
#include <memory>

namespace marsa::replay {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(marsa::replay::Replay)
};

} // namespace

struct LineReplayer::Decoders {
    std::map<std::int64_t, std::unique_ptr<feeds::AisDecoder>> bySource;
    feeds::AisMessage message;
    /// Acknowledged alarms not in the table yet: MMSI → when the live console had last heard them.
    std::map<std::uint32_t, std::int64_t> pendingAcknowledgements;
};

LineReplayer::LineReplayer(core::LiveTargets &targets)
    : m_targets(targets)
    , m_decoders(std::make_unique<Decoders>()) {}

LineReplayer::~LineReplayer() = default;

void LineReplayer::apply(const storage::JournalEntryView &line) {
    if (line.kind == storage::JournalKind::AlarmAcknowledged) {
        const auto mmsi = static_cast<std::uint32_t>(line.source);
        if (m_targets.find(mmsi) != nullptr) {
            m_targets.acknowledgeAlarm(mmsi);
        } else {
            bool known = false;
            const qlonglong heardMs = QByteArray(line.payload.data(), line.payload.size()).toLongLong(&known);
            m_decoders->pendingAcknowledgements[mmsi] = known ? heardMs : line.timeMs;
        }
        return;
    }
    if (line.kind != storage::JournalKind::Line) {
        return;
    }
    std::unique_ptr<feeds::AisDecoder> &decoder = m_decoders->bySource[line.source];
    if (!decoder) {
        decoder = std::make_unique<feeds::AisDecoder>();
    }
    feeds::AisMessage &message = m_decoders->message;
    const auto source = static_cast<quint16>(line.source);
    if (!decoder->decodeLine(line.payload, message, line.timeMs, source).hasMessage()) {
        return;
    }
    // As feeds::AisPipeline: the message's own time (tag block) if it has one, else when received.
    const qint64 timeMs = message.timeMs != 0 ? message.timeMs : line.timeMs;
    if (auto position = feeds::positionOf(message, timeMs, source)) {
        m_targets.apply(std::span(&*position, 1));
        auto &pending = m_decoders->pendingAcknowledgements;
        if (auto waiting = pending.find(position->mmsi); waiting != pending.end()) {
            // The live table still held the acknowledged target only if it had been heard within
            // the removal time; otherwise it had removed it and flagged the alarm afresh.
            if (position->timeMs - waiting->second <= m_targets.settings().dropAfterMs) {
                m_targets.acknowledgeAlarm(position->mmsi);
            }
            pending.erase(waiting);
        }
    }
    if (auto statics = feeds::staticOf(message, timeMs)) {
        m_targets.apply(*statics);
    }
}

void LineReplayer::reset() {
    m_decoders->bySource.clear();
    m_decoders->pendingAcknowledgements.clear();
}

core::Result<std::size_t> replayLines(const QSqlDatabase &database, LineReplayer &replayer,
                                      std::int64_t fromMs, std::int64_t toMs) {
    storage::JournalQuery query;
    query.fromMs = fromMs;
    query.toMs = toMs;
    query.limit = std::numeric_limits<int>::max(); // every kind: lines and acknowledgements in order
    return storage::Journal(database).scan(
        query, [&replayer](const storage::JournalEntryView &line) { replayer.apply(line); });
}

core::Result<std::size_t> replayWindow(const QSqlDatabase &database, LineReplayer &replayer,
                                       std::int64_t fromMs, std::int64_t toMs) {
    // The acknowledgements of the removal time before the window: the live console journals those
    // still in force every few minutes, so the latest of each acknowledged alarm is among them.
    storage::JournalQuery earlier;
    earlier.fromMs = fromMs - replayer.targets().settings().dropAfterMs;
    earlier.toMs = fromMs - 1;
    earlier.kind = storage::JournalKind::AlarmAcknowledged;
    earlier.limit = std::numeric_limits<int>::max();
    if (auto seeded = storage::Journal(database).scan(
            earlier, [&replayer](const storage::JournalEntryView &entry) { replayer.apply(entry); });
        !seeded) {
        return seeded.error();
    }
    return replayLines(database, replayer, fromMs, toMs);
}

core::Result<std::vector<storage::CaseSnapshot>> casesAt(const QSqlDatabase &database, std::int64_t atMs) {
    std::vector<storage::CaseSnapshot> result;
    // Each case's last entry at or before the instant (the partial index journal_cases).
    QSqlQuery cases(database);
    cases.setForwardOnly(true);
    cases.prepare(
        QStringLiteral("SELECT j.payload FROM journal j WHERE j.kind = 2 AND j.entry_id = "
                       "(SELECT MAX(k.entry_id) FROM journal k WHERE k.kind = 2 AND k.source = j.source "
                       "AND k.time_ms <= ?) ORDER BY j.source"));
    cases.addBindValue(static_cast<qlonglong>(atMs));
    if (!cases.exec()) {
        return core::Error{Text::tr("The journal could not be read: %1").arg(cases.lastError().text())};
    }
    while (cases.next()) {
        auto snapshot = storage::caseSnapshotFrom(cases.value(0).toString().toUtf8());
        if (!snapshot) {
            return snapshot.error();
        }
        result.push_back(std::move(snapshot.value()));
    }
    std::sort(result.begin(), result.end(),
              [](const auto &a, const auto &b) { return a.incident.caseNumber < b.incident.caseNumber; });
    return result;
}

core::Result<ReplayState> stateAt(const QSqlDatabase &database, std::int64_t atMs,
                                  const core::LiveTargetSettings &settings) {
    ReplayState state{atMs, core::LiveTargets(settings), {}};
    LineReplayer replayer(state.targets);
    if (auto scanned = replayWindow(database, replayer, atMs - settings.dropAfterMs, atMs); !scanned) {
        return scanned.error();
    }
    state.targets.age(atMs);

    auto cases = casesAt(database, atMs);
    if (!cases) {
        return cases.error();
    }
    state.cases = std::move(cases.value());
    return state;
}

} // namespace marsa::replay
