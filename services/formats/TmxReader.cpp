#include "TmxReader.h"

#include <QBuffer>
#include <QHash>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QXmlStreamReader>

#include "TmxText.h"
#include "XmlText.h"
#include "text/LanguageTag.h"

namespace tessera::formats {

using domain::Error;
using domain::ErrorCode;
using domain::Result;

namespace {

const QString kFormat = QStringLiteral("TMX");

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

// QXmlStreamReader decodes ahead of its tokens, so it reports bad bytes at a position before them:
// where the device can be read again, finds the first byte that is not UTF-8 and names its place.
void locateBadUtf8(QIODevice& device, Error& error)
{
    if (device.isSequential() || !device.seek(0))
        return;
    QStringDecoder decoder(QStringDecoder::Utf8);
    qint64 line = 1;
    qint64 column = 1;
    while (!device.atEnd()) {
        const QString text = decoder.decode(device.read(64 * 1024));
        const bool bad = decoder.hasError();
        for (const QChar ch : text) {
            if (bad && ch == QChar::ReplacementCharacter) {
                error.line = int(line);
                error.column = int(column);
                error.message = QStringLiteral("text is not valid UTF-8");
                return;
            }
            if (ch == u'\n') {
                ++line;
                column = 1;
            } else {
                ++column;
            }
        }
        if (bad)
            return;
    }
}

class Stream {
public:
    Stream(QIODevice& device, const QString& fileName, const TmxReader::UnitHandler& handler)
        : m_xml(&device)
        , m_device(device)
        , m_fileName(fileName)
        , m_handler(handler)
    {}

    Result<TmxSummary> run();

private:
    Error error(const QString& message) const { return XmlText::errorAt(m_xml, m_fileName, message); }
    Result<void> checkText(QStringView text) const
    {
        if (TmxText::isXmlText(text))
            return {};
        return std::unexpected(error(QStringLiteral("the file holds a character XML does not allow (such as U+0000)")));
    }
    Error xmlError() const
    {
        if (m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError)
            return error(QStringLiteral("the file ends early (truncated?): %1").arg(m_xml.errorString()));
        Error e = XmlText::readerError(m_xml, m_fileName);
        if (m_xml.error() == QXmlStreamReader::NotWellFormedError && e.message.contains(u"encoded"))
            locateBadUtf8(m_device, e);
        return e;
    }
    Result<void> readHeader();
    Result<void> readTu();
    Result<void> readAttributes(Tuv& into);
    Result<void> readTuv(Tuv& tuv);
    Result<QString> readSimpleText();
    Result<void> skipElement();
    bool emit(const Tu& tu);
    QString language(const QString& raw);

