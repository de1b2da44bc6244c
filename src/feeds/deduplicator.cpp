#include "feeds/deduplicator.h"

#include "feeds/nmea_line.h"

#include <QHashFunctions>

#include <algorithm>
#include <array>

namespace marsa::feeds {
namespace {

// !AIVDM,<count>,<num>,<seqid>,<channel>,<payload>,<fill>*hh
enum Field { Address, Count, Number, SequenceId, Channel, Payload, Fill, FieldCount };

// The fields of a VDM/VDO sentence without its checksum, as views; false if there are too few.
bool splitFields(QByteArrayView sentence, std::array<QByteArrayView, FieldCount> &fields) {
    const qsizetype star = sentence.lastIndexOf('*');
    const QByteArrayView body = star >= 0 ? sentence.first(star) : sentence;
    qsizetype start = 0;
    for (int i = 0; i < FieldCount; ++i) {
        if (start > body.size()) {
            return false;
        }
        qsizetype end = body.indexOf(',', start);
        if (end < 0 || i == Fill) {
            end = body.size();
        }
        fields[static_cast<std::size_t>(i)] = body.sliced(start, end - start);
        start = end + 1;
    }
    return true;
}

std::uint64_t hashOf(QByteArrayView bytes) {
    return static_cast<std::uint64_t>(qHash(bytes, 0));
}

} // namespace

Deduplicator::Deduplicator()
    : Deduplicator(Options{}) {}

Deduplicator::Deduplicator(Options options)
    : m_options(options) {}

bool Deduplicator::firstWithinWindow(std::uint64_t hash, qint64 nowMs) {
    while (!m_order.empty() &&
           (nowMs - m_order.front().first >= m_options.windowMs || m_firstSeen.size() >= m_options.maxKeys)) {
        const auto [seenMs, key] = m_order.front();
        m_order.pop_front();
        if (const auto it = m_firstSeen.find(key); it != m_firstSeen.end() && it->second == seenMs) {
            m_firstSeen.erase(it);
        }
    }
    const auto it = m_firstSeen.find(hash);
    if (it != m_firstSeen.end() && nowMs - it->second < m_options.windowMs) {
        return false;
    }
    if (it != m_firstSeen.end()) {
        it->second = nowMs; // only when the clock went back
    } else {
        m_firstSeen.emplace(hash, nowMs);
    }
    m_order.emplace_back(nowMs, hash);
    return true;
}

void Deduplicator::dropGroup(std::uint64_t groupKey) {
    const auto it = m_groups.find(groupKey);
    if (it == m_groups.end()) {
        return;
    }
    if (!it->second.lines.empty()) {
        m_counts[it->second.lines.front().sourceId].incomplete += it->second.lines.size();
    }
    m_groups.erase(it);
}

void Deduplicator::offer(ReceivedLine line, qint64 nowMs, std::vector<ReceivedLine> &out) {
    Counts &counts = m_counts[line.sourceId];
    const QByteArrayView sentence = splitTagBlock(line.line).sentence;
    const QByteArrayView formatter = sentenceFormatter(sentence);
    std::array<QByteArrayView, FieldCount> fields;
    bool countOk = false;
    bool numberOk = false;
    const int count = splitFields(sentence, fields) ? fields[Count].toInt(&countOk) : 0;
    const int number = countOk ? fields[Number].toInt(&numberOk) : 0;
    // Not AIS, or not a sentence this can judge: the decoder will say what is wrong with it.
    if ((formatter != "VDM" && formatter != "VDO") || !numberOk || count < 1 || count > 9 || number < 1 ||
        number > count) {
        ++counts.passed;
        out.push_back(std::move(line));
        return;
    }
    if (count == 1) {
        const std::uint64_t hash =
            static_cast<std::uint64_t>(qHashMulti(0, formatter, fields[Payload], fields[Fill]));
        if (firstWithinWindow(hash, nowMs)) {
            ++counts.passed;
            out.push_back(std::move(line));
        } else {
            ++counts.duplicates;
        }
        return;
    }

    const auto groupKey = static_cast<std::uint64_t>(
        qHashMulti(0, line.sourceId, fields[SequenceId], fields[Channel], formatter, count));
    auto it = m_groups.find(groupKey);
    if (number == 1) {
        dropGroup(groupKey); // a message that never got its last fragment
        if (m_groups.size() >= m_options.maxPendingGroups) {
            const auto oldest =
                std::min_element(m_groups.begin(), m_groups.end(), [](const auto &a, const auto &b) {
                    return a.second.startedMs < b.second.startedMs;
                });
            dropGroup(oldest->first);
        }
        Group group;
        group.count = count;
        group.startedMs = nowMs;
        group.key = formatter.toByteArray() + ',' + fields[Count].toByteArray();
        it = m_groups.emplace(groupKey, std::move(group)).first;
    } else if (it == m_groups.end() || static_cast<int>(it->second.lines.size()) != number - 1) {
        dropGroup(groupKey); // a fragment missing before this one
        ++counts.incomplete;
        return;
    }
    Group &group = it->second;
    group.key += ',';
    group.key += fields[Payload];
    group.lines.push_back(std::move(line));
    if (number < count) {
        return;
    }
    group.key += ',';
    group.key += fields[Fill];
    if (firstWithinWindow(hashOf(group.key), nowMs)) {
        counts.passed += group.lines.size();
        std::move(group.lines.begin(), group.lines.end(), std::back_inserter(out));
    } else {
        counts.duplicates += group.lines.size();
    }
    m_groups.erase(it);
}

void Deduplicator::expire(qint64 nowMs) {
    std::vector<std::uint64_t> stale;
    for (const auto &[key, group] : m_groups) {
        if (nowMs - group.startedMs >= m_options.fragmentTimeoutMs) {
            stale.push_back(key);
        }
    }
    for (const std::uint64_t key : stale) {
        dropGroup(key);
    }
    // Forget what left the window even when no line comes to push it out.
    while (!m_order.empty() && nowMs - m_order.front().first >= m_options.windowMs) {
        const auto [seenMs, key] = m_order.front();
        m_order.pop_front();
        if (const auto it = m_firstSeen.find(key); it != m_firstSeen.end() && it->second == seenMs) {
            m_firstSeen.erase(it);
        }
    }
}

void Deduplicator::forgetSource(quint16 sourceId) {
    for (auto it = m_groups.begin(); it != m_groups.end();) {
        if (!it->second.lines.empty() && it->second.lines.front().sourceId == sourceId) {
            it = m_groups.erase(it);
        } else {
            ++it;
        }
    }
    m_counts.remove(sourceId);
}

} // namespace marsa::feeds
