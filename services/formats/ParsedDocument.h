// ParsedDocument: what a file filter reads out of a file: languages and the segments in file order.
#pragma once

#include <QList>
#include <QString>

#include "domain/Segment.h"

namespace tessera::formats {

struct ParsedDocument {
    QString format;         // the filter's id, e.g. "po"
    QString sourceLanguage; // BCP 47 as found in the file (may be empty)
    QString targetLanguage; // BCP 47 as found in the file (may be empty)
    int pluralForms = 0;    // target plural forms the file declares (PO Plural-Forms nplurals), 0 if none
    // Segments in file order. key is unique within the document; order counts from 1; state,
    // targets (one per plural form), context (notes, locations, max length) and flags as the file
    // says. ids are left empty: the store gives them.
    QList<domain::Segment> segments;
};

} // namespace tessera::formats
