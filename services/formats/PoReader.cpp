#include "PoReader.h"

#include <QSet>

#include "PoCharset.h"
#include "PoEntry.h"
#include "PoHeader.h"
#include "PoParser.h"
#include "SegmentSink.h"
#include "text/LanguageTag.h"

namespace tessera::formats {

using domain::Error;
using domain::ErrorCode;
using domain::Result;
using domain::Segment;
using domain::SegmentState;

QString PoReader::key(bool hasContext, const QString& context, const QString& msgid)
{
    return hasContext ? context + QChar(0x0004) + msgid : msgid;
}

Result<QString> PoReader::decode(PoCharset& charset, const QByteArray& bytes, const QString& fileName, int line)
{
    QString text;
    if (!charset.decode(bytes, text)) {
        return std::unexpected(Error{ErrorCode::InvalidInput,
                                     QStringLiteral("text is not valid %1").arg(QString::fromLatin1(charset.name())),
                                     fileName,
                                     line,
                                     1,
                                     {}});
    }
    return text;
}

Result<PoHeader> PoReader::readHeader(const PoEntry& entry, PoCharset& charset, const PoParser& parser)
{
    const PoHeader header = PoHeader::parse(entry.msgstr.value(0));
    if (!charset.setCharset(header.charset))
        return std::unexpected(parser.error(
            entry.msgstrLine, 1,
            QStringLiteral("unknown charset \"%1\" in Content-Type").arg(QString::fromLatin1(header.charset))));
    return header;
}

QString PoReader::translatorComment(const PoEntry& entry, PoCharset& charset)
{
    QStringList lines;
    lines.reserve(entry.translatorComments.size());
    for (const QByteArray& comment : entry.translatorComments) {
        QString text;
        charset.decode(comment, text); // a comment in a wrong encoding is shown as best we can
        lines.append(text);
    }
    return lines.join(QLatin1Char('\n'));
}

Result<ParsedDocument> PoReader::read(const QByteArray& data, const QString& fileName)
{
    CollectingSink sink;
    if (auto read = stream(data, fileName, sink); !read)
        return std::unexpected(read.error());
    return std::move(sink.document);
}

Result<void> PoReader::stream(const QByteArray& data, const QString& fileName, SegmentSink& sink)
{
    ParsedDocument document; // the header only: segments go to the sink
    document.format = QStringLiteral("po");
    bool begun = false;
    bool isTemplate = false; // xgettext's placeholders in the header (PoHeader::isTemplate)
    int order = 0;
    PoParser parser(data, fileName);
    PoCharset charset;
    bool headerSeen = false;
    QSet<QString> keys;
    PoEntry entry;
    while (true) {
        auto more = parser.next(entry);
        if (!more)
            return std::unexpected(more.error());
        if (!*more)
            break;
        if (entry.isHeader() && !headerSeen) {
            headerSeen = true;
            auto header = readHeader(entry, charset, parser);
            if (!header)
                return std::unexpected(header.error());
            document.targetLanguage = header->language;
            if (auto tag = text::LanguageTag::normalize(header->language); tag && !header->language.isEmpty())
                document.targetLanguage = *tag; // zh_CN → zh-CN
            document.pluralForms = header->nplurals;
            isTemplate = header->isTemplate;
            continue;
        }
        if (!begun) {
            begun = true;
            if (auto ok = sink.begin(document); !ok)
                return ok;
        }
        const int nplurals = document.pluralForms;
        if (entry.plural && nplurals > 0 && entry.msgstr.size() != nplurals) {
            if (entry.msgstr.size() > nplurals) {
                return std::unexpected(parser.error(
                    entry.msgstrLines[nplurals], 1,
                    QStringLiteral("msgstr[%1] but the header says nplurals=%2").arg(nplurals).arg(nplurals)));
            }
            return std::unexpected(parser.error(entry.msgstrLines.last(), 1,
                                                QStringLiteral("%1 plural forms but the header says nplurals=%2")
                                                    .arg(entry.msgstr.size())
                                                    .arg(nplurals)));
        }

        Segment segment;
        auto msgid = decode(charset, entry.msgid, fileName, entry.line);
        if (!msgid)
            return std::unexpected(msgid.error());
        QString context;
        if (entry.hasContext) {
            auto c = decode(charset, entry.msgctxt, fileName, entry.line);
            if (!c)
                return std::unexpected(c.error());
            context = *c;
        }
        segment.key = key(entry.hasContext, context, *msgid);
        if (keys.contains(segment.key)) {
            return std::unexpected(parser.error(
                entry.line, 1,
                entry.hasContext ? QStringLiteral("duplicate message: msgctxt \"%1\" msgid \"%2\"").arg(context, *msgid)
                                 : QStringLiteral("duplicate message: msgid \"%1\"").arg(*msgid)));
        }
        keys.insert(segment.key);
        segment.source = *msgid;
        if (entry.plural) {
            auto p = decode(charset, entry.msgidPlural, fileName, entry.line);
            if (!p)
                return std::unexpected(p.error());
            segment.sourcePlural = *p;
        }
        bool allTranslated = true;
        for (qsizetype i = 0; i < entry.msgstr.size(); ++i) {
            auto t = decode(charset, entry.msgstr[i], fileName, entry.msgstrLines[i]);
            if (!t)
                return std::unexpected(t.error());
            allTranslated = allTranslated && !t->isEmpty();
            segment.targets.append(*t);
        }
        // A template's plural entry has two empty msgstr[i] whatever language it is translated into:
        // it holds no forms, and the document's language says how many it needs.
        if (isTemplate && entry.plural && !domain::hasText(segment.targets))
            segment.targets.clear();
        if (entry.isFuzzy())
            segment.state = SegmentState::Draft;
        else
            segment.state = allTranslated ? SegmentState::Translated : SegmentState::New;

        QStringList notes;
        for (const QByteArray& comment : std::as_const(entry.extractedComments)) {
            QString text;
            charset.decode(comment, text); // a comment in a wrong encoding is shown as best we can
            notes.append(text);
        }
        segment.context.note = notes.join(QLatin1Char('\n'));
        segment.translatorComment = translatorComment(entry, charset);
        for (const QByteArray& reference : std::as_const(entry.references)) {
            QString text;
            charset.decode(reference, text);
            segment.context.locations.append(text);
        }
        segment.order = ++order;
        if (auto taken = sink.segment(std::move(segment)); !taken)
            return taken;
    }
    if (!begun)
        return sink.begin(document);
    return {};
}

} // namespace tessera::formats
