// BlobCodec: packs the file bytes a document keeps for export (its original) with zstd before they go
// into the database, and unpacks them, so a 70 MB XLIFF costs a few MB of pages to write and read.
#pragma once

#include <functional>

#include <QByteArray>
#include <QString>

#include "domain/Result.h"

class QIODevice;

namespace tessera::store {

class BlobCodec {
public:
    // How a stored blob is packed (the documents.original_codec column).
    enum class Codec { Raw = 0, Zstd = 1 };

    // Bytes as they lie in the database, with how they are packed.
    struct Packed {
        QByteArray bytes;
        Codec codec = Codec::Zstd;
    };

    // The bytes as one zstd frame that records its content size.
    static Packed pack(const QByteArray& bytes);
    // The bytes `packed` was made from (none for none); an error naming `what` when they are damaged.
    static domain::Result<QByteArray> unpack(const Packed& packed, const QString& what);
    // The same bytes written into `out` as they are unpacked, a window at a time (zstd's streaming
    // decompression), so they are never whole in memory; the number written. Errors name `what`
    // when the stored bytes are damaged and `outName` when `out` refuses a write.
    static domain::Result<qint64> unpackTo(const Packed& packed, QIODevice& out, const QString& what,
                                           const QString& outName);
    // Reads the next piece of packed bytes into `into` (at most `room`): how many, 0 at their end.
    using PackedReader = std::function<domain::Result<qint64>(char* into, qint64 room)>;
    // The same with the packed bytes read a piece at a time too (a blob read from the database as it
    // is unpacked), so neither they nor the unpacked bytes are ever whole in memory.
    static domain::Result<qint64> unpackTo(Codec codec, const PackedReader& read, QIODevice& out, const QString& what,
                                           const QString& outName);
    // Whether `stored` holds `bytes`, which pack() made `packed` of: equal frames answer without
    // unpacking (the same zstd packs the same bytes the same way), frames of different sizes of
    // content answer no, and only the rest are unpacked and compared.
    static bool holds(const Packed& stored, const QByteArray& bytes, const Packed& packed);
};

} // namespace tessera::store
