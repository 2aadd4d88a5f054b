// PoWriter: writes segment targets, fuzzy flags and translator comments into a PO file, copying every
// other byte as it was.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include "ByteOutput.h"
#include "SegmentSource.h"
#include "domain/Result.h"
#include "domain/Segment.h"

namespace tessera::formats {

class PoWriter {
public:
    // With `language` (the document's target language), a template or another language's catalog
    // is written as `language`'s catalog, as msginit makes one: PoHeader::forLanguage, the header's
    // fuzzy flag gone, and gettext's number of msgstr[i] for the language in every plural entry.
    static domain::Result<QByteArray> write(const QByteArray& original, const QList<domain::Segment>& segments,
                                            const QString& fileName, const QString& language = {});
    // The same into `out`, each entry's segment asked from `segments` as the entry is met.
    static domain::Result<void> write(const QByteArray& original, SegmentSource& segments, const QString& fileName,
                                      ByteOutput& out, const QString& language = {});
};

} // namespace tessera::formats
