#include "feeds/line_splitter.h"

#include "catch_qt.h"

#include <QList>

using marsa::feeds::LineSplitter;

namespace {

struct Split {
    LineSplitter splitter;
    QList<QByteArray> lines;

    explicit Split(qsizetype cap = LineSplitter::kDefaultMaxLineLength)
        : splitter(cap) {}
    Split &feed(QByteArrayView bytes) {
        splitter.feed(bytes, [this](QByteArrayView line) { lines << line.toByteArray(); });
        return *this;
    }
    Split &finish() {
        splitter.finish([this](QByteArrayView line) { lines << line.toByteArray(); });
        return *this;
    }
};

using Lines = QList<QByteArray>;

// All the bytes of a literal, NULs included (QByteArray from a char pointer stops at the first).
template <std::size_t N>
QByteArray bytesOf(const char (&text)[N]) {
    return QByteArray(text, static_cast<qsizetype>(N - 1));
}

} // namespace

TEST_CASE("The line splitter accepts CR, LF and CRLF line ends, mixed") {
    Split split;
    split.feed("$A\r\n$B\n$C\r$D\r\n\r\n\n");
    CHECK(split.lines == Lines{"$A", "$B", "$C", "$D"});
    CHECK(split.splitter.lines() == 4);
    CHECK(split.splitter.damaged() == 0);
    CHECK(split.splitter.pendingBytes() == 0);
}

TEST_CASE("The line splitter joins a line cut across reads, a CRLF cut between its CR and LF included") {
    Split split;
    split.feed("!AIVDM,1,1,,A,15RTgt0P").feed("Aso;90TKcjM8h6g208CQ,0*4A\r").feed("\n$GP").feed("GGA\r\n");
    CHECK(split.lines == Lines{"!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*4A", "$GPGGA"});
    CHECK(split.splitter.pendingBytes() == 0);
}

TEST_CASE("Fed one byte at a time, the line splitter gives the same lines as fed at once") {
    const QByteArray stream = bytesOf("\\c:1*hh\\!A,1\r\n$B,2\n\0\0$C\r\r\n$D");
    Split whole;
    whole.feed(stream).finish();
    Split bytes;
    for (char c : stream) {
        bytes.feed(QByteArrayView(&c, 1));
    }
    bytes.finish();
    CHECK(whole.lines == Lines{"\\c:1*hh\\!A,1", "$B,2", "$C", "$D"});
    CHECK(bytes.lines == whole.lines);
}

TEST_CASE("An overlong line without an end is cut at the cap, counted once, and its rest discarded") {
    Split split(64);
    const QByteArray garbage(1000, 'x');
    for (qsizetype at = 0; at < garbage.size(); at += 100) {
        split.feed(QByteArrayView(garbage).sliced(at, 100));
        REQUIRE(split.splitter.pendingBytes() <= 64); // never more than the cap
    }
    CHECK(split.lines.isEmpty());
    CHECK(split.splitter.damaged() == 1);
    split.feed("still garbage\n$GOOD\n");
    CHECK(split.lines == Lines{"$GOOD"});
    CHECK(split.splitter.damaged() == 1);
}

TEST_CASE("A line exactly at the cap passes, one byte more is damaged, in one read or across reads") {
    Split split(10);
    split.feed("0123456789\n01234567890\n");
    CHECK(split.lines == Lines{"0123456789"});
    CHECK(split.splitter.damaged() == 1);
    split.feed("01234").feed("56789\n").feed("01234").feed("567890").feed("\n$OK\n");
    CHECK(split.lines == Lines{"0123456789", "0123456789", "$OK"});
    CHECK(split.splitter.damaged() == 2);
}

TEST_CASE("NUL padding before a line is skipped, a NUL inside a line makes it damaged") {
    Split split;
    split.feed(bytesOf("\0\0\0$GPGGA,1\r\n"));
    CHECK(split.lines == Lines{"$GPGGA,1"});
    split.feed(bytesOf("$GP\0GGA,2\r\n"));
    CHECK(split.lines.size() == 1);
    CHECK(split.splitter.damaged() == 1);
    // Across reads: the NUL arrives in the second read.
    split.feed("$GPG").feed(bytesOf("GA\0,3")).feed("\n$GPGGA,4\n");
    CHECK(split.lines == Lines{"$GPGGA,1", "$GPGGA,4"});
    CHECK(split.splitter.damaged() == 2);
}

TEST_CASE("Bytes outside printable ASCII make a line damaged: line noise, 8-bit garbage, tabs") {
    Split split;
    split.feed("$GP\xff\xfe\n$BELL\x07\n$TAB\tX\n$OK\n");
    CHECK(split.lines == Lines{"$OK"});
    CHECK(split.splitter.damaged() == 3);
}

TEST_CASE("The end of a datagram or file ends its last line, a damaged tail is no line") {
    Split split(16);
    split.feed("$A\n$B").finish();
    CHECK(split.lines == Lines{"$A", "$B"});
    split.feed(QByteArray(40, 'x')).finish();
    CHECK(split.lines.size() == 2);
    CHECK(split.splitter.damaged() == 1);
    split.feed("$C").finish().finish(); // a second finish has nothing left
    CHECK(split.lines == Lines{"$A", "$B", "$C"});
}

TEST_CASE("A connection lost in the middle of a line drops the partial line as damaged") {
    Split split;
    split.feed("$GPGGA,12");
    split.splitter.reset();
    CHECK(split.splitter.damaged() == 1);
    CHECK(split.splitter.pendingBytes() == 0);
    split.feed("3456\n");
    CHECK(split.lines == Lines{"3456"}); // after a reconnection, a fresh line
    split.splitter.reset();              // nothing pending: nothing lost
    CHECK(split.splitter.damaged() == 1);
}

TEST_CASE("Empty input and bare line ends give no lines") {
    Split split;
    split.feed("").feed("\r\n\r\n\n\r").finish();
    CHECK(split.lines.isEmpty());
    CHECK(split.splitter.damaged() == 0);
}
