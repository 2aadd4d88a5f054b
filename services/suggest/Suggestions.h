// Suggestions: what the editor asks about a segment (SuggestionRequest) and what it gets back: TM
// matches and glossary hits, tagged with the segment and the request's generation.
#pragma once

#include <QList>
#include <QString>

#include "terms/TermHit.h"
#include "tm/TmMatch.h"

namespace tessera::suggest {

struct SuggestionRequest {
    QString segmentId;
    QString source;
    QString sourceLanguage;
    QString targetLanguage;
    QString key; // a 100% match whose unit has the same context key is a 101% context match
};

struct Suggestions {
    QString segmentId;
    quint64 generation = 0;      // of the request that asked; the service drops any but the latest
    QString source;              // the text looked up (the diffs' query side)
    QList<tm::TmMatch> matches;  // best first
    QList<terms::TermHit> terms; // in source order
    QString error;               // why the lookup failed (then both lists are empty)
};

} // namespace tessera::suggest
