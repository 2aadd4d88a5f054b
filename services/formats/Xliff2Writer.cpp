#include "Xliff2Writer.h"

#include <QSet>

#include "Xliff2Parser.h"
#include "Xliff2Reader.h"
#include "XliffEdits.h"
#include "XliffMarkup.h"
#include "XliffScanner.h"
#include "XmlText.h"
#include "text/LanguageTag.h"

namespace tessera::formats {

using domain::Error;
using domain::Result;
using domain::Segment;
using domain::SegmentState;

namespace {

Error fieldError(const Xliff2Parser& parser, qint64 line, qint64 column, const QString& message, const QString& key)
{
    Error error = parser.error(line, column, message);
    error.field = key;
    return error;
}

// Writes `target` and `state` into one XLIFF segment where they differ from what it has.
Result<void> writeSegment(const QByteArray& text, const QString& eol, const Xliff2Parser& parser, XliffEdits& edits,
                          const Xliff2Unit& unit, const Xliff2Segment& segment, const QString& key,
                          const QString& target, SegmentState state)
{
    const bool textChanged = target != segment.target;
    const bool stateChanged = state != Xliff2Reader::stateOf(segment);
    if (!textChanged && !stateChanged)
        return {};
    if (stateChanged) {
        const XliffSpan& span = segment.segmentSpan;
        const QString tag = XmlPull::toString(QByteArrayView(text).sliced(span.tagBegin, span.tagEnd - span.tagBegin));
        const QString newTag = XliffMarkup::setAttribute(tag, QStringLiteral("state"), Xliff2Reader::stateValue(state));
        if (newTag != tag)
            edits.replace(span.tagBegin, span.tagEnd, newTag);
    }
    if (!textChanged)
        return {};
    auto content = XliffMarkup::toXml(target, XliffVersion::V2);
    if (!content) {
        return std::unexpected(fieldError(parser, segment.line, segment.column,
                                          QStringLiteral("the target of \"%1\" is not well-formed XLIFF 2 content: an "
                                                         "inline code is not closed, or text has characters XML "
                                                         "cannot hold")
                                              .arg(key),
                                          key));
    }
    const XliffSpan& span = segment.targetSpan;
    if (segment.hasTarget) {
        const QString tag = XmlPull::toString(QByteArrayView(text).sliced(span.tagBegin, span.tagEnd - span.tagBegin));
        if (span.selfClosing())
            edits.replace(span.tagBegin, span.end,
                          XliffMarkup::openTag(tag) + *content + QStringLiteral("</") + XliffMarkup::tagName(tag) +
                              QLatin1Char('>'));
        else
            edits.replace(span.tagEnd, span.contentEnd, *content);
        return {};
    }
    const QString name = unit.prefix.isEmpty() ? QStringLiteral("target") : unit.prefix + QStringLiteral(":target");
    const qsizetype at = segment.sourceSpan.end;
    edits.replace(at, at,
                  eol + XmlText::indentAt(QByteArrayView(text), segment.sourceSpan.tagBegin) + QLatin1Char('<') + name +
                      QLatin1Char('>') + *content + QStringLiteral("</") + name + QLatin1Char('>'));
    return {};
}

} // namespace

Result<QByteArray> Xliff2Writer::write(const QByteArray& original, const QList<Segment>& segments,
                                       const QString& fileName, const QString& language)
{
    SegmentList source(segments);
    QByteArray bytes;
    ByteOutput out(bytes);
    if (auto written = write(original, source, fileName, language, out, true); !written)
        return std::unexpected(written.error());
    return bytes;
}

Result<void> Xliff2Writer::write(const QByteArray& original, SegmentSource& segments, const QString& fileName,
                                 const QString& language, ByteOutput& out, bool checkKeys)
{
    auto text = XliffScanner::utf8(original, fileName);
    if (!text)
        return std::unexpected(text.error());
    out.writeUtf16Like(original); // a UTF-16 file is parsed as UTF-8 and written back in UTF-16
    Xliff2Parser parser(*text, fileName);
    const bool multiFile = parser.multiFile();
    const QString eol = XmlText::lineEnding(QByteArrayView(*text));
    XliffEdits edits;
    QSet<QString> keys;
    const auto isNew = [&](const QString& key) {
        if (!checkKeys)
            return true;
        if (keys.contains(key))
            return false;
        keys.insert(key);
        return true;
    };
    bool edited = false;

    const auto writeEntry = [&](Xliff2Entry&& entry) -> Result<void> {
        if (entry.units.isEmpty())
            return {};
        const QString key = Xliff2Reader::keyOf(entry, multiFile);
        if (entry.plural) {
            if (!isNew(key))
                return std::unexpected(
                    parser.error(entry.line, entry.column, QStringLiteral("duplicate key \"%1\"").arg(key)));
            for (const Xliff2Unit& unit : entry.units) {
                if (unit.segments.size() != 1)
                    return std::unexpected(parser.error(unit.line, unit.column,
                                                        QStringLiteral("a unit of plural group \"%1\" must have one "
                                                                       "segment")
                                                            .arg(key)));
            }
            auto found = segments.find(key);
            if (!found)
                return std::unexpected(found.error());
            const Segment* segment = *found;
            if (!segment)
                return {};
            if (segment->targets.size() > entry.units.size()) {
                return std::unexpected(fieldError(parser, entry.line, entry.column,
                                                  QStringLiteral("\"%1\" has %2 plural forms; the file's group has %3")
                                                      .arg(key)
                                                      .arg(segment->targets.size())
                                                      .arg(entry.units.size()),
                                                  key));
            }
            const bool stateChanged = segment->state != Xliff2Reader::stateOf(entry);
            for (qsizetype i = 0; i < entry.units.size(); ++i) {
                const Xliff2Unit& unit = entry.units[i];
                const Xliff2Segment& part = unit.segments.first();
                const SegmentState state = stateChanged ? segment->state : Xliff2Reader::stateOf(part);
                if (auto written =
                        writeSegment(*text, eol, parser, edits, unit, part, key, segment->targets.value(i), state);
                    !written)
                    return written;
            }
            return {};
        }
        const Xliff2Unit& unit = entry.units.first();
        for (qsizetype i = 0; i < unit.segments.size(); ++i) {
            const QString segmentKey = Xliff2Reader::segmentKey(unit, key, i);
            if (!isNew(segmentKey))
                return std::unexpected(parser.error(unit.segments[i].line, unit.segments[i].column,
                                                    QStringLiteral("duplicate key \"%1\"").arg(segmentKey)));
            auto found = segments.find(segmentKey);
            if (!found)
                return std::unexpected(found.error());
            const Segment* segment = *found;
            if (!segment)
                return {};
            if (segment->targets.size() > 1) {
                return std::unexpected(fieldError(parser, unit.segments[i].line, unit.segments[i].column,
                                                  QStringLiteral("\"%1\" has %2 target forms; the unit is not plural")
                                                      .arg(segmentKey)
                                                      .arg(segment->targets.size()),
                                                  segmentKey));
            }
            if (auto written = writeSegment(*text, eol, parser, edits, unit, unit.segments[i], segmentKey,
                                            segment->targets.value(0), segment->state);
                !written)
                return written;
        }
        return {};
    };
    auto parsed = parser.parse([&](Xliff2Entry&& entry) -> Result<void> {
        if (auto written = writeEntry(std::move(entry)); !written)
            return written;
        if (edits.isEmpty())
            return {};
        // The first edit: a file that names no target language, or another one (a German file
        // started as the French catalog), is given the document's (on its root, which comes before
        // every unit, so nothing of the file has been written yet), as TS files are.
        const QString named = parser.targetLanguage();
        const bool otherLanguage = named.isEmpty() || !text::LanguageTag::sameOrNarrower(named, language);
        if (!edited && otherLanguage && !language.isEmpty() && parser.rootTagBegin() >= 0) {
            const qsizetype begin = parser.rootTagBegin();
            const qsizetype end = parser.rootTagEnd();
            edits.replace(
                begin, end,
                XliffMarkup::setAttribute(QByteArrayView(*text), begin, end, QStringLiteral("trgLang"), language));
        }
        edited = true;
        edits.flush(QByteArrayView(*text), out);
        if (out.failed())
            return out.finish(fileName); // stops the parse with the device's error
        return {};
    });
    if (!parsed)
        return std::unexpected(parsed.error());
    edits.finish(QByteArrayView(*text), out);
    return out.finish(fileName);
}

} // namespace tessera::formats
