#include "CatAnalysis.h"

#include <algorithm>

#include "TmLibrary.h"
#include "domain/Segment.h"

namespace tessera::tm {

namespace {

constexpr int s_lowestBand = 50;
constexpr int s_fastBand = 75;

// What makes two segments the same for repetitions: both source forms.
QString repetitionKey(const domain::Segment& segment)
{
    return segment.isPlural() ? segment.source + QChar(0) + segment.sourcePlural : segment.source;
}

} // namespace

CatAnalysis::Counts& CatAnalysis::Counts::operator+=(const Counts& other)
{
    segments += other.segments;
    words += other.words;
    characters += other.characters;
    return *this;
}

CatAnalysis::Report& CatAnalysis::Report::operator+=(const Report& other)
{
    for (std::size_t i = 0; i < bands.size(); ++i)
        bands[i] += other.bands[i];
    total += other.total;
    internalMatches += other.internalMatches;
    return *this;
}

QString CatAnalysis::bandName(Band band)
{
    switch (band) {
    case Repetition:
        return QStringLiteral("repetition");
    case Context:
        return QStringLiteral("101");
    case Exact:
        return QStringLiteral("100");
    case Fuzzy95:
        return QStringLiteral("95-99");
    case Fuzzy85:
        return QStringLiteral("85-94");
    case Fuzzy75:
        return QStringLiteral("75-84");
    case Fuzzy50:
        return QStringLiteral("50-74");
    case NoMatch:
    case BandCount:
        break;
    }
    return QStringLiteral("no-match");
}

CatAnalysis::Band CatAnalysis::bandForScore(int score)
{
    if (score > 100)
        return Context;
    if (score == 100)
        return Exact;
    if (score >= 95)
        return Fuzzy95;
    if (score >= 85)
        return Fuzzy85;
    if (score >= 75)
        return Fuzzy75;
    if (score >= s_lowestBand)
        return Fuzzy50;
    return NoMatch;
}

CatAnalysis::CatAnalysis(TmLibrary& library, const QString& sourceLanguage, const QString& targetLanguage)
    : m_library(library)
    , m_counter(sourceLanguage)
    , m_internal(sourceLanguage)
{
    m_report.sourceLanguage = sourceLanguage;
    m_report.targetLanguage = targetLanguage;
}

CatAnalysis::~CatAnalysis() = default;

domain::Result<CatAnalysis::Band> CatAnalysis::add(const domain::Segment& segment)
{
    const QString key = repetitionKey(segment);
    const bool repeated = m_seen.contains(key);
    // A low threshold widens the index's candidate set many times over, so the TMs are asked in
    // steps: a repetition only needs to know about a context match (100 and up), and 50 is asked
    // only when nothing reaches 75.
    int tmScore = 0;
    for (const int threshold : {repeated ? 100 : s_fastBand, s_lowestBand}) {
        LookupOptions options;
        options.threshold = threshold;
        options.maxResults = 1;
        options.contextKey = segment.key;
        auto matches = m_library.lookup(segment.source, m_report.sourceLanguage, m_report.targetLanguage, options);
        if (!matches)
            return std::unexpected(matches.error());
        if (!matches->isEmpty()) {
            tmScore = matches->first().score;
            break;
        }
        if (repeated)
            break;
    }

    Band band = NoMatch;
    bool internal = false;
    if (tmScore > 100) {
        band = Context;
    } else if (repeated) {
        band = Repetition;
    } else {
        // Only an internal match better than the TMs' changes the band (and an identical earlier
        // source would have been a repetition, so it tops out at 99).
        int internalScore = 0;
        if (tmScore < 99) {
            const QList<TmIndex::Hit> hits = m_internal.lookup(segment.source, std::max(s_lowestBand, tmScore + 1), 1);
            internalScore = hits.isEmpty() ? 0 : std::min(hits.first().score(), 99);
        }
        internal = internalScore > tmScore;
        band = bandForScore(std::max(tmScore, internalScore));
    }
    if (!repeated) {
        m_seen.insert(key);
        m_internal.add(segment.source, 0);
    }

    text::WordCounter::Counts counted = m_counter.count(segment.source);
    if (segment.isPlural()) {
        const auto plural = m_counter.count(segment.sourcePlural);
        counted.words += plural.words;
        counted.characters += plural.characters;
    }
    const Counts counts{1, counted.words, counted.characters};
    m_report.bands[std::size_t(band)] += counts;
    m_report.total += counts;
    if (internal)
        ++m_report.internalMatches;
    return band;
}

} // namespace tessera::tm
