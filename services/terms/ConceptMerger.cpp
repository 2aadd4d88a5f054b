#include "ConceptMerger.h"

#include <algorithm>

#include <QSet>

#include "domain/Id.h"
#include "text/LanguageTag.h"

namespace tessera::terms {

using domain::Concept;
using domain::Term;

namespace {

QString termKey(const Term& term)
{
    return text::LanguageTag::canonical(term.language) + QLatin1Char('\t') + term.text.trimmed();
}

bool sameTerm(const Term& a, const Term& b)
{
    return termKey(a) == termKey(b) && a.status == b.status && a.caseSensitive == b.caseSensitive &&
           a.partOfSpeech == b.partOfSpeech && a.note == b.note;
}

// Equal fields and equal terms, in any order.
bool sameConcept(const Concept& a, const Concept& b)
{
    if (a.definition != b.definition || a.note != b.note || a.terms.size() != b.terms.size())
        return false;
    QList<const Term*> unmatched;
    for (const Term& t : b.terms)
        unmatched.append(&t);
    for (const Term& t : a.terms) {
        const auto found =
            std::find_if(unmatched.begin(), unmatched.end(), [&](const Term* u) { return sameTerm(t, *u); });
        if (found == unmatched.end())
            return false;
        unmatched.erase(found);
    }
    return true;
}

Concept mergeInto(const Concept& stored, const Concept& incoming)
{
    Concept merged = stored;
    if (!incoming.definition.isEmpty())
        merged.definition = incoming.definition;
    if (!incoming.note.isEmpty())
        merged.note = incoming.note;
    QSet<QString> languages;
    for (const Term& term : incoming.terms)
        languages.insert(text::LanguageTag::canonical(term.language));
    QHash<QString, QString> ids;
    QList<Term> kept; // languages only the store has: terms added by hand stay
    for (const Term& term : stored.terms) {
        if (languages.contains(text::LanguageTag::canonical(term.language)))
            ids.insert(termKey(term), term.id);
        else
            kept.append(term);
    }
    merged.terms.clear();
    for (Term term : incoming.terms) {
        term.id = ids.take(termKey(term));
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
        keys.append(termKey(term));
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
                storedTerms.insert(termKey(term));
            const bool shares = std::any_of(incoming.terms.cbegin(), incoming.terms.cend(),
                                            [&](const Term& t) { return storedTerms.contains(termKey(t)); });
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
        if (!incoming.id.isEmpty() && m_byId.contains(incoming.id))
            incoming.id = domain::newId();
        for (Term& term : incoming.terms)
            term.id.clear(); // a file's term ids are not the store's
        return Decision{Action::Add, incoming};
    }
    Concept merged = mergeInto(*match, incoming);
    if (sameConcept(merged, *match))
        return Decision{Action::Unchanged, *match};
    const QString id = match->id;
    forget(id);
    remember(merged);
    return Decision{Action::Update, merged};
}

void ConceptMerger::added(const Concept& stored)
{
    remember(stored);
}

} // namespace tessera::terms
