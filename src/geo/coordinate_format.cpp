#include "geo/coordinate_format.h"

#include <QCoreApplication>

#include <cmath>
#include <optional>
#include <vector>

namespace marsa::geo {
namespace {

// The translation context of this file's messages (lupdate reads the macro).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(marsa::geo::Coordinates)
};

QString formatAngle(double value, int degreeDigits, QChar positive, QChar negative, int minuteDecimals) {
    if (!std::isfinite(value)) {
        return Text::tr("invalid");
    }
    const QChar hemisphere = value < 0 ? negative : positive;
    // Round once, in units of the last minute decimal, so 59.9996' carries into the degree.
    const double unitsPerMinute = std::pow(10.0, minuteDecimals);
    const auto units = static_cast<long long>(std::llround(std::abs(value) * 60.0 * unitsPerMinute));
    const long long unitsPerDegree = 60 * static_cast<long long>(unitsPerMinute);
    const long long degrees = units / unitsPerDegree;
    const double minutes = static_cast<double>(units % unitsPerDegree) / unitsPerMinute;
    const int minuteWidth = minuteDecimals > 0 ? 3 + minuteDecimals : 2;
    return QStringLiteral("%1°%2'%3")
        .arg(degrees, degreeDigits, 10, QLatin1Char('0'))
        .arg(minutes, minuteWidth, 'f', minuteDecimals, QLatin1Char('0'))
        .arg(hemisphere);
}

struct Token {
    enum Kind { Number, Hemisphere, Separator } kind;
    double number = 0.0;
    bool hasFraction = false;
    bool hasSign = false;
    QChar letter;
};

// Western digits for Arabic-Indic (U+0660..) and Eastern Arabic-Indic (U+06F0..) ones, '.' for the
// Arabic decimal separator: officers may type either.
QString normalised(const QString &text) {
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0x0660 && u <= 0x0669) {
            out += QChar(u'0' + (u - 0x0660));
        } else if (u >= 0x06F0 && u <= 0x06F9) {
            out += QChar(u'0' + (u - 0x06F0));
        } else if (u == 0x066B) {
            out += QLatin1Char('.');
        } else if (u == 0x060C) {
            out += QLatin1Char(','); // Arabic comma between latitude and longitude
        } else {
            out += c.toUpper();
        }
    }
    return out;
}

core::Result<std::vector<Token>> tokenize(const QString &text) {
    std::vector<Token> tokens;
    const QString s = normalised(text);
    qsizetype i = 0;
    while (i < s.size()) {
        const QChar c = s.at(i);
        if (c.isSpace() || c == u'°' || c == u'º' || c == u'\'' || c == u'"' || c == u'′' || c == u'″' ||
            c == u'’' || c == u'”' || c == u'\u2066' || c == u'\u2069') {
            ++i;
        } else if (c == u',' || c == u';' || c == u'/') {
            tokens.push_back({Token::Separator, 0.0, false, false, {}});
            ++i;
        } else if (c == u'N' || c == u'S' || c == u'E' || c == u'W') {
            tokens.push_back({Token::Hemisphere, 0.0, false, false, c});
            ++i;
        } else if (c.isDigit() || c == u'-' || c == u'+' || c == u'.') {
            const qsizetype start = i;
            if (c == u'-' || c == u'+') {
                ++i;
            }
            bool fraction = false;
            while (i < s.size() && (s.at(i).isDigit() || (s.at(i) == u'.' && !fraction))) {
                fraction = fraction || s.at(i) == u'.';
                ++i;
            }
            bool ok = false;
            const double value = s.mid(start, i - start).toDouble(&ok);
            if (!ok) {
                return core::Error{Text::tr("\"%1\" is not a number.").arg(s.mid(start, i - start))};
            }
            tokens.push_back({Token::Number, value, fraction, c == u'-' || c == u'+', {}});
        } else {
            return core::Error{Text::tr("Unexpected character \"%1\" in the position.").arg(c)};
        }
    }
    return tokens;
}

struct Angle {
    double value = 0.0;
    std::optional<QChar> hemisphere;
};

core::Result<Angle> readAngle(const std::vector<Token> &tokens) {
    Angle angle;
    std::vector<Token> numbers;
    for (std::size_t k = 0; k < tokens.size(); ++k) {
        const Token &t = tokens[k];
        if (t.kind == Token::Hemisphere) {
            if (angle.hemisphere || (k != 0 && k != tokens.size() - 1)) {
                return core::Error{Text::tr("Put the hemisphere letter (N, S, E or W) before or after each "
                                            "coordinate, once.")};
            }
            angle.hemisphere = t.letter;
        } else {
            numbers.push_back(t);
        }
    }
    if (numbers.empty() || numbers.size() > 3) {
        return core::Error{
            Text::tr("Give each coordinate as degrees, degrees and minutes, or degrees, minutes "
                     "and seconds.")};
    }
    for (std::size_t k = 0; k < numbers.size(); ++k) {
        if (k + 1 < numbers.size() && numbers[k].hasFraction) {
            return core::Error{Text::tr("Only the last part of a coordinate may have decimals.")};
        }
        if (k > 0 && (numbers[k].hasSign || numbers[k].number >= 60.0)) {
            return core::Error{Text::tr("Minutes and seconds must be between 0 and 60.")};
        }
    }
    const bool negative = numbers[0].number < 0 || (numbers[0].hasSign && std::signbit(numbers[0].number));
    if (negative && angle.hemisphere) {
        return core::Error{Text::tr("Use either a minus sign or a hemisphere letter, not both.")};
    }
    double magnitude = std::abs(numbers[0].number);
    if (numbers.size() > 1) {
        magnitude += numbers[1].number / 60.0;
    }
    if (numbers.size() > 2) {
        magnitude += numbers[2].number / 3600.0;
    }
    angle.value = negative ? -magnitude : magnitude;
    return angle;
}

} // namespace

