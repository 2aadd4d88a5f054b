#include "TermRepository.h"

#include <QHash>

#include <sqlite3.h>

#include "Database.h"
#include "Statement.h"
#include "domain/Id.h"

namespace tessera::store {

using domain::Concept;
using domain::Result;
using domain::Term;

namespace {

Term readTerm(const Statement& row, int first)
{
    return Term{row.text(first),           row.text(first + 1),
                row.text(first + 2),       domain::termStatusFromString(row.text(first + 3)),
                row.int64(first + 4) != 0, row.text(first + 5),
                row.text(first + 6)};
}

QString termKey(const Term& term)
{
    return term.language.toLower() + QLatin1Char('\n') + term.text;
}

} // namespace

TermRepository::TermRepository(Database& db)
    : m_db(db)
{}

Result<void> TermRepository::insertTerms(const QString& conceptId, QList<Term>& terms)
{
    for (Term& term : terms) {
        if (term.id.isEmpty())
            term.id = domain::newId();
        auto done = m_db.prepare("INSERT INTO terms(id, concept_id, lang, text, status, case_sensitive, "
                                 "part_of_speech, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                        .and_then([&](Statement* s) {
                            return s
                                ->bindAll(term.id, conceptId, term.language, term.text, termStatusName(term.status),
                                          int(term.caseSensitive), term.partOfSpeech, term.note)
                                .run();
                        });
        if (!done)
            return done;
    }
    return {};
}

Result<void> TermRepository::insertConcept(Concept& entry)
{
    if (entry.id.isEmpty())
        entry.id = domain::newId();
    auto inserted =
        m_db.prepare("INSERT INTO concepts(id, definition, note, rev) VALUES (?, ?, ?, ?)").and_then([&](Statement* s) {
            return s->bindAll(entry.id, entry.definition, entry.note, entry.rev).run();
        });
    if (!inserted)
        return inserted;
    return insertTerms(entry.id, entry.terms);
}

Result<Concept> TermRepository::add(Concept entry)
{
    return m_db.transaction([&]() -> Result<Concept> {
        if (auto inserted = insertConcept(entry); !inserted)
            return std::unexpected(inserted.error());
        return entry;
    });
}

Result<void> TermRepository::addAll(QList<Concept>& entries)
{
    return m_db.transaction([&]() -> Result<void> {
        for (Concept& entry : entries) {
            if (auto inserted = insertConcept(entry); !inserted)
                return inserted;
        }
        return {};
    });
}

Result<Concept> TermRepository::update(Concept entry)
{
    return m_db.transaction([&]() -> Result<Concept> {
        auto stored = find(entry.id);
        if (!stored)
            return std::unexpected(stored.error());
        QHash<QString, QString> ids;
        for (const Term& term : stored->terms)
            ids.insert(termKey(term), term.id);
        for (Term& term : entry.terms) {
            if (term.id.isEmpty())
                term.id = ids.take(termKey(term));
        }
        entry.rev = stored->rev + 1;
        auto updated = m_db.prepare("UPDATE concepts SET definition = ?, note = ?, rev = ? WHERE id = ?")
                           .and_then([&](Statement* s) {
                               return s->bindAll(entry.definition, entry.note, entry.rev, entry.id).run();
                           });
        if (!updated)
            return std::unexpected(updated.error());
        auto removed = m_db.prepare("DELETE FROM terms WHERE concept_id = ?").and_then([&](Statement* s) {
            return s->bindAll(entry.id).run();
        });
        if (!removed)
            return std::unexpected(removed.error());
        if (auto terms = insertTerms(entry.id, entry.terms); !terms)
            return std::unexpected(terms.error());
        return entry;
    });
}

