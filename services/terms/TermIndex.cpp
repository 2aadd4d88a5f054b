#include "TermIndex.h"

#include <algorithm>

#include <QSet>

#include "TermTokenizer.h"
#include "text/LanguageTag.h"

namespace tessera::terms {

using domain::Term;
using domain::TermStatus;

namespace {

// Two or more letters, all of them upper case (digits may come along: "MP3", "3D" has one letter).
bool isAcronym(const QString& word)
{
    int letters = 0;
    for (QChar c : word) {
        if (c.isLetter()) {
            if (!c.isUpper())
                return false;
            ++letters;
        }
    }
    return letters >= 2;
}

int statusRank(TermStatus status)
{
    switch (status) {
    case TermStatus::Preferred:
        return 0;
    case TermStatus::Admitted:
        return 1;
    case TermStatus::Forbidden:
        return 2;
    }
    return 1;
}

} // namespace

std::shared_ptr<const TermIndex> TermIndex::build(const QString& sourceLanguage, const QString& targetLanguage,
                                                  const QList<ConceptTerm>& sourceTerms,
                                                  const QList<ConceptTerm>& targetTerms,
                                                  const QHash<QString, QString>& definitions,
                                                  TermTokenizer& sourceTokenizer)
{
    auto index = std::make_shared<TermIndex>();
    index->m_sourceLanguage = sourceLanguage;
    index->m_targetLanguage = targetLanguage;

    QHash<QString, int> conceptIndex;
    const auto conceptFor = [&](const QString& id) {
        auto found = conceptIndex.constFind(id);
        if (found != conceptIndex.constEnd())
            return *found;
        const int i = int(index->m_concepts.size());
        index->m_concepts.push_back(ConceptTargets{id, definitions.value(id), {}});
        conceptIndex.insert(id, i);
        return i;
    };

    // Languages and parts of speech repeat on every term: one shared copy of each.
    QSet<QString> pool;
    const auto intern = [&](Term& t) {
        for (QString* field : {&t.language, &t.partOfSpeech}) {
            if (field->isEmpty())
                continue;
            auto found = pool.constFind(*field);
            if (found == pool.constEnd())
                found = pool.insert(*field);
            *field = *found;
        }
    };

    index->m_entries.reserve(std::size_t(sourceTerms.size()));
    for (const auto& [conceptId, sourceTerm] : sourceTerms) {
        Term term = sourceTerm;
        intern(term);
        const QList<TermToken> tokens = sourceTokenizer.tokenize(term.text);
        if (tokens.isEmpty())
            continue;
        Entry entry;
        entry.source = term;
        for (qsizetype i = 0; i < tokens.size(); ++i) {
            const TermToken& token = tokens.at(i);
            entry.stems.append(token.stem);
            entry.exact.append(token.exact);
            entry.folded.append(token.folded);
            if (i < 64 && isAcronym(token.exact))
                entry.acronyms |= quint64(1) << i;
            if (i > 0) {
                const TermToken& previous = tokens.at(i - 1);
                const qsizetype end = previous.start + previous.length;
                entry.gaps.append(term.text.mid(end, token.start - end).trimmed());
            }
        }
        entry.conceptIndex = conceptFor(conceptId);
        const int e = int(index->m_entries.size());
        if (entry.stems.size() == 1)
            index->m_singleWord[entry.stems.first()].push_back(e);
        else
            index->m_multiWord[pairKey(entry.stems.at(0), entry.stems.at(1))].push_back(e);
        index->m_entries.push_back(std::move(entry));
    }

    // Targets only for concepts that have a source term here; the exact target tag first.
    const QString exactTarget = text::LanguageTag::canonical(targetLanguage);
    for (const auto& [conceptId, targetTerm] : targetTerms) {
        auto found = conceptIndex.constFind(conceptId);
        if (found == conceptIndex.constEnd())
            continue;
        Term term = targetTerm;
        intern(term);
        index->m_concepts[std::size_t(*found)].targets.append(std::move(term));
    }
    QHash<QString, bool> exact; // language as stored → is the exact target tag
    const auto isExact = [&](const QString& language) {
        auto found = exact.constFind(language);
        if (found == exact.constEnd())
            found = exact.insert(language, text::LanguageTag::canonical(language) == exactTarget);
        return *found;
    };
    for (ConceptTargets& c : index->m_concepts) {
        if (c.targets.size() < 2)
            continue;
        std::stable_sort(c.targets.begin(), c.targets.end(), [&](const Term& a, const Term& b) {
            const bool aExact = isExact(a.language);
            const bool bExact = isExact(b.language);
            if (aExact != bExact)
                return aExact;
            return statusRank(a.status) < statusRank(b.status);
        });
    }
    return index;
}

namespace {
const std::vector<int> s_none;
} // namespace

QString TermIndex::pairKey(const QString& firstStem, const QString& secondStem)
{
    return firstStem + QChar(0x1F) + secondStem; // the unit separator occurs in no word
}

const std::vector<int>& TermIndex::singleWord(const QString& stem) const
{
    auto found = m_singleWord.constFind(stem);
    return found == m_singleWord.constEnd() ? s_none : *found;
}

const std::vector<int>& TermIndex::multiWord(const QString& firstStem, const QString& secondStem) const
{
    if (m_multiWord.isEmpty())
        return s_none;
    auto found = m_multiWord.constFind(pairKey(firstStem, secondStem));
    return found == m_multiWord.constEnd() ? s_none : *found;
}

} // namespace tessera::terms
