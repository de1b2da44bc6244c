#include "replay/lined_json.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <cmath>
#include <cstdlib>

namespace marsa::replay {
namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("marsa::replay::LinedJson", text);
}

constexpr int kMaxDepth = 64;

// A recursive-descent reader over the UTF-8 bytes; it counts lines as it goes and records the
// line of every value under its path.
class Reader {
public:
    Reader(const QByteArray &text, LinedJson &out)
        : m_text(text)
        , m_out(out) {}

    bool read(QJsonValue &root) {
        if (m_text.startsWith("\xEF\xBB\xBF")) {
            m_pos = 3;
        }
        skipSpace();
        if (!value(QString(), root, 0)) {
            return false;
        }
        skipSpace();
        if (m_pos < m_text.size()) {
            return fail(QString(), tr("unexpected text after the end of the document"));
        }
        return true;
    }

    JsonSyntaxError error;

private:
    bool fail(const QString &path, const QString &message) {
        error = {m_line, path, message};
        return false;
    }
    char peek() const { return m_pos < m_text.size() ? m_text.at(m_pos) : '\0'; }
    bool atEnd() const { return m_pos >= m_text.size(); }

    void skipSpace() {
        while (!atEnd()) {
            const char c = peek();
            if (c == '\n') {
                ++m_line;
            } else if (c != ' ' && c != '\t' && c != '\r') {
                return;
            }
            ++m_pos;
        }
    }

    bool literal(const char *word, const QString &path) {
        const QByteArray w(word);
        if (m_text.mid(m_pos, w.size()) != w) {
            return fail(path, tr("expected a value (a string in quotes, a number, true, false, null, "
                                 "an object or an array)"));
        }
        m_pos += w.size();
        return true;
    }

    bool value(const QString &path, QJsonValue &out, int depth) {
        m_out.lines.insert(path, m_line);
        if (depth > kMaxDepth) {
            return fail(path, tr("values are nested too deeply"));
        }
        switch (peek()) {
        case '{':
            return object(path, out, depth);
        case '[':
            return array(path, out, depth);
        case '"': {
            QString text;
            if (!string(path, text)) {
                return false;
            }
            out = text;
            return true;
        }
        case 't':
            out = true;
            return literal("true", path);
        case 'f':
            out = false;
            return literal("false", path);
        case 'n':
            out = QJsonValue::Null;
            return literal("null", path);
        default:
            return number(path, out);
        }
    }

    bool object(const QString &path, QJsonValue &out, int depth) {
        ++m_pos; // '{'
        QJsonObject object;
        skipSpace();
        if (peek() == '}') {
            ++m_pos;
            out = object;
            return true;
        }
        for (;;) {
            skipSpace();
            if (peek() != '"') {
                return fail(path, tr("expected a member name in double quotes"));
            }
            const int keyLine = m_line;
            QString name;
            if (!string(path, name)) {
                return false;
            }
            const QString child = memberPath(path, name);
            if (object.contains(name)) {
                return fail(child, tr("\"%1\" appears twice in the same object").arg(name));
            }
            skipSpace();
            if (peek() != ':') {
                return fail(child, tr("expected ':' after the member name"));
            }
            ++m_pos;
            skipSpace();
            QJsonValue member;
            if (!value(child, member, depth + 1)) {
                return false;
            }
            m_out.lines.insert(child, keyLine); // the name's line, where a reader looks
            object.insert(name, member);
            skipSpace();
            if (peek() == ',') {
                const int commaLine = m_line;
                ++m_pos;
                skipSpace();
                if (peek() == '}') {
                    m_line = commaLine; // point at the comma, not at the bracket
                    return fail(path, tr("a comma before '}' (remove the last comma)"));
                }
                continue;
            }
            if (peek() == '}') {
                ++m_pos;
                out = object;
                return true;
            }
            return fail(path, tr("expected ',' or '}' after a member"));
        }
    }

    bool array(const QString &path, QJsonValue &out, int depth) {
        ++m_pos; // '['
        QJsonArray array;
        skipSpace();
        if (peek() == ']') {
            ++m_pos;
            out = array;
            return true;
        }
        for (;;) {
            skipSpace();
            QJsonValue element;
            if (!value(elementPath(path, array.size()), element, depth + 1)) {
                return false;
            }
            array.append(element);
            skipSpace();
            if (peek() == ',') {
                const int commaLine = m_line;
                ++m_pos;
                skipSpace();
                if (peek() == ']') {
                    m_line = commaLine; // point at the comma, not at the bracket
                    return fail(path, tr("a comma before ']' (remove the last comma)"));
                }
                continue;
            }
            if (peek() == ']') {
                ++m_pos;
                out = array;
                return true;
            }
            return fail(path, tr("expected ',' or ']' after an element"));
        }
    }

