#include "TsParser.h"

#include "XmlText.h"

namespace tessera::formats {

using domain::Error;
using domain::ErrorCode;
using domain::Result;
using Token = XmlPull::Token;

namespace {

void appendUtf8(QByteArray& out, char16_t code)
{
    out += QString(QChar(code)).toUtf8();
}

} // namespace

TsParser::TsParser(const QByteArray& text, const QString& fileName)
    : m_fileName(fileName)
    , m_reader(text)
    , m_position(text)
{}

Result<QByteArray> TsParser::decode(const QByteArray& data, const QString& fileName)
{
    return XmlText::utf8(data, fileName, QStringLiteral("TS"));
}

Error TsParser::error(qint64 line, qint64 column, const QString& message) const
{
    return Error{ErrorCode::InvalidInput, message, m_fileName, int(line), int(column), {}};
}

Error TsParser::readerError() const
{
    if (!m_reader.hasError()) {
        const auto [line, column] = m_position.at(m_reader.tokenBegin());
        return error(line, column, QStringLiteral("the TS file ends before its elements are closed"));
    }
    const auto [line, column] = m_position.at(m_reader.errorOffset());
    return error(line, column, m_reader.errorString());
}

Result<void> TsParser::skip()
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

Result<QString> TsParser::readText()
{
    m_buffer.clear();
    if (auto read = readTextInto(m_buffer); !read)
        return std::unexpected(read.error());
    return XmlPull::toString(m_buffer);
}

Result<void> TsParser::readTextInto(QByteArray& out)
{
    bool variantSeen = false;
    for (;;) {
        switch (m_reader.next()) {
        case Token::Characters:
            m_reader.appendText(out);
            break;
        case Token::StartElement:
            if (m_reader.qualifiedName() == "byte") {
                const QString value = m_reader.attribute("value");
                bool ok = false;
                const uint code = value.startsWith(QLatin1Char('x')) ? value.mid(1).toUInt(&ok, 16) : value.toUInt(&ok);
                if (ok)
                    appendUtf8(out, char16_t(code));
                if (auto skipped = skip(); !skipped)
                    return skipped;
            } else if (m_reader.qualifiedName() == "lengthvariant") {
                QByteArray variant;
                if (auto read = readTextInto(variant); !read)
                    return read;
                if (!variantSeen)
                    out += variant;
                variantSeen = true;
            } else if (auto skipped = skip(); !skipped) {
                return skipped;
            }
            break;
        case Token::EndElement:
            return {};
        case Token::Invalid:
        case Token::EndDocument:
            return std::unexpected(readerError());
        default:
            break;
        }
    }
}

Result<bool> TsParser::next(TsMessage& message)
{
    for (;;) {
        const Token token = m_reader.next();
        switch (token) {
        case Token::StartElement: {
            const QByteArrayView name = m_reader.qualifiedName();
            if (!m_inTs) {
                if (name != "TS") {
                    const auto [line, column] = m_position.at(m_reader.tokenBegin());
                    return std::unexpected(
                        error(line, column,
                              QStringLiteral("not a TS file: the root element is <%1>").arg(QString::fromUtf8(name))));
                }
                m_inTs = true;
                m_language = m_reader.attribute("language");
                m_sourceLanguage = m_reader.attribute("sourcelanguage");
                for (const XmlPull::Attribute& attribute : m_reader.attributes()) {
                    if (attribute.qualifiedName == "language") {
                        m_languageValueBegin = attribute.rawValue.data() - m_reader.data().data();
                        m_languageValueEnd = m_languageValueBegin + attribute.rawValue.size();
                    }
                }
                if (m_language.isEmpty()) {
                    // Where lupdate -target-language puts the attribute: after version="…", else last.
                    const QByteArrayView tag =
                        m_reader.data().sliced(m_reader.tokenBegin(), m_reader.tokenEnd() - m_reader.tokenBegin());
                    qsizetype at = tag.size() - (tag.endsWith("/>") ? 2 : 1);
                    if (const qsizetype version = tag.indexOf("version="); version >= 0 && version + 8 < tag.size()) {
                        const qsizetype close = tag.indexOf(tag[version + 8], version + 9);
                        if (close > 0)
                            at = close + 1;
                    }
                    m_languageInsertAt = m_reader.tokenBegin() + at;
                }
            } else if (!m_inContext && name == "context") {
                m_inContext = true;
                m_context.clear();
                m_locationFile.clear();
                m_locationLines.clear();
            } else if (m_inContext && name == "name") {
                auto text = readText();
                if (!text)
                    return std::unexpected(text.error());
                m_context = *text;
            } else if (m_inContext && name == "message") {
                return readMessage(message);
            } else if (auto skipped = skip(); !skipped) {
                return std::unexpected(skipped.error());
            }
            break;
        }
        case Token::EndElement:
            if (m_reader.qualifiedName() == "context")
                m_inContext = false;
            break;
        case Token::Invalid:
            return std::unexpected(readerError());
        case Token::EndDocument:
            return false; // XmlPull requires a root element, and it was <TS>
        default:
            break;
        }
    }
}

Result<bool> TsParser::readMessage(TsMessage& message)
{
    message = TsMessage{};
    message.context = m_context;
    const auto [startLine, startColumn] = m_position.at(m_reader.tokenBegin());
    message.line = startLine;
    message.column = startColumn;
    message.id = m_reader.attribute("id");
    message.numerus = m_reader.attribute("numerus") == u"yes";
    for (;;) {
        const Token token = m_reader.next();
        if (token == Token::Invalid || token == Token::EndDocument)
            return std::unexpected(readerError());
        if (token == Token::EndElement)
            return true; // </message>
        if (token != Token::StartElement)
            continue;
        const QByteArrayView name = m_reader.qualifiedName();
        Result<QString> text;
        if (name == "source") {
            if ((text = readText()))
                message.source = *text;
        } else if (name == "comment") {
            if ((text = readText()))
                message.comment = *text;
        } else if (name == "extracomment") {
            if ((text = readText()))
                message.extraComment = *text;
        } else if (name == "translatorcomment") {
            message.translatorCommentBegin = m_reader.tokenBegin();
            if ((text = readText()))
                message.translatorComment = *text;
            message.translatorCommentEnd = m_reader.tokenEnd();
        } else if (name == "location") {
            // lupdate -locations relative leaves out a repeated file name and writes lines as +N/-N
            // from the last line in that file, both counted from the start of the context.
            if (m_reader.hasAttribute("filename"))
                m_locationFile = m_reader.attribute("filename");
            QString location = m_locationFile;
            if (m_reader.hasAttribute("line")) {
                const QString line = m_reader.attribute("line");
                int number = line.toInt();
                if (line.startsWith(QLatin1Char('+')) || line.startsWith(QLatin1Char('-')))
                    number += m_locationLines.value(m_locationFile);
                m_locationLines.insert(m_locationFile, number);
                location += QLatin1Char(':') + QString::number(number);
            }
            message.locations.append(location);
            if (auto skipped = skip(); !skipped)
                return std::unexpected(skipped.error());
        } else if (name == "translation") {
            if (auto ok = readTranslation(message); !ok)
                return std::unexpected(ok.error());
        } else if (auto skipped = skip(); !skipped) {
            return std::unexpected(skipped.error());
        }
        if (!text)
            return std::unexpected(text.error());
    }
}

Result<void> TsParser::readTranslation(TsMessage& message)
{
    message.translationBegin = m_reader.tokenBegin();
    for (const XmlPull::Attribute& attribute : m_reader.attributes()) {
        QByteArray value;
        XmlPull::decode(attribute.rawValue, value, true);
        if (attribute.qualifiedName == "type") {
            message.type = XmlPull::toString(value);
        } else {
            message.translationAttributes += QLatin1Char(' ') + QString::fromUtf8(attribute.qualifiedName) +
                                             QStringLiteral("=\"") + XmlPull::toString(value).toHtmlEscaped() +
                                             QLatin1Char('"');
        }
    }
    if (!message.numerus) {
        auto text = readText();
        if (!text)
            return std::unexpected(text.error());
        message.translations = {*text};
    } else {
        for (;;) {
            const Token token = m_reader.next();
            if (token == Token::Invalid || token == Token::EndDocument)
                return std::unexpected(readerError());
            if (token == Token::EndElement)
                break;
            if (token != Token::StartElement)
                continue;
            if (m_reader.qualifiedName() == "numerusform") {
                auto text = readText();
                if (!text)
                    return std::unexpected(text.error());
                message.translations.append(*text);
            } else if (auto skipped = skip(); !skipped) {
                return skipped;
            }
        }
    }
    message.translationEnd = m_reader.tokenEnd();
    return {};
}

} // namespace tessera::formats
