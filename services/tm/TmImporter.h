// TmImporter: adds many units to one translation memory in one transaction (TMX imports): reading on
// a worker thread, batches through the bulk path of the store, indexing on another worker thread,
// all or nothing.
#pragma once

#include <functional>

#include <QList>

#include "domain/Result.h"
#include "domain/TmUnit.h"

namespace tessera::store {
class Database;
}

namespace tessera::tm {

class TranslationMemory;

class TmImporter {
public:
    struct Summary {
        qint64 read = 0;    // units handed to the sink
        qint64 added = 0;   // stored as new units
        qint64 updated = 0; // the same source and target were there: metadata updated
    };
    // Hands one unit over; its tmName and language spellings are set by the TM. An error means the
    // import stopped (the store failed): the producer should return.
    using Sink = std::function<domain::Result<void>(domain::TmUnit&& unit)>;
    using Producer = std::function<domain::Result<void>(const Sink& sink)>;

    TmImporter(store::Database& database, TranslationMemory& tm, qsizetype batchSize = 4096);

    // Runs `produce` on a worker thread while this thread stores what it hands to the sink, batch by
    // batch, inside one transaction and one bulk load of the store (TranslationMemory::bulkLoad);
    // the TM's index takes the new units on a third thread. `produce` must not use the database;
    // what else it touches (the file it reads, progress output) is its own until run() returns.
    // When `produce` or a store fails, the transaction rolls back (nothing is stored) and the index
    // drops what it took. A read-only TM is refused before anything is read.
    domain::Result<Summary> run(const Producer& produce);

private:
    // The units `produce` hands over, stored in the current transaction (run()'s).
    domain::Result<Summary> load(const Producer& produce);
    domain::Result<void> store(QList<domain::TmUnit>& batch, Summary& summary);

    store::Database& m_database;
    TranslationMemory& m_tm;
    qsizetype m_batchSize;
};

} // namespace tessera::tm
