#include "TsWriter.h"

#include <QHash>

#include "TsMessage.h"
#include "TsParser.h"
#include "TsReader.h"
#include "XmlText.h"

namespace tessera::formats {

using domain::Error;
using domain::ErrorCode;
using domain::Result;
using domain::Segment;
using domain::SegmentState;

namespace {

bool wantsUnfinished(SegmentState state)
{
    return state == SegmentState::New || state == SegmentState::Draft || state == SegmentState::Rejected;
}

QString translationElement(const TsMessage& message, const QStringList& targets, bool unfinished, const QString& indent,
                           const QString& eol)
{
    QString out = QStringLiteral("<translation");
    if (unfinished)
        out += QStringLiteral(" type=\"unfinished\"");
    out += message.translationAttributes;
    out += QLatin1Char('>');
    if (message.numerus) {
        for (const QString& target : targets) {
            out += eol + indent + QStringLiteral("    <numerusform>") + TsWriter::escape(target) +
                   QStringLiteral("</numerusform>");
        }
        out += eol + indent;
    } else {
        out += TsWriter::escape(targets.value(0));
    }
    out += QStringLiteral("</translation>");
    return out;
}

} // namespace

QString TsWriter::escape(const QString& text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        switch (c) {
        case u'"':
            out += QStringLiteral("&quot;");
            break;
        case u'&':
            out += QStringLiteral("&amp;");
            break;
        case u'>':
            out += QStringLiteral("&gt;");
            break;
        case u'<':
            out += QStringLiteral("&lt;");
            break;
        case u'\'':
            out += QStringLiteral("&apos;");
            break;
        default:
            if (c < 0x20 && c != u'\n' && c != u'\t')
                out += QStringLiteral("<byte value=\"x%1\"/>").arg(uint(c), 0, 16);
            else if (c > 0x7f && ch.isSpace())
                out += QStringLiteral("&#x%1;").arg(uint(c), 0, 16);
            else
                out += ch;
        }
    }
    return out;
}

Result<QByteArray> TsWriter::write(const QByteArray& original, const QList<Segment>& segments, const QString& fileName)
{
    QHash<QString, const Segment*> byKey;
    byKey.reserve(segments.size());
    for (const Segment& segment : segments)
        byKey.insert(segment.key, &segment);

    auto text = TsParser::decode(original, fileName);
    if (!text)
        return std::unexpected(text.error());
    const QString eol = XmlText::lineEnding(*text);

    QString out;
    qsizetype copied = 0;
    bool changed = false;
    TsParser parser(*text, fileName);
    TsMessage message;
    while (true) {
        auto more = parser.next(message);
        if (!more)
            return std::unexpected(more.error());
        if (!*more)
            break;
        if (message.isObsolete())
            continue;
        const Segment* segment = byKey.value(message.key());
        if (!segment)
            continue;
        QStringList wanted = segment->targets;
        QStringList current = message.translations;
        if (current.isEmpty())
            current.append(QString());
        if (!message.numerus && wanted.size() > 1) {
            return std::unexpected(parser.error(message.line, message.column,
                                                QStringLiteral("the segment has %1 target forms, the message is "
                                                               "not numerus")
                                                    .arg(wanted.size())));
        }
        if (wanted.isEmpty())
            wanted.append(QString());
        const bool unfinished = wantsUnfinished(segment->state);
        if (wanted == current && unfinished == wantsUnfinished(TsReader::stateOf(message)))
            continue;
        if (message.translationBegin < 0) {
            return std::unexpected(
                parser.error(message.line, message.column, QStringLiteral("the message has no <translation>")));
        }
        if (!changed)
            out.reserve(text->size() + 4096);
        changed = true;
        out += QStringView(*text).mid(copied, message.translationBegin - copied);
        out += translationElement(message, wanted, unfinished, XmlText::indentAt(*text, message.translationBegin), eol);
        copied = message.translationEnd;
    }
    if (!changed)
        return original;
    out += QStringView(*text).mid(copied);
    return XmlText::encodeLike(out, original);
}

} // namespace tessera::formats
