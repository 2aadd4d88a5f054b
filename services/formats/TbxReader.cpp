#include "TbxReader.h"

#include <QHash>

#include "XmlPosition.h"
#include "XmlPull.h"
#include "XmlText.h"
#include "text/LanguageTag.h"

namespace tessera::formats {

using domain::Concept;
using domain::Error;
using domain::Result;
using domain::Term;
using domain::TermStatus;
using Token = XmlPull::Token;

namespace {

const QString kTbx = QStringLiteral("TBX");

class Parser {
public:
    Parser(const QByteArray& text, const QString& fileName)
        : m_xml(text)
        , m_position(text)
        , m_size(text.size())
        , m_fileName(fileName)
    {}

    Result<TbxFile> run();

private:
    // An error about the current token, placed just past it (where the reader stands).
    Error error(const QString& message) const
    {
        const auto [line, column] = m_position.at(m_xml.tokenEnd());
        return Error{domain::ErrorCode::InvalidInput, message, m_fileName, int(line), int(column), {}};
    }
    Error xmlError() const
    {
        const qsizetype at = m_xml.hasError() ? m_xml.errorOffset() : m_xml.tokenEnd();
        const auto [line, column] = m_position.at(at);
        QString message = m_xml.hasError() ? m_xml.errorString() : QStringLiteral("the elements are not closed");
        if (at >= m_size)
            message = QStringLiteral("the file ends early (truncated?): %1").arg(message);
        return Error{domain::ErrorCode::InvalidInput, message, m_fileName, int(line), int(column), {}};
    }
    Result<void> readEntry();
    Result<void> readLanguage(Concept& entry, QString& definition);
    Result<void> readTerm(Concept& entry, const QString& termLanguage, const QString& holderId);
    Result<QString> text();
    Result<void> skip();
    QString language(const QString& raw);

    // The data category an element carries: "definition", "partOfSpeech", "administrativeStatus",
    // "note", … for <descrip type="definition">, <termNote type="…">, <basic:definition> and <note>.
    QString category() const;

