// AutoRepair: puts the query's placeables and numbers into a match's target when the match's source
// differs from the query only in them.
#pragma once

#include <QString>
#include <QStringList>

#include "TmToken.h"

namespace tessera::tm {

// Applies when the query and the match's source have the same weighted tokens after normalization
// (same words, same classes of placeables and numbers in the same order; case and punctuation may
// differ). Their placeables and numbers then pair up by position: the i-th in the query with the
// i-th in the match's source. For each pair whose texts differ (old → new), the target's tokens
// whose text is `old` are replaced by `new`: safe when the target holds `old` exactly as often as
// the source does and every source occurrence of `old` becomes the same `new`. Otherwise that pair
// is left as it was and a note says why (the target writes the number differently, or `old` stands
// for two different new values and the target's order cannot be trusted).
class AutoRepair {
public:
    enum class Outcome {
        NotNeeded,     // nothing differs in placeables or numbers
        NotApplicable, // the sources differ in words too: the target is left alone
        Repaired,      // every differing placeable or number was replaced
        Partial,       // some were replaced, some could not be (see notes)
        Failed,        // none could be replaced (see notes)
    };
    struct Result {
        Outcome outcome = Outcome::NotNeeded;
        QString target;    // the repaired target (the original one when nothing was replaced)
        QStringList notes; // one per pair that was left alone
        int replaced = 0;
    };

    static Result repair(const TokenizedText& query, const TokenizedText& matchSource,
                         const TokenizedText& matchTarget);
};

} // namespace tessera::tm
