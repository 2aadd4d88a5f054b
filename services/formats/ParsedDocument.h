// ParsedDocument: what a file filter reads out of a file: languages and the segments in file order.
#pragma once

#include <QList>
#include <QString>

#include "domain/Segment.h"

namespace tessera::formats {

// A translation a file offers for a segment besides its target (XLIFF 1.2 alt-trans, XLIFF 2
// translation candidates): it feeds the TM/MT suggestions, never the segment itself.
struct TranslationCandidate {
    QString segmentKey; // key of the segment it is for
    QString source;     // the candidate's source, or empty when it is the segment's own
    QString target;
    QString origin;       // tool or TM it came from (XLIFF origin / ref attribute), may be empty
    int quality = -1;     // match-quality percentage, -1 if the file gives none
    bool machine = false; // machine translation rather than a TM match

    bool operator==(const TranslationCandidate&) const = default;
};

struct ParsedDocument {
    QString format;         // the filter's id, e.g. "po"
    QString sourceLanguage; // BCP 47 as found in the file (may be empty)
    QString targetLanguage; // BCP 47 as found in the file (may be empty)
    int pluralForms = 0;    // target plural forms the file declares (PO Plural-Forms nplurals), 0 if none
    // Segments in file order. key is unique within the document; order counts from 1; state,
    // targets (one per plural form), context (notes, locations, max length) and flags as the file
    // says. ids are left empty: the store gives them.
    QList<domain::Segment> segments;
    QList<TranslationCandidate> candidates; // in file order
};

} // namespace tessera::formats
