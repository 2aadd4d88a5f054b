#include "TsParser.h"

#include "XmlText.h"

namespace tessera::formats {

using domain::Error;
using domain::ErrorCode;
using domain::Result;

TsParser::TsParser(const QString& text, const QString& fileName)
    : m_text(text)
    , m_fileName(fileName)
    , m_reader(text)
{
    m_reader.setNamespaceProcessing(false);
}

Result<QString> TsParser::decode(const QByteArray& data, const QString& fileName)
{
    return XmlText::decode(data, fileName, QStringLiteral("TS"));
}

Error TsParser::error(qint64 line, qint64 column, const QString& message) const
{
    return Error{ErrorCode::InvalidInput, message, m_fileName, int(line), int(column), {}};
}

Error TsParser::readerError() const
{
    return XmlText::readerError(m_reader, m_fileName);
}

QString TsParser::readText()
{
    QString text;
    bool variantSeen = false;
    while (!m_reader.atEnd()) {
        switch (m_reader.readNext()) {
        case QXmlStreamReader::Characters:
        case QXmlStreamReader::EntityReference:
            text += m_reader.text();
            break;
        case QXmlStreamReader::StartElement:
            if (m_reader.name() == QLatin1StringView("byte")) {
                const QString value = m_reader.attributes().value(QLatin1StringView("value")).toString();
                bool ok = false;
                const uint code = value.startsWith(QLatin1Char('x')) ? value.mid(1).toUInt(&ok, 16) : value.toUInt(&ok);
                if (ok)
                    text += QChar(char16_t(code));
                m_reader.skipCurrentElement();
            } else if (m_reader.name() == QLatin1StringView("lengthvariant")) {
                const QString variant = readText();
                if (!variantSeen)
                    text += variant;
                variantSeen = true;
            } else {
                m_reader.skipCurrentElement();
            }
            break;
        case QXmlStreamReader::EndElement:
            return text;
        default:
            break;
        }
    }
    return text;
}

Result<bool> TsParser::next(TsMessage& message)
{
    while (!m_reader.atEnd()) {
        const auto token = m_reader.readNext();
        if (m_reader.hasError())
            return std::unexpected(readerError());
        switch (token) {
        case QXmlStreamReader::DTD:
            if (auto dtd = XmlText::checkDtd(m_reader, m_fileName, QStringLiteral("TS")); !dtd)
                return std::unexpected(dtd.error());
            break;
        case QXmlStreamReader::StartElement: {
            const auto name = m_reader.name();
            if (!m_inTs) {
                if (name != QLatin1StringView("TS")) {
                    return std::unexpected(XmlText::errorAtTag(
                        m_reader, m_text, m_fileName,
                        QStringLiteral("not a TS file: the root element is <%1>").arg(name.toString())));
                }
                m_inTs = true;
                m_language = m_reader.attributes().value(QLatin1StringView("language")).toString();
                m_sourceLanguage = m_reader.attributes().value(QLatin1StringView("sourcelanguage")).toString();
            } else if (!m_inContext && name == QLatin1StringView("context")) {
                m_inContext = true;
                m_context.clear();
                m_locationFile.clear();
                m_locationLines.clear();
            } else if (m_inContext && name == QLatin1StringView("name")) {
                m_context = readText();
            } else if (m_inContext && name == QLatin1StringView("message")) {
                return readMessage(message);
            } else {
                m_reader.skipCurrentElement();
            }
            break;
        }
        case QXmlStreamReader::EndElement:
            if (m_reader.name() == QLatin1StringView("context"))
                m_inContext = false;
            break;
        default:
            break;
        }
    }
    if (m_reader.hasError())
        return std::unexpected(readerError());
    if (!m_inTs)
        return std::unexpected(error(m_reader.lineNumber(), m_reader.columnNumber() + 1,
                                     QStringLiteral("not a TS file: no <TS> element")));
    return false;
}

Result<bool> TsParser::readMessage(TsMessage& message)
{
    message = TsMessage{};
    message.context = m_context;
    const XmlText::Position start = XmlText::tagStart(m_reader, m_text);
    message.line = start.line;
    message.column = start.column;
    const QXmlStreamAttributes attributes = m_reader.attributes();
    message.id = attributes.value(QLatin1StringView("id")).toString();
    message.numerus = attributes.value(QLatin1StringView("numerus")) == QLatin1StringView("yes");
    while (!m_reader.atEnd()) {
        const auto token = m_reader.readNext();
        if (m_reader.hasError())
            return std::unexpected(readerError());
        if (token == QXmlStreamReader::EndElement)
            return true; // </message>
        if (token != QXmlStreamReader::StartElement)
            continue;
        const auto name = m_reader.name();
        if (name == QLatin1StringView("source")) {
            message.source = readText();
        } else if (name == QLatin1StringView("comment")) {
            message.comment = readText();
        } else if (name == QLatin1StringView("extracomment")) {
            message.extraComment = readText();
        } else if (name == QLatin1StringView("translatorcomment")) {
            static const QString tag = QStringLiteral("<translatorcomment");
            message.translatorCommentBegin = m_text.lastIndexOf(tag, m_reader.characterOffset() - 1);
            message.translatorComment = readText();
            message.translatorCommentEnd = m_reader.characterOffset();
        } else if (name == QLatin1StringView("location")) {
            const QXmlStreamAttributes a = m_reader.attributes();
            // lupdate -locations relative leaves out a repeated file name and writes lines as +N/-N
            // from the last line in that file, both counted from the start of the context.
            if (a.hasAttribute(QLatin1StringView("filename")))
                m_locationFile = a.value(QLatin1StringView("filename")).toString();
            QString location = m_locationFile;
            if (a.hasAttribute(QLatin1StringView("line"))) {
                const QString line = a.value(QLatin1StringView("line")).toString();
                int number = line.toInt();
                if (line.startsWith(QLatin1Char('+')) || line.startsWith(QLatin1Char('-')))
                    number += m_locationLines.value(m_locationFile);
                m_locationLines.insert(m_locationFile, number);
                location += QLatin1Char(':') + QString::number(number);
            }
            message.locations.append(location);
            m_reader.skipCurrentElement();
        } else if (name == QLatin1StringView("translation")) {
            auto ok = readTranslation(message);
            if (!ok)
                return ok;
        } else {
            m_reader.skipCurrentElement();
        }
        if (m_reader.hasError())
            return std::unexpected(readerError());
    }
    return std::unexpected(readerError());
}

Result<bool> TsParser::readTranslation(TsMessage& message)
{
    static const QString tag = QStringLiteral("<translation");
    message.translationBegin = m_text.lastIndexOf(tag, m_reader.characterOffset() - 1);
    for (const QXmlStreamAttribute& attribute : m_reader.attributes()) {
        if (attribute.qualifiedName() == QLatin1StringView("type")) {
            message.type = attribute.value().toString();
        } else {
            message.translationAttributes += QLatin1Char(' ') + attribute.qualifiedName().toString() +
                                             QStringLiteral("=\"") + attribute.value().toString().toHtmlEscaped() +
                                             QLatin1Char('"');
        }
    }
    if (!message.numerus) {
        message.translations = {readText()};
    } else {
        while (!m_reader.atEnd()) {
            const auto token = m_reader.readNext();
            if (m_reader.hasError())
                return std::unexpected(readerError());
            if (token == QXmlStreamReader::EndElement)
                break;
            if (token != QXmlStreamReader::StartElement)
                continue;
            if (m_reader.name() == QLatin1StringView("numerusform"))
                message.translations.append(readText());
            else
                m_reader.skipCurrentElement();
        }
    }
    if (m_reader.hasError())
        return std::unexpected(readerError());
    message.translationEnd = m_reader.characterOffset();
    return true;
}

} // namespace tessera::formats
