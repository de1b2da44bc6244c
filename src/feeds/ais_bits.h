#pragma once

#include <QByteArrayView>

#include <array>
#include <cstdint>
#include <string_view>

// The bit layer of AIS (ITU-R M.1371, gpsd's AIVDM.adoc, DOMAIN-FACTS 6.1): the 6-bit armouring
// of NMEA payloads, a fixed bit buffer, and reading fields out of it. Nothing here allocates.
namespace marsa::feeds {

/// The value of one armoured payload character ("0"-"W" and "`"-"w" map to 0-63), or -1 for a
/// character that is not part of the armour.
constexpr int armourValue(char c) {
    const int code = static_cast<unsigned char>(c);
    if (code >= '0' && code <= 'W') {
        return code - 48;
    }
    if (code >= '`' && code <= 'w') {
        return code - 56;
    }
    return -1;
}

/// The armoured character of a 6-bit value 0-63.
constexpr char armourChar(unsigned value) {
    return static_cast<char>(value < 40 ? value + 48 : value + 56);
}

/// The "six-bit ASCII" of AIS text fields: 0-31 are "@A-Z[\]^_", 32-63 " !"#...?".
constexpr char sixBitChar(unsigned value) {
    return static_cast<char>(value < 32 ? value + 64 : value);
}

/// The six-bit value of a text character, or -1 if it has none (lower case, control characters).
constexpr int sixBitValue(char c) {
    const int code = static_cast<unsigned char>(c);
    if (code >= 64 && code < 96) {
        return code - 64;
    }
    if (code >= 32 && code < 64) {
        return code;
    }
    return -1;
}

/// A text field of at most N characters as decoded from six-bit ASCII, without its '@' padding
/// and trailing spaces. Fixed size: decoding one never allocates.
template <std::size_t N>
struct AisText {
    std::array<char, N> chars{};
    std::uint8_t size = 0;

    std::string_view view() const { return {chars.data(), size}; }
    bool isEmpty() const { return size == 0; }
    /// Sets the text (cut to N characters); for encoders and tests.
    void assign(std::string_view text) {
        size = static_cast<std::uint8_t>(text.size() < N ? text.size() : N);
        chars = {};
        for (std::uint8_t i = 0; i < size; ++i) {
            chars[i] = text[i];
        }
    }
    bool operator==(const AisText &other) const { return view() == other.view(); }
};

/// The bits of one AIS message, most significant bit first, as de-armoured from the payload of
/// one or more sentences. Bits past size() up to the end of the last armoured character are
/// kept (the fill bits), and read as gpsd reads them; beyond that they are zero.
class AisBits {
public:
    /// 2048 bits: more than the 1008 bits of the longest AIS message (5 slots), and more than
    /// nine 82-character fragments can carry (9 x 61 characters x 6 bits = 3294 would not fit,
    /// but no sentence of a real message comes close; a longer payload is refused).
    static constexpr int kCapacityBits = 2048;

    AisBits() = default;

    int size() const { return m_size; }
    /// Forgets the bits; only the words in use are cleared.
    void clear() {
        for (int i = 0; i < m_usedWords; ++i) {
            m_words[static_cast<std::size_t>(i)] = 0;
        }
        m_size = 0;
        m_armouredBits = 0;
        m_usedWords = 0;
    }
    /// Appends the 6-bit values of armoured characters. False, with the buffer unchanged in size,
    /// on a character outside the armour or when the bits would not fit.
    bool appendArmoured(QByteArrayView characters);
    /// Drops the last fill bits (0-5) from the message length; they stay readable.
    void dropFill(int fillBits) { m_size = fillBits < m_size ? m_size - fillBits : 0; }

    /// An unsigned field of 1 to 32 bits at a bit offset.
    std::uint32_t unsignedAt(int start, int length) const {
        const auto word = static_cast<std::size_t>(start >> 6);
        const int offset = start & 63;
        std::uint64_t high = m_words[word] << offset;
        if (offset + length > 64) {
            high |= m_words[word + 1] >> (64 - offset);
        }
        return static_cast<std::uint32_t>(high >> (64 - length));
    }
    /// A two's complement field of 2 to 32 bits.
    std::int32_t signedAt(int start, int length) const {
        const std::uint32_t raw = unsignedAt(start, length);
        const std::uint32_t sign = 1U << (length - 1);
        return static_cast<std::int32_t>((raw ^ sign) - sign);
    }
    bool bitAt(int start) const { return unsignedAt(start, 1) != 0; }

    /// Up to N six-bit characters from a bit offset, as gpsd decodes text: stop at the first '@',
    /// then strip trailing spaces.
    template <std::size_t N>
    void textAt(int start, std::size_t characters, AisText<N> &text) const {
        text.chars = {};
        std::size_t size = 0;
        for (std::size_t i = 0; i < characters && size < N; ++i) {
            const unsigned value = unsignedAt(start + static_cast<int>(6 * i), 6);
            if (value == 0) {
                break; // '@'
            }
            text.chars[size++] = sixBitChar(value);
        }
        while (size > 0 && text.chars[size - 1] == ' ') {
            text.chars[--size] = 0;
        }
        text.size = static_cast<std::uint8_t>(size);
    }

private:
    // One spare word so that a field read at the very end never indexes past the array.
    std::array<std::uint64_t, kCapacityBits / 64 + 1> m_words{};
    int m_size = 0;
    int m_armouredBits = 0;
    int m_usedWords = 0;
};

} // namespace marsa::feeds
