#include "AndroidParser.h"

#include <QSet>

#include "AndroidEscape.h"
#include "XmlText.h"

namespace tessera::formats {

using domain::Error;
using domain::ErrorCode;
using domain::Result;

namespace {

const QString format = QStringLiteral("Android resource");

bool isSpaceOnly(QStringView text)
{
    for (const QChar c : text) {
        if (!c.isSpace())
            return false;
    }
    return true;
}

} // namespace

AndroidParser::AndroidParser(const QString& text, const QString& fileName)
    : m_text(text)
    , m_fileName(fileName)
    , m_reader(text)
{
    m_reader.setNamespaceProcessing(false);
}

Result<QString> AndroidParser::decode(const QByteArray& data, const QString& fileName)
{
    return XmlText::decode(data, fileName, format);
}

Error AndroidParser::error(qint64 line, qint64 column, const QString& message) const
{
    return Error{ErrorCode::InvalidInput, message, m_fileName, int(line), int(column), {}};
}

Error AndroidParser::readerError() const
{
    return XmlText::readerError(m_reader, m_fileName);
}

void AndroidParser::position(qsizetype offset, qint64& line, qint64& column)
{
    offset = qBound<qsizetype>(0, offset, m_text.size());
    if (offset < m_positionOffset) { // not expected; count again from the start
        m_positionOffset = 0;
        m_positionLine = 1;
        m_positionLineStart = 0;
    }
    for (qsizetype i = m_positionOffset; i < offset; ++i) {
        if (m_text[i] == QLatin1Char('\n')) {
            ++m_positionLine;
            m_positionLineStart = i + 1;
        }
    }
    m_positionOffset = offset;
    line = m_positionLine;
    column = offset - m_positionLineStart + 1;
}

Result<bool> AndroidParser::next(AndroidEntry& entry)
{
    while (!m_done && !m_reader.atEnd()) {
        const auto token = m_reader.readNext();
        if (m_reader.hasError())
            return std::unexpected(readerError());
        switch (token) {
        case QXmlStreamReader::DTD:
            if (auto dtd = XmlText::checkDtd(m_reader, m_fileName, format); !dtd)
                return std::unexpected(dtd.error());
            break;
        case QXmlStreamReader::Comment:
            m_comment = m_reader.text().toString().trimmed();
            break;
        case QXmlStreamReader::Characters:
            if (!isSpaceOnly(m_reader.text()))
                m_comment.clear();
            break;
        case QXmlStreamReader::StartElement: {
            const auto name = m_reader.name();
            const qsizetype tagEnd = m_reader.characterOffset();
            if (!m_inResources) {
                if (name != QLatin1StringView("resources")) {
                    return std::unexpected(
                        XmlText::errorAt(m_reader, m_fileName,
                                         QStringLiteral("not an Android resource file: the root element is <%1>")
                                             .arg(m_reader.qualifiedName().toString())));
                }
                m_inResources = true;
                m_resourcesContentBegin = tagEnd;
                m_resourcesSelfClosing = tagEnd >= 2 && m_text[tagEnd - 2] == QLatin1Char('/');
                if (m_resourcesSelfClosing)
                    m_resourcesEnd = tagEnd - 2;
                m_comment.clear();
                break;
            }
            AndroidEntry::Kind kind;
            if (name == QLatin1StringView("string"))
                kind = AndroidEntry::Kind::String;
            else if (name == QLatin1StringView("plurals"))
                kind = AndroidEntry::Kind::Plurals;
            else if (name == QLatin1StringView("string-array"))
                kind = AndroidEntry::Kind::Array;
            else {
                m_comment.clear();
                m_reader.skipCurrentElement();
                if (m_reader.hasError())
                    return std::unexpected(readerError());
                break;
            }
            auto read = readEntry(entry, kind);
            if (!read)
                return std::unexpected(read.error());
            return true;
        }
        case QXmlStreamReader::EndElement:
            // Only </resources> comes here: other elements are read or skipped whole.
            if (!m_resourcesSelfClosing)
                m_resourcesEnd = m_text.lastIndexOf(QStringLiteral("</"), m_reader.characterOffset() - 1);
            m_done = true;
            break;
        default:
            break;
        }
    }
    if (!m_done) {
        while (!m_reader.atEnd()) // the end of the document: errors and trailing comments
            m_reader.readNext();
    } else {
        while (!m_reader.atEnd()) {
            m_reader.readNext();
            if (m_reader.tokenType() == QXmlStreamReader::StartElement)
                return std::unexpected(readerError());
        }
    }
    if (m_reader.hasError())
        return std::unexpected(readerError());
    if (!m_inResources)
        return std::unexpected(XmlText::errorAt(
            m_reader, m_fileName, QStringLiteral("not an Android resource file: no <resources> element")));
    return false;
}

Result<void> AndroidParser::readEntry(AndroidEntry& entry, AndroidEntry::Kind kind)
{
    entry = AndroidEntry{};
    entry.kind = kind;
    entry.note = m_comment;
    m_comment.clear();
    entry.startTagEnd = m_reader.characterOffset();
    entry.begin = m_text.lastIndexOf(QLatin1Char('<'), entry.startTagEnd - 1);
    position(entry.begin, entry.line, entry.column);
    const QXmlStreamAttributes attributes = m_reader.attributes();
    entry.name = attributes.value(QLatin1StringView("name")).toString();
    if (entry.name.isEmpty())
        return std::unexpected(
            error(entry.line, entry.column, QStringLiteral("<%1> without a name").arg(m_reader.name().toString())));
    entry.translatable = attributes.value(QLatin1StringView("translatable")) != QLatin1StringView("false");
    entry.formatted = attributes.value(QLatin1StringView("formatted")).toString();

    if (kind == AndroidEntry::Kind::String) {
        AndroidValue value;
        auto read = readValue(value);
        if (!read)
            return read;
        entry.values.append(std::move(value));
        entry.end = entry.values.last().elementEnd;
        entry.selfClosing = entry.values.last().selfClosing;
        return {};
    }

    entry.selfClosing = entry.startTagEnd >= 2 && m_text[entry.startTagEnd - 2] == QLatin1Char('/');
    QSet<QString> quantities;
    while (!m_reader.atEnd()) {
        const auto token = m_reader.readNext();
        if (m_reader.hasError())
            return std::unexpected(readerError());
        if (token == QXmlStreamReader::EndElement) {
            entry.end = m_reader.characterOffset();
            return {};
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (m_reader.name() != QLatin1StringView("item")) {
            m_reader.skipCurrentElement();
            continue;
        }
        AndroidValue value;
        if (kind == AndroidEntry::Kind::Plurals) {
            value.quantity = m_reader.attributes().value(QLatin1StringView("quantity")).toString();
            const qsizetype at = m_text.lastIndexOf(QLatin1Char('<'), m_reader.characterOffset() - 1);
            if (quantities.contains(value.quantity)) {
                qint64 line = 0;
                qint64 column = 0;
                position(at, line, column);
                return std::unexpected(error(
                    line, column,
                    QStringLiteral("<plurals name=\"%1\"> has quantity \"%2\" twice").arg(entry.name, value.quantity)));
            }
            quantities.insert(value.quantity);
        }
        auto read = readValue(value);
        if (!read)
            return read;
        entry.values.append(std::move(value));
    }
    if (m_reader.hasError())
        return std::unexpected(readerError());
    return std::unexpected(error(
        entry.line, entry.column,
        QStringLiteral("unexpected end of file in <%1 name=\"%2\">").arg(m_reader.name().toString(), entry.name)));
}

Result<void> AndroidParser::readValue(AndroidValue& value)
{
    value.contentBegin = m_reader.characterOffset();
    value.elementBegin = m_text.lastIndexOf(QLatin1Char('<'), value.contentBegin - 1);
    value.selfClosing = value.contentBegin >= 2 && m_text[value.contentBegin - 2] == QLatin1Char('/');
    position(value.elementBegin, value.line, value.column);
    // Character data between CDATA sections, and whether any CDATA or element comes.
    QList<std::pair<QString, bool>> parts; // text, is CDATA
    bool cdata = false;
    bool elements = false;
    int depth = 0;
    while (!m_reader.atEnd()) {
        const auto token = m_reader.readNext();
        if (m_reader.hasError())
            return std::unexpected(readerError());
        if (token == QXmlStreamReader::Characters) {
            const bool isCdata = m_reader.isCDATA();
            cdata = cdata || isCdata;
            if (depth == 0) {
                if (!parts.isEmpty() && !parts.last().second && !isCdata)
                    parts.last().first += m_reader.text();
                else
                    parts.append({m_reader.text().toString(), isCdata});
            }
        } else if (token == QXmlStreamReader::StartElement) {
            elements = true;
            ++depth;
        } else if (token == QXmlStreamReader::EndElement) {
            if (depth == 0)
                break;
            --depth;
        }
    }
    if (m_reader.hasError())
        return std::unexpected(readerError());
    value.elementEnd = m_reader.characterOffset();
    value.contentEnd =
        value.selfClosing ? value.contentBegin - 2 : m_text.lastIndexOf(QStringLiteral("</"), value.elementEnd - 1);
    if (value.selfClosing)
        value.contentBegin = value.contentEnd;

    QString error;
    bool ok = true;
    if (elements) {
        value.mode = AndroidTextMode::Markup;
        ok = AndroidEscape::decodeMarkup(
            QStringView(m_text).mid(value.contentBegin, value.contentEnd - value.contentBegin), value.text, error);
    } else {
        value.mode = cdata ? AndroidTextMode::Cdata : AndroidTextMode::Plain;
        AndroidTextDecoder decoder;
        for (const auto& [text, isCdata] : parts) {
            if (isCdata) {
                decoder.verbatim(text);
            } else if (!decoder.text(text)) {
                ok = false;
                error = decoder.error();
                break;
            }
        }
        value.text = decoder.finish();
    }
    if (!ok)
        return std::unexpected(this->error(value.line, value.column, error));
    return {};
}

} // namespace tessera::formats
