// TsCreator: writes a new Qt Linguist TS file from a document, laid out as lupdate writes it.
#pragma once

#include <QByteArray>
#include <QString>

#include "ParsedDocument.h"
#include "domain/Result.h"

namespace tessera::formats {

class TsCreator {
public:
    // Keys made by the TS reader (context, source, comment) become contexts and comments again;
    // any other key becomes the message's id= so that it survives.
    static domain::Result<QByteArray> create(const ParsedDocument& document, const QString& fileName);
};

} // namespace tessera::formats
