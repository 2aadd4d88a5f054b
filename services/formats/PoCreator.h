// PoCreator: writes a new PO file from a document, laid out as msgcat writes it.
#pragma once

#include <QByteArray>
#include <QString>

#include "ParsedDocument.h"
#include "domain/Result.h"

namespace tessera::formats {

class PoCreator {
public:
    // UTF-8, with a header naming the language and its Plural-Forms. A segment whose key is not
    // the PO key of its source gets the key as msgctxt, so keys from other formats survive.
    static domain::Result<QByteArray> create(const ParsedDocument& document, const QString& fileName);
};

} // namespace tessera::formats