    QXmlStreamReader m_xml;
    QIODevice& m_device;
    QString m_fileName;
    const TmxReader::UnitHandler& m_handler;
    TmxSummary m_summary;
    QHash<QString, QString> m_languages;
    QString m_headerSource; // normalised, or "*all*"
    Tu m_tu;
    TmxUnit m_unit;
    bool m_sawHeader = false;
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
    m_xml.skipCurrentElement();
    if (m_xml.hasError())
        return std::unexpected(xmlError());
    return {};
}

Result<QString> Stream::readSimpleText()
{
    QString text;
    int depth = 0;
    while (!m_xml.atEnd()) {
        switch (m_xml.readNext()) {
        case QXmlStreamReader::Characters:
            text += m_xml.text();
            break;
        case QXmlStreamReader::StartElement:
            ++depth;
            break;
        case QXmlStreamReader::EndElement:
            if (depth-- == 0) {
                if (auto ok = checkText(text); !ok)
                    return std::unexpected(ok.error());
                return text;
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

Result<void> Stream::readAttributes(Tuv& into)
{
    const QXmlStreamAttributes attributes = m_xml.attributes();
    for (const QXmlStreamAttribute& attribute : attributes) {
        const QStringView name = attribute.qualifiedName();
        const QStringView value = attribute.value();
        if (auto ok = checkText(value); !ok)
            return ok;
        QDateTime* date = nullptr;
        if (name == u"creationid") {
            into.creationId = value.toString();
        } else if (name == u"changeid") {
            into.changeId = value.toString();
        } else if (name == u"creationdate") {
            date = &into.createdAt;
        } else if (name == u"changedate") {
            date = &into.changedAt;
        } else if (name == u"lastusagedate") {
            date = &into.lastUsedAt;
        } else if (name == u"usagecount") {
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
            *date = TmxText::parseDate(value);
            if (!date->isValid()) {
                Error e = error(QStringLiteral("%1 \"%2\" is not a TMX date (YYYYMMDDThhmmssZ)").arg(name, value));
                e.field = name.toString();
                return std::unexpected(e);
            }
        }
    }
    return {};
}

Result<void> Stream::readHeader()
{
    const QXmlStreamAttributes attributes = m_xml.attributes();
    TmxHeader& header = m_summary.header;
    header.creationTool = attributes.value(u"creationtool").toString();
    header.creationToolVersion = attributes.value(u"creationtoolversion").toString();
    header.segType = attributes.value(u"segtype").toString();
    header.oTmf = attributes.value(u"o-tmf").toString();
    header.adminLang = attributes.value(u"adminlang").toString();
    header.dataType = attributes.value(u"datatype").toString();
    const QString srcLang = attributes.value(u"srclang").toString().trimmed();
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
    const QXmlStreamAttributes attributes = m_xml.attributes();
    QStringView lang = attributes.value(u"xml:lang");
    if (lang.isEmpty())
        lang = attributes.value(u"lang"); // TMX 1.1
    if (lang.trimmed().isEmpty()) {
        Error e = error(QStringLiteral("a <tuv> has no xml:lang"));
        e.field = QStringLiteral("xml:lang");
        return std::unexpected(e);
    }
    tuv.language = language(lang.trimmed().toString());
    if (auto ok = readAttributes(tuv); !ok)
        return ok;
    while (!m_xml.atEnd()) {
        switch (m_xml.readNext()) {
        case QXmlStreamReader::StartElement:
            if (m_xml.name() == u"seg" && !tuv.hasSegment) {
                tuv.hasSegment = true;
                if (!TmxText::readSegContent(m_xml, tuv.segment))
                    return std::unexpected(xmlError());
                if (auto ok = checkText(tuv.segment); !ok)
                    return ok;
            } else if (auto ok = skipElement(); !ok) {
                return ok;
            }
            break;
        case QXmlStreamReader::EndElement:
            if (!tuv.hasSegment)
                return std::unexpected(error(QStringLiteral("a <tuv> has no <seg>")));
            return {};
        case QXmlStreamReader::Invalid:
            return std::unexpected(xmlError());
        default:
            break;
        }
    }
    return std::unexpected(xmlError());
}

Result<void> Stream::readTu()
{
    m_tu.clear();
    const QXmlStreamAttributes attributes = m_xml.attributes();
    m_tu.tuid = attributes.value(u"tuid").toString();
    m_tu.srcLang = attributes.value(u"srclang").trimmed().toString();
    if (auto ok = readAttributes(m_tu.attributes); !ok)
        return ok;
    while (!m_xml.atEnd()) {
        switch (m_xml.readNext()) {
        case QXmlStreamReader::StartElement: {
            const QStringView name = m_xml.name();
            if (name == u"tuv") {
                m_tu.variants.append(Tuv());
                if (auto ok = readTuv(m_tu.variants.last()); !ok)
                    return ok;
            } else if (name == u"prop") {
                TmxProperty property;
                property.type = m_xml.attributes().value(u"type").toString();
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
            } else if (name == u"note") {
                auto value = readSimpleText();
                if (!value)
                    return std::unexpected(value.error());
                m_tu.notes.append(*value);
            } else if (auto ok = skipElement(); !ok) {
                return ok;
            }
            break;
        }
        case QXmlStreamReader::EndElement:
            return {};
        case QXmlStreamReader::Invalid:
            return std::unexpected(xmlError());
        default:
            break;
        }
    }
    return std::unexpected(xmlError());
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
    int depth = 0;
    while (!m_xml.atEnd()) {
        switch (m_xml.readNext()) {
        case QXmlStreamReader::DTD:
            if (auto ok = XmlText::checkDtd(m_xml, m_fileName, kFormat); !ok)
                return std::unexpected(ok.error());
            break;
        case QXmlStreamReader::StartElement: {
            const QStringView name = m_xml.name();
            if (depth == 0) {
                if (name != u"tmx")
                    return std::unexpected(error(QStringLiteral("not a TMX file: the root element is <%1>, not <tmx>")
                                                     .arg(m_xml.qualifiedName())));
                m_summary.header.version = m_xml.attributes().value(u"version").toString();
                ++depth;
            } else if (depth == 1 && name == u"header") {
                if (auto ok = readHeader(); !ok)
                    return std::unexpected(ok.error());
            } else if (depth == 1 && name == u"body") {
                if (!m_sawHeader)
                    return std::unexpected(error(QStringLiteral("the TMX file has no <header> before its <body>")));
                inBody = true;
                ++depth;
            } else if (inBody && depth == 2 && name == u"tu") {
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
        case QXmlStreamReader::EndElement:
            if (depth == 2)
                inBody = false;
            --depth;
            break;
        case QXmlStreamReader::Invalid:
            return std::unexpected(xmlError());
        default:
            break;
        }
    }
    if (m_xml.hasError())
        return std::unexpected(xmlError());
    if (!m_sawHeader)
        return std::unexpected(error(QStringLiteral("the TMX file has no <header>")));
    return m_summary;
}

// Refuses what QXmlStreamReader would decode but TMX files must not be: encodings other than UTF-8
// and UTF-16 named in the XML declaration.
Result<void> checkEncoding(QIODevice& device, const QString& fileName)
{
    const QByteArray head = device.peek(256);
    if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF") || head.contains('\0'))
        return {}; // UTF-16 (or UTF-32, which the XML reader refuses by itself)
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

} // namespace

Result<TmxSummary> TmxReader::read(QIODevice& device, const QString& fileName, const UnitHandler& handler)
{
    if (auto ok = checkEncoding(device, fileName); !ok)
        return std::unexpected(ok.error());
    Stream stream(device, fileName, handler);
    return stream.run();
}

Result<TmxSummary> TmxReader::read(const QByteArray& data, const QString& fileName, const UnitHandler& handler)
{
    QByteArray copy = data; // shares the bytes; QBuffer needs a non-const array
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return read(buffer, fileName, handler);
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
