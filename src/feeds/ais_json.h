#pragma once

#include "feeds/ais_message.h"

#include <QByteArray>

#include <array>
#include <cstdint>

// AIS messages as gpsd prints them: `gpsdecode -j` (scaled JSON) of gpsd 3.22, the same keys in
// the same order with the same number formats, to the byte (tested against /usr/bin/gpsdecode on
// every message type). Other tools of the watch (and gpsd's own clients) read this format.
namespace marsa::feeds {

/// Appends one message as one gpsd JSON object and "\r\n", as gpsd ends its lines.
/// device is the "device" value ("stdin" for gpsdecode reading its input); null or empty
/// leaves the key out, as gpsd does. A type 24 is printed as it is: part A or B with a "part"
/// key (what `gpsdecode -j --split24` prints), AB (joined) without one. Never allocates beyond
/// growing out.
void writeGpsdJson(const AisMessage &message, QByteArray &out, const char *device);

/// gpsdecode's output stream: writeGpsdJson plus gpsd's handling of type 24. gpsd keeps the
/// names of the last 8 part A reports of each channel (A and B, "1"/empty being A) and, when a
/// part B of the same MMSI comes on the same channel, prints one joined report (no "part" key)
/// and forgets the name; without --split24 it prints nothing for a part A or an unmatched part B.
/// With split24 it prints those too, with their "part". One writer per input stream.
class GpsdJsonWriter {
public:
    explicit GpsdJsonWriter(const char *device = "stdin", bool split24 = false);

    /// Appends what gpsdecode prints for this message at this point of the stream; false (and
    /// nothing appended) when it prints nothing.
    bool write(const AisMessage &message, QByteArray &out);

private:
    static constexpr int kQueueSize = 8; // gpsd's MAX_TYPE24_INTERLEAVE
    struct StashedName {
        std::uint32_t mmsi = 0;
        AisText<20> shipName;
    };
    struct Queue {
        std::array<StashedName, kQueueSize> names{};
        int next = 0;
    };

    const char *m_device;
    bool m_split24;
    std::array<Queue, 2> m_queues{};
};

} // namespace marsa::feeds
