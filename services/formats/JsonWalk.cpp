// JsonWalk: a JSON tokenizer that hands each value to a visitor and keeps nothing of the file.
#include "JsonWalk.h"

#include "Utf8.h"

#include <vector>

namespace tessera::formats {

namespace {

class Walker {
public:
    Walker(const QByteArray& data, JsonWalkVisitor& visitor)
        : m_data(data)
        , m_visitor(visitor)
    {}

    JsonWalk::Outcome run(JsonStyle* style);

    void seek(qsizetype pos) { m_pos = pos; }
    // At the opening quote of a valid string: its decoded text, m_pos past the closing quote.
    QString decode();

private:
    struct Open {
        bool object;
        int count;
    };

    void skipWhitespace()
    {
        while (m_pos < m_data.size()) {
            const char c = m_data[m_pos];
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                break;
            ++m_pos;
        }
    }
    bool hex4(int& result);
    bool string(QString* text);
    bool number();
    bool literal(const char* word);
    bool value(JsonWalkValue& value);
    void noteStyle(const JsonWalkValue& member, JsonStyle& style) const;

    const QByteArray& m_data;
    JsonWalkVisitor& m_visitor;
    qsizetype m_pos = 0;
    std::vector<Open> m_stack;
    bool m_stopped = false;
    bool m_sawEscape = false;
    bool m_sawNonAscii = false;
    bool m_upperHex = false;
};

bool Walker::hex4(int& result)
{
    if (m_pos + 4 > m_data.size())
        return false;
    result = 0;
    for (int i = 0; i < 4; ++i) {
        const char c = m_data[m_pos + i];
        int digit = 0;
        if (c >= '0' && c <= '9')
            digit = c - '0';
        else if (c >= 'a' && c <= 'f')
            digit = c - 'a' + 10;
        else if (c >= 'A' && c <= 'F') {
            digit = c - 'A' + 10;
            m_upperHex = true;
        } else
            return false;
        result = result * 16 + digit;
    }
    m_pos += 4;
    return true;
}

// At the opening quote; m_pos past the closing quote. `text`, when not null, gets the decoded string.
bool Walker::string(QString* text)
{
    ++m_pos;
    qsizetype runStart = m_pos;
    const auto flush = [&] {
        if (text && m_pos > runStart)
            *text += QString::fromUtf8(m_data.constData() + runStart, m_pos - runStart);
    };
    while (true) {
        if (m_pos >= m_data.size())
            return false;
        const quint8 c = quint8(m_data[m_pos]);
        if (c == '"') {
            flush();
            ++m_pos;
            return true;
        }
        if (c < 0x20)
            return false;
        if (c >= 0x80) {
            const int length = Utf8::sequenceLength(m_data, m_pos);
            if (length == 0)
                return false;
            m_sawNonAscii = true;
            m_pos += length;
            continue;
        }
        if (c != '\\') {
            ++m_pos;
            continue;
        }
        flush();
        ++m_pos;
        if (m_pos >= m_data.size())
            return false;
        const char e = m_data[m_pos++];
        char16_t plain = 0;
        switch (e) {
        case '"':
        case '\\':
        case '/':
            plain = char16_t(e);
            break;
        case 'b':
            plain = 0x08;
            break;
        case 'f':
            plain = 0x0C;
            break;
        case 'n':
            plain = '\n';
            break;
        case 'r':
            plain = '\r';
            break;
        case 't':
            plain = '\t';
            break;
        case 'u': {
            int unit = 0;
            if (!hex4(unit) || QChar::isLowSurrogate(char16_t(unit)))
                return false;
            if (QChar::isHighSurrogate(char16_t(unit))) {
                if (m_pos + 2 > m_data.size() || m_data[m_pos] != '\\' || m_data[m_pos + 1] != 'u')
                    return false;
                m_pos += 2;
                int low = 0;
                if (!hex4(low) || !QChar::isLowSurrogate(char16_t(low)))
                    return false;
                if (text) {
                    *text += QChar(char16_t(unit));
                    *text += QChar(char16_t(low));
                }
                m_sawEscape = true;
            } else {
                if (unit >= 0x80)
                    m_sawEscape = true;
                if (text)
                    *text += QChar(char16_t(unit));
            }
            break;
        }
        default:
            return false;
        }
        if (plain && text)
            *text += QChar(plain);
        runStart = m_pos;
    }
}

QString Walker::decode()
{
    QString text;
    string(&text);
    return text;
}

bool Walker::number()
{
    const auto digit = [&] { return m_pos < m_data.size() && m_data[m_pos] >= '0' && m_data[m_pos] <= '9'; };
    if (m_data[m_pos] == '-')
        ++m_pos;
    if (!digit())
        return false;
    if (m_data[m_pos] == '0')
        ++m_pos;
    else
        while (digit())
            ++m_pos;
    if (m_pos < m_data.size() && m_data[m_pos] == '.') {
        ++m_pos;
        if (!digit())
            return false;
        while (digit())
            ++m_pos;
    }
    if (m_pos < m_data.size() && (m_data[m_pos] == 'e' || m_data[m_pos] == 'E')) {
        ++m_pos;
        if (m_pos < m_data.size() && (m_data[m_pos] == '+' || m_data[m_pos] == '-'))
            ++m_pos;
        if (!digit())
            return false;
        while (digit())
            ++m_pos;
    }
    return true;
}

bool Walker::literal(const char* word)
{
    const QByteArrayView expected(word);
    if (QByteArrayView(m_data).mid(m_pos, expected.size()) != expected)
        return false;
    m_pos += expected.size();
    return true;
}

// One value at m_pos (whitespace skipped): scalars are handed over, containers opened.
bool Walker::value(JsonWalkValue& v)
{
    if (m_pos >= m_data.size())
        return false;
    v.depth = int(m_stack.size());
    v.begin = m_pos;
    const char c = m_data[m_pos];
    if (c == '{' || c == '[') {
        if (m_stack.size() >= size_t(JsonScanner::maxDepth))
            return false;
        v.kind = c == '{' ? JsonNode::Kind::Object : JsonNode::Kind::Array;
        ++m_pos;
        m_stack.push_back(Open{c == '{', 0});
        if (!m_visitor.open(v))
            m_stopped = true;
        return !m_stopped;
    }
    bool ok = false;
    if (c == '"') {
        v.kind = JsonNode::Kind::String;
        ok = string(nullptr);
    } else if (c == '-' || (c >= '0' && c <= '9')) {
        v.kind = JsonNode::Kind::Number;
        ok = number();
    } else if (c == 't') {
        v.kind = JsonNode::Kind::True;
        ok = literal("true");
    } else if (c == 'f') {
        v.kind = JsonNode::Kind::False;
        ok = literal("false");
    } else if (c == 'n') {
        v.kind = JsonNode::Kind::Null;
        ok = literal("null");
    }
    if (!ok)
        return false;
    v.end = m_pos;
    if (!m_visitor.scalar(v))
        m_stopped = true;
    return !m_stopped;
}

// As JsonScanner's noteStyle, from the first member of the file.
void Walker::noteStyle(const JsonWalkValue& member, JsonStyle& style) const
{
    style.colon = m_data.mid(member.keyEnd, member.begin - member.keyEnd);
    qsizetype lineStart = member.keyBegin;
    while (lineStart > 0 && (m_data[lineStart - 1] == ' ' || m_data[lineStart - 1] == '\t'))
        --lineStart;
    if (lineStart == 0 || m_data[lineStart - 1] != '\n') {
        style.compact = true;
        style.indentUnit.clear();
    } else {
        const QByteArray indent = m_data.mid(lineStart, member.keyBegin - lineStart);
        style.indentUnit = indent.left(std::max<qsizetype>(1, indent.size() / std::max(1, member.depth)));
        if (indent.isEmpty())
            style.indentUnit.clear();
    }
}

JsonWalk::Outcome Walker::run(JsonStyle* style)
{
    using Outcome = JsonWalk::Outcome;
    JsonStyle found;
    bool member = false; // the first member was seen (it gives the style)
    if (m_data.startsWith("\xEF\xBB\xBF")) {
        m_pos = 3;
        found.bom = true;
    }
    const auto failed = [&] { return m_stopped ? Outcome::Stopped : Outcome::Invalid; };
    skipWhitespace();
    JsonWalkValue v;
    if (m_pos >= m_data.size() || !value(v))
        return failed();
    while (!m_stack.empty()) {
        Open& open = m_stack.back();
        const char close = open.object ? '}' : ']';
        skipWhitespace();
        if (m_pos >= m_data.size())
            return Outcome::Invalid;
        if (m_data[m_pos] == close) {
            ++m_pos;
            m_stack.pop_back();
            if (!m_visitor.close(m_pos - 1, m_pos))
                return Outcome::Stopped;
            continue;
        }
        if (open.count > 0) {
            if (m_data[m_pos] != ',')
                return Outcome::Invalid;
            ++m_pos;
            skipWhitespace();
        }
        if (m_pos >= m_data.size())
            return Outcome::Invalid;
        v = JsonWalkValue{};
        const int index = open.count++;
        if (!open.object) {
            v.index = index;
            v.name = QString::number(index);
            if (!value(v))
                return failed();
            continue;
        }
        if (m_data[m_pos] != '"')
            return Outcome::Invalid;
        v.keyBegin = m_pos;
        if (!string(&v.name))
            return Outcome::Invalid;
        v.keyEnd = m_pos;
        skipWhitespace();
        if (m_pos >= m_data.size() || m_data[m_pos] != ':')
            return Outcome::Invalid;
        ++m_pos;
        skipWhitespace();
        if (!member && m_pos < m_data.size()) {
            member = true;
            JsonWalkValue first = v;
            first.begin = m_pos;
            first.depth = int(m_stack.size());
            noteStyle(first, found);
        }
        if (!value(v))
            return failed();
    }
    skipWhitespace();
    if (m_pos < m_data.size())
        return Outcome::Invalid;
    if (style) {
        found.newline = m_data.contains("\r\n") ? QByteArray("\r\n") : QByteArray("\n");
        found.escapeNonAscii = m_sawEscape && !m_sawNonAscii;
        found.upperHex = m_upperHex;
        *style = found;
    }
    return Outcome::Done;
}

// A visitor for text(): the walker is only used to decode one string.
class NoVisitor final : public JsonWalkVisitor {
public:
    bool scalar(const JsonWalkValue&) override { return true; }
    bool open(const JsonWalkValue&) override { return true; }
    bool close(qsizetype, qsizetype) override { return true; }
};

} // namespace

JsonWalk::Outcome JsonWalk::run(const QByteArray& data, JsonWalkVisitor& visitor, JsonStyle* style)
{
    Walker walker(data, visitor);
    return walker.run(style);
}

QString JsonWalk::text(const QByteArray& data, qsizetype begin, qsizetype end)
{
    Q_UNUSED(end);
    NoVisitor none;
    Walker walker(data, none);
    walker.seek(begin);
    return walker.decode();
}

} // namespace tessera::formats
