// CatAnalysis: how much of a body of segments the TMs already cover, counted as CAT tools quote work:
// segments, words and characters per match band, earlier segments of the same analysis serving as
// an internal TM (repetitions and internal fuzzy matches).
#pragma once

#include <array>

#include <QSet>
#include <QString>

#include "TmIndex.h"
#include "domain/Result.h"
#include "text/WordCounter.h"

namespace tessera::domain {
struct Segment;
}

namespace tessera::tm {

class TmLibrary;

// Each segment lands in exactly one band, decided in this order:
//   101         a TM unit with the same source and the same context key (LookupOptions::contextKey);
//   repetition  the same source (and plural source) as an earlier segment of this analysis;
//   100 … 50-74 the best score among the TMs' matches and the earlier segments' sources (internal
//               fuzzy), each from 50 up; below 50, no-match.
// So the first of several equal segments is quoted by its TM match and the others as repetitions,
// as Trados and memoQ count them.
class CatAnalysis {
public:
    enum Band { Repetition, Context, Exact, Fuzzy95, Fuzzy85, Fuzzy75, Fuzzy50, NoMatch, BandCount };

    struct Counts {
        qsizetype segments = 0;
        qsizetype words = 0;
        qsizetype characters = 0;
        Counts& operator+=(const Counts& other);
    };

    struct Report {
        QString sourceLanguage;
        QString targetLanguage;
        std::array<Counts, BandCount> bands{};
        Counts total;
        qsizetype internalMatches = 0; // segments whose band came from an earlier segment, not a TM
        Report& operator+=(const Report& other);
    };

    // "repetition", "101", "100", "95-99", "85-94", "75-84", "50-74", "no-match" (CLI.md).
    static QString bandName(Band band);
    static Band bandForScore(int score);

    CatAnalysis(TmLibrary& library, const QString& sourceLanguage, const QString& targetLanguage);
    ~CatAnalysis();

    // Analyses the next segment (call in document order); returns its band.
    domain::Result<Band> add(const domain::Segment& segment);
    const Report& report() const { return m_report; }

private:
    TmLibrary& m_library;
    text::WordCounter m_counter;
    TmIndex m_internal; // earlier segments' sources
    QSet<QString> m_seen;
    Report m_report;
};

} // namespace tessera::tm
