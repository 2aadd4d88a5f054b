// JsonScanner: a streaming JSON tokenizer that records every value with its exact byte range.
#include "JsonScanner.h"

#include "Utf8.h"

#include <QSet>

namespace tessera::formats {

using domain::Error;
using domain::ErrorCode;
using domain::Result;

int JsonScan::member(int object, const QString& key) const
{
    if (object < 0 || object >= nodes.size() || !nodes[object].isObject())
        return -1;
    for (int child = nodes[object].firstChild; child >= 0; child = nodes[child].nextSibling) {
        if (nodes[child].key == key)
            return child;
    }
    return -1;
}

QList<int> JsonScan::children(int node) const
{
    QList<int> result;
    if (node < 0 || node >= nodes.size())
        return result;
    for (int child = nodes[node].firstChild; child >= 0; child = nodes[child].nextSibling)
        result.append(child);
    return result;
}

QStringList JsonScan::path(int node) const
{
    QStringList result;
    for (int n = node; n > 0; n = nodes[n].parent)
        result.prepend(nodes[n].key);
    return result;
}

void JsonScanner::position(const QByteArray& data, qsizetype offset, int& line, int& column)
{
    line = 1;
    qsizetype lineStart = 0;
    offset = std::min(offset, data.size());
    for (qsizetype i = 0; i < offset; ++i) {
        if (data[i] == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    column = 1;
    for (qsizetype i = lineStart; i < offset; ++i) {
        if ((quint8(data[i]) & 0xC0) != 0x80) // count characters, not continuation bytes
            ++column;
    }
    if (lineStart == 0 && data.startsWith("\xEF\xBB\xBF") && offset >= 3)
        --column; // the BOM is no character of the first line
}

namespace {

constexpr int smallObject = 16;

class Scanner {
public:
    Scanner(const QByteArray& data, const QString& fileName)
        : m_data(data)
        , m_fileName(fileName)
    {}

    Result<JsonScan> run(bool partial);

private:
    struct Open {
        int node;
        QSet<QString> keys;
        int lastChild = -1;
    };

    std::unexpected<Error> error(qsizetype offset, const QString& message) const
    {
        int line = 0;
        int column = 0;
        JsonScanner::position(m_data, offset, line, column);
        return std::unexpected(Error{ErrorCode::InvalidInput, message, m_fileName, line, column, {}});
    }

    void skipWhitespace()
    {
        while (m_pos < m_data.size()) {
            const char c = m_data[m_pos];
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                break;
            ++m_pos;
        }
    }

    Result<QString> string();
    Result<int> hex4();
    Result<void> number();
    Result<void> literal(const char* word, JsonNode::Kind kind, JsonNode& node);
    Result<void> value(QList<Open>& stack, const QString& key, qsizetype keyBegin, qsizetype keyEnd);
    int addNode(QList<Open>& stack, JsonNode node);
    void noteStyle();

    const QByteArray& m_data;
    const QString& m_fileName;
    qsizetype m_pos = 0;
    JsonScan m_scan;
    bool m_sawEscape = false;
    bool m_sawNonAscii = false;
};

Result<int> Scanner::hex4()
{
    if (m_pos + 4 > m_data.size())
        return error(m_pos, QStringLiteral("truncated \\u escape"));
    int result = 0;
    for (int i = 0; i < 4; ++i) {
        const char c = m_data[m_pos + i];
        int digit = 0;
        if (c >= '0' && c <= '9')
            digit = c - '0';
        else if (c >= 'a' && c <= 'f')
            digit = c - 'a' + 10;
        else if (c >= 'A' && c <= 'F') {
            digit = c - 'A' + 10;
            m_scan.style.upperHex = true;
        } else
            return error(m_pos + i, QStringLiteral("\\u must be followed by four hex digits"));
        result = result * 16 + digit;
    }
    m_pos += 4;
    return result;
}

// At the opening quote; leaves m_pos past the closing quote.
Result<QString> Scanner::string()
{
    const qsizetype start = m_pos;
    ++m_pos;
    QString text;
    qsizetype runStart = m_pos;
    const auto flush = [&] {
        if (m_pos > runStart)
            text += QString::fromUtf8(m_data.constData() + runStart, m_pos - runStart);
    };
    while (true) {
        if (m_pos >= m_data.size())
            return error(start, QStringLiteral("unterminated string"));
        const quint8 c = quint8(m_data[m_pos]);
        if (c == '"') {
            flush();
            ++m_pos;
            return text;
        }
        if (c < 0x20)
            return error(m_pos, QStringLiteral("control character U+%1 in a string must be escaped")
                                    .arg(int(c), 4, 16, QLatin1Char('0')));
        if (c >= 0x80) {
            const int length = Utf8::sequenceLength(m_data, m_pos);
            if (length == 0)
                return error(m_pos, QStringLiteral("invalid UTF-8"));
            m_sawNonAscii = true;
            m_pos += length;
            continue;
        }
        if (c != '\\') {
            ++m_pos;
            continue;
        }
        flush();
        const qsizetype escape = m_pos;
        ++m_pos;
        if (m_pos >= m_data.size())
            return error(start, QStringLiteral("unterminated string"));
        const char e = m_data[m_pos++];
        switch (e) {
        case '"':
            text += QLatin1Char('"');
            break;
        case '\\':
            text += QLatin1Char('\\');
            break;
        case '/':
            text += QLatin1Char('/');
            break;
        case 'b':
            text += QChar(0x08);
            break;
        case 'f':
            text += QChar(0x0C);
            break;
        case 'n':
            text += QLatin1Char('\n');
            break;
        case 'r':
            text += QLatin1Char('\r');
            break;
        case 't':
            text += QLatin1Char('\t');
            break;
        case 'u': {
            auto unit = hex4();
            if (!unit)
                return std::unexpected(unit.error());
            if (QChar::isLowSurrogate(char16_t(*unit)))
                return error(escape,
                             QStringLiteral("unpaired surrogate escape \\u%1").arg(*unit, 4, 16, QLatin1Char('0')));
            if (QChar::isHighSurrogate(char16_t(*unit))) {
                if (m_pos + 2 > m_data.size() || m_data[m_pos] != '\\' || m_data[m_pos + 1] != 'u')
                    return error(escape,
                                 QStringLiteral("unpaired surrogate escape \\u%1").arg(*unit, 4, 16, QLatin1Char('0')));
                m_pos += 2;
                auto low = hex4();
                if (!low)
                    return std::unexpected(low.error());
                if (!QChar::isLowSurrogate(char16_t(*low)))
                    return error(escape,
                                 QStringLiteral("unpaired surrogate escape \\u%1").arg(*unit, 4, 16, QLatin1Char('0')));
                text += QChar(char16_t(*unit));
                text += QChar(char16_t(*low));
                m_sawEscape = true;
            } else {
                if (*unit >= 0x80)
                    m_sawEscape = true;
                text += QChar(char16_t(*unit));
            }
            break;
        }
        default:
            return error(escape, QStringLiteral("invalid escape \\%1").arg(QChar::fromLatin1(e)));
        }
        runStart = m_pos;
    }
}

Result<void> Scanner::number()
{
    const qsizetype start = m_pos;
    const auto digit = [&] { return m_pos < m_data.size() && m_data[m_pos] >= '0' && m_data[m_pos] <= '9'; };
    if (m_data[m_pos] == '-')
        ++m_pos;
    if (!digit())
        return error(start, QStringLiteral("invalid number"));
    if (m_data[m_pos] == '0')
        ++m_pos;
    else
        while (digit())
            ++m_pos;
    if (m_pos < m_data.size() && m_data[m_pos] == '.') {
        ++m_pos;
        if (!digit())
            return error(start, QStringLiteral("invalid number"));
        while (digit())
            ++m_pos;
    }
    if (m_pos < m_data.size() && (m_data[m_pos] == 'e' || m_data[m_pos] == 'E')) {
        ++m_pos;
        if (m_pos < m_data.size() && (m_data[m_pos] == '+' || m_data[m_pos] == '-'))
            ++m_pos;
        if (!digit())
            return error(start, QStringLiteral("invalid number"));
        while (digit())
            ++m_pos;
    }
    return {};
}

Result<void> Scanner::literal(const char* word, JsonNode::Kind kind, JsonNode& node)
{
    const QByteArray expected(word);
    if (m_data.mid(m_pos, expected.size()) != expected)
        return error(m_pos, QStringLiteral("unexpected token"));
    m_pos += expected.size();
    node.kind = kind;
    return {};
}

int Scanner::addNode(QList<Open>& stack, JsonNode node)
{
    const int index = int(m_scan.nodes.size());
    if (!stack.isEmpty()) {
        Open& open = stack.last();
        node.parent = open.node;
        node.depth = m_scan.nodes[open.node].depth + 1;
        JsonNode& parent = m_scan.nodes[open.node];
        ++parent.memberCount;
        if (open.lastChild < 0)
            parent.firstChild = index;
        else
            m_scan.nodes[open.lastChild].nextSibling = index;
        open.lastChild = index;
    }
    m_scan.nodes.append(std::move(node));
    return index;
}

// One value at m_pos (whitespace skipped). Objects and arrays are pushed and completed by run().
Result<void> Scanner::value(QList<Open>& stack, const QString& key, qsizetype keyBegin, qsizetype keyEnd)
{
    if (m_pos >= m_data.size())
        return error(m_pos, QStringLiteral("unexpected end of file, a value was expected"));
    JsonNode node;
    node.key = key;
    node.keyBegin = keyBegin;
    node.keyEnd = keyEnd;
    node.begin = m_pos;
    const char c = m_data[m_pos];
    if (c == '{' || c == '[') {
        if (stack.size() >= JsonScanner::maxDepth)
            return error(m_pos, QStringLiteral("nesting deeper than %1 levels").arg(JsonScanner::maxDepth));
        node.kind = c == '{' ? JsonNode::Kind::Object : JsonNode::Kind::Array;
        ++m_pos;
        const int index = addNode(stack, std::move(node));
        stack.append(Open{index, {}, -1});
        return {};
    }
    if (c == '"') {
        auto text = string();
        if (!text)
            return std::unexpected(text.error());
        node.kind = JsonNode::Kind::String;
        node.text = std::move(*text);
    } else if (c == '-' || (c >= '0' && c <= '9')) {
        auto ok = number();
        if (!ok)
            return ok;
        node.kind = JsonNode::Kind::Number;
    } else if (c == 't') {
        if (auto ok = literal("true", JsonNode::Kind::True, node); !ok)
            return ok;
    } else if (c == 'f') {
        if (auto ok = literal("false", JsonNode::Kind::False, node); !ok)
            return ok;
    } else if (c == 'n') {
        if (auto ok = literal("null", JsonNode::Kind::Null, node); !ok)
            return ok;
    } else {
        return error(m_pos,
                     QStringLiteral("unexpected character '%1', a value was expected")
                         .arg(QString::fromUtf8(m_data.mid(m_pos, std::max(1, Utf8::sequenceLength(m_data, m_pos))))));
    }
    node.end = m_pos;
    addNode(stack, std::move(node));
    return {};
}

// The file's layout from its first nested member: indentation unit, colon spacing, line ends.
void Scanner::noteStyle()
{
    JsonStyle& style = m_scan.style;
    style.newline = m_data.contains("\r\n") ? QByteArray("\r\n") : QByteArray("\n");
    style.escapeNonAscii = m_sawEscape && !m_sawNonAscii;
    for (const JsonNode& node : std::as_const(m_scan.nodes)) {
        if (node.keyBegin < 0)
            continue;
        style.colon = m_data.mid(node.keyEnd, node.begin - node.keyEnd);
        qsizetype lineStart = node.keyBegin;
        while (lineStart > 0 && (m_data[lineStart - 1] == ' ' || m_data[lineStart - 1] == '\t'))
            --lineStart;
        if (lineStart == 0 || m_data[lineStart - 1] != '\n') {
            style.compact = true;
            style.indentUnit.clear();
        } else {
            const QByteArray indent = m_data.mid(lineStart, node.keyBegin - lineStart);
            style.indentUnit = indent.left(std::max<qsizetype>(1, indent.size() / std::max(1, node.depth)));
            if (indent.isEmpty())
                style.indentUnit.clear();
        }
        break;
    }
}

Result<JsonScan> Scanner::run(bool partial)
{
    if (m_data.startsWith("\xEF\xBB\xBF")) {
        m_pos = 3;
        m_scan.style.bom = true;
    }
    QList<Open> stack;
    skipWhitespace();
    const auto fail = [&](Error e) -> Result<JsonScan> {
        if (partial)
            return std::move(m_scan);
        return std::unexpected(std::move(e));
    };
    if (m_pos >= m_data.size())
        return fail(error(m_pos, QStringLiteral("the file is empty, a JSON value was expected")).error());
    if (auto ok = value(stack, {}, -1, -1); !ok)
        return fail(ok.error());
    while (!stack.isEmpty()) {
        Open& open = stack.last();
        JsonNode& container = m_scan.nodes[open.node];
        const bool isObject = container.isObject();
        const char close = isObject ? '}' : ']';
        skipWhitespace();
        if (m_pos >= m_data.size())
            return fail(
                error(m_pos, QStringLiteral("unexpected end of file, '%1' was expected").arg(QLatin1Char(close)))
                    .error());
        if (m_data[m_pos] == close) {
            ++m_pos;
            container.end = m_pos;
            stack.removeLast();
            continue;
        }
        if (container.memberCount > 0) {
            if (m_data[m_pos] != ',')
                return fail(error(m_pos, QStringLiteral("',' or '%1' was expected").arg(QLatin1Char(close))).error());
            ++m_pos;
            skipWhitespace();
        }
        if (m_pos >= m_data.size())
            return fail(error(m_pos, QStringLiteral("unexpected end of file")).error());
        if (!isObject) {
            if (auto ok = value(stack, QString::number(container.memberCount), -1, -1); !ok)
                return fail(ok.error());
            continue;
        }
        if (m_data[m_pos] != '"')
            return fail(error(m_pos, QStringLiteral("a member name in double quotes was expected")).error());
        const qsizetype keyBegin = m_pos;
        auto key = string();
        if (!key)
            return fail(key.error());
        // Duplicate keys: small objects compare with their members, larger ones keep a set.
        bool duplicate = false;
        if (container.memberCount < smallObject) {
            for (int c = container.firstChild; c >= 0 && !duplicate; c = m_scan.nodes[c].nextSibling)
                duplicate = m_scan.nodes[c].key == *key;
        } else {
            if (open.keys.isEmpty()) {
                for (int c = container.firstChild; c >= 0; c = m_scan.nodes[c].nextSibling)
                    open.keys.insert(m_scan.nodes[c].key);
            }
            duplicate = open.keys.contains(*key);
            open.keys.insert(*key);
        }
        if (duplicate)
            return fail(error(keyBegin, QStringLiteral("duplicate key \"%1\"").arg(*key)).error());
        const qsizetype keyEnd = m_pos;
        skipWhitespace();
        if (m_pos >= m_data.size() || m_data[m_pos] != ':')
            return fail(error(m_pos, QStringLiteral("':' was expected after the member name")).error());
        ++m_pos;
        skipWhitespace();
        if (auto ok = value(stack, *key, keyBegin, keyEnd); !ok)
            return fail(ok.error());
    }
    skipWhitespace();
    if (m_pos < m_data.size())
        return fail(error(m_pos, QStringLiteral("unexpected text after the end of the JSON value")).error());
    noteStyle();
    return std::move(m_scan);
}

} // namespace

Result<JsonScan> JsonScanner::scan(const QByteArray& data, const QString& fileName, bool partial)
{
    Scanner scanner(data, fileName);
    return scanner.run(partial);
}

} // namespace tessera::formats
