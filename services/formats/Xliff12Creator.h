// Xliff12Creator: a new XLIFF 1.2 file from a document (convert, e.g. Qt TS → XLIFF), laid out as
// translate-toolkit's po2xliff writes it.
//
// One <file> whose original is the file name; a trans-unit per segment with id = its order and
// resname = its key (left out where the key holds characters XML cannot, so the id becomes the key),
// xml:space="preserve", <target state="…"> (approved="yes" for Approved, translate="no" for Locked),
// maxwidth + size-unit="char", one <note from="developer"> per note, one context-group per location.
// A plural segment is a <group restype="x-gettext-plurals"> of one trans-unit per target form
// (ids N[0], N[1]…; at least two, for the singular and plural source).
#pragma once

#include <QByteArray>
#include <QString>

#include "ParsedDocument.h"
#include "domain/Result.h"

namespace tessera::formats {

class Xliff12Creator {
public:
    static domain::Result<QByteArray> create(const ParsedDocument& document, const QString& fileName);
};

} // namespace tessera::formats
