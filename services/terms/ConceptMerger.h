// ConceptMerger: the re-import rule: which stored concept an imported concept is, and what the two
// make together, so importing the same file again never duplicates a concept.
#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include "domain/Term.h"

namespace tessera::terms {

// The rule (docs/TERMS.md):
// 1. an imported concept whose id (from the file: TBX termEntry/conceptEntry id) is a stored concept's
//    id, and which shares at least one term (language and text) with it, is that concept;
// 2. else one with exactly the same set of terms (language and text) as a stored concept is it;
// 3. else it is new, and keeps the file's id when no stored concept has it (else gets a new one).
// Merging: for each language the imported concept has, its terms replace the stored ones of that
// language (ids of equal terms are kept); languages it does not have stay as stored. Its
// definition and note replace the stored ones when not empty.
class ConceptMerger {
public:
    enum class Action { Add, Update, Unchanged };
    struct Decision {
        Action action = Action::Add;
        domain::Concept entry; // what to store; a new concept has its id already
    };

    explicit ConceptMerger(const QList<domain::Concept>& stored);

    // Decides for one imported concept and remembers the outcome, so a later concept of the same file
    // that is the same (a repeated entry) merges into it instead of being added twice.
    Decision merge(domain::Concept incoming);

    // The sorted "language<TAB>text" of its terms, one a line: what rule 2 compares.
    QString termSetKey(const domain::Concept& entry);

private:
    void remember(const domain::Concept& entry);
    void forget(const QString& id);

    QHash<QString, domain::Concept> m_byId;
    QHash<QString, QString> m_idByTermSet;
    QHash<QString, QString> m_languages; // as written → canonical BCP 47
};

} // namespace tessera::terms
