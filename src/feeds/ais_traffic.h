#pragma once

#include <QByteArray>

#include <cstdint>

namespace marsa::feeds {

/// What generateTraffic makes.
struct TrafficOptions {
    std::int64_t startMs = 1'777'593'600'000; ///< 2026-05-01T00:00:00Z
    int ships = 300;                          ///< vessels (about three in four Class A)
    bool tagBlocks = true;                    ///< "\s:station,c:seconds*hh\" before every sentence
};

/// A realistic AIS feed of the Central Mediterranean, as a receiving network off Libya, Malta,
/// Tunisia and Sicily would log it: `count` NMEA sentences ("\r\n" after each), the same for
/// the same seed. Vessels follow plausible routes between the ports (Tripoli, Misurata,
/// Benghazi, Valletta, La Goulette, Sfax, Augusta...) and through the Sicily channel, dwell in
/// port, fish off Zuwara and Sfax, anchor off the oil terminals, sail round Malta. They report at
/// the ITU-R M.1371 rates (Class A every 2-10 s under way, 3 min at anchor; Class B every 30 s):
/// mostly types 1 and 3 (some 2), type 5 as two-sentence messages every 6 minutes per Class A
/// vessel, 18, 19 and 24 (A then B, and one auxiliary craft with its mother ship) from Class B,
/// type 4 from five base stations, 21 from lights and buoys (some with name extensions), 9 from a
/// SAR aircraft on a search pattern, 27 from a few vessels, and one AIS-SART (970xxxxxx, status
/// 14) drifting south of Lampedusa. Tag block times increase with the traffic; a two-sentence
/// message never straddles the end. Every sentence decodes, and gpsdecode agrees on every one.
QByteArray generateTraffic(std::uint64_t seed, std::int64_t count, const TrafficOptions &options = {});

} // namespace marsa::feeds
