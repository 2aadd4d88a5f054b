#include "TmxReader.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QTimeZone>

#include "TmxText.h"
#include "XmlPosition.h"
#include "XmlPull.h"
#include "text/LanguageTag.h"

namespace tessera::formats {

using domain::Error;
using domain::ErrorCode;
using domain::Result;
using Token = XmlPull::Token;

namespace {

const QString kTmx = QStringLiteral("TMX");

struct Tuv {
    QString language;
    QString segment;
    QString creationId;
    QString changeId;
    QDateTime createdAt;
    QDateTime changedAt;
    QDateTime lastUsedAt;
    int usageCount = -1;
    bool hasSegment = false;
};

struct Tu {
    QString tuid;
    QString srcLang;
    Tuv attributes; // the <tu>'s own creationid, dates, usagecount
    QList<TmxProperty> properties;
    QStringList notes;
    QString contextKey;
    QString origin;
    QList<Tuv> variants;

    void clear()
    {
        tuid.clear();
        srcLang.clear();
        attributes = Tuv();
        properties.clear();
        notes.clear();
        contextKey.clear();
        origin.clear();
        variants.clear();
    }
};

// The last raw attribute value and what it decoded to: creators, languages and the like repeat from
// unit to unit, and the same bytes always decode to the same text.
struct TmxRawValue {
    QByteArray raw;
    QString value;
    bool valid = false;

    bool matches(QByteArrayView bytes) const { return valid && bytes == raw; }
    void set(QByteArrayView bytes, const QString& decoded)
    {
        raw = bytes.toByteArray();
        value = decoded;
        valid = true;
    }
};

// The raw value of attribute `name` of the reader's current element; false when there is none.
bool tmxRawAttribute(const XmlPull& xml, QByteArrayView name, QByteArrayView& raw)
{
    for (const XmlPull::Attribute& attribute : xml.attributes()) {
        if (attribute.qualifiedName == name) {
            raw = attribute.rawValue;
            return true;
        }
    }
    return false;
}

// "YYYYMMDDThhmmss[Z]" straight from the attribute's bytes, as TmxText::parseDate reads it; false for
// anything else (then parseDate decides, with the same result for this form).
bool tmxCompactDate(QByteArrayView raw, QDateTime& date)
{
    if (!((raw.size() == 16 && raw[15] == 'Z') || raw.size() == 15) || raw[8] != 'T')
        return false;
    const auto number = [raw](qsizetype at, qsizetype count) {
        int value = 0;
        for (qsizetype i = at; i < at + count; ++i) {
            const char c = raw[i];
            if (c < '0' || c > '9')
                return -1;
            value = value * 10 + (c - '0');
        }
        return value;
    };
    const int year = number(0, 4);
    const int month = number(4, 2);
    const int day = number(6, 2);
    const int hour = number(9, 2);
    const int minute = number(11, 2);
    const int second = number(13, 2);
    if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0)
        return false;
    const QDate calendarDate(year, month, day);
    const QTime time(hour, minute, second);
    if (!calendarDate.isValid() || !time.isValid())
        return false;
    date = QDateTime(calendarDate, time, QTimeZone::UTC);
    return true;
}

class Stream {
public:
    Stream(QByteArrayView text, const QString& fileName, const TmxReader::UnitHandler& handler)
        : m_xml(text)
        , m_position(text)
        , m_size(text.size())
        , m_fileName(fileName)
        , m_handler(handler)
    {}

    Result<TmxSummary> run();

private:
    // An error about the current token, placed just past it (where the reader stands).
    Error error(const QString& message) const
    {
        const auto [line, column] = m_position.at(m_xml.tokenEnd());
        return Error{ErrorCode::InvalidInput, message, m_fileName, int(line), int(column), {}};
    }
    Error xmlError() const
    {
        const qsizetype at = m_xml.hasError() ? m_xml.errorOffset() : m_xml.tokenEnd();
        const auto [line, column] = m_position.at(at);
        QString message = m_xml.hasError() ? m_xml.errorString() : QStringLiteral("the elements are not closed");
        if (at >= m_size)
            message = QStringLiteral("the file ends early (truncated?): %1").arg(message);
        return Error{ErrorCode::InvalidInput, message, m_fileName, int(line), int(column), {}};
    }
    Result<void> readHeader();
    Result<void> readTu();
    Result<void> readAttributes(Tuv& into);
    Result<void> readTuv(Tuv& tuv);
    Result<void> readTuvContent(Tuv& tuv);
    static const QString& cachedValue(TmxRawValue& cache, QByteArrayView raw)
    {
        if (!cache.matches(raw))
            cache.set(raw, XmlPull::attributeValue(raw));
        return cache.value;
    }
    Result<QString> readSimpleText();
    Result<void> skipElement();
    bool emit(const Tu& tu);
    QString language(const QString& raw);

