#include "TsCreator.h"

#include "KeyParts.h"
#include "TsWriter.h"
#include "XmlText.h"

namespace tessera::formats {

using domain::Result;
using domain::Segment;
using domain::SegmentState;

namespace {

struct MessageKey {
    QString context;
    QString comment;
    QString id;
};

// A gettext msgctxt "context|comment" splits as lconvert splits it; a key of its own becomes the id.
MessageKey keyOf(const Segment& segment)
{
    const KeyParts key = KeyParts::of(segment);
    switch (key.kind) {
    case KeyParts::Kind::Qt:
        return {key.context, key.comment, {}};
    case KeyParts::Kind::Gettext: {
        const qsizetype bar = key.context.indexOf(QLatin1Char('|'));
        if (bar < 0)
            return {key.context, {}, {}};
        return {key.context.left(bar), key.context.mid(bar + 1), {}};
    }
    case KeyParts::Kind::Own:
        return {{}, {}, key.id};
    case KeyParts::Kind::Source:
        break;
    }
    return {};
}

// An attribute value: XML 1.0 has no way to write control characters there, so they become spaces.
QString attribute(const QString& text)
{
    QString value = text;
    for (QChar& ch : value) {
        if (ch.unicode() < 0x20)
            ch = QLatin1Char(' ');
    }
    return XmlText::escape(value, true);
}

QString languageAttribute(const QString& tag)
{
    return attribute(QString(tag).replace(QLatin1Char('-'), QLatin1Char('_')));
}

QString locationElement(const QString& location)
{
    const qsizetype colon = location.lastIndexOf(QLatin1Char(':'));
    bool ok = false;
    const int line = colon > 0 ? location.mid(colon + 1).toInt(&ok) : 0;
    if (!ok)
        return QStringLiteral("        <location filename=\"%1\"/>\n").arg(attribute(location));
    return QStringLiteral("        <location filename=\"%1\" line=\"%2\"/>\n")
        .arg(attribute(location.left(colon)))
        .arg(line);
}

} // namespace

Result<QByteArray> TsCreator::create(const ParsedDocument& document, const QString& fileName)
{
    Q_UNUSED(fileName);
    QString out = QStringLiteral("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE TS>\n<TS version=\"2.1\"");
    if (!document.targetLanguage.isEmpty())
        out += QStringLiteral(" language=\"%1\"").arg(languageAttribute(document.targetLanguage));
    if (!document.sourceLanguage.isEmpty())
        out += QStringLiteral(" sourcelanguage=\"%1\"").arg(languageAttribute(document.sourceLanguage));
    out += QStringLiteral(">\n");

    bool open = false;
    QString currentContext;
    for (const Segment& segment : document.segments) {
        const MessageKey key = keyOf(segment);
        if (!open || key.context != currentContext) {
            if (open)
                out += QStringLiteral("</context>\n");
            out += QStringLiteral("<context>\n    <name>%1</name>\n").arg(TsWriter::escape(key.context));
            open = true;
            currentContext = key.context;
        }
        out += QStringLiteral("    <message");
        if (!key.id.isEmpty())
            out += QStringLiteral(" id=\"%1\"").arg(attribute(key.id));
        if (segment.isPlural())
            out += QStringLiteral(" numerus=\"yes\"");
        out += QStringLiteral(">\n");
        for (const QString& location : segment.context.locations)
            out += locationElement(location);
        out += QStringLiteral("        <source>%1</source>\n").arg(TsWriter::escape(segment.source));
        if (!key.comment.isEmpty())
            out += QStringLiteral("        <comment>%1</comment>\n").arg(TsWriter::escape(key.comment));
        if (!segment.context.note.isEmpty())
            out +=
                QStringLiteral("        <extracomment>%1</extracomment>\n").arg(TsWriter::escape(segment.context.note));
        if (!segment.translatorComment.isEmpty())
            out += QStringLiteral("        <translatorcomment>%1</translatorcomment>\n")
                       .arg(TsWriter::escape(segment.translatorComment));
        const bool finished = segment.state != SegmentState::New && segment.state != SegmentState::Draft &&
                              segment.state != SegmentState::Rejected;
        out += finished ? QStringLiteral("        <translation>")
                        : QStringLiteral("        <translation type=\"unfinished\">");
        if (segment.isPlural()) {
            for (const QString& target : segment.targets)
                out += QStringLiteral("\n            <numerusform>%1</numerusform>").arg(TsWriter::escape(target));
            out += QStringLiteral("\n        ");
        } else {
            out += TsWriter::escape(segment.targets.value(0));
        }
        out += QStringLiteral("</translation>\n    </message>\n");
    }
    if (open)
        out += QStringLiteral("</context>\n");
    out += QStringLiteral("</TS>\n");
    return out.toUtf8();
}

} // namespace tessera::formats
