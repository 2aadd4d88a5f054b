#include "XliffScanner.h"

#include <QStringEncoder>

#include "XmlText.h"

namespace tessera::formats {

using domain::Error;
using domain::ErrorCode;
using domain::Result;

namespace {

bool isNativeCode(QStringView name)
{
    return name == u"bpt" || name == u"ept" || name == u"ph" || name == u"it";
}

} // namespace

XliffScanner::XliffScanner(const QString& text, const QString& fileName, const QString& format)
    : m_text(text)
    , m_fileName(fileName)
    , m_format(format)
    , m_reader(text)
{
    m_reader.setNamespaceProcessing(true);
}

Result<QString> XliffScanner::decode(const QByteArray& data, const QString& fileName)
{
    return XmlText::decode(data, fileName, QStringLiteral("XLIFF"));
}

QXmlStreamReader::TokenType XliffScanner::next()
{
    // QXmlStreamReader's characterOffset() runs ahead of a token by what it had to look at (the '<'
    // after character data), so each token's range is found in the text from where the last ended.
    const qsizetype previousEnd = m_tokenEnd;
    const bool afterStart = m_reader.tokenType() == QXmlStreamReader::StartElement;
    const auto token = m_reader.readNext();
    const qsizetype at = m_reader.characterOffset();
    const auto find = [&](QStringView what, qsizetype from) {
        const qsizetype found = m_text.indexOf(what, from);
        return found < 0 ? m_text.size() : found;
    };
    switch (token) {
    case QXmlStreamReader::StartElement:
        m_tokenBegin = qMax<qsizetype>(0, m_text.lastIndexOf(QLatin1Char('<'), at - 1));
        m_tokenEnd = at;
        ++m_depth;
        break;
    case QXmlStreamReader::EndElement:
        --m_depth;
        if (afterStart && at == previousEnd && previousEnd >= 2 && m_text[previousEnd - 2] == u'/') {
            m_tokenBegin = m_tokenEnd = previousEnd; // the end of <x/>
        } else {
            m_tokenBegin = qMax<qsizetype>(0, m_text.lastIndexOf(QLatin1Char('<'), at - 1));
            m_tokenEnd = at;
        }
        break;
    case QXmlStreamReader::Characters:
        m_tokenBegin = previousEnd;
        if (m_reader.isCDATA())
            m_tokenEnd = qMin(find(u"]]>", previousEnd) + 3, m_text.size());
        else
            m_tokenEnd = find(u"<", previousEnd);
        break;
    case QXmlStreamReader::Comment:
        m_tokenBegin = find(u"<!--", previousEnd);
        m_tokenEnd = qMin(find(u"-->", m_tokenBegin + 4) + 3, m_text.size());
        break;
    case QXmlStreamReader::ProcessingInstruction:
        m_tokenBegin = find(u"<?", previousEnd);
        m_tokenEnd = qMin(find(u"?>", m_tokenBegin + 2) + 2, m_text.size());
        break;
    default:
        m_tokenBegin = previousEnd;
        m_tokenEnd = qMax(previousEnd, at);
        break;
    }
    return token;
}

Result<void> XliffScanner::checkDepth() const
{
    if (m_depth > maxDepth)
        return std::unexpected(errorAtToken(QStringLiteral("elements are nested more than %1 deep").arg(maxDepth)));
    return {};
}

Result<QString> XliffScanner::readContent(XliffVersion version, XliffSpan* span, QList<XliffMarker>* markers)
{
    if (span) {
        span->tagBegin = m_tokenBegin;
        span->tagEnd = offset();
    }
    QString out;
    QList<bool> open; // per open child element: whether its content is native code (kept as written)
    int native = 0;
    while (!m_reader.atEnd()) {
        const auto token = next();
        if (m_reader.hasError())
            return std::unexpected(readerError());
        switch (token) {
        case QXmlStreamReader::Characters:
            if (native > 0)
                out += raw();
            else
                out += m_reader.text();
            break;
        case QXmlStreamReader::Comment:
        case QXmlStreamReader::ProcessingInstruction:
        case QXmlStreamReader::EntityReference:
            out += raw();
            break;
        case QXmlStreamReader::StartElement: {
            if (auto deep = checkDepth(); !deep)
                return std::unexpected(deep.error());
            if (open.isEmpty() && markers && m_reader.name() == u"mrk" &&
                m_reader.attributes().value(QLatin1StringView("mtype")) == u"seg") {
                XliffMarker marker;
                marker.mid = m_reader.attributes().value(QLatin1StringView("mid")).toString();
                const qsizetype start = m_tokenBegin;
                out += raw();
                auto inner = readContent(version, &marker.span);
                if (!inner)
                    return inner;
                marker.text = *inner;
                out += *inner;
                out += QStringView(m_text).mid(marker.span.contentEnd, marker.span.end - marker.span.contentEnd);
                marker.span.tagBegin = start;
                markers->append(marker);
                break;
            }
            const bool isNative = version == XliffVersion::V1 && isNativeCode(m_reader.name());
            open.append(isNative);
            out += raw();
            if (isNative)
                ++native;
            break;
        }
        case QXmlStreamReader::EndElement:
            if (open.isEmpty()) {
                if (span) {
                    span->contentEnd = m_tokenBegin;
                    span->end = offset();
                }
                return out;
            }
            if (open.takeLast())
                --native;
            out += raw();
            break;
        default:
            break;
        }
    }
    return std::unexpected(readerError());
}

Result<void> XliffScanner::skip()
{
    int level = 0;
    while (!m_reader.atEnd()) {
        const auto token = next();
        if (m_reader.hasError())
            return std::unexpected(readerError());
        if (token == QXmlStreamReader::StartElement) {
            if (auto deep = checkDepth(); !deep)
                return deep;
            ++level;
        } else if (token == QXmlStreamReader::EndElement) {
            if (level == 0)
                return {};
            --level;
        } else if (token == QXmlStreamReader::DTD) {
            if (auto dtd = checkDtd(); !dtd)
                return dtd;
        }
    }
    return std::unexpected(readerError());
}

Error XliffScanner::error(const QString& message) const
{
    return XmlText::errorAt(m_reader, m_fileName, message);
}

Error XliffScanner::errorAt(qint64 line, qint64 column, const QString& message) const
{
    return Error{ErrorCode::InvalidInput, message, m_fileName, int(line), int(column), {}};
}

std::pair<qint64, qint64> XliffScanner::tokenPosition() const
{
    const qsizetype begin = qBound<qsizetype>(0, m_tokenBegin, m_text.size());
    const qsizetype end = qBound<qsizetype>(begin, m_reader.characterOffset(), m_text.size());
    const qint64 line = m_reader.lineNumber() - QStringView(m_text).mid(begin, end - begin).count(QLatin1Char('\n'));
    const qsizetype lineStart = begin == 0 ? 0 : m_text.lastIndexOf(QLatin1Char('\n'), begin - 1) + 1;
    return {line, begin - lineStart + 1};
}

Error XliffScanner::errorAtToken(const QString& message) const
{
    const auto [line, column] = tokenPosition();
    return errorAt(line, column, message);
}

Error XliffScanner::readerError() const
{
    if (!m_reader.hasError()) {
        return error(QStringLiteral("the %1 file ends before its elements are closed").arg(m_format));
    }
    return XmlText::readerError(m_reader, m_fileName);
}

Result<void> XliffScanner::checkDtd() const
{
    return XmlText::checkDtd(m_reader, m_fileName, m_format);
}

} // namespace tessera::formats
