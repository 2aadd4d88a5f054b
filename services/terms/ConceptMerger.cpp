#include "ConceptMerger.h"

#include <algorithm>

#include <QSet>

#include "domain/Id.h"
#include "text/LanguageTag.h"

namespace tessera::terms {

using domain::Concept;
using domain::Term;

namespace {

// LanguageTag::canonical asks ICU; a termbase has few languages and many terms.
using LanguageCache = QHash<QString, QString>;

QString canonicalLanguage(LanguageCache& cache, const QString& language)
{
    auto found = cache.constFind(language);
    if (found == cache.constEnd())
        found = cache.insert(language, text::LanguageTag::canonical(language));
    return *found;
}

QString termKey(LanguageCache& cache, const Term& term)
{
    return canonicalLanguage(cache, term.language) + QLatin1Char('\t') + term.text.trimmed();
}

bool sameTerm(LanguageCache& cache, const Term& a, const Term& b)
{
    return termKey(cache, a) == termKey(cache, b) && a.status == b.status && a.caseSensitive == b.caseSensitive &&
           a.partOfSpeech == b.partOfSpeech && a.note == b.note;
}

// Equal fields and equal terms, in any order.
bool sameConcept(LanguageCache& cache, const Concept& a, const Concept& b)
{
    if (a.definition != b.definition || a.note != b.note || a.terms.size() != b.terms.size())
        return false;
    QList<const Term*> unmatched;
    for (const Term& t : b.terms)
        unmatched.append(&t);
    for (const Term& t : a.terms) {
        const auto found =
            std::find_if(unmatched.begin(), unmatched.end(), [&](const Term* u) { return sameTerm(cache, t, *u); });
        if (found == unmatched.end())
            return false;
        unmatched.erase(found);
    }
    return true;
}

Concept mergeInto(LanguageCache& cache, const Concept& stored, const Concept& incoming)
{
    Concept merged = stored;
    if (!incoming.definition.isEmpty())
        merged.definition = incoming.definition;
    if (!incoming.note.isEmpty())
        merged.note = incoming.note;
    QSet<QString> languages;
    for (const Term& term : incoming.terms)
        languages.insert(canonicalLanguage(cache, term.language));
    QHash<QString, QString> ids;
    QList<Term> kept; // languages only the store has: terms added by hand stay
    for (const Term& term : stored.terms) {
        if (languages.contains(canonicalLanguage(cache, term.language)))
            ids.insert(termKey(cache, term), term.id);
        else
            kept.append(term);
    }
    merged.terms.clear();
    for (Term term : incoming.terms) {
        term.id = ids.take(termKey(cache, term));
        merged.terms.append(term);
    }
    merged.terms.append(kept);
    return merged;
}

} // namespace

ConceptMerger::ConceptMerger(const QList<Concept>& stored)
{
    m_byId.reserve(stored.size());
    m_idByTermSet.reserve(stored.size());
    for (const Concept& c : stored)
        remember(c);
}

QString ConceptMerger::termSetKey(const Concept& entry)
{
    QStringList keys;
    keys.reserve(entry.terms.size());
    for (const Term& term : entry.terms)
        keys.append(termKey(m_languages, term));
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    return keys.join(QLatin1Char('\n'));
}

void ConceptMerger::remember(const Concept& entry)
{
    m_byId.insert(entry.id, entry);
    m_idByTermSet.insert(termSetKey(entry), entry.id);
}

void ConceptMerger::forget(const QString& id)
{
    auto found = m_byId.find(id);
    if (found == m_byId.end())
        return;
    const QString key = termSetKey(*found);
    if (m_idByTermSet.value(key) == id)
        m_idByTermSet.remove(key);
    m_byId.erase(found);
}

ConceptMerger::Decision ConceptMerger::merge(Concept incoming)
{
    const Concept* match = nullptr;
    if (!incoming.id.isEmpty()) {
        auto found = m_byId.constFind(incoming.id);
        if (found != m_byId.constEnd()) {
            QSet<QString> storedTerms;
            for (const Term& term : found->terms)
                storedTerms.insert(termKey(m_languages, term));
            const bool shares = std::any_of(incoming.terms.cbegin(), incoming.terms.cend(), [&](const Term& t) {
                return storedTerms.contains(termKey(m_languages, t));
            });
            if (shares)
                match = &*found;
        }
    }
    if (!match) {
        auto same = m_idByTermSet.constFind(termSetKey(incoming));
        if (same != m_idByTermSet.constEnd())
            match = &m_byId[*same];
    }
    if (!match) {
        if (incoming.id.isEmpty() || m_byId.contains(incoming.id))
            incoming.id = domain::newId();
        for (Term& term : incoming.terms)
            term.id.clear(); // a file's term ids are not the store's
        remember(incoming);
        return Decision{Action::Add, incoming};
    }
    Concept merged = mergeInto(m_languages, *match, incoming);
    if (sameConcept(m_languages, merged, *match))
        return Decision{Action::Unchanged, *match};
    const QString id = match->id;
    forget(id);
    remember(merged);
    return Decision{Action::Update, merged};
}

} // namespace tessera::terms
