// TextMatch: the SQL functions that find text or a regular expression in a segment's source and targets
// (tessera_find, tessera_find_segment), registered on every connection so filters run inside one query.
#pragma once

#include <QString>

struct sqlite3;

namespace tessera::store {

class TextMatch {
public:
    // How a pattern is matched; the bits of the `mode` argument of the SQL functions.
    enum Mode { Plain = 0, Regex = 1, CaseSensitive = 2 };

    // tessera_find(pattern, mode, text): 1 when `text` contains `pattern` (or the regular expression
    // matches it), 0 otherwise and for NULL. tessera_find_segment(pattern, mode, source, source_plural,
    // targets): 1 when any of them does, the targets being the JSON list the store keeps, matched as
    // its forms joined by line breaks. An invalid regular expression makes the statement fail; check
    // it with QRegularExpression first.
    static void registerFunctions(sqlite3* db);

    // A JSON list of strings (as json::fromList writes it) decoded and joined with '\n'; what the
    // list function matches against. Malformed text decodes as empty.
    static QString joinedList(const char* json, int bytes);
};

} // namespace tessera::store