    XmlPull m_xml;
    mutable XmlPosition m_position;
    qsizetype m_size = 0;
    QString m_fileName;
    const TmxReader::UnitHandler& m_handler;
    TmxSummary m_summary;
    QHash<QString, QString> m_languages;
    QString m_headerSource; // normalised, or "*all*"
    Tu m_tu;
    TmxUnit m_unit;
    QByteArray m_buffer;
    bool m_sawHeader = false;
    TmxRawValue m_rawLanguages[2]; // a <tuv>'s xml:lang → its normalised language (source, target)
    int m_nextRawLanguage = 0;
    TmxRawValue m_rawCreationId;
    TmxRawValue m_rawChangeId;
};

QString Stream::language(const QString& raw)
{
    auto found = m_languages.constFind(raw);
    if (found != m_languages.constEnd())
        return *found;
    QString name = raw;
    if (raw.compare(QLatin1StringView("*all*"), Qt::CaseInsensitive) == 0) {
        name = QStringLiteral("*all*");
    } else if (auto tag = text::LanguageTag::normalize(raw)) {
        name = *tag;
    }
    if (m_languages.size() > 10000)
        m_languages.clear(); // a hostile file with endless tags must not grow the cache without bound
    m_languages.insert(raw, name);
    return name;
}

Result<void> Stream::skipElement()
{
    const int depth = m_xml.depth();
    for (;;) {
        const Token token = m_xml.next();
        if (token == Token::EndElement && m_xml.depth() == depth) // its end tag
            return {};
        if (token == Token::Invalid || token == Token::EndDocument)
            return std::unexpected(xmlError());
    }
}

Result<QString> Stream::readSimpleText()
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

Result<void> Stream::readAttributes(Tuv& into)
{
    for (const XmlPull::Attribute& attribute : m_xml.attributes()) {
        const QByteArrayView name = attribute.qualifiedName;
        QDateTime* date = nullptr;
        if (name == "creationid") {
            into.creationId = cachedValue(m_rawCreationId, attribute.rawValue);
        } else if (name == "changeid") {
            into.changeId = cachedValue(m_rawChangeId, attribute.rawValue);
        } else if (name == "creationdate") {
            date = &into.createdAt;
        } else if (name == "changedate") {
            date = &into.changedAt;
        } else if (name == "lastusagedate") {
            date = &into.lastUsedAt;
        } else if (name == "usagecount") {
            const QString value = m_xml.attribute(name);
            bool ok = false;
            const int count = value.toInt(&ok);
            if (!ok || count < 0) {
                Error e = error(QStringLiteral("usagecount \"%1\" is not a count").arg(value));
                e.field = QStringLiteral("usagecount");
                return std::unexpected(e);
            }
            into.usageCount = count;
        }
        if (date) {
            if (tmxCompactDate(attribute.rawValue, *date))
                continue;
            const QString value = m_xml.attribute(name);
            *date = TmxText::parseDate(value);
            if (!date->isValid()) {
                const QString field = QString::fromUtf8(name);
                Error e = error(QStringLiteral("%1 \"%2\" is not a TMX date (YYYYMMDDThhmmssZ)").arg(field, value));
                e.field = field;
                return std::unexpected(e);
            }
        }
    }
    return {};
}

Result<void> Stream::readHeader()
{
    TmxHeader& header = m_summary.header;
    header.creationTool = m_xml.attribute("creationtool");
    header.creationToolVersion = m_xml.attribute("creationtoolversion");
    header.segType = m_xml.attribute("segtype");
    header.oTmf = m_xml.attribute("o-tmf");
    header.adminLang = m_xml.attribute("adminlang");
    header.dataType = m_xml.attribute("datatype");
    const QString srcLang = m_xml.attribute("srclang").trimmed();
    if (srcLang.isEmpty()) {
        Error e = error(QStringLiteral("the TMX header has no srclang"));
        e.field = QStringLiteral("srclang");
        return std::unexpected(e);
    }
    header.srcLang = language(srcLang);
    m_headerSource = header.srcLang;
    m_sawHeader = true;
    return skipElement(); // its props, notes and ude are about the file, not the units
}

Result<void> Stream::readTuv(Tuv& tuv)
{
    QByteArrayView rawLang;
    const bool hasXmlLang = tmxRawAttribute(m_xml, "xml:lang", rawLang);
    for (const TmxRawValue& known : m_rawLanguages) {
        if (hasXmlLang && known.matches(rawLang)) {
            tuv.language = known.value;
            return readTuvContent(tuv);
        }
    }
    QString lang = m_xml.attribute("xml:lang").trimmed();
    const bool fromXmlLang = !lang.isEmpty();
    if (lang.isEmpty())
        lang = m_xml.attribute("lang").trimmed(); // TMX 1.1
    if (lang.isEmpty()) {
        Error e = error(QStringLiteral("a <tuv> has no xml:lang"));
        e.field = QStringLiteral("xml:lang");
        return std::unexpected(e);
    }
    tuv.language = language(lang);
    if (fromXmlLang) {
        m_rawLanguages[m_nextRawLanguage].set(rawLang, tuv.language);
        m_nextRawLanguage = 1 - m_nextRawLanguage;
    }
    return readTuvContent(tuv);
}

Result<void> Stream::readTuvContent(Tuv& tuv)
{
    if (auto ok = readAttributes(tuv); !ok)
        return ok;
    for (;;) {
        switch (m_xml.next()) {
        case Token::StartElement:
            if (m_xml.qualifiedName() == "seg" && !tuv.hasSegment) {
                tuv.hasSegment = true;
                if (!TmxText::readSegContent(m_xml, m_buffer, tuv.segment))
                    return std::unexpected(xmlError());
            } else if (auto ok = skipElement(); !ok) {
                return ok;
            }
            break;
        case Token::EndElement:
            if (!tuv.hasSegment)
                return std::unexpected(error(QStringLiteral("a <tuv> has no <seg>")));
            return {};
        case Token::Invalid:
        case Token::EndDocument:
            return std::unexpected(xmlError());
        default:
            break;
        }
    }
}

Result<void> Stream::readTu()
{
    m_tu.clear();
    m_tu.tuid = m_xml.attribute("tuid");
    m_tu.srcLang = m_xml.attribute("srclang").trimmed();
    if (auto ok = readAttributes(m_tu.attributes); !ok)
        return ok;
    for (;;) {
        switch (m_xml.next()) {
        case Token::StartElement: {
            const QByteArrayView name = m_xml.qualifiedName();
            if (name == "tuv") {
                m_tu.variants.append(Tuv());
                if (auto ok = readTuv(m_tu.variants.last()); !ok)
                    return ok;
            } else if (name == "prop") {
                TmxProperty property;
                property.type = m_xml.attribute("type");
                auto value = readSimpleText();
                if (!value)
                    return std::unexpected(value.error());
                property.value = *value;
                if (property.type.compare(QLatin1StringView("x-context"), Qt::CaseInsensitive) == 0 &&
                    m_tu.contextKey.isEmpty())
                    m_tu.contextKey = property.value;
                else if (property.type == u"x-origin" && m_tu.origin.isEmpty())
                    m_tu.origin = property.value;
                else
                    m_tu.properties.append(std::move(property));
            } else if (name == "note") {
                auto value = readSimpleText();
                if (!value)
                    return std::unexpected(value.error());
                m_tu.notes.append(*value);
            } else if (auto ok = skipElement(); !ok) {
                return ok;
            }
            break;
        }
        case Token::EndElement:
            return {};
        case Token::Invalid:
        case Token::EndDocument:
            return std::unexpected(xmlError());
        default:
            break;
        }
    }
}

// Hands out one unit per target variant; false when the handler asked to stop.
bool Stream::emit(const Tu& tu)
{
    QString source = tu.srcLang.isEmpty() ? m_headerSource : language(tu.srcLang);
    if (source == u"*all*")
        source = tu.variants.first().language;
    qsizetype sourceIndex = -1;
    for (qsizetype i = 0; i < tu.variants.size() && sourceIndex < 0; ++i) {
        if (tu.variants[i].language == source)
            sourceIndex = i;
    }
    if (sourceIndex < 0) { // "en" against "en-US": the same primary language
        const QString primary = source.section(u'-', 0, 0);
        for (qsizetype i = 0; i < tu.variants.size() && sourceIndex < 0; ++i) {
            if (tu.variants[i].language.section(u'-', 0, 0).compare(primary, Qt::CaseInsensitive) == 0)
                sourceIndex = i;
        }
    }
    if (sourceIndex < 0) {
        ++m_summary.skipped;
        return true;
    }
    const Tuv& sourceTuv = tu.variants[sourceIndex];
    bool any = false;
    for (qsizetype i = 0; i < tu.variants.size(); ++i) {
        const Tuv& target = tu.variants[i];
        if (i == sourceIndex || target.language == sourceTuv.language)
            continue;
        any = true;
        domain::TmUnit& unit = m_unit.unit;
        unit = domain::TmUnit();
        unit.id = tu.tuid;
        unit.sourceLanguage = sourceTuv.language;
        unit.targetLanguage = target.language;
        unit.source = sourceTuv.segment;
        unit.target = target.segment;
        unit.contextKey = tu.contextKey;
        unit.origin = tu.origin;
        const Tuv& base = tu.attributes;
        const QString creationId = !target.creationId.isEmpty() ? target.creationId : base.creationId;
        m_unit.changeId = !target.changeId.isEmpty() ? target.changeId : base.changeId;
        unit.creator = !creationId.isEmpty() ? creationId : m_unit.changeId;
        unit.createdAt = target.createdAt.isValid() ? target.createdAt : base.createdAt;
        unit.changedAt = target.changedAt.isValid() ? target.changedAt : base.changedAt;
        m_unit.lastUsedAt = target.lastUsedAt.isValid() ? target.lastUsedAt : base.lastUsedAt;
        unit.usageCount = qMax(0, target.usageCount >= 0 ? target.usageCount : base.usageCount);
        m_unit.properties = tu.properties;
        m_unit.notes = tu.notes;
        ++m_summary.units;
        if (!m_handler(m_unit)) {
            m_summary.stopped = true;
            return false;
        }
    }
    if (!any)
        ++m_summary.skipped;
    return true;
}

Result<TmxSummary> Stream::run()
{
    bool inBody = false;
    for (;;) {
        const Token token = m_xml.next();
        switch (token) {
        case Token::StartElement: {
            const QByteArrayView name = m_xml.qualifiedName();
            const int depth = m_xml.depth() - 1; // elements open around this one
            if (depth == 0) {
                if (name != "tmx")
                    return std::unexpected(error(QStringLiteral("not a TMX file: the root element is <%1>, not <tmx>")
                                                     .arg(QString::fromUtf8(name))));
                m_summary.header.version = m_xml.attribute("version");
            } else if (depth == 1 && name == "header") {
                if (auto ok = readHeader(); !ok)
                    return std::unexpected(ok.error());
            } else if (depth == 1 && name == "body") {
                if (!m_sawHeader)
                    return std::unexpected(error(QStringLiteral("the TMX file has no <header> before its <body>")));
                inBody = true;
            } else if (inBody && depth == 2 && name == "tu") {
                if (auto ok = readTu(); !ok)
                    return std::unexpected(ok.error());
                ++m_summary.translationUnits;
                if (m_tu.variants.isEmpty()) {
                    ++m_summary.skipped;
                } else if (!emit(m_tu)) {
                    return m_summary;
                }
            } else if (auto ok = skipElement(); !ok) {
                return std::unexpected(ok.error());
            }
            break;
        }
        case Token::EndElement:
            if (m_xml.depth() == 2) // </body>
                inBody = false;
            break;
        case Token::Invalid:
            return std::unexpected(xmlError());
        case Token::EndDocument:
            if (!m_sawHeader)
                return std::unexpected(error(QStringLiteral("the TMX file has no <header>")));
            return m_summary;
        default:
            break;
        }
    }
}

// Refuses encodings other than UTF-8 and UTF-16 named in the XML declaration.
Result<void> checkEncoding(QByteArrayView data, const QString& fileName)
{
    const QByteArrayView head = data.first(qMin<qsizetype>(data.size(), 256));
    if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF") || head.contains('\0'))
        return {}; // UTF-16 (or UTF-32, which is refused as bytes that are not XML)
    static const QRegularExpression encoding(
        QStringLiteral("^(?:\\x{FEFF})?\\s*<\\?xml[^>]*encoding\\s*=\\s*[\"']([^\"']+)[\"']"));
    const auto match = encoding.match(QString::fromLatin1(head));
    if (!match.hasMatch())
        return {};
    const QString name = match.captured(1).toLower();
    if (name == u"utf-8" || name == u"utf8" || name == u"utf-16" || name == u"utf16")
        return {};
    return std::unexpected(
        Error{ErrorCode::InvalidInput,
              QStringLiteral("unsupported encoding \"%1\": TMX files must be UTF-8 or UTF-16").arg(match.captured(1)),
              fileName, 1, 1, QStringLiteral("encoding")});
}

// UTF-16 text (with a byte order mark, or without one when it starts with "<"), converted to UTF-8;
// an empty result for text in UTF-8.
Result<QByteArray> utf16ToUtf8(QByteArrayView data, const QString& fileName)
{
    QStringDecoder::Encoding encoding;
    if (data.startsWith("\xFF\xFE") || data.startsWith(QByteArrayView("<\0", 2)))
        encoding = QStringDecoder::Utf16LE;
    else if (data.startsWith("\xFE\xFF") || data.startsWith(QByteArrayView("\0<", 2)))
        encoding = QStringDecoder::Utf16BE;
    else
        return QByteArray();
    QStringDecoder decoder(encoding);
    const QString text = decoder.decode(data);
    if (decoder.hasError()) {
        const qsizetype bad = qMax<qsizetype>(text.indexOf(QChar::ReplacementCharacter), 0);
        const QStringView before = QStringView(text).first(bad);
        return std::unexpected(Error{ErrorCode::InvalidInput,
                                     QStringLiteral("text is not valid UTF-16"),
                                     fileName,
                                     int(before.count(u'\n') + 1),
                                     int(bad - before.lastIndexOf(u'\n')),
                                     {}});
    }
    QByteArray utf8 = text.toUtf8();
    if (text.startsWith(QChar(0xFEFF)))
        utf8.remove(0, 3); // the byte order mark, as UTF-8 files may carry it
    return utf8;
}

Result<TmxSummary> readBytes(QByteArrayView data, const QString& fileName, const TmxReader::UnitHandler& handler)
{
    if (auto ok = checkEncoding(data, fileName); !ok)
        return std::unexpected(ok.error());
    auto converted = utf16ToUtf8(data, fileName);
    if (!converted)
        return std::unexpected(converted.error());
    Stream stream(converted->isEmpty() ? data : QByteArrayView(*converted), fileName, handler);
    return stream.run();
}

} // namespace

