// Xliff2Creator: a new XLIFF 2.0 file from a document (convert, e.g. PO → XLIFF 2), laid out as
// Okapi and Angular write it: one <file>, a <unit id="uN" name="KEY"> per segment (name left out
// where the key holds characters XML cannot, so the id becomes the key), <notes> with
// category="location" notes for locations and a note for the note, a <segment state="…"> with source
// and target, translate="no" for Locked, slr:sizeRestriction for max lengths. A plural segment is a
// <group type="x-gettext:plurals"> of one unit per form (see Xliff2Reader.h).
#pragma once

#include <QByteArray>
#include <QString>

#include "ParsedDocument.h"
#include "domain/Result.h"

namespace tessera::formats {

class Xliff2Creator {
public:
    static domain::Result<QByteArray> create(const ParsedDocument& document, const QString& fileName);
};

} // namespace tessera::formats
