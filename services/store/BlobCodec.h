// BlobCodec: packs the file bytes a document keeps for export (its original) with zstd before they go
// into the database, and unpacks them, so a 70 MB XLIFF costs a few MB of pages to write and read.
#pragma once

#include <QByteArray>
#include <QString>

#include "domain/Result.h"

namespace tessera::store {

class BlobCodec {
public:
    // How a stored blob is packed (the documents.original_codec column).
    enum class Codec { Raw = 0, Zstd = 1 };

    // The bytes as one zstd frame that records its content size.
    static QByteArray pack(const QByteArray& bytes);
    // The bytes `packed` was made from; an error naming `what` when they are damaged.
    static domain::Result<QByteArray> unpack(const QByteArray& packed, Codec codec, const QString& what);
};

} // namespace tessera::store
