// TmMatch: one suggestion from a translation memory, as the editor, analysis and pretranslation use it.
#pragma once

#include <functional>

#include <QString>

#include "AutoRepair.h"
#include "FuzzyScorer.h"
#include "domain/TmUnit.h"

namespace tessera::tm {

struct TmMatch {
    domain::TmUnit unit; // as stored (source, target, metadata)
    qint64 rowId = 0;    // the unit's row in the workspace database
    int score = 0;       // 0–100 after the TM's and the region penalty; 101 for a context match
    int penalty = 0;     // points taken off for the TM and for a regional variant
    bool contextMatch = false;
    int priority = 0;             // the TM's
    FuzzyScorer::Details details; // the score before penalties, and the diff against the query
    AutoRepair::Result repair;    // repair.target is the target to offer
};

struct LookupOptions {
    int threshold = 75; // lowest score returned (after penalties)
    int maxResults = 5;
    int regionPenalty = 1; // en-GB query against en-US units: points off (each side that differs)
    // The segment's context key; a 100% match whose unit has the same non-empty key scores 101.
    QString contextKey;
    // Decides 101 instead (same key, same neighbouring segments, …); called for 100% matches only.
    std::function<bool(const domain::TmUnit&)> isContextMatch;
};

} // namespace tessera::tm
