#include "TmIndex.h"

#include <algorithm>
#include <numeric>

#include <QHash>

#include <rapidfuzz/distance/Levenshtein.hpp>

namespace tessera::tm {

namespace {

// The side segment is merged when it holds more than this many units and more than an eighth of
// the main segment: merge work stays proportional to what was added.
constexpr qsizetype s_minSideUnits = 4096;

bool ranksBefore(const TmIndex::Hit& a, const TmIndex::Hit& b)
{
    if (a.score() != b.score())
        return a.score() > b.score();
    return a.unit < b.unit;
}

} // namespace

struct TmIndex::Query {
    const TokenizedText* text = nullptr;
    std::vector<quint32> ids; // weighted tokens; unknown keys get ids past the dictionary
};

TmIndex::TmIndex(const QString& sourceLanguage)
    : m_language(sourceLanguage)
    , m_tokenizer(sourceLanguage)
{}

TmIndex::~TmIndex() = default;

quint32 TmIndex::add(const QString& source, quint64 payload)
{
    const auto unit = quint32(m_payload.size());
    qsizetype count = 0;
    m_tokenizer.forEachKey(source, [&](TokenKind kind, QStringView key) {
        if (kind == TokenKind::Punctuation) // not weighted
            return;
        const quint32 id = m_dictionary.intern(key);
        m_tokens.push_back(id);
        if (id >= m_side.size())
            m_side.resize(id + 1);
        // The same token twice in one unit is posted once.
        if (m_side[id].empty() || m_side[id].back() != unit)
            m_side[id].push_back(unit);
        ++count;
    });
    m_tokenStart.push_back(m_tokens.size());
    const auto* text = reinterpret_cast<const char16_t*>(source.utf16());
    m_text.append(text, text + source.size());
    m_textStart.push_back(m_text.size());
    m_payload.push_back(payload);
    m_removed.push_back(false);
    if (count == 0)
        m_emptyUnits.push_back(unit);
    if (!m_bulk && sideSize() > s_minSideUnits && sideSize() > qsizetype(m_mainUnits) / 8)
        merge();
    return unit;
}

void TmIndex::remove(quint32 unit)
{
    if (unit < m_removed.size() && !m_removed[unit]) {
        m_removed[unit] = true;
        ++m_removedCount;
    }
}

QString TmIndex::source(quint32 unit) const
{
    const auto start = qsizetype(m_textStart[unit]);
    return QString(reinterpret_cast<const QChar*>(m_text.at(std::size_t(start))),
                   qsizetype(m_textStart[unit + 1]) - start);
}

void TmIndex::merge()
{
    const auto units = quint32(m_payload.size());
    const quint32 vocabulary = m_dictionary.size();
    // Units in order of length, so each posting list comes out sorted by (length, unit).
    std::vector<quint32> order(units);
    std::iota(order.begin(), order.end(), 0u);
    std::stable_sort(order.begin(), order.end(), [&](quint32 a, quint32 b) { return length(a) < length(b); });

    std::vector<quint32> lastUnit(vocabulary, quint32(-1));
    std::vector<quint64> offsets(std::size_t(vocabulary) + 1, 0);
    for (quint32 unit = 0; unit < units; ++unit) {
        for (const quint32* t = tokens(unit); t != tokens(unit) + length(unit); ++t) {
            if (lastUnit[*t] != unit) {
                lastUnit[*t] = unit;
                ++offsets[*t + 1];
            }
        }
    }
    std::partial_sum(offsets.begin(), offsets.end(), offsets.begin());
    std::vector<quint32> postings(offsets.back());
    std::vector<quint64> fill(offsets.begin(), offsets.end() - 1);
    std::fill(lastUnit.begin(), lastUnit.end(), quint32(-1));
    for (quint32 unit : order) {
        for (const quint32* t = tokens(unit); t != tokens(unit) + length(unit); ++t) {
            if (lastUnit[*t] != unit) {
                lastUnit[*t] = unit;
                postings[fill[*t]++] = unit;
            }
        }
    }
    m_offsets.assign(std::move(offsets));
    m_postings.assign(std::move(postings));
    m_mainUnits = units;
    m_side.assign(vocabulary, {});
}

qsizetype TmIndex::documentFrequency(quint32 id) const
{
    qsizetype df = 0;
    if (id + 1 < m_offsets.size())
        df += qsizetype(m_offsets[id + 1] - m_offsets[id]);
    if (id < m_side.size())
        df += qsizetype(m_side[id].size());
    return df;
}

TmIndex::Query TmIndex::prepare(const TokenizedText& query)
{
    Query q;
    q.text = &query;
    QHash<QString, quint32> unknown;
    for (const TmToken& t : query.tokens) {
        if (!t.isWeighted())
            continue;
        if (const auto id = m_dictionary.find(t.key)) {
            q.ids.push_back(*id);
        } else {
            const auto next = quint32(m_dictionary.size() + unknown.size());
            q.ids.push_back(unknown.value(t.key, next));
            unknown.insert(t.key, q.ids.back());
        }
    }
    return q;
}

std::vector<quint32> TmIndex::candidates(const Query& q, int threshold)
{
    std::vector<quint32> found;
    if (m_marks.size() < std::size_t(size()))
        m_marks.resize(std::size_t(size()));
    ++m_epoch;
    if (m_epoch == 0) { // wrapped: clear the stamps
        std::fill(m_marks.begin(), m_marks.end(), Mark{});
        m_epoch = 1;
    }
    const auto m = qsizetype(q.ids.size());
    if (m == 0) {
        for (quint32 unit : m_emptyUnits)
            if (!m_removed[unit])
                found.push_back(unit);
        return found;
    }
    const qsizetype lengthMin = (threshold * m + 99) / 100;
    const qsizetype lengthMax = 100 * m / threshold;
    const qsizetype unmatched = FuzzyScorer::maxEdits(threshold, m, m); // K

    // Any K + c query positions: a match has at least c of them. c = 1 reads the fewest postings;
    // a larger c reads one more list each but drops every unit found in fewer than c of them before
    // its tokens are touched, which pays when the next-rarest list is not much longer than those read.
    std::vector<std::pair<qsizetype, quint32>> byRarity;
    for (quint32 id : q.ids)
        byRarity.emplace_back(documentFrequency(id), id);
    std::sort(byRarity.begin(), byRarity.end());
    qsizetype need = 1;
    qsizetype read = 0;
    for (qsizetype i = 0; i <= unmatched; ++i)
        read += byRarity[std::size_t(i)].first;
    while (need < 4 && unmatched + need < m && byRarity[std::size_t(unmatched + need)].first <= 2 * read) {
        read += byRarity[std::size_t(unmatched + need)].first;
        ++need;
    }
    byRarity.resize(std::size_t(unmatched + need));
    // (token, how many selected positions it stands for)
    std::vector<std::pair<quint32, quint32>> lists;
    for (const auto& [df, id] : byRarity) {
        if (!lists.empty() && lists.back().first == id)
            ++lists.back().second;
        else if (df > 0)
            lists.emplace_back(id, 1);
    }

    auto take = [&](quint32 unit, quint32 weight) {
        Mark& mark = m_marks[unit];
        if (mark.epoch != m_epoch) {
            mark.epoch = m_epoch;
            mark.hits = 0;
            found.push_back(unit);
        }
        mark.hits += weight;
    };
    for (const auto& [id, weight] : lists) {
        if (id + 1 < m_offsets.size()) {
            // Sorted by (length, unit): the length window is two binary searches.
            const quint64 start = m_offsets[id];
            const quint32* first = m_postings.at(start);
            const quint32* last = first + (m_offsets[id + 1] - start);
            const auto from = std::partition_point(first, last, [&](quint32 unit) { return length(unit) < lengthMin; });
            const auto to = std::partition_point(from, last, [&](quint32 unit) { return length(unit) <= lengthMax; });
            m_stats.postingsRead += qsizetype(to - from);
            for (auto it = from; it != to; ++it)
                take(*it, weight);
        }
        if (id < m_side.size()) {
            m_stats.postingsRead += qsizetype(m_side[id].size());
            for (quint32 unit : m_side[id]) {
                const qsizetype n = length(unit);
                if (n >= lengthMin && n <= lengthMax)
                    take(unit, weight);
            }
        }
    }
    std::erase_if(found, [&](quint32 unit) { return m_marks[unit].hits < quint32(need) || m_removed[unit]; });
    return found;
}

qsizetype TmIndex::sharedTokens(quint32 unit)
{
    // m_need holds the query's token counts; take what this unit matches, then put it back.
    m_touched.clear();
    const quint32* first = tokens(unit);
    for (const quint32* t = first; t != first + length(unit); ++t) {
        if (m_need[*t] > 0) {
            --m_need[*t];
            m_touched.push_back(*t);
        }
    }
    for (quint32 id : m_touched)
        ++m_need[id];
    return qsizetype(m_touched.size());
}

void TmIndex::offerScored(QList<Hit>& top, quint32 unit, const TokenizedText& query, int edits, int threshold,
                          int maxResults)
{
    Hit hit;
    hit.unit = unit;
    hit.payload = m_payload[unit];
    hit.source = source(unit);
    hit.details = FuzzyScorer::score(query, m_tokenizer.tokenize(hit.source), edits);
    if (hit.score() >= threshold)
        offer(top, std::move(hit), maxResults);
}

bool TmIndex::offer(QList<Hit>& top, Hit hit, int maxResults) const
{
    if (top.size() >= maxResults && !ranksBefore(hit, top.back()))
        return false;
    const auto at = std::upper_bound(top.begin(), top.end(), hit, ranksBefore);
    top.insert(at, std::move(hit));
    if (top.size() > maxResults)
        top.removeLast();
    return true;
}

QList<TmIndex::Hit> TmIndex::lookup(const QString& query, int threshold, int maxResults)
{
    return lookup(m_tokenizer.tokenize(query), threshold, maxResults);
}

QList<TmIndex::Hit> TmIndex::lookup(const TokenizedText& query, int threshold, int maxResults)
{
    m_stats = {};
    QList<Hit> top;
    if (maxResults <= 0)
        return top;
    threshold = std::clamp(threshold, 1, 100);
    const Query q = prepare(query);
    const auto m = qsizetype(q.ids.size());
    std::vector<quint32> found = candidates(q, threshold);
    m_stats.candidates = qsizetype(found.size());

    // Shared-token filter and upper bound: d ≥ max(m, n) − shared.
    if (m_need.size() < m_dictionary.size())
        m_need.resize(m_dictionary.size(), 0);
    for (quint32 id : q.ids)
        if (id < m_need.size())
            ++m_need[id];
    std::vector<std::pair<int, quint32>> survivors; // (upper bound, unit)
    for (quint32 unit : found) {
        const qsizetype n = length(unit);
        const qsizetype shared = sharedTokens(unit);
        if (m == 0 || shared >= std::max(m, n) - FuzzyScorer::maxEdits(threshold, m, n))
            survivors.emplace_back(FuzzyScorer::baseScore(std::max(m, n) - shared, m, n), unit);
    }
    for (quint32 id : q.ids)
        if (id < m_need.size())
            m_need[id] = 0;
    m_stats.survivors = qsizetype(survivors.size());
    std::sort(survivors.begin(), survivors.end(), [](const auto& a, const auto& b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });

    rapidfuzz::CachedLevenshtein<quint32> distance(q.ids.begin(), q.ids.end());
    for (const auto& [bound, unit] : survivors) {
        const bool full = top.size() >= maxResults;
        if (full && bound < top.back().score())
            break;
        const int floor = full ? top.back().score() : threshold;
        const qsizetype n = length(unit);
        int edits = -1;
        if (m > 0) {
            const auto limit = std::size_t(FuzzyScorer::maxEdits(floor, m, n));
            ++m_stats.verified;
            const std::size_t d = distance.distance(tokens(unit), tokens(unit) + n, limit);
            if (d > limit || FuzzyScorer::baseScore(qsizetype(d), m, n) < floor)
                continue;
            edits = int(d);
        }
        offerScored(top, unit, query, edits, threshold, maxResults);
    }
    return top;
}

QList<TmIndex::Hit> TmIndex::bruteForce(const TokenizedText& query, int threshold, int maxResults)
{
    QList<Hit> top;
    if (maxResults <= 0)
        return top;
    threshold = std::clamp(threshold, 1, 100);
    const Query q = prepare(query);
    for (quint32 unit = 0; unit < quint32(size()); ++unit) {
        if (m_removed[unit])
            continue;
        const std::span<const quint32> ids(tokens(unit), std::size_t(length(unit)));
        int edits = -1;
        if (!q.ids.empty() || !ids.empty()) {
            // d ≥ |m − n| for any two sequences: a unit that far off in length cannot reach t.
            const qsizetype m = qsizetype(q.ids.size());
            const qsizetype n = qsizetype(ids.size());
            if (std::abs(m - n) > FuzzyScorer::maxEdits(threshold, m, n))
                continue;
            edits = int(FuzzyScorer::levenshtein(q.ids, ids));
            if (FuzzyScorer::baseScore(edits, qsizetype(q.ids.size()), qsizetype(ids.size())) < threshold)
                continue;
        }
        offerScored(top, unit, query, edits, threshold, maxResults);
    }
    return top;
}

qsizetype TmIndex::memoryBytes() const
{
    qsizetype bytes = m_dictionary.memoryBytes();
    bytes += m_tokens.heapBytes() + m_tokenStart.heapBytes() + m_text.heapBytes() + m_textStart.heapBytes();
    bytes += m_payload.heapBytes() + qsizetype(m_removed.capacity() / 8);
    bytes += qsizetype(m_emptyUnits.capacity() * sizeof(quint32));
    bytes += m_offsets.heapBytes() + m_postings.heapBytes();
    bytes += qsizetype(m_side.capacity() * sizeof(std::vector<quint32>));
    for (const auto& list : m_side)
        bytes += qsizetype(list.capacity() * sizeof(quint32));
    bytes += qsizetype(m_marks.capacity() * sizeof(Mark) + m_need.capacity() * sizeof(qint32));
    return bytes;
}

} // namespace tessera::tm
