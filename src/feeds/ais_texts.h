#pragma once

// The English legends gpsd prints next to AIS codes in its JSON ("status_text", "shiptype_text",
// "epfd_text", "aid_type_text"). For gpsd-compatible output only: the console shows its own
// translated names (core::shipClassName and the like).
namespace marsa::feeds {

const char *gpsdNavStatusText(unsigned status);  ///< 0-15
const char *gpsdShipTypeText(unsigned shipType); ///< 0-99, else "INVALID SHIP TYPE"
const char *gpsdEpfdText(unsigned epfd);         ///< 0-8, else "INVALID EPFD"
const char *gpsdAidTypeText(unsigned aidType);   ///< 0-31

} // namespace marsa::feeds
