// TmIndex: the fuzzy-match index of one language pair's sources: interned token ids per unit, sorted
// postings per token, pigeonhole candidate selection, and exact verification of every candidate.
#pragma once

#include <vector>

#include <QList>
#include <QString>

#include "FuzzyScorer.h"
#include "SplitArray.h"
#include "TmTokenizer.h"
#include "TokenDictionary.h"

namespace tessera::tm {

// Units are numbered 0, 1, … in the order they are added; each carries a 64-bit payload (the caller's
// row id) and its source text. A lookup at threshold t for a query of m weighted tokens
// (docs/TM-MATCHING.md):
//   1. only units of n weighted tokens with ⌈t·m/100⌉ ≤ n ≤ ⌊100·m/t⌋ can reach t;
//   2. a match reaching t leaves at most K = ⌊m·(100−t)/100⌋ query tokens unmatched, so it contains
//      c of any K+c query tokens: only the postings of the K+c rarest are read (pigeonhole), c = 1
//      or, when the next lists are short enough, up to 4 (units in fewer than c lists are dropped);
//   3. a candidate sharing fewer than max(m,n) − k(n) tokens with the query cannot reach t;
//   4. survivors, best upper bound first, are verified with a bounded bit-parallel Levenshtein
//      distance on token ids (rapidfuzz), then scored with penalties (FuzzyScorer); once the top N is
//      full its worst score becomes the threshold, so the bound tightens as results come in.
// The result is exact: the same list, in the same order, as scoring every unit (bruteForce()).
// Order: score descending, then unit number ascending.
//
// Adding is incremental: a new unit's postings go to a small side segment (appended, never
// rewriting a posting list); when it outgrows an eighth of the main segment it is merged into the
// main segment in one counting pass. Removal marks a unit; lookups skip it.
//
// Not thread-safe (lookups reuse scratch buffers): one thread at a time.
class TmIndex {
public:
    struct Hit {
        quint32 unit = 0;
        quint64 payload = 0;
        QString source; // the match's source text, which the diff's match spans index
        FuzzyScorer::Details details;
        int score() const { return details.score; }
    };

    // What the last lookup did, for benchmarks and tests.
    struct LookupStats {
        qsizetype postingsRead = 0;
        qsizetype candidates = 0; // distinct units in the length window
        qsizetype survivors = 0;  // after the shared-token filter
        qsizetype verified = 0;   // edit distances computed
    };

    explicit TmIndex(const QString& sourceLanguage = {});
    ~TmIndex();
    TmIndex(const TmIndex&) = delete;
    TmIndex& operator=(const TmIndex&) = delete;

    QString sourceLanguage() const { return m_language; }

    quint32 add(const QString& source, quint64 payload);
    void remove(quint32 unit);
    bool isRemoved(quint32 unit) const { return m_removed[unit]; }

    // While bulk loading, the side segment is not merged on the way; merge() once at the end.
    void setBulkLoading(bool bulk) { m_bulk = bulk; }
    void merge();

    QList<Hit> lookup(const QString& query, int threshold, int maxResults);
    QList<Hit> lookup(const TokenizedText& query, int threshold, int maxResults);
    // The reference: plain dynamic programming over every unit, the same score and order.
    QList<Hit> bruteForce(const TokenizedText& query, int threshold, int maxResults);

    const LookupStats& lastStats() const { return m_stats; }
    qsizetype size() const { return qsizetype(m_payload.size()); }
    qsizetype liveSize() const { return size() - m_removedCount; }
    qsizetype sideSize() const { return size() - m_mainUnits; }
    quint64 payload(quint32 unit) const { return m_payload[unit]; }
    QString source(quint32 unit) const;
    qsizetype memoryBytes() const;
    TmTokenizer& tokenizer() { return m_tokenizer; }
    const TokenDictionary& dictionary() const { return m_dictionary; }

private:
    friend class TmIndexFile; // saves and loads the arrays below

    struct Query;
    Query prepare(const TokenizedText& query);
    std::vector<quint32> candidates(const Query& q, int threshold);
    qsizetype sharedTokens(quint32 unit);
    bool offer(QList<Hit>& top, Hit hit, int maxResults) const;
    // Scores `unit` against the query (its token edit distance `edits`, -1 if not known) and offers
    // it when it reaches the threshold.
    void offerScored(QList<Hit>& top, quint32 unit, const TokenizedText& query, int edits, int threshold,
                     int maxResults);
    qsizetype length(quint32 unit) const { return qsizetype(m_tokenStart[unit + 1] - m_tokenStart[unit]); }
    const quint32* tokens(quint32 unit) const { return m_tokens.at(m_tokenStart[unit]); }
    qsizetype documentFrequency(quint32 id) const;

    QString m_language;
    TmTokenizer m_tokenizer;
    TokenDictionary m_dictionary;

    // Per unit: weighted token ids (concatenated), source text (UTF-16, concatenated), payload. Loaded
    // from an index file, the arrays are read in place (the mapped file) and units added since are
    // appended to their owned parts (SplitArray).
    SplitArray<quint32> m_tokens;
    SplitArray<quint64> m_tokenStart{std::vector<quint64>{0}};
    SplitArray<char16_t> m_text;
    SplitArray<quint64> m_textStart{std::vector<quint64>{0}};
    SplitArray<quint64> m_payload;
    std::vector<bool> m_removed;
    qsizetype m_removedCount = 0;
    std::vector<quint32> m_emptyUnits; // units without weighted tokens (punctuation only, or empty)

    // Main segment: units [0, m_mainUnits); postings of token id i are
    // m_postings[m_offsets[i] .. m_offsets[i+1]), each unit once, sorted by (length, unit). Each array
    // is wholly in one part: read in place when loaded, owned once merge() made it again.
    quint32 m_mainUnits = 0;
    SplitArray<quint64> m_offsets{std::vector<quint64>{0}};
    SplitArray<quint32> m_postings;
    // Side segment: units [m_mainUnits, size()); postings per token id in unit order.
    std::vector<std::vector<quint32>> m_side;
    bool m_bulk = false;

    // Scratch for lookups.
    struct Mark {
        quint32 epoch = 0; // the lookup that last saw the unit
        quint32 hits = 0;  // selected query positions whose token the unit has
    };
    std::vector<Mark> m_marks; // per unit, grown by the lookup that needs it
    quint32 m_epoch = 0;
    std::vector<qint32> m_need; // per token id: copies the query has
    std::vector<quint32> m_touched;
    LookupStats m_stats;
};

} // namespace tessera::tm