Result<void> TermRepository::remove(const QString& conceptId)
{
    return m_db.transaction([&]() -> Result<void> {
        auto removed = m_db.prepare("DELETE FROM concepts WHERE id = ?").and_then([&](Statement* s) {
            return s->bindAll(conceptId).run();
        });
        if (!removed)
            return removed;
        if (sqlite3_changes(m_db.handle()) == 0)
            return domain::fail(domain::ErrorCode::NotFound, QStringLiteral("no concept %1").arg(conceptId));
        return {};
    });
}

Result<Concept> TermRepository::find(const QString& conceptId)
{
    auto found =
        m_db.prepare("SELECT id, definition, note, rev FROM concepts WHERE id = ?").and_then([&](Statement* s) {
            return s->bindAll(conceptId).one(
                [](const Statement& row) { return Concept{row.text(0), row.text(1), row.text(2), {}, row.int64(3)}; },
                QStringLiteral("no concept %1").arg(conceptId));
        });
    if (!found)
        return found;
    auto terms = m_db.prepare("SELECT id, lang, text, status, case_sensitive, part_of_speech, note FROM terms "
                              "WHERE concept_id = ? ORDER BY rowid")
                     .and_then([&](Statement* s) {
                         return s->bindAll(conceptId).collect([](const Statement& row) { return readTerm(row, 0); });
                     });
    if (!terms)
        return std::unexpected(terms.error());
    found->terms = *terms;
    return found;
}

Result<QList<Concept>> TermRepository::list()
{
    auto concepts =
        m_db.prepare("SELECT id, definition, note, rev FROM concepts ORDER BY rowid").and_then([](Statement* s) {
            return s->collect(
                [](const Statement& row) { return Concept{row.text(0), row.text(1), row.text(2), {}, row.int64(3)}; });
        });
    if (!concepts)
        return concepts;
    auto terms =
        m_db.prepare("SELECT concept_id, id, lang, text, status, case_sensitive, part_of_speech, note FROM "
                     "terms ORDER BY rowid")
            .and_then([](Statement* s) {
                return s->collect([](const Statement& row) { return std::pair{row.text(0), readTerm(row, 1)}; });
            });
    if (!terms)
        return std::unexpected(terms.error());
    QHash<QString, qsizetype> index;
    index.reserve(concepts->size());
    for (qsizetype i = 0; i < concepts->size(); ++i)
        index.insert(concepts->at(i).id, i);
    for (const auto& [conceptId, term] : *terms)
        (*concepts)[index.value(conceptId)].terms.append(term);
    return concepts;
}

Result<qint64> TermRepository::count()
{
    return m_db.prepare("SELECT count(*) FROM concepts").and_then([](Statement* s) {
        return s->one([](const Statement& row) { return row.int64(0); }, QStringLiteral("no count"));
    });
}

Result<QList<std::pair<QString, Term>>> TermRepository::termsInLanguage(const QString& primaryLanguage)
{
    // "en" and everything from "en-" up to "en." ('.' follows '-'): both ends use terms_by_text.
    const QString primary = primaryLanguage.toLower();
    return m_db
        .prepare("SELECT concept_id, id, lang, text, status, case_sensitive, part_of_speech, note FROM terms "
                 "WHERE lang = ?1 OR (lang >= ?2 AND lang < ?3) OR (lang >= ?4 AND lang < ?5) "
                 "ORDER BY rowid")
        .and_then([&](Statement* s) {
            return s
                ->bindAll(primary, primary + QLatin1Char('-'), primary + QLatin1Char('.'), primary + QLatin1Char('_'),
                          primary + QLatin1Char('`'))
                .collect([](const Statement& row) { return std::pair{row.text(0), readTerm(row, 1)}; });
        });
}

Result<QList<std::pair<QString, QString>>> TermRepository::definitions()
{
    return m_db.prepare("SELECT id, definition FROM concepts WHERE definition <> ''").and_then([](Statement* s) {
        return s->collect([](const Statement& row) { return std::pair{row.text(0), row.text(1)}; });
    });
}

} // namespace tessera::store
