#include "feeds/ais_bits.h"

#include <algorithm>

namespace marsa::feeds {
namespace {

constexpr std::uint8_t kInvalid = 0x80;

// Armoured character to 6-bit value; kInvalid outside "0"-"W" and "`"-"w".
constexpr std::array<std::uint8_t, 256> kArmourTable = [] {
    std::array<std::uint8_t, 256> table{};
    for (int c = 0; c < 256; ++c) {
        const int value = armourValue(static_cast<char>(c));
        table[static_cast<std::size_t>(c)] = value < 0 ? kInvalid : static_cast<std::uint8_t>(value);
    }
    return table;
}();

} // namespace

bool AisBits::appendArmoured(QByteArrayView characters) {
    const qsizetype count = characters.size();
    if (m_armouredBits + count * 6 > kCapacityBits) {
        return false;
    }
    const auto *text = reinterpret_cast<const unsigned char *>(characters.data());
    const int start = m_armouredBits;
    int position = start;
    unsigned flags = 0;
    // Ten characters (60 bits) at a time into one register, then into the words.
    for (qsizetype i = 0; i < count;) {
        const int chunk = static_cast<int>(std::min<qsizetype>(10, count - i));
        std::uint64_t value = 0;
        for (int k = 0; k < chunk; ++k) {
            const std::uint8_t six = kArmourTable[text[i + k]];
            flags |= six;
            value = (value << 6) | (six & 63U);
        }
        const int bits = chunk * 6;
        const auto word = static_cast<std::size_t>(position >> 6);
        const int shift = 64 - (position & 63) - bits;
        if (shift >= 0) {
            m_words[word] |= value << shift;
        } else {
            m_words[word] |= value >> -shift;
            m_words[word + 1] |= value << (64 + shift);
        }
        position += bits;
        i += chunk;
    }
    m_usedWords = std::max(m_usedWords, (position + 63) / 64);
    if ((flags & kInvalid) != 0) {
        // Take the new bits out again: the buffer stays as it was.
        const auto first = static_cast<std::size_t>(start >> 6);
        const int keep = start & 63;
        m_words[first] &= keep == 0 ? 0 : ~(~std::uint64_t{0} >> keep);
        for (auto word = first + 1; word < static_cast<std::size_t>(m_usedWords); ++word) {
            m_words[word] = 0;
        }
        return false;
    }
    m_armouredBits = position;
    m_size = position;
    return true;
}

} // namespace marsa::feeds
