// PoCreator: writes a new PO file from a document, laid out as msgcat writes it.
#pragma once

#include <QByteArray>
#include <QString>

#include "ParsedDocument.h"
#include "domain/Result.h"

namespace tessera::formats {

class PoCreator {
public:
    // UTF-8, with a header naming the language and its Plural-Forms. A Qt context and comment become
    // msgctxt "context|comment" as lconvert writes them; a key of its own (Android, XLIFF) becomes the
    // msgctxt, so that it survives.
    static domain::Result<QByteArray> create(const ParsedDocument& document, const QString& fileName);
};

} // namespace tessera::formats
