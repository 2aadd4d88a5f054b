#include "Xliff12Reader.h"

#include <QSet>

#include "SegmentEmitter.h"
#include "Xliff12Parser.h"
#include "XliffScanner.h"
#include "text/LanguageTag.h"

namespace tessera::formats {

using domain::Result;
using domain::Segment;
using domain::SegmentFlag;
using domain::SegmentState;

namespace {

QString unitKey(const Xliff12Unit& unit)
{
    return unit.resname.isEmpty() ? unit.id : unit.resname;
}

} // namespace

bool Xliff12Reader::isHeader(const Xliff12Entry& entry)
{
    return !entry.plural && entry.units.size() == 1 &&
           entry.units.first().restype == QLatin1StringView("x-gettext-domain-header");
}

QString Xliff12Reader::keyOf(const Xliff12Entry& entry, bool multiFile)
{
    const Xliff12Unit& first = entry.units.first();
    QString key;
    if (!entry.plural) {
        key = unitKey(first);
    } else if (!entry.groupResname.isEmpty()) {
        key = entry.groupResname;
    } else if (!entry.groupId.isEmpty()) {
        key = entry.groupId;
    } else {
        key = unitKey(first);
        if (key.endsWith(QLatin1StringView("[0]")))
            key.chop(3);
    }
    if (multiFile)
        key = first.fileOriginal + QChar(0x0004) + key;
    return key;
}

SegmentState Xliff12Reader::stateOf(const Xliff12Unit& unit, const QString& text)
{
    if (unit.approved == QLatin1StringView("yes"))
        return SegmentState::Approved;
    const QString& state = unit.state;
    if (state == QLatin1StringView("final"))
        return SegmentState::Approved;
    if (state == QLatin1StringView("signed-off"))
        return SegmentState::Reviewed;
    if (state == QLatin1StringView("translated"))
        return SegmentState::Translated;
    if (state.startsWith(QLatin1StringView("needs-review")) || state == QLatin1StringView("needs-adaptation") ||
        state == QLatin1StringView("needs-l10n"))
        return SegmentState::Draft;
    if (text.isEmpty())
        return SegmentState::New;
    if (state == QLatin1StringView("new") || state == QLatin1StringView("needs-translation"))
        return SegmentState::Draft;
    return unit.approved == QLatin1StringView("no") ? SegmentState::Draft : SegmentState::Translated;
}

int Xliff12Reader::rank(SegmentState state)
{
    switch (state) {
    case SegmentState::New:
        return 0;
    case SegmentState::Rejected:
    case SegmentState::Draft:
        return 1;
    case SegmentState::Translated:
        return 2;
    case SegmentState::Reviewed:
        return 3;
    case SegmentState::Approved:
        return 4;
    }
    return 0;
}

SegmentState Xliff12Reader::stateOf(const Xliff12Entry& entry)
{
    SegmentState least = SegmentState::Approved;
    bool any = false;
    for (const Xliff12Unit& unit : entry.units) {
        const SegmentState state = stateOf(unit, unit.target);
        if (unit.target.isEmpty() && state == SegmentState::New)
            continue; // an empty extra form (po2xliff writes two for one-form languages)
        any = true;
        if (rank(state) < rank(least))
            least = state;
    }
    return any ? least : SegmentState::New;
}

QString Xliff12Reader::stateValue(SegmentState state)
{
    switch (state) {
    case SegmentState::New:
        return QStringLiteral("needs-translation");
    case SegmentState::Draft:
    case SegmentState::Rejected:
        return QStringLiteral("needs-review-translation");
    case SegmentState::Translated:
        return QStringLiteral("translated");
    case SegmentState::Reviewed:
        return QStringLiteral("signed-off");
    case SegmentState::Approved:
        return QStringLiteral("final");
    }
    return QStringLiteral("translated");
}

Result<ParsedDocument> Xliff12Reader::read(const QByteArray& data, const QString& fileName)
{
    CollectingSink sink;
    if (auto streamed = stream(data, fileName, sink); !streamed)
        return std::unexpected(streamed.error());
    sink.inferPluralForms();
    return std::move(sink.document);
}

Result<void> Xliff12Reader::stream(const QByteArray& data, const QString& fileName, SegmentSink& sink)
{
    auto text = XliffScanner::utf8(data, fileName);
    if (!text)
        return std::unexpected(text.error());
    Xliff12Parser parser(*text, fileName);
    const bool multiFile = parser.multiFile();
    SegmentEmitter emitter(sink, [&] {
        return SegmentEmitter::header(QStringLiteral("xliff12"), parser.sourceLanguage(), parser.targetLanguage());
    });
    auto add = [&](Segment segment, qint64 line, qint64 column) {
        const QString key = segment.key;
        return emitter.add(std::move(segment),
                           [&] { return parser.error(line, column, QStringLiteral("duplicate key \"%1\"").arg(key)); });
    };
    auto addCandidates = [&](const Xliff12Unit& unit, const QString& key, bool byMid) -> Result<void> {
        for (const Xliff12AltTrans& alt : unit.altTrans) {
            TranslationCandidate candidate = alt.candidate;
            candidate.segmentKey = key;
            if (byMid && !alt.mid.isEmpty())
                candidate.segmentKey = key + QLatin1Char('#') + alt.mid;
            if (auto added = emitter.candidate(std::move(candidate)); !added)
                return added;
        }
        return {};
    };

    auto parsed = parser.parse([&](Xliff12Entry&& entry) -> Result<void> {
        if (auto begun = emitter.begin(); !begun)
            return begun;
        if (entry.units.isEmpty() || isHeader(entry))
            return {};
        const QString key = keyOf(entry, multiFile);
        const Xliff12Unit& first = entry.units.first();
        Segment segment;
        segment.key = key;
        segment.context.note = (entry.notes + first.notes).join(QLatin1Char('\n'));
        segment.translatorComment =
            entry.translatorNoteSpan.isValid() ? entry.translatorComment : first.translatorComment;
        segment.context.locations = entry.locations + first.locations;
        segment.context.maxLength = first.maxLength;
        if (first.locked)
            segment.flags |= SegmentFlag::Locked;
        if (entry.plural) {
            segment.source = first.source;
            segment.sourcePlural = entry.units.value(1, first).source;
            for (const Xliff12Unit& unit : entry.units) {
                segment.targets.append(unit.target);
                if (unit.locked)
                    segment.flags |= SegmentFlag::Locked;
            }
            segment.state = stateOf(entry);
            if (auto added = add(std::move(segment), entry.line, entry.column); !added)
                return added;
            for (const Xliff12Unit& unit : entry.units) {
                if (auto added = addCandidates(unit, key, false); !added)
                    return added;
            }
            return {};
        }
        if (first.segmented && !first.segSource.isEmpty()) {
            QSet<QString> mids;
            for (const XliffMarker& marker : first.segSource) {
                if (mids.contains(marker.mid)) {
                    return std::unexpected(
                        parser.error(first.line, first.column,
                                     QStringLiteral("trans-unit \"%1\" has two <mrk mtype=\"seg\"> with mid \"%2\"")
                                         .arg(key, marker.mid)));
                }
                mids.insert(marker.mid);
                Segment part = segment;
                part.key = key + QLatin1Char('#') + marker.mid;
                part.source = marker.text;
                QString target;
                for (const XliffMarker& translated : first.targetMarkers) {
                    if (translated.mid == marker.mid) {
                        target = translated.text;
                        break;
                    }
                }
                part.targets = {target};
                part.state = stateOf(first, target);
                if (auto added = add(std::move(part), first.line, first.column); !added)
                    return added;
            }
            return addCandidates(first, key, true);
        }
        segment.source = first.source;
        segment.targets = {first.target};
        segment.state = stateOf(first, first.target);
        if (auto added = add(std::move(segment), first.line, first.column); !added)
            return added;
        return addCandidates(first, key, false);
    });
    if (!parsed)
        return parsed;
    return emitter.begin();
}

} // namespace tessera::formats