Result<TmxSummary> TmxReader::read(QIODevice& device, const QString& fileName, const UnitHandler& handler)
{
    // A file is mapped rather than read: its pages are the page cache's, not a copy on the heap.
    if (auto* file = qobject_cast<QFile*>(&device); file && !file->isSequential()) {
        const qint64 at = file->pos();
        const qint64 size = file->size() - at;
        if (size > 0) {
            if (uchar* mapped = file->map(at, size)) {
                auto result = readBytes(QByteArrayView(reinterpret_cast<const char*>(mapped), size), fileName, handler);
                file->unmap(mapped);
                file->seek(at + size);
                return result;
            }
        }
    }
    const QByteArray data = device.readAll();
    return readBytes(data, fileName, handler);
}

Result<TmxSummary> TmxReader::read(const QByteArray& data, const QString& fileName, const UnitHandler& handler)
{
    return readBytes(data, fileName, handler);
}

Result<TmxReader::File> TmxReader::readAll(const QByteArray& data, const QString& fileName)
{
    File file;
    auto summary = read(data, fileName, [&file](const TmxUnit& unit) {
        file.units.append(unit);
        return true;
    });
    if (!summary)
        return std::unexpected(summary.error());
    file.summary = *summary;
    return file;
}

} // namespace tessera::formats
