#include "TermRepository.h"

#include <QHash>

#include "Database.h"
#include "Statement.h"
#include "domain/Id.h"

namespace tessera::store {

using domain::Concept;
using domain::Result;
using domain::Term;

TermRepository::TermRepository(Database& db)
    : m_db(db)
{}

Result<Concept> TermRepository::add(Concept entry)
{
    if (entry.id.isEmpty())
        entry.id = domain::newId();
    return m_db.transaction([&]() -> Result<Concept> {
        auto inserted = m_db.prepare("INSERT INTO concepts(id, definition, note, rev) VALUES (?, ?, ?, ?)")
                            .and_then([&](Statement* s) {
                                return s->bindAll(entry.id, entry.definition, entry.note, entry.rev).run();
                            });
        if (!inserted)
            return std::unexpected(inserted.error());
        for (Term& term : entry.terms) {
            if (term.id.isEmpty())
                term.id = domain::newId();
            auto done = m_db.prepare("INSERT INTO terms(id, concept_id, lang, text, status, case_sensitive, "
                                     "part_of_speech, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                            .and_then([&](Statement* s) {
                                return s
                                    ->bindAll(term.id, entry.id, term.language, term.text, termStatusName(term.status),
                                              int(term.caseSensitive), term.partOfSpeech, term.note)
                                    .run();
                            });
            if (!done)
                return std::unexpected(done.error());
        }
        return entry;
    });
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
    auto terms = m_db.prepare("SELECT id, concept_id, lang, text, status, case_sensitive, part_of_speech, note FROM "
                              "terms ORDER BY rowid")
                     .and_then([](Statement* s) {
                         return s->collect([](const Statement& row) {
                             return std::pair{row.text(1), Term{row.text(0), row.text(2), row.text(3),
                                                                domain::termStatusFromString(row.text(4)),
                                                                row.int64(5) != 0, row.text(6), row.text(7)}};
                         });
                     });
    if (!terms)
        return std::unexpected(terms.error());
    QHash<QString, qsizetype> index;
    for (qsizetype i = 0; i < concepts->size(); ++i)
        index.insert(concepts->at(i).id, i);
    for (const auto& [conceptId, term] : *terms)
        (*concepts)[index.value(conceptId)].terms.append(term);
    return concepts;
}

} // namespace tessera::store
