#include "Xliff2Reader.h"

#include <QSet>

#include "SegmentEmitter.h"
#include "Xliff12Reader.h"
#include "Xliff2Parser.h"
#include "XliffScanner.h"
#include "text/LanguageTag.h"

namespace tessera::formats {

using domain::Result;
using domain::Segment;
using domain::SegmentFlag;
using domain::SegmentState;

namespace {} // namespace

QString Xliff2Reader::keyOf(const Xliff2Entry& entry, bool multiFile)
{
    const Xliff2Unit& first = entry.units.first();
    QString key;
    if (!entry.plural)
        key = first.name.isEmpty() ? first.id : first.name;
    else
        key = !entry.groupName.isEmpty() ? entry.groupName : entry.groupId;
    if (multiFile)
        key = first.fileId + QChar(0x0004) + key;
    return key;
}

QString Xliff2Reader::segmentKey(const Xliff2Unit& unit, const QString& unitKey, qsizetype index)
{
    if (unit.segments.size() <= 1)
        return unitKey;
    const QString& id = unit.segments[index].id;
    return unitKey + QLatin1Char('#') + (id.isEmpty() ? QString::number(index + 1) : id);
}

SegmentState Xliff2Reader::stateOf(const Xliff2Segment& segment)
{
    const QString& state = segment.state;
    if (state == QLatin1StringView("final"))
        return SegmentState::Approved;
    if (state == QLatin1StringView("reviewed"))
        return SegmentState::Reviewed;
    if (state == QLatin1StringView("translated"))
        return SegmentState::Translated;
    if (segment.target.isEmpty())
        return SegmentState::New;
    return state.isEmpty() ? SegmentState::Translated : SegmentState::Draft;
}

SegmentState Xliff2Reader::stateOf(const Xliff2Entry& entry)
{
    SegmentState least = SegmentState::Approved;
    bool any = false;
    for (const Xliff2Unit& unit : entry.units) {
        if (unit.segments.isEmpty())
            continue;
        const SegmentState state = stateOf(unit.segments.first());
        if (unit.segments.first().target.isEmpty() && state == SegmentState::New)
            continue;
        any = true;
        if (Xliff12Reader::rank(state) < Xliff12Reader::rank(least))
            least = state;
    }
    return any ? least : SegmentState::New;
}

QString Xliff2Reader::stateValue(SegmentState state)
{
    switch (state) {
    case SegmentState::New:
    case SegmentState::Draft:
    case SegmentState::Rejected:
        return QStringLiteral("initial");
    case SegmentState::Translated:
        return QStringLiteral("translated");
    case SegmentState::Reviewed:
        return QStringLiteral("reviewed");
    case SegmentState::Approved:
        return QStringLiteral("final");
    }
    return QStringLiteral("initial");
}

Result<ParsedDocument> Xliff2Reader::read(const QByteArray& data, const QString& fileName)
{
    CollectingSink sink;
    if (auto streamed = stream(data, fileName, sink); !streamed)
        return std::unexpected(streamed.error());
    sink.inferPluralForms();
    return std::move(sink.document);
}

Result<void> Xliff2Reader::stream(const QByteArray& data, const QString& fileName, SegmentSink& sink)
{
    auto text = XliffScanner::utf8(data, fileName);
    if (!text)
        return std::unexpected(text.error());
    Xliff2Parser parser(*text, fileName);
    const bool multiFile = parser.multiFile();
    SegmentEmitter emitter(sink, [&] {
        return SegmentEmitter::header(QStringLiteral("xliff2"), parser.sourceLanguage(), parser.targetLanguage());
    });
    auto add = [&](Segment segment, qint64 line, qint64 column) {
        const QString key = segment.key;
        return emitter.add(std::move(segment),
                           [&] { return parser.error(line, column, QStringLiteral("duplicate key \"%1\"").arg(key)); });
    };
    auto addCandidates = [&](const Xliff2Unit& unit, const QString& key, bool plural) -> Result<void> {
        for (const Xliff2Match& match : unit.matches) {
            TranslationCandidate candidate = match.candidate;
            candidate.segmentKey = key;
            if (!plural && unit.segments.size() > 1 && match.ref.startsWith(QLatin1Char('#'))) {
                for (qsizetype i = 0; i < unit.segments.size(); ++i) {
                    if (unit.segments[i].id == match.ref.mid(1))
                        candidate.segmentKey = segmentKey(unit, key, i);
                }
            }
            if (auto added = emitter.candidate(std::move(candidate)); !added)
                return added;
        }
        return {};
    };

    auto parsed = parser.parse([&](Xliff2Entry&& entry) -> Result<void> {
        if (auto begun = emitter.begin(); !begun)
            return begun;
        if (entry.units.isEmpty())
            return {};
        const QString key = keyOf(entry, multiFile);
        const Xliff2Unit& first = entry.units.first();
        Segment base;
        base.context.note = first.notes.join(QLatin1Char('\n'));
        base.context.locations = first.locations;
        base.context.maxLength = first.maxLength;
        if (first.locked)
            base.flags |= SegmentFlag::Locked;
        if (entry.plural) {
            Segment segment = base;
            segment.key = key;
            for (const Xliff2Unit& unit : entry.units) {
                if (unit.segments.size() != 1) {
                    return std::unexpected(
                        parser.error(unit.line, unit.column,
                                     QStringLiteral("a unit of plural group \"%1\" must have one segment, not %2")
                                         .arg(key)
                                         .arg(unit.segments.size())));
                }
                segment.targets.append(unit.segments.first().target);
            }
            segment.source = first.segments.first().source;
            segment.sourcePlural = entry.units.value(1, first).segments.first().source;
            segment.state = stateOf(entry);
            if (auto added = add(std::move(segment), entry.line, entry.column); !added)
                return added;
            for (const Xliff2Unit& unit : entry.units) {
                if (auto added = addCandidates(unit, key, true); !added)
                    return added;
            }
            return {};
        }
        for (qsizetype i = 0; i < first.segments.size(); ++i) {
            const Xliff2Segment& part = first.segments[i];
            Segment segment = base;
            segment.key = segmentKey(first, key, i);
            segment.source = part.source;
            segment.targets = {part.target};
            segment.state = stateOf(part);
            if (auto added = add(std::move(segment), part.line, part.column); !added)
                return added;
        }
        return addCandidates(first, key, false);
    });
    if (!parsed)
        return parsed;
    return emitter.begin();
}

} // namespace tessera::formats
