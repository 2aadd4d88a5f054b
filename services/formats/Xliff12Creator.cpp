#include "Xliff12Creator.h"

#include <QFileInfo>

#include "Xliff12Reader.h"
#include "XliffMarkup.h"
#include "XmlText.h"

namespace tessera::formats {

using domain::Error;
using domain::ErrorCode;
using domain::Result;
using domain::Segment;
using domain::SegmentFlag;
using domain::SegmentState;

namespace {

Result<QString> content(const QString& text, const Segment& segment)
{
    auto xml = XliffMarkup::toXml(text, XliffVersion::V1);
    // Text that only looks like inline codes (HTML in a PO string) is written as text.
    if (!xml && XliffMarkup::isXmlSafe(text))
        xml = XmlText::escape(text);
    if (!xml)
        return std::unexpected(Error{ErrorCode::InvalidInput,
                                     QStringLiteral("\"%1\" is not well-formed XLIFF 1.2 content").arg(segment.key),
                                     {},
                                     0,
                                     0,
                                     segment.key});
    return *xml;
}

// The segment's translator comment as a <note from="translator"> line (none when it is empty or
// holds characters XML cannot).
QString translatorNote(const Segment& segment, const QString& indent)
{
    if (segment.translatorComment.isEmpty() || !XliffMarkup::isXmlSafe(segment.translatorComment))
        return {};
    return indent + QStringLiteral("  <note from=\"translator\">") + XmlText::escape(segment.translatorComment) +
           QStringLiteral("</note>\n");
}

QString locationGroup(const QString& location, const QString& indent)
{
    const qsizetype colon = location.lastIndexOf(QLatin1Char(':'));
    bool ok = false;
    if (colon > 0)
        location.mid(colon + 1).toUInt(&ok);
    QString out = indent + QStringLiteral("<context-group name=\"po-reference\" purpose=\"location\">\n");
    out += indent + QStringLiteral("  <context context-type=\"sourcefile\">") +
           XliffMarkup::attribute(ok ? location.left(colon) : location) + QStringLiteral("</context>\n");
    if (ok)
        out += indent + QStringLiteral("  <context context-type=\"linenumber\">") + location.mid(colon + 1) +
               QStringLiteral("</context>\n");
    out += indent + QStringLiteral("</context-group>\n");
    return out;
}

// One trans-unit; `id` its id, `resname` empty for none.
Result<QString> unit(const Segment& segment, const QString& id, const QString& resname, const QString& source,
                     const QString& target, bool withContext, const QString& indent)
{
    auto sourceXml = content(source, segment);
    if (!sourceXml)
        return std::unexpected(sourceXml.error());
    auto targetXml = content(target, segment);
    if (!targetXml)
        return std::unexpected(targetXml.error());
    QString out = indent + QStringLiteral("<trans-unit xml:space=\"preserve\" id=\"") + XliffMarkup::attribute(id) +
                  QLatin1Char('"');
    if (!resname.isEmpty())
        out += QStringLiteral(" resname=\"") + XliffMarkup::attribute(resname) + QLatin1Char('"');
    if (segment.state == SegmentState::Approved)
        out += QStringLiteral(" approved=\"yes\"");
    if (segment.flags.testFlag(SegmentFlag::Locked))
        out += QStringLiteral(" translate=\"no\"");
    if (segment.context.maxLength > 0)
        out += QStringLiteral(" maxwidth=\"%1\" size-unit=\"char\"").arg(segment.context.maxLength);
    out += QStringLiteral(">\n");
    out += indent + QStringLiteral("  <source>") + *sourceXml + QStringLiteral("</source>\n");
    out += indent + QStringLiteral("  <target state=\"") + Xliff12Reader::stateValue(segment.state) +
           QStringLiteral("\">") + *targetXml + QStringLiteral("</target>\n");
    if (withContext) {
        if (!segment.context.note.isEmpty()) {
            auto note = content(segment.context.note, segment);
            if (!note)
                return std::unexpected(note.error());
            out += indent + QStringLiteral("  <note from=\"developer\">") + *note + QStringLiteral("</note>\n");
        }
        out += translatorNote(segment, indent);
        for (const QString& location : segment.context.locations)
            out += locationGroup(location, indent + QStringLiteral("  "));
    }
    out += indent + QStringLiteral("</trans-unit>\n");
    return out;
}

} // namespace

Result<QByteArray> Xliff12Creator::create(const ParsedDocument& document, const QString& fileName)
{
    QString out = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                 "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:1.2\" version=\"1.2\">\n");
    QString original = QFileInfo(fileName).fileName();
    if (original.isEmpty())
        original = QStringLiteral("messages");
    out += QStringLiteral("  <file original=\"%1\" source-language=\"%2\"")
               .arg(XliffMarkup::attribute(original),
                    XliffMarkup::attribute(document.sourceLanguage.isEmpty() ? QStringLiteral("en")
                                                                             : document.sourceLanguage));
    if (!document.targetLanguage.isEmpty())
        out += QStringLiteral(" target-language=\"%1\"").arg(XliffMarkup::attribute(document.targetLanguage));
    out += QStringLiteral(" datatype=\"plaintext\">\n    <body>\n");
    const QString indent = QStringLiteral("      ");
    const QSet<QString> keys = XliffMarkup::safeKeys(document.segments);
    int number = 0;
    for (const Segment& segment : document.segments) {
        const QString id = XliffMarkup::freshId(QString(), number, keys);
        const QString resname = XliffMarkup::isXmlSafe(segment.key) && segment.key != id ? segment.key : QString();
        if (!segment.isPlural()) {
            auto written = unit(segment, id, resname, segment.source, segment.targets.value(0), true, indent);
            if (!written)
                return std::unexpected(written.error());
            out += *written;
            continue;
        }
        out += indent + QStringLiteral("<group restype=\"x-gettext-plurals\" id=\"") + id + QLatin1Char('"');
        if (!resname.isEmpty())
            out += QStringLiteral(" resname=\"") + XliffMarkup::attribute(resname) + QLatin1Char('"');
        out += QStringLiteral(">\n");
        if (!segment.context.note.isEmpty()) {
            auto note = content(segment.context.note, segment);
            if (!note)
                return std::unexpected(note.error());
            out += indent + QStringLiteral("  <note from=\"developer\">") + *note + QStringLiteral("</note>\n");
        }
        out += translatorNote(segment, indent);
        for (const QString& location : segment.context.locations)
            out += locationGroup(location, indent + QStringLiteral("  "));
        const qsizetype forms = qMax<qsizetype>(2, segment.targets.size());
        for (qsizetype i = 0; i < forms; ++i) {
            auto written = unit(segment, id + QStringLiteral("[%1]").arg(i), QString(),
                                i == 0 ? segment.source : segment.sourcePlural, segment.targets.value(i), false,
                                indent + QStringLiteral("  "));
            if (!written)
                return std::unexpected(written.error());
            out += *written;
        }
        out += indent + QStringLiteral("</group>\n");
    }
    out += QStringLiteral("    </body>\n  </file>\n</xliff>\n");
    return out.toUtf8();
}

} // namespace tessera::formats
