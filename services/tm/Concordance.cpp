#include "Concordance.h"

#include <algorithm>

#include "TmLibrary.h"
#include "TranslationMemory.h"
#include "store/TmRepository.h"

namespace tessera::tm {

using domain::Result;

Concordance::Concordance(const TmLibrary& library)
    : m_memories(library.memories())
{}

Concordance::Concordance(QList<TranslationMemory*> memories)
    : m_memories(std::move(memories))
{}

QList<Concordance::Range> Concordance::words(QStringView text, QStringList* keys)
{
    QList<Range> found;
    std::u16string scratch;
    ConcordanceIndex::forEachWord(text, scratch, [&](qsizetype start, qsizetype length, QStringView folded) {
        found.append(Range{qint32(start), qint32(length)});
        if (keys)
            keys->append(folded.toString());
    });
    return found;
}

QList<Concordance::Range> Concordance::find(QStringView text, const QStringList& keys)
{
    QList<Range> found;
    if (keys.isEmpty())
        return found;
    QStringList textKeys;
    const QList<Range> spans = words(text, &textKeys);
    for (qsizetype i = 0; i + keys.size() <= spans.size();) {
        bool match = true;
        for (qsizetype k = 0; match && k < keys.size(); ++k)
            match = textKeys[i + k] == keys[k];
        if (!match) {
            ++i;
            continue;
        }
        const Range& last = spans[i + keys.size() - 1];
        found.append(Range{spans[i].start, last.start + last.length - spans[i].start});
        i += keys.size();
    }
    return found;
}

Result<QList<Concordance::Hit>> Concordance::search(const QString& text, Field field, int maxResults)
{
    QStringList keys;
    if (words(text, &keys).isEmpty())
        return domain::fail(domain::ErrorCode::InvalidInput,
                            QStringLiteral("\"%1\" has no word to search for (letters or numbers)").arg(text));
    // Each TM's index gives the units holding every word, newest first; the store's text decides
    // whether they stand one after another. At most `maxResults` from each TM, then the newest overall.
    QList<Hit> hits;
    for (TranslationMemory* tm : m_memories) {
        store::TmRepository& repository = tm->repository();
        int found = 0;
        Result<void> read;
        tm->concordanceIndex().candidates(keys, field, [&](const ConcordanceIndex::Candidate& candidate) {
            auto unit = repository.findByRowId(qint64(candidate.payload));
            if (!unit) {
                if (unit.error().code == domain::ErrorCode::NotFound)
                    return true; // deleted behind the index's back
                read = std::unexpected(unit.error());
                return false;
            }
            Hit hit;
            if (candidate.inSource)
                hit.sourceRanges = find(unit->source, keys);
            if (candidate.inTarget)
                hit.targetRanges = find(unit->target, keys);
            if (hit.sourceRanges.isEmpty() && hit.targetRanges.isEmpty())
                return true; // the words are there, but not one after another
            hit.rowId = qint64(candidate.payload);
            hit.unit = std::move(*unit);
            hits.append(std::move(hit));
            return ++found < maxResults;
        });
        if (!read)
            return std::unexpected(read.error());
    }
    std::sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) { return a.rowId > b.rowId; });
    if (hits.size() > maxResults)
        hits.resize(maxResults);
    return hits;
}

} // namespace tessera::tm