QString formatLatitude(double latitude, int minuteDecimals) {
    return formatAngle(latitude, 2, QLatin1Char('N'), QLatin1Char('S'), minuteDecimals);
}

QString formatLongitude(double longitude, int minuteDecimals) {
    return formatAngle(longitude, 3, QLatin1Char('E'), QLatin1Char('W'), minuteDecimals);
}

QString formatPosition(const LatLon &position, int minuteDecimals) {
    return formatLatitude(position.latitude, minuteDecimals) + QLatin1Char(' ') +
           formatLongitude(position.longitude, minuteDecimals);
}

core::Result<LatLon> parsePosition(const QString &text) {
    auto tokenized = tokenize(text);
    if (!tokenized) {
        return tokenized.error();
    }
    const std::vector<Token> &tokens = tokenized.value();
    if (tokens.empty()) {
        return core::Error{Text::tr("Enter a position, for example 33 05.4N 13 10.2E or 33.09, 13.17.")};
    }

    // Split the tokens into the first and the second coordinate.
    std::vector<Token> first;
    std::vector<Token> second;
    std::vector<std::size_t> separators;
    std::vector<std::size_t> letters;
    for (std::size_t k = 0; k < tokens.size(); ++k) {
        if (tokens[k].kind == Token::Separator) {
            separators.push_back(k);
        } else if (tokens[k].kind == Token::Hemisphere) {
            letters.push_back(k);
        }
    }
    std::size_t splitAt = 0; // first index of the second coordinate
    std::size_t skip = 0;    // tokens dropped at the split (a separator)
    if (separators.size() > 1) {
        return core::Error{Text::tr("Separate latitude and longitude with one comma at most.")};
    }
    if (separators.size() == 1) {
        splitAt = separators[0] + 1;
        skip = 1;
    } else if (letters.size() == 2) {
        // Prefix letters ("N33 05.4 E13 10.2") split before the second; suffix letters after the first.
        splitAt = letters[0] == 0 ? letters[1] : letters[0] + 1;
    } else if (letters.empty()) {
        const std::size_t n = tokens.size();
        if (n != 2 && n != 4 && n != 6) {
            return core::Error{Text::tr("Cannot tell latitude from longitude: add N/S and E/W, or a comma "
                                        "between them.")};
        }
        splitAt = n / 2;
    } else {
        return core::Error{Text::tr("Give a hemisphere letter for both coordinates, or for neither.")};
    }
    first.assign(tokens.begin(), tokens.begin() + static_cast<std::ptrdiff_t>(splitAt - skip));
    second.assign(tokens.begin() + static_cast<std::ptrdiff_t>(splitAt), tokens.end());

    auto a = readAngle(first);
    if (!a) {
        return a.error();
    }
    auto b = readAngle(second);
    if (!b) {
        return b.error();
    }
    auto isLongitudeLetter = [](const std::optional<QChar> &h) { return h && (*h == u'E' || *h == u'W'); };
    auto isLatitudeLetter = [](const std::optional<QChar> &h) { return h && (*h == u'N' || *h == u'S'); };
    Angle latitude = a.value();
    Angle longitude = b.value();
    if (isLongitudeLetter(latitude.hemisphere) && isLatitudeLetter(longitude.hemisphere)) {
        std::swap(latitude, longitude); // "13 10.2E 33 05.4N": the letters say which is which
    }
    if (isLongitudeLetter(latitude.hemisphere) || isLatitudeLetter(longitude.hemisphere)) {
        return core::Error{Text::tr("One coordinate needs N or S and the other E or W.")};
    }
    double lat = latitude.value;
    double lon = longitude.value;
    if (latitude.hemisphere == QChar(u'S')) {
        lat = -lat;
    }
    if (longitude.hemisphere == QChar(u'W')) {
        lon = -lon;
    }
    if (std::abs(lat) > 90.0) {
        return core::Error{Text::tr("Latitude must be between 90°S and 90°N.")};
    }
    if (std::abs(lon) > 180.0) {
        return core::Error{Text::tr("Longitude must be between 180°W and 180°E.")};
    }
    return LatLon{lat, lon};
}

} // namespace marsa::geo
