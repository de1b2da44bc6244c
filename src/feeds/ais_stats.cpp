#include "feeds/ais_stats.h"

#include <QCoreApplication>

#include <numeric>

namespace marsa::feeds {
namespace {

// The translation context of this file's words (lupdate reads the macro).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(marsa::feeds::DecodeStats)
};

} // namespace

const char *rejectReasonKey(RejectReason reason) {
    switch (reason) {
    case RejectReason::None:
        return "none";
    case RejectReason::BadChecksum:
        return "bad-checksum";
    case RejectReason::Overlong:
        return "overlong";
    case RejectReason::Malformed:
        return "malformed";
    case RejectReason::Fragment:
        return "lone-or-expired-fragment";
    case RejectReason::WrongLength:
        return "wrong-length-for-type";
    case RejectReason::UnsupportedType:
        return "unsupported-type";
    }
    return "none";
}

QString rejectReasonName(RejectReason reason) {
    switch (reason) {
    case RejectReason::None:
        return Text::tr("not rejected");
    case RejectReason::BadChecksum:
        return Text::tr("bad checksum");
    case RejectReason::Overlong:
        return Text::tr("longer than 82 characters");
    case RejectReason::Malformed:
        return Text::tr("malformed");
    case RejectReason::Fragment:
        return Text::tr("lone, expired or duplicate fragment");
    case RejectReason::WrongLength:
        return Text::tr("wrong length for its message type");
    case RejectReason::UnsupportedType:
        return Text::tr("unsupported message type");
    }
    return {};
}

std::uint64_t DecodeStats::messages() const {
    return std::accumulate(messagesByType.begin(), messagesByType.end(), std::uint64_t{0});
}

std::uint64_t DecodeStats::rejectedLines() const {
    return std::accumulate(rejectedByReason.begin(), rejectedByReason.end(), std::uint64_t{0});
}

DecodeStats &DecodeStats::operator+=(const DecodeStats &other) {
    for (std::size_t type = 0; type < messagesByType.size(); ++type) {
        messagesByType[type] += other.messagesByType[type];
    }
    for (std::size_t reason = 0; reason < rejectedByReason.size(); ++reason) {
        rejectedByReason[reason] += other.rejectedByReason[reason];
    }
    lines += other.lines;
    messageLines += other.messageLines;
    otherSentences += other.otherSentences;
    blankLines += other.blankLines;
    pendingLines += other.pendingLines;
    return *this;
}

} // namespace marsa::feeds