    XmlPull m_xml;
    mutable XmlPosition m_position;
    qsizetype m_size = 0;
    QString m_fileName;
    TbxFile m_file;
    QHash<QString, QString> m_languages;
    QByteArray m_buffer;
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
    const QByteArrayView name = m_xml.name();
    if (name == "descrip" || name == "termNote" || name == "admin")
        return m_xml.attribute("type");
    return QString::fromUtf8(name); // <note>, and the DCT elements named after their data category
}

Result<void> Parser::skip()
{
    const int depth = m_xml.depth();
    for (;;) {
        const Token token = m_xml.next();
        if (token == Token::EndElement && m_xml.depth() == depth)
            return {};
        if (token == Token::Invalid || token == Token::EndDocument)
            return std::unexpected(xmlError());
    }
}

// The text of the current element and all inside it, up to its end tag.
Result<QString> Parser::text()
{
    m_buffer.clear();
    int depth = 0;
    for (;;) {
        switch (m_xml.next()) {
        case Token::Characters:
            m_xml.appendText(m_buffer);
            break;
        case Token::StartElement:
            ++depth;
            break;
        case Token::EndElement:
            if (depth-- == 0)
                return XmlPull::toString(m_buffer);
            break;
        case Token::Invalid:
        case Token::EndDocument:
            return std::unexpected(xmlError());
        default:
            break;
        }
    }
}

void appendLine(QString& to, const QString& line)
{
    if (!to.isEmpty())
        to += u'\n';
    to += line;
}

Result<void> Parser::readTerm(Concept& entry, const QString& termLanguage, const QString& holderId)
{
    // On <tig>, <ntig> or <termSec>: the <term> and the term notes and notes around it, in any
    // nesting (<termGrp>, <termNoteGrp>).
    Term term;
    term.language = termLanguage;
    term.id = holderId;
    bool sawTerm = false;
    int depth = 0;
    for (;;) {
        switch (m_xml.next()) {
        case Token::StartElement: {
            if (m_xml.name() == "term") {
                const QString id = m_xml.attribute("id");
                if (!id.isEmpty())
                    term.id = id;
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
        case Token::EndElement:
            if (depth-- == 0) {
                entry.terms.append(std::move(term));
                return {};
            }
            break;
        case Token::Invalid:
        case Token::EndDocument:
            return std::unexpected(xmlError());
        default:
            break;
        }
    }
}

Result<void> Parser::readLanguage(Concept& entry, QString& definition)
{
    const QString lang = language(m_xml.attribute("xml:lang"));
    if (lang.isEmpty()) {
        Error e = error(QStringLiteral("a <%1> has no xml:lang").arg(QString::fromUtf8(m_xml.name())));
        e.field = QStringLiteral("xml:lang");
        return std::unexpected(e);
    }
    int depth = 0;
    for (;;) {
        switch (m_xml.next()) {
        case Token::StartElement: {
            const QByteArrayView name = m_xml.name();
            if (name == "tig" || name == "ntig" || name == "termSec") {
                const QString id = m_xml.attribute("id");
                if (auto ok = readTerm(entry, lang, id); !ok)
                    return ok;
            } else if (const QString kind = category(); kind == u"definition" || kind == u"note") {
                auto value = text();
                if (!value)
                    return std::unexpected(value.error());
                if (kind == u"note")
                    appendLine(entry.note, *value); // a language section's note: the concept has no other place
                else if (definition.isEmpty())
                    definition = *value;
            } else if (name == "descripGrp") {
                ++depth;
            } else if (auto skipped = skip(); !skipped) {
                return skipped;
            }
            break;
        }
        case Token::EndElement:
            if (depth-- == 0)
                return {};
            break;
        case Token::Invalid:
        case Token::EndDocument:
            return std::unexpected(xmlError());
        default:
            break;
        }
    }
}

Result<void> Parser::readEntry()
{
    Concept entry;
    entry.id = m_xml.attribute("id");
    QString languageDefinition;
    bool haveDefinition = false;
    int depth = 0;
    for (;;) {
        switch (m_xml.next()) {
        case Token::StartElement: {
            const QByteArrayView name = m_xml.name();
            if (name == "langSet" || name == "langSec") {
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
            } else if (name == "descripGrp") {
                ++depth;
            } else if (auto skipped = skip(); !skipped) {
                return skipped;
            }
            break;
        }
        case Token::EndElement:
            if (depth-- == 0) {
                if (!haveDefinition)
                    entry.definition = languageDefinition;
                m_file.concepts.append(std::move(entry));
                return {};
            }
            break;
        case Token::Invalid:
        case Token::EndDocument:
            return std::unexpected(xmlError());
        default:
            break;
        }
    }
}

Result<TbxFile> Parser::run()
{
    bool sawRoot = false;
    for (;;) {
        switch (m_xml.next()) {
        case Token::StartElement: {
            const QByteArrayView name = m_xml.name();
            if (!sawRoot) {
                if (name != "martif" && name != "tbx")
                    return std::unexpected(
                        error(QStringLiteral("not a TBX file: the root element is <%1>, not <tbx> or <martif>")
                                  .arg(QString::fromUtf8(m_xml.qualifiedName()))));
                sawRoot = true;
                m_file.version = name == "martif" ? 2 : 3;
                m_file.dialect = m_xml.attribute("type");
                m_file.style = m_xml.attribute("style");
                const QString lang = m_xml.attribute("xml:lang");
                m_file.language = lang.isEmpty() ? lang : language(lang);
            } else if (name == "termEntry" || name == "conceptEntry") {
                if (auto ok = readEntry(); !ok)
                    return std::unexpected(ok.error());
            } else if (name == "martifHeader" || name == "tbxHeader" || name == "back") {
                if (auto skipped = skip(); !skipped)
                    return std::unexpected(skipped.error());
            }
            break; // <text>, <body> and the like: go on inside
        }
        case Token::Invalid:
            return std::unexpected(xmlError());
        case Token::EndDocument:
            return m_file;
        default:
            break;
        }
    }
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
    auto text = XmlText::utf8(data, fileName, kTbx);
    if (!text)
        return std::unexpected(text.error());
    Parser parser(*text, fileName);
    return parser.run();
}

} // namespace tessera::formats
