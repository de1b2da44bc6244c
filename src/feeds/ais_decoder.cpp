#include "feeds/ais_decoder.h"

#include "feeds/ais_payload.h"

namespace marsa::feeds {

AisDecoder::AisDecoder()
    : AisDecoder(Options{}) {}

AisDecoder::AisDecoder(Options options)
    : m_fragments(FragmentAssembler::Options{options.fragmentTimeoutMs, options.maxPendingMessages}) {}

LineResult AisDecoder::finishMessage(RejectReason reason, AisMessage &message, int lines) {
    if (reason != RejectReason::None) {
        m_stats.reject(reason, static_cast<std::uint64_t>(lines));
        return {LineStatus::Rejected, reason};
    }
    ++m_stats.messagesByType[message.type];
    m_stats.messageLines += static_cast<std::uint64_t>(lines);
    return {LineStatus::Message, RejectReason::None};
}

LineResult AisDecoder::decodeLine(QByteArrayView line, AisMessage &message, std::int64_t receivedMs,
                                  std::uint16_t feedId) {
    ++m_stats.lines;
    const VdmLineParse parsed = parseVdmLine(line, m_sentence);
    m_sentence.feedId = feedId;
    const std::int64_t lineTimeMs = m_sentence.tagTimeMs >= 0 ? m_sentence.tagTimeMs : receivedMs;
    switch (parsed.kind) {
    case VdmLineKind::Blank:
        ++m_stats.blankLines;
        return {LineStatus::Blank, RejectReason::None};
    case VdmLineKind::OtherSentence:
        ++m_stats.otherSentences;
        m_fragments.expire(lineTimeMs, m_stats);
        return {LineStatus::Other, RejectReason::None};
    case VdmLineKind::Rejected:
        m_stats.reject(parsed.reason);
        return {LineStatus::Rejected, parsed.reason};
    case VdmLineKind::Vdm:
        break;
    }
    const VdmSentence &sentence = m_sentence;
    if (sentence.fragmentCount == 1) {
        // The fast path: one sentence, one message.
        m_fragments.expire(lineTimeMs, m_stats);
        m_bits.clear();
        if (!m_bits.appendArmoured(sentence.payload)) {
            m_stats.reject(RejectReason::Malformed);
            return {LineStatus::Rejected, RejectReason::Malformed};
        }
        m_bits.dropFill(sentence.fillBits);
        message.channel = sentence.channel;
        message.ownShip = sentence.ownShip;
        message.timeMs = lineTimeMs;
        return finishMessage(decodeAisPayload(m_bits, message), message, 1);
    }
    // A fragment: check its armour now, so that a damaged fragment is refused by itself.
    for (const char c : sentence.payload) {
        if (armourValue(c) < 0) {
            m_stats.reject(RejectReason::Malformed);
            return {LineStatus::Rejected, RejectReason::Malformed};
        }
    }
    FragmentAssembler::Completed completed;
    switch (m_fragments.add(sentence, lineTimeMs, m_bits, completed, m_stats)) {
    case FragmentAssembler::Outcome::Stored:
        return {LineStatus::Pending, RejectReason::None};
    case FragmentAssembler::Outcome::Dropped:
        return {LineStatus::Rejected, completed.dropped};
    case FragmentAssembler::Outcome::Complete:
        break;
    }
    message.channel = sentence.channel;
    message.ownShip = completed.ownShip;
    message.timeMs = completed.timeMs >= 0 ? completed.timeMs : receivedMs;
    return finishMessage(decodeAisPayload(m_bits, message), message, completed.lines);
}

void AisDecoder::finish() {
    m_fragments.flush(m_stats);
}

} // namespace marsa::feeds
