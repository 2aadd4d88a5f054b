#include "TermRecognizer.h"

#include <algorithm>

#include "TermIndex.h"
#include "TermTokenizer.h"

namespace tessera::terms {

namespace {

struct Match {
    qsizetype firstToken = 0;
    qsizetype tokenCount = 0;
    qsizetype start = 0;
    qsizetype length = 0;
    int entry = 0;
    bool sameForm = false; // every word as in the term (case aside), not only the same stem
};

// A case-sensitive term's word as written against the text's: equal, or the shorter one is how the
// longer one begins (their stems are already equal), so "APIs" matches "API" but "api" does not.
bool sameCase(const QString& textWord, const QString& termWord)
{
    return textWord.size() >= termWord.size() ? textWord.startsWith(termWord) : termWord.startsWith(textWord);
}

bool matchesAt(const TermIndex::Entry& entry, const QList<TermToken>& tokens, qsizetype first, const QString& text)
{
    const qsizetype n = entry.stems.size();
    if (first + n > tokens.size())
        return false;
    for (qsizetype k = 0; k < n; ++k) {
        const TermToken& token = tokens.at(first + k);
        if (k > 1 && token.stem != entry.stems.at(k)) // the index key already holds the first two
            return false;
        const bool acronym = k < 64 && (entry.acronyms >> k) & 1;
        if ((entry.source.caseSensitive || acronym) && !sameCase(token.exact, entry.exact.at(k)))
            return false;
        if (k > 0) {
            const TermToken& previous = tokens.at(first + k - 1);
            const qsizetype end = previous.start + previous.length;
            if (QStringView(text).sliced(end, token.start - end).trimmed() != entry.gaps.at(k - 1))
                return false;
        }
    }
    return true;
}

} // namespace

TermRecognizer::TermRecognizer(std::shared_ptr<const TermIndex> index)
    : m_index(std::move(index))
{}

TermRecognizer::~TermRecognizer() = default;

std::unique_ptr<TermTokenizer> TermRecognizer::borrowTokenizer() const
{
    {
        QMutexLocker lock(&m_mutex);
        if (!m_idle.empty()) {
            auto tokenizer = std::move(m_idle.back());
            m_idle.pop_back();
            return tokenizer;
        }
    }
    return std::make_unique<TermTokenizer>(m_index->sourceLanguage());
}

void TermRecognizer::returnTokenizer(std::unique_ptr<TermTokenizer> tokenizer) const
{
    QMutexLocker lock(&m_mutex);
    m_idle.push_back(std::move(tokenizer));
}

QList<TermHit> TermRecognizer::recognize(const QString& text) const
{
    std::unique_ptr<TermTokenizer> tokenizer = borrowTokenizer();
    const QList<TermToken> tokens = tokenizer->tokenize(text);
    returnTokenizer(std::move(tokenizer));

    std::vector<Match> matches;
    const auto offer = [&](qsizetype i, const std::vector<int>& candidates) {
        for (int e : candidates) {
            const TermIndex::Entry& entry = m_index->entry(e);
            if (!matchesAt(entry, tokens, i, text))
                continue;
            const TermToken& last = tokens.at(i + entry.stems.size() - 1);
            const qsizetype start = tokens.at(i).start;
            bool sameForm = true;
            for (qsizetype k = 0; k < entry.folded.size() && sameForm; ++k)
                sameForm = tokens.at(i + k).folded == entry.folded.at(k);
            matches.push_back(Match{i, entry.stems.size(), start, last.start + last.length - start, e, sameForm});
        }
    };
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        offer(i, m_index->singleWord(tokens.at(i).stem));
        if (i + 1 < tokens.size())
            offer(i, m_index->multiWord(tokens.at(i).stem, tokens.at(i + 1).stem));
    }
    if (matches.empty())
        return {};

    // Longest first; a match is kept when it overlaps nothing kept, or has exactly a kept span. On
    // one span, terms written as in the text push out those that only share the stems ("package"
    // and "packaging" both stem to "packag": the text "package" shows only the first).
    std::stable_sort(matches.begin(), matches.end(), [](const Match& a, const Match& b) {
        if (a.tokenCount != b.tokenCount)
            return a.tokenCount > b.tokenCount;
        if (a.length != b.length)
            return a.length > b.length;
        if (a.start != b.start)
            return a.start < b.start;
        return a.sameForm && !b.sameForm;
    });
    std::vector<const Match*> kept;
    std::vector<bool> taken(std::size_t(tokens.size()), false);
    for (const Match& m : matches) {
        bool free = true;
        for (qsizetype t = m.firstToken; t < m.firstToken + m.tokenCount; ++t)
            free = free && !taken[std::size_t(t)];
        bool sameSpan = false;
        bool duplicate = false;
        for (const Match* k : kept) {
            if (k->start == m.start && k->length == m.length) {
                sameSpan = true;
                duplicate = duplicate || (k->sameForm && !m.sameForm) ||
                            m_index->entry(k->entry).conceptIndex == m_index->entry(m.entry).conceptIndex;
            }
        }
        if (duplicate || (!free && !sameSpan))
            continue;
        for (qsizetype t = m.firstToken; t < m.firstToken + m.tokenCount; ++t)
            taken[std::size_t(t)] = true;
        kept.push_back(&m);
    }
    std::stable_sort(kept.begin(), kept.end(), [](const Match* a, const Match* b) { return a->start < b->start; });

    QList<TermHit> hits;
    hits.reserve(qsizetype(kept.size()));
    for (const Match* m : kept) {
        const TermIndex::Entry& entry = m_index->entry(m->entry);
        const TermIndex::ConceptTargets& c = m_index->conceptAt(entry.conceptIndex);
        hits.append(TermHit{m->start, m->length, c.id, c.definition, entry.source, c.targets});
    }
    return hits;
}

} // namespace tessera::terms
