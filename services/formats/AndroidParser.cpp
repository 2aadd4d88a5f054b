#include "AndroidParser.h"

#include <QSet>

#include "AndroidEscape.h"
#include "XmlText.h"

namespace tessera::formats {

using domain::Error;
using domain::ErrorCode;
using domain::Result;
using Token = XmlPull::Token;

namespace {

const QString format = QStringLiteral("Android resource");

} // namespace

AndroidParser::AndroidParser(const QByteArray& text, const QString& fileName)
    : m_text(text)
    , m_fileName(fileName)
    , m_reader(text)
    , m_position(text)
{
    m_reader.setNamespaceProcessing(false); // files use xliff:g without declaring the prefix
}

Result<QByteArray> AndroidParser::decode(const QByteArray& data, const QString& fileName)
{
    return XmlText::utf8(data, fileName, format);
}

Error AndroidParser::error(qint64 line, qint64 column, const QString& message) const
{
    return Error{ErrorCode::InvalidInput, message, m_fileName, int(line), int(column), {}};
}

Error AndroidParser::errorAtToken(const QString& message) const
{
    const auto [line, column] = m_position.at(m_reader.tokenBegin());
    return error(line, column, message);
}

Error AndroidParser::readerError() const
{
    if (!m_reader.hasError())
        return errorAtToken(QStringLiteral("the file ends before its elements are closed"));
    const auto [line, column] = m_position.at(m_reader.errorOffset());
    return error(line, column, m_reader.errorString());
}

Result<void> AndroidParser::skip()
{
    const int depth = m_reader.depth();
    for (;;) {
        const Token token = m_reader.next();
        if (token == Token::EndElement && m_reader.depth() == depth)
            return {};
        if (token == Token::Invalid || token == Token::EndDocument)
            return std::unexpected(readerError());
    }
}

Result<bool> AndroidParser::next(AndroidEntry& entry)
{
    while (!m_done) {
        const Token token = m_reader.next();
        switch (token) {
        case Token::Comment:
            m_comment = XmlPull::toString(m_reader.body()).trimmed();
            break;
        case Token::Characters:
            if (!m_reader.isWhitespace())
                m_comment.clear();
            break;
        case Token::StartElement: {
            const QByteArrayView name = m_reader.qualifiedName();
            if (!m_inResources) {
                if (name != "resources") {
                    return std::unexpected(
                        errorAtToken(QStringLiteral("not an Android resource file: the root element is <%1>")
                                         .arg(QString::fromUtf8(name))));
                }
                m_inResources = true;
                m_resourcesContentBegin = m_reader.tokenEnd();
                m_resourcesSelfClosing = m_reader.isEmptyElement();
                if (m_resourcesSelfClosing)
                    m_resourcesEnd = m_reader.tokenEnd() - 2;
                m_comment.clear();
                break;
            }
            AndroidEntry::Kind kind;
            if (name == "string")
                kind = AndroidEntry::Kind::String;
            else if (name == "plurals")
                kind = AndroidEntry::Kind::Plurals;
            else if (name == "string-array")
                kind = AndroidEntry::Kind::Array;
            else {
                m_comment.clear();
                if (auto skipped = skip(); !skipped)
                    return std::unexpected(skipped.error());
                break;
            }
            auto read = readEntry(entry, kind);
            if (!read)
                return std::unexpected(read.error());
            return true;
        }
        case Token::EndElement:
            // Only </resources> comes here: other elements are read or skipped whole.
            if (!m_resourcesSelfClosing)
                m_resourcesEnd = m_reader.tokenBegin();
            m_done = true;
            break;
        case Token::Invalid:
            return std::unexpected(readerError());
        case Token::EndDocument:
            m_done = true; // XmlPull requires a root element, and it was <resources>
            break;
        default:
            break;
        }
    }
    // The end of the document: errors and trailing comments.
    while (!m_reader.atEnd())
        m_reader.next();
    if (m_reader.hasError())
        return std::unexpected(readerError());
    return false;
}

Result<void> AndroidParser::readEntry(AndroidEntry& entry, AndroidEntry::Kind kind)
{
    entry = AndroidEntry{};
    entry.kind = kind;
    entry.note = m_comment;
    m_comment.clear();
    entry.startTagEnd = m_reader.tokenEnd();
    entry.begin = m_reader.tokenBegin();
    std::tie(entry.line, entry.column) = m_position.at(entry.begin);
    entry.name = m_reader.attribute("name");
    if (entry.name.isEmpty())
        return std::unexpected(error(entry.line, entry.column,
                                     QStringLiteral("<%1> without a name").arg(QString::fromUtf8(m_reader.name()))));
    entry.translatable = !m_reader.hasAttribute("translatable") || m_reader.attribute("translatable") != u"false";
    entry.formatted = m_reader.attribute("formatted");

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

    entry.selfClosing = m_reader.isEmptyElement();
    QSet<QString> quantities;
    for (;;) {
        const Token token = m_reader.next();
        if (token == Token::Invalid || token == Token::EndDocument)
            return std::unexpected(readerError());
        if (token == Token::EndElement) {
            entry.end = m_reader.tokenEnd();
            return {};
        }
        if (token != Token::StartElement)
            continue;
        if (m_reader.qualifiedName() != "item") {
            if (auto skipped = skip(); !skipped)
                return skipped;
            continue;
        }
        AndroidValue value;
        if (kind == AndroidEntry::Kind::Plurals) {
            value.quantity = m_reader.attribute("quantity");
            if (quantities.contains(value.quantity)) {
                return std::unexpected(errorAtToken(
                    QStringLiteral("<plurals name=\"%1\"> has quantity \"%2\" twice").arg(entry.name, value.quantity)));
            }
            quantities.insert(value.quantity);
        }
        auto read = readValue(value);
        if (!read)
            return read;
        entry.values.append(std::move(value));
    }
}

Result<void> AndroidParser::readValue(AndroidValue& value)
{
    value.elementBegin = m_reader.tokenBegin();
    value.contentBegin = m_reader.tokenEnd();
    value.selfClosing = m_reader.isEmptyElement();
    std::tie(value.line, value.column) = m_position.at(value.elementBegin);
    // Character data between CDATA sections, and whether any CDATA or element comes.
    QList<std::pair<QByteArray, bool>> parts; // text, is CDATA
    bool cdata = false;
    bool elements = false;
    int depth = 0;
    for (;;) {
        const Token token = m_reader.next();
        if (token == Token::Invalid || token == Token::EndDocument)
            return std::unexpected(readerError());
        if (token == Token::Characters) {
            const bool isCdata = m_reader.isCdata();
            cdata = cdata || isCdata;
            if (depth == 0) {
                if (parts.isEmpty() || parts.last().second || isCdata)
                    parts.append({QByteArray(), isCdata});
                m_reader.appendText(parts.last().first);
            }
        } else if (token == Token::StartElement) {
            elements = true;
            ++depth;
        } else if (token == Token::EndElement) {
            if (depth == 0)
                break;
            --depth;
        }
    }
    value.elementEnd = m_reader.tokenEnd();
    value.contentEnd = value.selfClosing ? value.contentBegin - 2 : m_reader.tokenBegin();
    if (value.selfClosing)
        value.contentBegin = value.contentEnd;

    QString error;
    bool ok = true;
    if (elements) {
        value.mode = AndroidTextMode::Markup;
        const QString raw =
            XmlPull::toString(QByteArrayView(m_text).sliced(value.contentBegin, value.contentEnd - value.contentBegin));
        ok = AndroidEscape::decodeMarkup(raw, value.text, error);
    } else {
        value.mode = cdata ? AndroidTextMode::Cdata : AndroidTextMode::Plain;
        AndroidTextDecoder decoder;
        for (const auto& [text, isCdata] : parts) {
            if (isCdata) {
                decoder.verbatim(XmlPull::toString(text));
            } else if (!decoder.text(XmlPull::toString(text))) {
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
