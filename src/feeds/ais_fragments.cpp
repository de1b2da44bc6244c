#include "feeds/ais_fragments.h"

#include <algorithm>
#include <cstring>
#include <limits>

namespace marsa::feeds {
namespace {

QByteArrayView keySource(QByteArrayView source, int maxSize) {
    return source.first(std::min<qsizetype>(source.size(), maxSize));
}

} // namespace

FragmentAssembler::FragmentAssembler()
    : FragmentAssembler(Options{}) {}

FragmentAssembler::FragmentAssembler(Options options)
    : m_options(options)
    , m_slots(static_cast<std::size_t>(std::max(1, options.capacity))) {}

FragmentAssembler::Slot *FragmentAssembler::find(const VdmSentence &sentence) {
    if (m_pending == 0) {
        return nullptr;
    }
    const QByteArrayView source = keySource(sentence.tagSource, kMaxSource);
    for (Slot &slot : m_slots) {
        if (slot.used && slot.sequenceId == sentence.sequenceId && slot.channel == sentence.channel &&
            slot.feedId == sentence.feedId && slot.count == sentence.fragmentCount &&
            QByteArrayView(slot.source.data(), slot.sourceSize) == source) {
            return &slot;
        }
    }
    return nullptr;
}

FragmentAssembler::Slot &FragmentAssembler::allocate(DecodeStats &stats) {
    Slot *oldest = nullptr;
    for (Slot &slot : m_slots) {
        if (!slot.used) {
            return slot;
        }
        if (!oldest || slot.firstSeenMs < oldest->firstSeenMs) {
            oldest = &slot;
        }
    }
    // Full: the message that has waited longest gives way.
    drop(*oldest, stats);
    return *oldest;
}

void FragmentAssembler::drop(Slot &slot, DecodeStats &stats) {
    if (!slot.used) {
        return;
    }
    stats.reject(RejectReason::Fragment, slot.received);
    stats.pendingLines -= slot.received;
    slot.used = false;
    --m_pending;
}

void FragmentAssembler::updateOldest() {
    m_oldestMs = std::numeric_limits<std::int64_t>::max();
    for (const Slot &slot : m_slots) {
        if (slot.used && slot.firstSeenMs >= 0) {
            m_oldestMs = std::min(m_oldestMs, slot.firstSeenMs);
        }
    }
}

void FragmentAssembler::expireSlots(std::int64_t nowMs, DecodeStats &stats) {
    for (Slot &slot : m_slots) {
        if (slot.used && slot.firstSeenMs >= 0 && nowMs - slot.firstSeenMs > m_options.timeoutMs) {
            drop(slot, stats);
        }
    }
    updateOldest();
}

void FragmentAssembler::flush(DecodeStats &stats) {
    for (Slot &slot : m_slots) {
        drop(slot, stats);
    }
    updateOldest();
}

FragmentAssembler::Outcome FragmentAssembler::add(const VdmSentence &sentence, std::int64_t timeMs,
                                                  AisBits &bits, Completed &completed, DecodeStats &stats) {
    expire(timeMs, stats);
    const int index = sentence.fragmentNumber - 1;
    const QByteArrayView payload = sentence.payload;
    if (payload.size() > kMaxFragmentPayload) {
        stats.reject(RejectReason::Malformed); // longer than an 82-character sentence holds
        completed.dropped = RejectReason::Malformed;
        return Outcome::Dropped;
    }
    Slot *slot = find(sentence);
    if (slot && (slot->receivedMask & (1U << index)) != 0) {
        const QByteArrayView kept(slot->payloads[static_cast<std::size_t>(index)].data(),
                                  slot->lengths[static_cast<std::size_t>(index)]);
        if (index != 0 || kept == payload) {
            stats.reject(RejectReason::Fragment);
            completed.dropped = RejectReason::Fragment;
            return Outcome::Dropped; // the same fragment again
        }
        // A different fragment 1: a new message with the same key; the old one cannot complete.
        drop(*slot, stats);
        slot = nullptr;
    }
    if (!slot) {
        slot = &allocate(stats);
        slot->used = true;
        slot->count = sentence.fragmentCount;
        slot->received = 0;
        slot->receivedMask = 0;
        slot->sequenceId = sentence.sequenceId;
        slot->channel = sentence.channel;
        slot->ownShip = sentence.ownShip;
        const QByteArrayView source = keySource(sentence.tagSource, kMaxSource);
        slot->sourceSize = static_cast<std::uint8_t>(source.size());
        slot->feedId = sentence.feedId;
        std::copy(source.begin(), source.end(), slot->source.begin());
        slot->firstSeenMs = timeMs;
        slot->messageTimeMs = -1;
        ++m_pending;
        if (timeMs >= 0 && timeMs < m_oldestMs) {
            m_oldestMs = timeMs;
        }
    }
    auto &stored = slot->payloads[static_cast<std::size_t>(index)];
    const auto length = static_cast<std::size_t>(payload.size());
    std::memcpy(stored.data(), payload.data(), length);
    slot->lengths[static_cast<std::size_t>(index)] = static_cast<std::uint8_t>(length);
    slot->receivedMask = static_cast<std::uint16_t>(slot->receivedMask | (1U << index));
    ++slot->received;
    ++stats.pendingLines;
    if (sentence.fragmentNumber == sentence.fragmentCount) {
        slot->lastFill = sentence.fillBits;
    }
    if (sentence.tagTimeMs >= 0 && (slot->messageTimeMs < 0 || index == 0)) {
        slot->messageTimeMs = sentence.tagTimeMs;
    }
    if (slot->received < slot->count) {
        return Outcome::Stored;
    }
    stats.pendingLines -= slot->count;
    slot->used = false;
    --m_pending;
    bits.clear();
    for (int i = 0; i < slot->count; ++i) {
        const auto k = static_cast<std::size_t>(i);
        // The armour of each fragment was checked when it came; only the length can fail here.
        if (!bits.appendArmoured(QByteArrayView(slot->payloads[k].data(), slot->lengths[k]))) {
            stats.reject(RejectReason::Malformed, slot->count);
            completed.dropped = RejectReason::Malformed;
            return Outcome::Dropped;
        }
    }
    bits.dropFill(slot->lastFill);
    completed.lines = slot->count;
    completed.timeMs = slot->messageTimeMs;
    completed.ownShip = slot->ownShip;
    return Outcome::Complete;
}

} // namespace marsa::feeds
