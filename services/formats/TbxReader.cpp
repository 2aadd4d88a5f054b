#include "TbxReader.h"

#include <QHash>
#include <QXmlStreamReader>

#include "TmxText.h"
#include "XmlText.h"
#include "text/LanguageTag.h"

namespace tessera::formats {

using domain::Concept;
using domain::Error;
using domain::Result;
using domain::Term;
using domain::TermStatus;

namespace {

const QString kFormat = QStringLiteral("TBX");

class Parser {
public:
    Parser(const QString& text, const QString& fileName)
        : m_xml(text)
        , m_fileName(fileName)
    {}

    Result<TbxFile> run();

private:
    Error error(const QString& message) const { return XmlText::errorAt(m_xml, m_fileName, message); }
    Error xmlError() const
    {
        if (m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError)
            return error(QStringLiteral("the file ends early (truncated?): %1").arg(m_xml.errorString()));
        return XmlText::readerError(m_xml, m_fileName);
    }
    Error invalidCharacter() const
    {
        return error(QStringLiteral("the file holds a character XML does not allow (such as U+0000)"));
    }
    // Attribute values the reader passes on (ids, languages) must be XML text too.
    bool attributesOk() const
    {
        for (const QXmlStreamAttribute& attribute : m_xml.attributes()) {
            if (!TmxText::isXmlText(attribute.value()))
                return false;
        }
        return true;
    }
    Result<void> readEntry();
    Result<void> readLanguage(Concept& entry, QString& definition);
    Result<void> readTerm(Concept& entry, const QString& termLanguage, QStringView holderId);
    Result<QString> text();
    QString language(const QString& raw);

    // The data category an element carries: "definition", "partOfSpeech", "administrativeStatus",
    // "note", … for <descrip type="definition">, <termNote type="…">, <basic:definition> and <note>.
    QString category() const;

