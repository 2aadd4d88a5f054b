#include "XliffScanner.h"

#include "XmlText.h"

namespace tessera::formats {

using domain::Error;
using domain::ErrorCode;
using domain::Result;
using Token = XmlPull::Token;

namespace {

bool isNativeCode(QByteArrayView name)
{
    return name == "bpt" || name == "ept" || name == "ph" || name == "it";
}

} // namespace

XliffScanner::XliffScanner(const QByteArray& text, const QString& fileName, const QString& format)
    : m_text(text)
    , m_fileName(fileName)
    , m_format(format)
    , m_reader(text)
    , m_position(text)
{}

Result<QByteArray> XliffScanner::utf8(const QByteArray& data, const QString& fileName)
{
    return XmlText::utf8(data, fileName, QStringLiteral("XLIFF"));
}

bool XliffScanner::hasSeveral(const QByteArray& text, QByteArrayView name, int depth)
{
    // Every start tag of the element is '<' or ':' + name + a space, '>' or '/', so fewer such
    // places than two settle it without reading the XML.
    int places = 0;
    for (qsizetype at = text.indexOf(name); at >= 0 && places < 2; at = text.indexOf(name, at + 1)) {
        const qsizetype after = at + name.size();
        if (at > 0 && (text[at - 1] == '<' || text[at - 1] == ':') && after < text.size() &&
            (text[after] == '>' || text[after] == '/' || text[after] == ' ' || text[after] == '\t' ||
             text[after] == '\n' || text[after] == '\r'))
            ++places;
    }
    if (places < 2)
        return false;
    XmlPull reader(text);
    int found = 0;
    for (Token token = reader.next(); !reader.atEnd(); token = reader.next()) {
        if (token == Token::StartElement && reader.depth() == depth && reader.name() == name && ++found > 1)
            return true;
    }
    return false;
}

Token XliffScanner::next()
{
    return m_reader.next();
}

Result<QString> XliffScanner::readContent(XliffVersion version, XliffSpan* span, QList<XliffMarker>* markers)
{
    QByteArray out;
    if (auto read = readContentInto(version, out, span, markers); !read)
        return std::unexpected(read.error());
    return XmlPull::toString(out);
}

Result<void> XliffScanner::readContentInto(XliffVersion version, QByteArray& out, XliffSpan* span,
                                           QList<XliffMarker>* markers)
{
    if (span) {
        span->tagBegin = tokenBegin();
        span->tagEnd = offset();
    }
    const int depth = m_reader.depth();
    int native = 0; // open native-code elements (kept as written)
    for (;;) {
        const Token token = next();
        switch (token) {
        case Token::Characters:
            if (native > 0)
                out += raw();
            else
                m_reader.appendText(out);
            break;
        case Token::Comment:
        case Token::ProcessingInstruction:
            out += raw();
            break;
        case Token::StartElement: {
            if (m_reader.depth() == depth + 1 && markers && m_reader.name() == "mrk" &&
                m_reader.attribute("mtype") == u"seg") {
                XliffMarker marker;
                marker.mid = m_reader.attribute("mid");
                const qsizetype start = tokenBegin();
                out += raw();
                QByteArray inner;
                if (auto read = readContentInto(version, inner, &marker.span, nullptr); !read)
                    return read;
                marker.text = XmlPull::toString(inner);
                out += inner;
                out += raw();
                marker.span.tagBegin = start;
                markers->append(marker);
                break;
            }
            out += raw();
            if (native > 0 || (version == XliffVersion::V1 && isNativeCode(m_reader.name())))
                ++native;
            break;
        }
        case Token::EndElement:
            if (m_reader.depth() == depth) {
                if (span) {
                    span->contentEnd = tokenBegin();
                    span->end = offset();
                }
                return {};
            }
            if (native > 0)
                --native;
            out += raw();
            break;
        case Token::Invalid:
        case Token::EndDocument:
            return std::unexpected(readerError());
        default:
            break;
        }
    }
}

Result<void> XliffScanner::skip()
{
    const int depth = m_reader.depth();
    for (;;) {
        const Token token = next();
        if (token == Token::EndElement && m_reader.depth() == depth)
            return {};
        if (token == Token::Invalid || token == Token::EndDocument)
            return std::unexpected(readerError());
    }
}

Error XliffScanner::errorAt(qint64 line, qint64 column, const QString& message) const
{
    return Error{ErrorCode::InvalidInput, message, m_fileName, int(line), int(column), {}};
}

Error XliffScanner::errorAtToken(const QString& message) const
{
    const auto [line, column] = tokenPosition();
    return errorAt(line, column, message);
}

Error XliffScanner::readerError() const
{
    if (!m_reader.hasError())
        return errorAtToken(QStringLiteral("the %1 file ends before its elements are closed").arg(m_format));
    const auto [line, column] = m_position.at(m_reader.errorOffset());
    return errorAt(line, column, m_reader.errorString());
}

} // namespace tessera::formats
