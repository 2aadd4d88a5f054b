// TmIndexFile: saves a TM's fuzzy indexes and concordance index to a file beside the workspace database
// and loads them back, so opening a TM of a million units reads arrays instead of tokenizing every unit
// again. Loading maps the file (read-only, private) and the indexes read its arrays in place.
#pragma once

#include <map>
#include <memory>
#include <utility>

#include <QString>

#include "ConcordanceIndex.h"
#include "domain/Result.h"

namespace tessera::tm {

class TmIndex;

class TmIndexFile {
public:
    // One index per language pair (source, target), as TranslationMemory keeps them.
    using Indexes = std::map<std::pair<QString, QString>, std::unique_ptr<TmIndex>>;

    // What the indexes were built from: the TM's units revision (tm_memories.units_rev) and its
    // greatest row id. A file whose stamp differs from the store is stale.
    struct Stamp {
        qint64 unitsRev = 0;
        qint64 maxRowId = 0;
        friend bool operator==(const Stamp&, const Stamp&) = default;
    };

    struct Contents {
        Stamp stamp;
        Indexes indexes;
        ConcordanceIndex concordance;
    };

    // The file for TM `tmName` of the workspace database at `databasePath`: in the folder
    // DATABASE.tm-index beside it, named by a hash of the TM's name (names may hold any character).
    static QString pathFor(const QString& databasePath, const QString& tmName);

    // Merges each index's side segment, then writes a temporary file and renames it into place: indexes
    // loaded from the file before keep their mapping of the old one.
    static domain::Result<void> save(const QString& path, const Stamp& stamp, Indexes& indexes,
                                     const ConcordanceIndex& concordance);
    // Maps and checks the file: a missing, truncated, foreign or inconsistent file is an error (the
    // caller rebuilds); a file of another format version too. Every size, offset, id and posting is
    // checked before the indexes use the mapping; the indexes keep the mapping alive.
    static domain::Result<Contents> load(const QString& path);

    // 2: with the concordance index; 3: arrays 8-byte aligned in the file (read in place), the token
    // dictionary as its character and start arrays, a checksum of every byte at the end.
    static constexpr quint32 s_version = 3;

private:
    class Checksum;
    class Writer;
    class Reader;
    static void saveConcordance(Writer& out, const ConcordanceIndex& index);
    // Nothing, or what is wrong with the file.
    static const char* loadConcordance(Reader& in, ConcordanceIndex& index);
};

} // namespace tessera::tm
