#include "Xliff2Creator.h"

#include <QFileInfo>

#include "Xliff2Parser.h"
#include "Xliff2Reader.h"
#include "XliffMarkup.h"
#include "XmlText.h"

namespace tessera::formats {

using domain::Error;
using domain::ErrorCode;
using domain::Result;
using domain::Segment;
using domain::SegmentFlag;

namespace {

Result<QString> xliff2Content(const QString& text, const Segment& segment)
{
    auto xml = XliffMarkup::toXml(text, XliffVersion::V2);
    // Text that only looks like inline codes (HTML in a PO string) is written as text.
    if (!xml && XliffMarkup::isXmlSafe(text))
        xml = XmlText::escape(text);
    if (!xml)
        return std::unexpected(Error{ErrorCode::InvalidInput,
                                     QStringLiteral("\"%1\" is not well-formed XLIFF 2 content").arg(segment.key),
                                     {},
                                     0,
                                     0,
                                     segment.key});
    return *xml;
}

// One unit with one segment.
Result<QString> xliff2Unit(const Segment& segment, const QString& id, const QString& name, const QString& source,
                           const QString& target, bool withContext, const QString& indent)
{
    auto sourceXml = xliff2Content(source, segment);
    if (!sourceXml)
        return std::unexpected(sourceXml.error());
    auto targetXml = xliff2Content(target, segment);
    if (!targetXml)
        return std::unexpected(targetXml.error());
    QString out = indent + QStringLiteral("<unit id=\"") + XliffMarkup::attribute(id) + QLatin1Char('"');
    if (!name.isEmpty())
        out += QStringLiteral(" name=\"") + XliffMarkup::attribute(name) + QLatin1Char('"');
    if (segment.flags.testFlag(SegmentFlag::Locked))
        out += QStringLiteral(" translate=\"no\"");
    if (segment.context.maxLength > 0)
        out += QStringLiteral(" slr:sizeRestriction=\"%1\"").arg(segment.context.maxLength);
    out += QStringLiteral(">\n");
    if (withContext && (!segment.context.note.isEmpty() || !segment.context.locations.isEmpty())) {
        out += indent + QStringLiteral("  <notes>\n");
        for (const QString& location : segment.context.locations)
            out += indent + QStringLiteral("    <note category=\"location\">") + XmlText::escape(location) +
                   QStringLiteral("</note>\n");
        if (!segment.context.note.isEmpty()) {
            auto note = xliff2Content(segment.context.note, segment);
            if (!note)
                return std::unexpected(note.error());
            out += indent + QStringLiteral("    <note>") + *note + QStringLiteral("</note>\n");
        }
        out += indent + QStringLiteral("  </notes>\n");
    }
    out += indent + QStringLiteral("  <segment state=\"") + Xliff2Reader::stateValue(segment.state) +
           QStringLiteral("\">\n");
    out += indent + QStringLiteral("    <source>") + *sourceXml + QStringLiteral("</source>\n");
    out += indent + QStringLiteral("    <target>") + *targetXml + QStringLiteral("</target>\n");
    out += indent + QStringLiteral("  </segment>\n");
    out += indent + QStringLiteral("</unit>\n");
    return out;
}

} // namespace

Result<QByteArray> Xliff2Creator::create(const ParsedDocument& document, const QString& fileName)
{
    bool sizes = false;
    for (const Segment& segment : document.segments)
        sizes = sizes || segment.context.maxLength > 0;
    QString out = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                 "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\"");
    if (sizes)
        out += QStringLiteral(" xmlns:slr=\"urn:oasis:names:tc:xliff:sizerestriction:2.0\"");
    out += QStringLiteral(" srcLang=\"%1\"")
               .arg(XliffMarkup::attribute(document.sourceLanguage.isEmpty() ? QStringLiteral("en")
                                                                             : document.sourceLanguage));
    if (!document.targetLanguage.isEmpty())
        out += QStringLiteral(" trgLang=\"%1\"").arg(XliffMarkup::attribute(document.targetLanguage));
    QString original = QFileInfo(fileName).fileName();
    out += QStringLiteral(">\n  <file id=\"f1\"");
    if (!original.isEmpty())
        out += QStringLiteral(" original=\"%1\"").arg(XliffMarkup::attribute(original));
    out += QStringLiteral(">\n");
    if (sizes)
        out += QStringLiteral("    <slr:profiles generalProfile=\"xliff:codepoints\"/>\n");
    const QString indent = QStringLiteral("    ");
    const QSet<QString> keys = XliffMarkup::safeKeys(document.segments);
    int number = 0;
    int groupNumber = 0;
    for (const Segment& segment : document.segments) {
        const QString id = XliffMarkup::freshId(QStringLiteral("u"), number, keys);
        const QString name = XliffMarkup::isXmlSafe(segment.key) && segment.key != id ? segment.key : QString();
        if (!segment.isPlural()) {
            auto written = xliff2Unit(segment, id, name, segment.source, segment.targets.value(0), true, indent);
            if (!written)
                return std::unexpected(written.error());
            out += *written;
            continue;
        }
        out += indent + QStringLiteral("<group id=\"g%1\"").arg(number);
        if (!name.isEmpty())
            out += QStringLiteral(" name=\"") + XliffMarkup::attribute(name) + QLatin1Char('"');
        else
            out += QStringLiteral(" name=\"%1\"").arg(XliffMarkup::freshId(QStringLiteral("g"), groupNumber, keys));
        out += QStringLiteral(" type=\"") + Xliff2Parser::pluralType + QStringLiteral("\">\n");
        const qsizetype forms = qMax<qsizetype>(2, segment.targets.size());
        for (qsizetype i = 0; i < forms; ++i) {
            auto written = xliff2Unit(segment, id + QStringLiteral("-%1").arg(i), QString(),
                                      i == 0 ? segment.source : segment.sourcePlural, segment.targets.value(i), i == 0,
                                      indent + QStringLiteral("  "));
            if (!written)
                return std::unexpected(written.error());
            out += *written;
        }
        out += indent + QStringLiteral("</group>\n");
    }
    out += QStringLiteral("  </file>\n</xliff>\n");
    return out.toUtf8();
}

} // namespace tessera::formats
