#include "feeds/ais_traffic_data.h"

namespace marsa::feeds::traffic {
namespace {

using namespace std::string_view_literals;

// Harbour entrances and open-sea turning points, chosen to keep the legs off the coasts.
constexpr Place kTripoli{"TRIPOLI", 32.92, 13.20};
constexpr Place kKhoms{"KHOMS", 32.67, 14.28};
constexpr Place kMisurata{"MISURATA", 32.39, 15.24};
constexpr Place kZuwara{"ZUWARA", 32.95, 12.10};
constexpr Place kBenghazi{"BENGHAZI", 32.13, 20.03};
constexpr Place kEsSider{"ES SIDER", 30.66, 18.37};
constexpr Place kRasLanuf{"RAS LANUF", 30.54, 18.59};
constexpr Place kBrega{"MARSA EL BREGA", 30.44, 19.56};
constexpr Place kTobruk{"TOBRUK", 32.07, 24.00};
constexpr Place kValletta{"VALLETTA", 35.90, 14.53};
constexpr Place kPozzallo{"POZZALLO", 36.71, 14.85};
constexpr Place kAugusta{"AUGUSTA", 37.19, 15.25};
constexpr Place kCatania{"CATANIA", 37.49, 15.11};
constexpr Place kLaGoulette{"LA GOULETTE", 36.81, 10.33};
constexpr Place kSfax{"SFAX", 34.70, 10.82};
constexpr Place kGabes{"GABES", 33.91, 10.13};
constexpr Place kZarzis{"ZARZIS", 33.50, 11.14};
constexpr Place kLampedusa{"LAMPEDUSA", 35.49, 12.61};
constexpr Place kAlgeciras{"ALGECIRAS", 37.45, 11.00}; // the western end of the Sicily channel
constexpr Place kPortSaid{"PORT SAID", 33.90, 25.00};  // leaving the region eastwards

constexpr Place kRoute1[] = {kTripoli, kValletta};
constexpr Place kRoute2[] = {kMisurata, kValletta};
constexpr Place kRoute3[] = {kTripoli, {"", 33.00, 13.70}, kKhoms, {"", 32.75, 14.60}, kMisurata};
constexpr Place kRoute4[] = {kMisurata, {"", 32.00, 16.50}, {"", 31.40, 18.00}, kEsSider};
constexpr Place kRoute5[] = {kBenghazi,          {"", 32.30, 19.90}, {"", 33.10, 21.00},
                             {"", 33.10, 22.50}, {"", 32.40, 23.60}, kTobruk};
constexpr Place kRoute6[] = {kAlgeciras,         {"", 37.15, 11.80}, {"", 36.30, 14.20},
                             {"", 35.90, 15.40}, {"", 34.60, 19.50}, kPortSaid};
constexpr Place kRoute7[] = {kLaGoulette,        {"", 37.10, 10.45}, {"", 37.20, 11.10},
                             {"", 36.95, 12.30}, {"", 36.20, 14.20}, kValletta};
constexpr Place kRoute8[] = {kSfax, {"", 34.55, 10.95}, {"", 34.45, 11.50}, {"", 35.30, 13.20}, kValletta};
constexpr Place kRoute9[] = {kZuwara, kLampedusa};
constexpr Place kRoute10[] = {kGabes,  {"", 34.05, 10.70}, {"", 33.90, 11.30},
                              kZarzis, {"", 33.20, 12.00}, {"", 33.00, 12.90},
                              kTripoli};
constexpr Place kRoute11[] = {kRasLanuf, {"", 31.40, 18.40}, {"", 34.00, 16.80}, kAugusta};
constexpr Place kRoute12[] = {kBrega, {"", 31.00, 19.30}, {"", 33.80, 17.50}, kValletta};
constexpr Place kRoute13[] = {kCatania, {"", 37.20, 15.35}, {"", 36.60, 15.25}, kValletta};
constexpr Place kRoute14[] = {kBenghazi, {"", 32.60, 19.60}, {"", 33.80, 17.50}, kValletta};
constexpr Place kRoute15[] = {kValletta, kPozzallo};
constexpr Place kRoute16[] = {kTripoli, {"", 33.60, 14.20}, {"", 36.60, 15.25}, kAugusta};

constexpr Route kRoutes[] = {{kRoute1},  {kRoute2},  {kRoute3},  {kRoute4},  {kRoute5},  {kRoute6},
                             {kRoute7},  {kRoute8},  {kRoute9},  {kRoute10}, {kRoute11}, {kRoute12},
                             {kRoute13}, {kRoute14}, {kRoute15}, {kRoute16}};

constexpr Area kAreas[] = {
    {{"ZUWARA", 33.25, 12.10}, 0.20, true},      {{"SFAX", 34.30, 11.40}, 0.30, true},
    {{"ZARZIS", 33.70, 11.70}, 0.20, true},      {{"MAZARA", 37.25, 12.30}, 0.20, true},
    {{"MISURATA", 32.70, 15.60}, 0.20, true},    {{"MALTA BANK", 36.25, 14.70}, 0.15, true},
    {{"MARSAXLOKK", 35.72, 14.40}, 0.07, false}, {{"ST PAULS", 36.05, 14.55}, 0.06, false},
    {{"LAMPEDUSA", 35.42, 12.60}, 0.05, false},
};

constexpr Place kAnchorages[] = {
    {"RAS LANUF", 30.62, 18.55},  {"ES SIDER", 30.75, 18.30}, {"ZAWIYA", 32.85, 12.70},
    {"HURDS BANK", 35.87, 14.65}, {"BENGHAZI", 32.20, 19.95},
};

constexpr Station kStations[] = {
    {2150100, "MT-VLT"sv, 35.90, 14.52}, {6420001, "LY-TIP"sv, 32.90, 13.18},
    {6420002, "LY-BEN"sv, 32.10, 20.06}, {6420003, "LY-MIS"sv, 32.37, 15.20},
    {2470001, "IT-LMP"sv, 35.51, 12.60}, {6720001, "TN-SFX"sv, 34.74, 10.76},
};

constexpr AidToNavigation kAids[] = {
    {992151001, 5, "DELIMARA POINT LT"sv, 35.83, 14.56, false},
    {992151002, 6, "GIORDAN LIGHTHOUSE GOZO"sv, 36.07, 14.22, false},
    {992151003, 1, "VALLETTA BREAKWATER"sv, 35.90, 14.52, false},
    {996421001, 6, "TRIPOLI HARBOUR LIGHT"sv, 32.91, 13.19, false},
    {996421002, 29, "ZUWARA SAFE WATER BUOY"sv, 32.96, 12.10, false},
    {996421003, 30, "RAS LANUF SPM NORTH"sv, 30.58, 18.57, true},
    {996421004, 20, "MISURATA CARDINAL N"sv, 32.45, 15.23, false},
    {996421005, 31, "BOURI FIELD PLATFORM"sv, 33.90, 12.65, false},
    {992471001, 6, "LAMPEDUSA CAPO GRECALE LT"sv, 35.52, 12.63, false},
    {992471002, 5, "PANTELLERIA PUNTA SPADILLO LIGHT"sv, 36.82, 12.01, false},
    {996721001, 23, "KERKENNAH CARDINAL WEST BUOY"sv, 34.65, 10.95, true},
    {996721002, 2, "SFAX RACON"sv, 34.68, 10.88, false},
};

constexpr std::string_view kFirstWords[] = {
    "AL"sv,       "SEA"sv,    "MED"sv,    "BLUE"sv,   "GRAND"sv,  "OCEAN"sv,  "NORDIC"sv,   "CAPE"sv,
    "GOLDEN"sv,   "SILVER"sv, "AFRICA"sv, "SIRTE"sv,  "MALTA"sv,  "GOZO"sv,   "CARTHAGE"sv, "LEPTIS"sv,
    "CYRENE"sv,   "MARSA"sv,  "BAHR"sv,   "NOUR"sv,   "SALAM"sv,  "AEGEAN"sv, "IONIAN"sv,   "LIBYA"sv,
    "HANNIBAL"sv, "TANIT"sv,  "DJERBA"sv, "MELITA"sv, "ORIENT"sv, "DELTA"sv,
};
constexpr std::string_view kSecondWords[] = {
    "EXPRESS"sv, "STAR"sv,    "SPIRIT"sv,  "PRIDE"sv,  "GLORY"sv, "TRADER"sv, "CARRIER"sv,
    "PIONEER"sv, "VENTURE"sv, "HARMONY"sv, "BREEZE"sv, "WAVE"sv,  "HOPE"sv,   "FORTUNE"sv,
    "LINK"sv,    "BRIDGE"sv,  "KHALIJ"sv,  "JAMAL"sv,  "AMAL"sv,  "FAJR"sv,   "QUEEN"sv,
};
constexpr std::string_view kUnusualNames[] = {
    "\"SEA\" DOG"sv, "ST. JULIAN'S"sv, "M/V AL-NOUR"sv, "NORTH\\SOUTH"sv, "50% MINE"sv,
};

constexpr Flag kFlags[] = {
    {215, "9H"sv, 6}, {229, "9H"sv, 3}, {248, "9H"sv, 4}, {249, "9H"sv, 3}, {256, "9H"sv, 3},
    {642, "5A"sv, 8}, {672, "3V"sv, 4}, {247, "IB"sv, 5}, {237, "SV"sv, 2}, {241, "SX"sv, 2},
    {351, "3E"sv, 3}, {352, "3F"sv, 2}, {370, "HP"sv, 2}, {636, "A8"sv, 4}, {538, "V7"sv, 3},
    {271, "TC"sv, 2}, {622, "SU"sv, 2}, {209, "5B"sv, 2}, {671, "5V"sv, 1}, {616, "D6"sv, 1},
};

} // namespace

std::span<const Route> routes() {
    return kRoutes;
}
std::span<const Area> areas() {
    return kAreas;
}
std::span<const Place> anchorages() {
    return kAnchorages;
}
std::span<const Station> stations() {
    return kStations;
}
std::span<const AidToNavigation> aidsToNavigation() {
    return kAids;
}
std::span<const std::string_view> nameFirstWords() {
    return kFirstWords;
}
std::span<const std::string_view> nameSecondWords() {
    return kSecondWords;
}
std::span<const std::string_view> unusualNames() {
    return kUnusualNames;
}
std::span<const Flag> flags() {
    return kFlags;
}

} // namespace marsa::feeds::traffic
