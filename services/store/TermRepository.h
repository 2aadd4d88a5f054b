// TermRepository: termbase concepts with their terms per language.
#pragma once

#include <utility>

#include <QList>
#include <QString>

#include "domain/Result.h"
#include "domain/Term.h"

namespace tessera::store {

class Database;

class TermRepository {
public:
    explicit TermRepository(Database& db);

    // Stores a concept and its terms in one transaction; empty ids are made (UUIDs).
    domain::Result<domain::Concept> add(domain::Concept entry);
    // Stores many concepts in one transaction without a savepoint per concept (bulk import); makes the
    // empty ids in `entries`.
    domain::Result<void> addAll(QList<domain::Concept>& entries);
    // Replaces a stored concept's definition, note and terms with `entry`'s (a term keeps its id when
    // `entry` gives none and the stored concept has a term with the same language and text) and adds 1
    // to its rev. NotFound when no concept has entry.id.
    domain::Result<domain::Concept> update(domain::Concept entry);
    // Removes a concept and its terms; NotFound when there is none.
    domain::Result<void> remove(const QString& conceptId);
    domain::Result<domain::Concept> find(const QString& conceptId);
    domain::Result<QList<domain::Concept>> list();
    domain::Result<qint64> count();

    // Every term whose language has `primaryLanguage` ("en") as its primary subtag: "en", "en-US",
    // "en-GB"… (a range scan of the terms_by_text index), with its concept id, in insertion order.
    domain::Result<QList<std::pair<QString, domain::Term>>> termsInLanguage(const QString& primaryLanguage);
    // The definitions of all concepts that have one, by concept id.
    domain::Result<QList<std::pair<QString, QString>>> definitions();

private:
    domain::Result<void> insertConcept(domain::Concept& entry);
    domain::Result<void> insertTerms(const QString& conceptId, QList<domain::Term>& terms);

    Database& m_db;
};

} // namespace tessera::store
