#pragma once

#include "feeds/ais_bits.h"
#include "feeds/ais_message.h"
#include "feeds/ais_stats.h"

namespace marsa::feeds {

/// Decodes the bits of one whole message into the header and body of message (channel, time
/// and ownShip are left as they are). Answers RejectReason::None, or why there is no message:
/// UnsupportedType, WrongLength (gpsd 3.22's length rules, see RejectReason), Malformed (a type
/// 24 part number 2 or 3). The bit positions are those of DOMAIN-FACTS 6.2.
RejectReason decodeAisPayload(const AisBits &bits, AisMessage &message);

/// True for the message types decodeAisPayload decodes: 1, 2, 3, 4, 5, 9, 18, 19, 21, 24, 27.
constexpr bool isDecodedAisType(unsigned type) {
    return type == 1 || type == 2 || type == 3 || type == 4 || type == 5 || type == 9 || type == 18 ||
           type == 19 || type == 21 || type == 24 || type == 27;
}

} // namespace marsa::feeds
