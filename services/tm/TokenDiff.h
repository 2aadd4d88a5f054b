// TokenDiff: how a TM match's source differs from the query, token by token, with spans for the editor.
#pragma once

#include <QList>

namespace tessera::tm {

struct DiffOp {
    enum class Kind : quint8 {
        Equal,    // same token, same text
        Changed,  // same token after normalization, other text: case, another placeable or number
        Replaced, // another word or punctuation in the same place
        Inserted, // in the query only (the match lacks it)
        Deleted,  // in the match's source only (the query lacks it)
    };
    Kind kind = Kind::Equal;
    // UTF-16 spans into the query text and the match's source text; length 0 on the side that has
    // no token (Inserted: match side, Deleted: query side), start then being where it would go.
    qint32 queryStart = 0;
    qint32 queryLength = 0;
    qint32 matchStart = 0;
    qint32 matchLength = 0;

    friend bool operator==(const DiffOp&, const DiffOp&) = default;
};

using TokenDiff = QList<DiffOp>;

} // namespace tessera::tm
