#include "feeds/ais_json.h"

#include "feeds/ais_texts.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string_view>

namespace marsa::feeds {
namespace {

using namespace ais;

// The longest object (a type 21 with a 34-character name of quotes, each escaped) is about
// 600 characters.
constexpr int kBufferSize = 1024;

// gpsd formats with printf; these write the same characters without it on the hot paths.
class Json {
public:
    explicit Json(char *buffer)
        : m_begin(buffer)
        , m_p(buffer) {}

    qsizetype size() const { return m_p - m_begin; }

    void raw(std::string_view text) {
        std::memcpy(m_p, text.data(), text.size());
        m_p += text.size();
    }
    void number(std::uint64_t value, int minDigits = 1) {
        char digits[20];
        int count = 0;
        do {
            digits[count++] = static_cast<char>('0' + value % 10);
            value /= 10;
        } while (value != 0);
        while (count < minDigits) {
            digits[count++] = '0';
        }
        while (count > 0) {
            *m_p++ = digits[--count];
        }
    }
    void signedNumber(std::int64_t value) {
        if (value < 0) {
            *m_p++ = '-';
        }
        number(static_cast<std::uint64_t>(value < 0 ? -value : value));
    }
    void boolean(bool value) { raw(value ? std::string_view("true") : std::string_view("false")); }
    // printf("%.6f", units / 600000.0). The exact quotient is a multiple of 1/6 of the last
    // digit, never a tie, so rounding the integer ratio gives printf's digits.
    void degrees(std::int32_t units) {
        if (units < 0) {
            *m_p++ = '-';
        }
        const std::uint64_t magnitude = static_cast<std::uint64_t>(std::llabs(units));
        const std::uint64_t micro = (magnitude * 10 + 3) / 6;
        number(micro / 1000000);
        *m_p++ = '.';
        number(micro % 1000000, 6);
    }
    // printf("%.1f", value / 10.0), exact for integers.
    void tenths(std::uint32_t value) {
        number(value / 10);
        *m_p++ = '.';
        *m_p++ = static_cast<char>('0' + value % 10);
    }
    void printf1(double value) { m_p += std::snprintf(m_p, 32, "%.1f", value); }
    // A JSON string as gpsd's json_stringify escapes it.
    void text(std::string_view value) {
        *m_p++ = '"';
        for (const char c : value) {
            const auto code = static_cast<unsigned char>(c);
            if (code >= 0x80 || code < 0x20 || code == 0x7f) {
                m_p += std::snprintf(m_p, 8, "\\u%04x", code);
            } else {
                if (c == '"' || c == '\\') {
                    *m_p++ = '\\';
                }
                *m_p++ = c;
            }
        }
        *m_p++ = '"';
    }
    void text(const char *value) { text(std::string_view(value)); }

private:
    char *m_begin;
    char *m_p;
};

// gpsd's rate of turn: printf("%.0f", (raw / 4.733)^2), the sign lost, for -126..126.
const char *turnText(std::int8_t turn) {
    static const auto table = [] {
        std::array<std::array<char, 12>, 256> texts{};
        for (int raw = -128; raw <= 127; ++raw) {
            const double rate = raw / 4.733;
            std::snprintf(texts[static_cast<std::size_t>(raw + 128)].data(), 12, "%.0f", rate * rate);
        }
        return texts;
    }();
    return table[static_cast<std::size_t>(turn + 128)].data();
}

void classA(Json &json, const ClassAPositionReport &report) {
    json.raw(",\"status\":");
    json.number(report.navStatus);
    json.raw(",\"status_text\":");
    json.text(gpsdNavStatusText(report.navStatus));
    json.raw(",\"turn\":");
    if (report.turn == -128) {
        json.raw("\"nan\"");
    } else if (report.turn == -127) {
        json.raw("\"fastleft\"");
    } else if (report.turn == 127) {
        json.raw("\"fastright\"");
    } else {
        json.raw(turnText(report.turn));
    }
    json.raw(",\"speed\":");
    if (report.speed == kSpeedNotAvailable) {
        json.raw("\"nan\"");
    } else if (report.speed == kSpeedFast) {
        json.raw("\"fast\"");
    } else {
        json.tenths(report.speed);
    }
    json.raw(",\"accuracy\":");
    json.boolean(report.accuracy);
    json.raw(",\"lon\":");
    json.degrees(report.lon);
    json.raw(",\"lat\":");
    json.degrees(report.lat);
    json.raw(",\"course\":");
    json.tenths(report.course);
    json.raw(",\"heading\":");
    json.number(report.heading);
    json.raw(",\"second\":");
    json.number(report.second);
    json.raw(",\"maneuver\":");
    json.number(report.maneuver);
    json.raw(",\"raim\":");
    json.boolean(report.raim);
    json.raw(",\"radio\":");
    json.number(report.radio);
}

void baseStation(Json &json, const BaseStationReport &report) {
    json.raw(",\"timestamp\":\"");
    json.number(report.year, 4);
    json.raw("-");
    json.number(report.month, 2);
    json.raw("-");
    json.number(report.day, 2);
    json.raw("T");
    json.number(report.hour, 2);
    json.raw(":");
    json.number(report.minute, 2);
    json.raw(":");
    json.number(report.second, 2);
    json.raw("Z\",\"accuracy\":");
    json.boolean(report.accuracy);
    json.raw(",\"lon\":");
    json.degrees(report.lon);
    json.raw(",\"lat\":");
    json.degrees(report.lat);
    json.raw(",\"epfd\":");
    json.number(report.epfd);
    json.raw(",\"epfd_text\":");
    json.text(gpsdEpfdText(report.epfd));
    json.raw(",\"raim\":");
    json.boolean(report.raim);
    json.raw(",\"radio\":");
    json.number(report.radio);
}

void shipType(Json &json, unsigned type) {
    json.raw(",\"shiptype\":");
    json.number(type);
    json.raw(",\"shiptype_text\":");
    json.text(gpsdShipTypeText(type));
}

void dimensions(Json &json, unsigned toBow, unsigned toStern, unsigned toPort, unsigned toStarboard) {
    json.raw(",\"to_bow\":");
    json.number(toBow);
    json.raw(",\"to_stern\":");
    json.number(toStern);
    json.raw(",\"to_port\":");
    json.number(toPort);
    json.raw(",\"to_starboard\":");
    json.number(toStarboard);
}

void epfd(Json &json, unsigned value) {
    json.raw(",\"epfd\":");
    json.number(value);
    json.raw(",\"epfd_text\":");
    json.text(gpsdEpfdText(value));
}

void staticVoyage(Json &json, const StaticVoyageData &data) {
    json.raw(",\"imo\":");
    json.number(data.imo);
    json.raw(",\"ais_version\":");
    json.number(data.aisVersion);
    json.raw(",\"callsign\":");
    json.text(data.callSign.view());
    json.raw(",\"shipname\":");
    json.text(data.shipName.view());
    shipType(json, data.shipType);
    dimensions(json, data.toBow, data.toStern, data.toPort, data.toStarboard);
    epfd(json, data.epfd);
    json.raw(",\"eta\":\"");
    json.number(data.etaMonth, 2);
    json.raw("-");
    json.number(data.etaDay, 2);
    json.raw("T");
    json.number(data.etaHour, 2);
    json.raw(":");
    json.number(data.etaMinute, 2);
    json.raw("Z\",\"draught\":");
    json.tenths(data.draught);
    json.raw(",\"destination\":");
    json.text(data.destination.view());
    json.raw(",\"dte\":");
    json.number(data.dte ? 1 : 0);
}

void sarAircraft(Json &json, const SarAircraftReport &report) {
    json.raw(",\"alt\":");
    if (report.altitude == kAltitudeNotAvailable) {
        json.raw("\"nan\"");
    } else if (report.altitude == kAltitudeHigh) {
        json.raw("\"high\"");
    } else {
        json.number(report.altitude);
    }
    json.raw(",\"speed\":");
    if (report.speed == kSpeedNotAvailable) {
        json.raw("\"nan\"");
    } else if (report.speed == kSpeedFast) {
        json.raw("\"fast\"");
    } else {
        json.number(report.speed);
    }
    json.raw(",\"accuracy\":");
    json.boolean(report.accuracy);
    json.raw(",\"lon\":");
    json.degrees(report.lon);
    json.raw(",\"lat\":");
    json.degrees(report.lat);
    json.raw(",\"course\":");
    json.tenths(report.course);
    json.raw(",\"second\":");
    json.number(report.second);
    json.raw(",\"regional\":");
    json.number(report.regional);
    json.raw(",\"dte\":");
    json.number(report.dte ? 1 : 0);
    json.raw(",\"raim\":");
    json.boolean(report.raim);
    json.raw(",\"radio\":");
    json.number(report.radio);
}

// The first fields of types 18 and 19.
template <typename Report>
void classBCommon(Json &json, const Report &report) {
    json.raw(",\"reserved\":");
    json.number(report.reserved);
    json.raw(",\"speed\":");
    json.tenths(report.speed);
    json.raw(",\"accuracy\":");
    json.boolean(report.accuracy);
    json.raw(",\"lon\":");
    json.degrees(report.lon);
    json.raw(",\"lat\":");
    json.degrees(report.lat);
    json.raw(",\"course\":");
    json.tenths(report.course);
    json.raw(",\"heading\":");
    json.number(report.heading);
    json.raw(",\"second\":");
    json.number(report.second);
    json.raw(",\"regional\":");
    json.number(report.regional);
}

void classB(Json &json, const ClassBPositionReport &report) {
    classBCommon(json, report);
    json.raw(",\"cs\":");
    json.boolean(report.cs);
    json.raw(",\"display\":");
    json.boolean(report.display);
    json.raw(",\"dsc\":");
    json.boolean(report.dsc);
    json.raw(",\"band\":");
    json.boolean(report.band);
    json.raw(",\"msg22\":");
    json.boolean(report.msg22);
    json.raw(",\"raim\":");
    json.boolean(report.raim);
    json.raw(",\"radio\":");
    json.number(report.radio);
}

void classBExtended(Json &json, const ClassBExtendedReport &report) {
    classBCommon(json, report);
    json.raw(",\"shipname\":");
    json.text(report.shipName.view());
    shipType(json, report.shipType);
    dimensions(json, report.toBow, report.toStern, report.toPort, report.toStarboard);
    epfd(json, report.epfd);
    json.raw(",\"raim\":");
    json.boolean(report.raim);
    json.raw(",\"dte\":");
    json.number(report.dte ? 1 : 0);
    json.raw(",\"assigned\":");
    json.boolean(report.assigned);
}

void aidToNavigation(Json &json, const AidToNavigationReport &report) {
    json.raw(",\"aid_type\":");
    json.number(report.aidType);
    json.raw(",\"aid_type_text\":");
    json.text(gpsdAidTypeText(report.aidType));
    json.raw(",\"name\":");
    json.text(report.name.view());
    json.raw(",\"lon\":");
    json.degrees(report.lon);
    json.raw(",\"lat\":");
    json.degrees(report.lat);
    json.raw(",\"accuracy\":");
    json.boolean(report.accuracy);
    dimensions(json, report.toBow, report.toStern, report.toPort, report.toStarboard);
    epfd(json, report.epfd);
    json.raw(",\"second\":");
    json.number(report.second);
    json.raw(",\"regional\":");
    json.number(report.regional);
    json.raw(",\"off_position\":");
    json.boolean(report.offPosition);
    json.raw(",\"raim\":");
    json.boolean(report.raim);
    json.raw(",\"virtual_aid\":");
    json.boolean(report.virtualAid);
}

void staticData(Json &json, std::uint32_t mmsi, const StaticDataReport &report) {
    if (report.part == StaticDataReport::Part::A) {
        json.raw(",\"part\":\"A\"");
    } else if (report.part == StaticDataReport::Part::B) {
        json.raw(",\"part\":\"B\"");
    }
    if (report.hasPartA()) {
        json.raw(",\"shipname\":");
        json.text(report.shipName.view());
    }
    if (!report.hasPartB()) {
        return;
    }
    shipType(json, report.shipType);
    json.raw(",\"vendorid\":");
    json.text(report.vendorIdLegacy.view());
    json.raw(",\"model\":");
    json.number(report.model);
    json.raw(",\"serial\":");
    json.number(report.serial);
    json.raw(",\"callsign\":");
    json.text(report.callSign.view());
    if (isAuxiliaryMmsi(mmsi)) {
        json.raw(",\"mothership_mmsi\":");
        json.number(report.mothershipMmsi);
    } else {
        dimensions(json, report.toBow, report.toStern, report.toPort, report.toStarboard);
    }
}

void longRange(Json &json, const LongRangeReport &report) {
    // gpsd prints the status of a type 27 as its legend only.
    json.raw(",\"status\":");
    json.text(gpsdNavStatusText(report.navStatus));
    json.raw(",\"accuracy\":");
    json.boolean(report.accuracy);
    json.raw(",\"lon\":");
    json.printf1(report.lon / kLongRangeUnitsPerDegree);
    json.raw(",\"lat\":");
    json.printf1(report.lat / kLongRangeUnitsPerDegree);
    json.raw(",\"speed\":");
    json.number(report.speed);
    json.raw(",\"course\":");
    json.number(report.course);
    json.raw(",\"raim\":");
    json.boolean(report.raim);
    json.raw(",\"gnss\":");
    json.boolean(report.gnss);
}

} // namespace

void writeGpsdJson(const AisMessage &message, QByteArray &out, const char *device) {
    char buffer[kBufferSize];
    Json json(buffer);
    json.raw("{\"class\":\"AIS\"");
    if (device && device[0] != '\0') {
        json.raw(",\"device\":");
        json.text(device);
    }
    json.raw(",\"type\":");
    json.number(message.type);
    json.raw(",\"repeat\":");
    json.number(message.repeat);
    json.raw(",\"mmsi\":");
    json.number(message.mmsi);
    json.raw(",\"scaled\":true");
    std::visit(
        [&](const auto &body) {
            using Body = std::decay_t<decltype(body)>;
            if constexpr (std::is_same_v<Body, ClassAPositionReport>) {
                classA(json, body);
            } else if constexpr (std::is_same_v<Body, BaseStationReport>) {
                baseStation(json, body);
            } else if constexpr (std::is_same_v<Body, StaticVoyageData>) {
                staticVoyage(json, body);
            } else if constexpr (std::is_same_v<Body, SarAircraftReport>) {
                sarAircraft(json, body);
            } else if constexpr (std::is_same_v<Body, ClassBPositionReport>) {
                classB(json, body);
            } else if constexpr (std::is_same_v<Body, ClassBExtendedReport>) {
                classBExtended(json, body);
            } else if constexpr (std::is_same_v<Body, AidToNavigationReport>) {
                aidToNavigation(json, body);
            } else if constexpr (std::is_same_v<Body, StaticDataReport>) {
                staticData(json, message.mmsi, body);
            } else {
                static_assert(std::is_same_v<Body, LongRangeReport>);
                longRange(json, body);
            }
        },
        message.body);
    json.raw("}\r\n");
    out.append(buffer, json.size());
}

GpsdJsonWriter::GpsdJsonWriter(const char *device, bool split24)
    : m_device(device)
    , m_split24(split24) {}

bool GpsdJsonWriter::write(const AisMessage &message, QByteArray &out) {
    const auto *report = message.as<StaticDataReport>();
    if (!report || report->part == StaticDataReport::Part::AB) {
        writeGpsdJson(message, out, m_device);
        return true;
    }
    Queue &queue = m_queues[message.channel == 'B' ? 1 : 0];
    if (report->part == StaticDataReport::Part::A) {
        queue.names[static_cast<std::size_t>(queue.next)] = {message.mmsi, report->shipName};
        queue.next = (queue.next + 1) % kQueueSize;
    } else {
        for (StashedName &stashed : queue.names) {
            // As gpsd: an empty slot has MMSI 0, which a part B from MMSI 0 would match.
            if (stashed.mmsi == message.mmsi) {
                AisMessage joined = message;
                auto &both = std::get<StaticDataReport>(joined.body);
                both.part = StaticDataReport::Part::AB;
                both.shipName = stashed.shipName;
                stashed.mmsi = 0; // a repeated part B must not match again
                writeGpsdJson(joined, out, m_device);
                return true;
            }
        }
    }
    if (!m_split24) {
        return false;
    }
    writeGpsdJson(message, out, m_device);
    return true;
}

} // namespace marsa::feeds
