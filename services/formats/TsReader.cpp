#include "TsReader.h"

#include <QSet>

#include "TsMessage.h"
#include "TsParser.h"
#include "text/LanguageTag.h"

namespace tessera::formats {

using domain::Result;
using domain::Segment;
using domain::SegmentState;

namespace {

QString languageTag(const QString& raw)
{
    if (raw.isEmpty())
        return raw;
    auto tag = text::LanguageTag::normalize(raw);
    return tag ? *tag : raw;
}

} // namespace

SegmentState TsReader::stateOf(const TsMessage& message)
{
    if (!message.isUnfinished())
        return SegmentState::Translated;
    for (const QString& translation : message.translations) {
        if (!translation.isEmpty())
            return SegmentState::Draft;
    }
    return SegmentState::New;
}

Result<ParsedDocument> TsReader::read(const QByteArray& data, const QString& fileName)
{
    auto text = TsParser::decode(data, fileName);
    if (!text)
        return std::unexpected(text.error());
    ParsedDocument document;
    document.format = QStringLiteral("ts");
    TsParser parser(*text, fileName);
    QSet<QString> keys;
    TsMessage message;
    while (true) {
        auto more = parser.next(message);
        if (!more)
            return std::unexpected(more.error());
        if (!*more)
            break;
        if (message.isObsolete())
            continue;
        Segment segment;
        segment.key = message.key();
        if (keys.contains(segment.key)) {
            return std::unexpected(parser.error(message.line, message.column,
                                                QStringLiteral("duplicate message: context \"%1\" source \"%2\"")
                                                    .arg(message.context, message.source)));
        }
        keys.insert(segment.key);
        segment.source = message.source;
        if (message.numerus)
            segment.sourcePlural = message.source; // Qt has one source with %n for all forms
        segment.targets = message.translations;
        if (segment.targets.isEmpty())
            segment.targets.append(QString());
        segment.state = stateOf(message);
        segment.context.note = message.extraComment;
        segment.context.locations = message.locations;
        segment.order = int(document.segments.size()) + 1;
        document.segments.append(std::move(segment));
    }
    document.targetLanguage = languageTag(parser.language());
    document.sourceLanguage = languageTag(parser.sourceLanguage());
    return document;
}

} // namespace tessera::formats