    QXmlStreamReader m_xml;
    QString m_fileName;
    TbxFile m_file;
    QHash<QString, QString> m_languages;
};

QString Parser::language(const QString& raw)
{
    const QString trimmed = raw.trimmed();
    auto found = m_languages.constFind(trimmed);
    if (found != m_languages.constEnd())
        return *found;
    auto tag = text::LanguageTag::normalize(trimmed);
    const QString name = tag ? *tag : trimmed;
    m_languages.insert(trimmed, name);
    return name;
}

QString Parser::category() const
{
    const QStringView name = m_xml.name();
    if (name == u"descrip" || name == u"termNote" || name == u"admin")
        return m_xml.attributes().value(u"type").toString();
    return name.toString(); // <note>, and the DCT elements named after their data category
}

Result<QString> Parser::text()
{
    QString value = m_xml.readElementText(QXmlStreamReader::IncludeChildElements);
    if (m_xml.hasError())
        return std::unexpected(xmlError());
    if (!TmxText::isXmlText(value))
        return std::unexpected(invalidCharacter());
    return value;
}

void appendLine(QString& to, const QString& line)
{
    if (!to.isEmpty())
        to += u'\n';
    to += line;
}

Result<void> Parser::readTerm(Concept& entry, const QString& termLanguage, QStringView holderId)
{
    // On <tig>, <ntig> or <termSec>: the <term> and the term notes and notes around it, in any
    // nesting (<termGrp>, <termNoteGrp>).
    Term term;
    term.language = termLanguage;
    term.id = holderId.toString();
    bool sawTerm = false;
    int depth = 0;
    while (!m_xml.atEnd()) {
        switch (m_xml.readNext()) {
        case QXmlStreamReader::StartElement: {
            if (!attributesOk())
                return std::unexpected(invalidCharacter());
            if (m_xml.name() == u"term") {
                const QStringView id = m_xml.attributes().value(u"id");
                if (!id.isEmpty())
                    term.id = id.toString();
                auto value = text();
                if (!value)
                    return std::unexpected(value.error());
                if (!sawTerm)
                    term.text = *value;
                sawTerm = true;
                break;
            }
            const QString kind = category();
            if (kind == u"partOfSpeech" || kind == u"administrativeStatus" || kind == u"normativeAuthorization" ||
                kind == u"note") {
                auto value = text();
                if (!value)
                    return std::unexpected(value.error());
                if (kind == u"partOfSpeech")
                    term.partOfSpeech = value->trimmed();
                else if (kind == u"note")
                    appendLine(term.note, *value);
                else
                    term.status = TbxReader::statusFromTbx(*value);
            } else {
                ++depth; // a group: look inside
            }
            break;
        }
        case QXmlStreamReader::EndElement:
            if (depth-- == 0) {
                entry.terms.append(std::move(term));
                return {};
            }
            break;
        case QXmlStreamReader::Invalid:
            return std::unexpected(xmlError());
        default:
            break;
        }
    }
    return std::unexpected(xmlError());
}

Result<void> Parser::readLanguage(Concept& entry, QString& definition)
{
    const QString lang = language(m_xml.attributes().value(u"xml:lang").toString());
    if (lang.isEmpty()) {
        Error e = error(QStringLiteral("a <%1> has no xml:lang").arg(m_xml.name()));
        e.field = QStringLiteral("xml:lang");
        return std::unexpected(e);
    }
    int depth = 0;
    while (!m_xml.atEnd()) {
        switch (m_xml.readNext()) {
        case QXmlStreamReader::StartElement: {
            const QStringView name = m_xml.name();
            if (!attributesOk())
                return std::unexpected(invalidCharacter());
            if (name == u"tig" || name == u"ntig" || name == u"termSec") {
                const QString id = m_xml.attributes().value(u"id").toString();
                if (auto ok = readTerm(entry, lang, id); !ok)
                    return ok;
            } else if (category() == u"definition") {
                auto value = text();
                if (!value)
                    return std::unexpected(value.error());
                if (definition.isEmpty())
                    definition = *value;
            } else if (name == u"descripGrp") {
                ++depth;
            } else {
                m_xml.skipCurrentElement();
            }
            break;
        }
        case QXmlStreamReader::EndElement:
            if (depth-- == 0)
                return {};
            break;
        case QXmlStreamReader::Invalid:
            return std::unexpected(xmlError());
        default:
            break;
        }
    }
    return std::unexpected(xmlError());
}

Result<void> Parser::readEntry()
{
    Concept entry;
    entry.id = m_xml.attributes().value(u"id").toString();
    QString languageDefinition;
    bool haveDefinition = false;
    int depth = 0;
    while (!m_xml.atEnd()) {
        switch (m_xml.readNext()) {
        case QXmlStreamReader::StartElement: {
            const QStringView name = m_xml.name();
            if (!attributesOk())
                return std::unexpected(invalidCharacter());
            if (name == u"langSet" || name == u"langSec") {
                if (auto ok = readLanguage(entry, languageDefinition); !ok)
                    return ok;
                break;
            }
            const QString kind = category();
            if (kind == u"definition" || kind == u"note") {
                auto value = text();
                if (!value)
                    return std::unexpected(value.error());
                if (kind == u"note") {
                    appendLine(entry.note, *value);
                } else if (!haveDefinition) {
                    entry.definition = *value;
                    haveDefinition = true;
                }
            } else if (name == u"descripGrp") {
                ++depth;
            } else {
                m_xml.skipCurrentElement();
            }
            break;
        }
        case QXmlStreamReader::EndElement:
            if (depth-- == 0) {
                if (!haveDefinition)
                    entry.definition = languageDefinition;
                m_file.concepts.append(std::move(entry));
                return {};
            }
            break;
        case QXmlStreamReader::Invalid:
            return std::unexpected(xmlError());
        default:
            break;
        }
    }
    return std::unexpected(xmlError());
}

Result<TbxFile> Parser::run()
{
    bool sawRoot = false;
    while (!m_xml.atEnd()) {
        switch (m_xml.readNext()) {
        case QXmlStreamReader::DTD:
            if (auto ok = XmlText::checkDtd(m_xml, m_fileName, kFormat); !ok)
                return std::unexpected(ok.error());
            break;
        case QXmlStreamReader::StartElement: {
            const QStringView name = m_xml.name();
            if (!attributesOk())
                return std::unexpected(invalidCharacter());
            if (!sawRoot) {
                if (name != u"martif" && name != u"tbx")
                    return std::unexpected(
                        error(QStringLiteral("not a TBX file: the root element is <%1>, not <tbx> or <martif>")
                                  .arg(m_xml.qualifiedName())));
                sawRoot = true;
                const QXmlStreamAttributes attributes = m_xml.attributes();
                m_file.version = name == u"martif" ? 2 : 3;
                m_file.dialect = attributes.value(u"type").toString();
                m_file.style = attributes.value(u"style").toString();
                const QString lang = attributes.value(u"xml:lang").toString();
                m_file.language = lang.isEmpty() ? lang : language(lang);
            } else if (name == u"termEntry" || name == u"conceptEntry") {
                if (auto ok = readEntry(); !ok)
                    return std::unexpected(ok.error());
            } else if (name == u"martifHeader" || name == u"tbxHeader" || name == u"back") {
                m_xml.skipCurrentElement();
            }
            break; // <text>, <body> and the like: go on inside
        }
        case QXmlStreamReader::Invalid:
            return std::unexpected(xmlError());
        default:
            break;
        }
    }
    if (m_xml.hasError())
        return std::unexpected(xmlError());
    return m_file;
}

} // namespace

TermStatus TbxReader::statusFromTbx(const QString& value)
{
    const QString v = value.trimmed();
    if (v == u"preferredTerm-admn-sts" || v == u"preferred")
        return TermStatus::Preferred;
    if (v == u"deprecatedTerm-admn-sts" || v == u"supersededTerm-admn-sts" || v == u"deprecated" || v == u"superseded")
        return TermStatus::Forbidden;
    return TermStatus::Admitted;
}

Result<TbxFile> TbxReader::read(const QByteArray& data, const QString& fileName)
{
    auto text = XmlText::decode(data, fileName, kFormat);
    if (!text)
        return std::unexpected(text.error());
    Parser parser(*text, fileName);
    return parser.run();
}

} // namespace tessera::formats
