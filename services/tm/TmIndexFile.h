// TmIndexFile: saves a TM's fuzzy indexes and concordance index to a file beside the workspace database
// and loads them back, so opening a TM of a million units reads arrays instead of tokenizing every unit
// again.
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

    // Merges each index's side segment, then writes a temporary file and renames it into place.
    static domain::Result<void> save(const QString& path, const Stamp& stamp, Indexes& indexes,
                                     const ConcordanceIndex& concordance);
    // Reads and checks the file: a missing, truncated, foreign or inconsistent file is an error (the
    // caller rebuilds); a file of another format version too.
    static domain::Result<Contents> load(const QString& path);

    static constexpr quint32 s_version = 2; // 2: with the concordance index

private:
    class Writer;
    class Reader;
    static void saveConcordance(Writer& out, const ConcordanceIndex& index);
    // Nothing, or what is wrong with the file.
    static const char* loadConcordance(Reader& in, ConcordanceIndex& index);
};

} // namespace tessera::tm
