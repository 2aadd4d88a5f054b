#include "TsReader.h"

#include <QSet>

#include "SegmentSink.h"
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
    CollectingSink sink;
    if (auto read = stream(data, fileName, sink); !read)
        return std::unexpected(read.error());
    return std::move(sink.document);
}

Result<void> TsReader::stream(const QByteArray& data, const QString& fileName, SegmentSink& sink)
{
    auto text = TsParser::decode(data, fileName);
    if (!text)
        return std::unexpected(text.error());
    TsParser parser(*text, fileName);
    bool begun = false;
    const auto begin = [&]() -> Result<void> {
        begun = true;
        ParsedDocument header;
        header.format = QStringLiteral("ts");
        header.targetLanguage = languageTag(parser.language());
        header.sourceLanguage = languageTag(parser.sourceLanguage());
        return sink.begin(header);
    };
    QSet<QString> keys;
    int order = 0;
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
        // An untranslated numerus message holds no forms (a template has two empty <numerusform>s
        // whatever language it is translated into): the document's language says how many it needs.
        if (message.numerus && !domain::hasText(segment.targets))
            segment.targets.clear();
        else if (segment.targets.isEmpty())
            segment.targets.append(QString());
        segment.state = stateOf(message);
        segment.context.note = message.extraComment;
        segment.translatorComment = message.translatorComment;
        segment.context.locations = message.locations;
        segment.order = ++order;
        if (!begun) {
            if (auto ok = begin(); !ok)
                return ok;
        }
        if (auto taken = sink.segment(std::move(segment)); !taken)
            return taken;
    }
    if (!begun)
        return begin();
    return {};
}

} // namespace tessera::formats
