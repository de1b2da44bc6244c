#include "feeds/ais_texts.h"

#include <array>

namespace marsa::feeds {
namespace {

// The legends gpsd 3.22 prints (gpsdecode -j), read back from gpsdecode for every code so that
// Marsa's JSON is the same to the byte. They are gpsd's English, including its spellings.

constexpr std::array<const char *, 16> kNavStatusTexts = {
    "Under way using engine",
    "At anchor",
    "Not under command",
    "Restricted manoeuverability",
    "Constrained by her draught",
    "Moored",
    "Aground",
    "Engaged in fishing",
    "Under way sailing",
    "Reserved for HSC",
    "Reserved for WIG",
    "Reserved",
    "Reserved",
    "Reserved",
    "Reserved",
    "Not defined",
};

constexpr std::array<const char *, 9> kEpfdTexts = {
    "Undefined",
    "GPS",
    "GLONASS",
    "Combined GPS/GLONASS",
    "Loran-C",
    "Chayka",
    "Integrated navigation system",
    "Surveyed",
    "Galileo",
};

constexpr std::array<const char *, 32> kAidTypeTexts = {
    "Unspecified",
    "Reference point",
    "RACON",
    "Fixed offshore structure",
    "Spare, Reserved for future use.",
    "Light, without sectors",
    "Light, with sectors",
    "Leading Light Front",
    "Leading Light Rear",
    "Beacon, Cardinal N",
    "Beacon, Cardinal E",
    "Beacon, Cardinal S",
    "Beacon, Cardinal W",
    "Beacon, Port hand",
    "Beacon, Starboard hand",
    "Beacon, Preferred Channel port hand",
    "Beacon, Preferred Channel starboard hand",
    "Beacon, Isolated danger",
    "Beacon, Safe water",
    "Beacon, Special mark",
    "Cardinal Mark N",
    "Cardinal Mark E",
    "Cardinal Mark S",
    "Cardinal Mark W",
    "Port hand Mark",
    "Starboard hand Mark",
    "Preferred Channel Port hand",
    "Preferred Channel Starboard hand",
    "Isolated danger",
    "Safe Water",
    "Special Mark",
    "Light Vessel / LANBY / Rigs",
};

constexpr std::array<const char *, 100> kShipTypeTexts = {
    "Not available",
    "Reserved for future use",
    "Reserved for future use",
    "Reserved for future use",
    "Reserved for future use",
    "Reserved for future use",
    "Reserved for future use",
    "Reserved for future use",
    "Reserved for future use",
    "Reserved for future use",
    "Reserved for future use",
    "Reserved for future use",
    "Reserved for future use",
    "Reserved for future use",
    "Reserved for future use",
    "Reserved for future use",
    "Reserved for future use",
    "Reserved for future use",
    "Reserved for future use",
    "Reserved for future use",
    "Wing in ground (WIG) - all ships of this type",
    "Wing in ground (WIG) - Hazardous category A",
    "Wing in ground (WIG) - Hazardous category B",
    "Wing in ground (WIG) - Hazardous category C",
    "Wing in ground (WIG) - Hazardous category D",
    "Wing in ground (WIG) - Reserved for future use",
    "Wing in ground (WIG) - Reserved for future use",
    "Wing in ground (WIG) - Reserved for future use",
    "Wing in ground (WIG) - Reserved for future use",
    "Wing in ground (WIG) - Reserved for future use",
    "Fishing",
    "Towing",
    "Towing: length exceeds 200m or breadth exceeds 25m",
    "Dredging or underwater ops",
    "Diving ops",
    "Military ops",
    "Sailing",
    "Pleasure Craft",
    "Reserved",
    "Reserved",
    "High speed craft (HSC) - all ships of this type",
    "High speed craft (HSC) - Hazardous category A",
    "High speed craft (HSC) - Hazardous category B",
    "High speed craft (HSC) - Hazardous category C",
    "High speed craft (HSC) - Hazardous category D",
    "High speed craft (HSC) - Reserved for future use",
    "High speed craft (HSC) - Reserved for future use",
    "High speed craft (HSC) - Reserved for future use",
    "High speed craft (HSC) - Reserved for future use",
    "High speed craft (HSC) - No additional information",
    "Pilot Vessel",
    "Search and Rescue vessel",
    "Tug",
    "Port Tender",
    "Anti-pollution equipment",
    "Law Enforcement",
    "Spare - Local Vessel",
    "Spare - Local Vessel",
    "Medical Transport",
    "Ship according to RR Resolution No. 18",
    "Passenger - all ships of this type",
    "Passenger - Hazardous category A",
    "Passenger - Hazardous category B",
    "Passenger - Hazardous category C",
    "Passenger - Hazardous category D",
    "Passenger - Reserved for future use",
    "Passenger - Reserved for future use",
    "Passenger - Reserved for future use",
    "Passenger - Reserved for future use",
    "Passenger - No additional information",
    "Cargo - all ships of this type",
    "Cargo - Hazardous category A",
    "Cargo - Hazardous category B",
    "Cargo - Hazardous category C",
    "Cargo - Hazardous category D",
    "Cargo - Reserved for future use",
    "Cargo - Reserved for future use",
    "Cargo - Reserved for future use",
    "Cargo - Reserved for future use",
    "Cargo - No additional information",
    "Tanker - all ships of this type",
    "Tanker - Hazardous category A",
    "Tanker - Hazardous category B",
    "Tanker - Hazardous category C",
    "Tanker - Hazardous category D",
    "Tanker - Reserved for future use",
    "Tanker - Reserved for future use",
    "Tanker - Reserved for future use",
    "Tanker - Reserved for future use",
    "Tanker - No additional information",
    "Other Type - all ships of this type",
    "Other Type - Hazardous category A",
    "Other Type - Hazardous category B",
    "Other Type - Hazardous category C",
    "Other Type - Hazardous category D",
    "Other Type - Reserved for future use",
    "Other Type - Reserved for future use",
    "Other Type - Reserved for future use",
    "Other Type - Reserved for future use",
    "Other Type - no additional information",
};

} // namespace

const char *gpsdNavStatusText(unsigned status) {
    return status < kNavStatusTexts.size() ? kNavStatusTexts[status] : "Not defined";
}

const char *gpsdShipTypeText(unsigned shipType) {
    return shipType < kShipTypeTexts.size() ? kShipTypeTexts[shipType] : "INVALID SHIP TYPE";
}

const char *gpsdEpfdText(unsigned epfd) {
    return epfd < kEpfdTexts.size() ? kEpfdTexts[epfd] : "INVALID EPFD";
}

const char *gpsdAidTypeText(unsigned aidType) {
    return aidType < kAidTypeTexts.size() ? kAidTypeTexts[aidType] : "INVALID NAVAID TYPE";
}

} // namespace marsa::feeds