    bool string(const QString &path, QString &out) {
        ++m_pos; // '"'
        QByteArray bytes;
        for (;;) {
            if (atEnd()) {
                return fail(path, tr("a string is not closed with '\"'"));
            }
            const char c = m_text.at(m_pos++);
            if (c == '"') {
                break;
            }
            if (static_cast<unsigned char>(c) < 0x20) {
                return fail(path, tr("a line break or control character inside a string (write \\n)"));
            }
            if (c != '\\') {
                bytes.append(c);
                continue;
            }
            const char e = peek();
            ++m_pos;
            switch (e) {
            case '"':
            case '\\':
            case '/':
                bytes.append(e);
                break;
            case 'b':
                bytes.append('\b');
                break;
            case 'f':
                bytes.append('\f');
                break;
            case 'n':
                bytes.append('\n');
                break;
            case 'r':
                bytes.append('\r');
                break;
            case 't':
                bytes.append('\t');
                break;
            case 'u': {
                char32_t unit = 0;
                if (!hex4(path, unit)) {
                    return false;
                }
                if (unit >= 0xD800 && unit <= 0xDBFF && m_text.mid(m_pos, 2) == "\\u") {
                    m_pos += 2;
                    char32_t low = 0;
                    if (!hex4(path, low)) {
                        return false;
                    }
                    unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
                }
                bytes.append(QString::fromUcs4(&unit, 1).toUtf8());
                break;
            }
            default:
                return fail(path, tr("unknown escape in a string"));
            }
        }
        out = QString::fromUtf8(bytes);
        if (out.toUtf8() != bytes) {
            return fail(path, tr("a string is not valid UTF-8"));
        }
        return true;
    }

    bool hex4(const QString &path, char32_t &unit) {
        bool ok = false;
        unit = m_text.mid(m_pos, 4).toUInt(&ok, 16);
        if (!ok || m_text.mid(m_pos, 4).size() != 4) {
            return fail(path, tr("\\u must be followed by four hexadecimal digits"));
        }
        m_pos += 4;
        return true;
    }

    bool number(const QString &path, QJsonValue &out) {
        const qsizetype start = m_pos;
        auto digits = [this] {
            const qsizetype from = m_pos;
            while (!atEnd() && peek() >= '0' && peek() <= '9') {
                ++m_pos;
            }
            return m_pos - from;
        };
        if (peek() == '-') {
            ++m_pos;
        }
        const qsizetype intStart = m_pos;
        const qsizetype intDigits = digits();
        bool ok = intDigits > 0 && !(intDigits > 1 && m_text.at(intStart) == '0');
        if (ok && peek() == '.') {
            ++m_pos;
            ok = digits() > 0;
        }
        if (ok && (peek() == 'e' || peek() == 'E')) {
            ++m_pos;
            if (peek() == '+' || peek() == '-') {
                ++m_pos;
            }
            ok = digits() > 0;
        }
        if (!ok) {
            m_pos = start;
            return fail(path, tr("expected a value (a string in quotes, a number, true, false, null, "
                                 "an object or an array)"));
        }
        const double number = std::strtod(m_text.mid(start, m_pos - start).constData(), nullptr);
        if (!std::isfinite(number)) {
            return fail(path, tr("a number too large"));
        }
        out = number;
        return true;
    }

    const QByteArray &m_text;
    LinedJson &m_out;
    qsizetype m_pos = 0;
    int m_line = 1;
};

} // namespace

int LinedJson::lineOf(const QString &path) const {
    QString p = path;
    for (;;) {
        if (const auto it = lines.constFind(p); it != lines.constEnd()) {
            return *it;
        }
        if (p.isEmpty()) {
            return 1;
        }
        const qsizetype cut = std::max(p.lastIndexOf(QLatin1Char('.')), p.lastIndexOf(QLatin1Char('[')));
        p = cut > 0 ? p.left(cut) : QString();
    }
}

std::optional<LinedJson> readLinedJson(const QByteArray &text, JsonSyntaxError &error) {
    LinedJson out;
    Reader reader(text, out);
    QJsonValue root;
    if (!reader.read(root)) {
        error = reader.error;
        return std::nullopt;
    }
    out.root = root;
    return out;
}

QString memberPath(const QString &parent, const QString &name) {
    return parent.isEmpty() ? name : parent + QLatin1Char('.') + name;
}

QString elementPath(const QString &parent, qsizetype index) {
    return parent + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

} // namespace marsa::replay
