// SegmentCursor: a document's segments (obsolete ones left out) read from the store one at a time in
// the document's order, for an export that writes them into the file as it meets the file's entries:
// find(key) takes the cursor's next segment when the file asks for it, as it does when the file's
// entries come in the order they were imported, and looks the key up otherwise. Only the segment
// asked for last and the next one are held. Each cursor has its statement of its own: several can
// be open at once (the documents of a String Catalog's languages, written together).
#pragma once

#include <memory>

#include <QList>
#include <QString>

#include "domain/Result.h"
#include "domain/Segment.h"

namespace tessera::store {

class Database;
class Statement;

class SegmentCursor {
public:
    // `translationsOnly`: read only what a bilingual writer writes back (key, order, targets, state,
    // flags, translator comment), as SegmentRepository::listTranslations.
    SegmentCursor(Database& db, QString documentId, bool translationsOnly);
    ~SegmentCursor();
    SegmentCursor(const SegmentCursor&) = delete;
    SegmentCursor& operator=(const SegmentCursor&) = delete;

    // The segment with `key`, nullptr when the document has none (or only an obsolete one); valid
    // until the next call.
    domain::Result<const domain::Segment*> find(const QString& key);
    // Every segment in order (for writers that write from a list).
    domain::Result<QList<domain::Segment>> all();

    // How many finds the cursor could not answer and looked up by key.
    int lookups() const { return m_lookups; }

private:
    domain::Result<void> advance();
    domain::Segment read(const Statement& row) const;
    const std::string& sql(bool byKey) const;

    Database& m_db;
    QString m_documentId;
    bool m_translationsOnly;
    std::unique_ptr<Statement> m_statement;
    Statement* m_cursor = nullptr; // m_statement while it has rows
    bool m_started = false;
    bool m_hasNext = false;
    domain::Segment m_next;  // the cursor's row, when m_hasNext
    domain::Segment m_found; // what find() returned last
    int m_lookups = 0;
};

} // namespace tessera::store
