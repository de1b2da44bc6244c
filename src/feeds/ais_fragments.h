#pragma once

#include "feeds/ais_bits.h"
#include "feeds/ais_sentence.h"
#include "feeds/ais_stats.h"

#include <array>
#include <cstdint>
#include <limits>
#include <vector>

namespace marsa::feeds {

/// Joins the sentences of multi-sentence AIS messages (DOMAIN-FACTS 6.1). A message is keyed
/// by (feed, tag block source, sequence id, channel, fragment count); its fragments may come in any
/// order. A fragment that waited longer than the timeout (by the lines' own times, never the
/// wall clock) is dropped, and so is a partial message when a different fragment 1 of the same
/// key starts it again; a repeated fragment is dropped as a duplicate. Every dropped line is
/// counted as RejectReason::Fragment. The table is allocated once; adding never allocates.
class FragmentAssembler {
public:
    struct Options {
        std::int64_t timeoutMs = 10'000; ///< how long a fragment waits for its siblings
        int capacity = 64;               ///< messages pending at once; the oldest is dropped when full
    };
    enum class Outcome : std::uint8_t {
        Stored,   ///< kept, waiting for its siblings
        Complete, ///< the message's bits are ready
        Dropped,  ///< not kept (a duplicate, or too long); already counted in the stats
    };
    /// A completed message: its bits and what the decoder needs to know about it.
    struct Completed {
        int lines = 0;            ///< how many sentences it took
        std::int64_t timeMs = -1; ///< the first fragment's time that was known, or -1
        bool ownShip = false;
        RejectReason dropped = RejectReason::None; ///< on Outcome::Dropped, why
    };

    FragmentAssembler();
    explicit FragmentAssembler(Options options);

    /// Adds one fragment of a message of two or more (the payload's armour already checked by
    /// the caller); timeMs is the line's time (-1 if it has none). On Complete, bits holds the
    /// message (fill bits of the last fragment dropped) and completed describes it.
    Outcome add(const VdmSentence &sentence, std::int64_t timeMs, AisBits &bits, Completed &completed,
                DecodeStats &stats);
    /// Drops the messages whose first fragment is older than the timeout at nowMs.
    void expire(std::int64_t nowMs, DecodeStats &stats) {
        if (m_pending > 0 && nowMs >= 0 && nowMs - m_oldestMs > m_options.timeoutMs) {
            expireSlots(nowMs, stats);
        }
    }
    /// Drops every pending message (end of input).
    void flush(DecodeStats &stats);
    int pendingMessages() const { return m_pending; }

private:
    static constexpr int kMaxFragments = 9;
    // An 82-character sentence holds at most 63 payload characters ("!AIVDM,1,1,,A," and ",0*hh").
    static constexpr int kMaxFragmentPayload = 64;
    static constexpr int kMaxSource = 24;

    struct Slot {
        bool used = false;
        std::uint8_t count = 0;
        std::uint8_t received = 0;
        std::uint16_t receivedMask = 0;
        std::int8_t sequenceId = -1;
        char channel = 'A';
        bool ownShip = false;
        std::uint8_t lastFill = 0;
        std::uint8_t sourceSize = 0;
        std::uint16_t feedId = 0;
        std::array<char, kMaxSource> source{};
        std::int64_t firstSeenMs = -1; ///< the line time of the first fragment to arrive
        std::int64_t messageTimeMs = -1;
        std::array<std::uint8_t, kMaxFragments> lengths{};
        std::array<std::array<char, kMaxFragmentPayload>, kMaxFragments> payloads{};
    };

    Slot *find(const VdmSentence &sentence);
    Slot &allocate(DecodeStats &stats);
    void drop(Slot &slot, DecodeStats &stats);
    void expireSlots(std::int64_t nowMs, DecodeStats &stats);
    void updateOldest();

    Options m_options;
    std::vector<Slot> m_slots;
    int m_pending = 0;
    std::int64_t m_oldestMs = std::numeric_limits<std::int64_t>::max(); ///< lower bound of firstSeenMs
};

} // namespace marsa::feeds
