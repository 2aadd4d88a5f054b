// UnpackedFile: a stored blob (a document's original) unpacked into a temporary file and mapped, so
// an export reads the file's bytes from pages the kernel can drop and read again, not from the heap.
#pragma once

#include <functional>
#include <memory>

#include <QByteArray>
#include <QString>
#include <QTemporaryFile>

#include "BlobCodec.h"
#include "domain/Result.h"

namespace tessera::store {

class UnpackedFile {
public:
    // Writes the unpacked bytes into `out`, named `outName` in errors (BlobCodec::unpackTo,
    // DocumentRepository::unpackOriginalTo); how many.
    using Unpack = std::function<domain::Result<qint64>(QIODevice& out, const QString& outName)>;

    // The bytes `unpack` writes, written as they come (never whole in memory) into a temporary file
    // in `folder`, or in the system's temporary folder when none can be made there, and mapped
    // read-only; the file's name is removed once it is mapped, so a crash leaves nothing behind.
    // Errors are `unpack`'s, or name `what` and the temporary file (a full disk, a
    // refused map); on an error the temporary file is gone.
    static domain::Result<std::unique_ptr<UnpackedFile>> open(const Unpack& unpack, const QString& folder,
                                                              const QString& what);
    // `packed` unpacked so (BlobCodec::unpackTo).
    static domain::Result<std::unique_ptr<UnpackedFile>> open(const BlobCodec::Packed& packed, const QString& folder,
                                                              const QString& what);

    UnpackedFile(const UnpackedFile&) = delete;
    UnpackedFile& operator=(const UnpackedFile&) = delete;
    ~UnpackedFile();

    // The bytes: a QByteArray over the mapping (QByteArray::fromRawData), valid while this lives and
    // followed by a NUL as a QByteArray's are. Reading it, or a copy of it, reads the mapping; only
    // something that changes a copy copies the bytes to the heap.
    const QByteArray& bytes() const { return m_bytes; }

private:
    UnpackedFile() = default;

    QTemporaryFile m_file; // removed when this is destroyed
    uchar* m_map = nullptr;
    QByteArray m_bytes;
};

} // namespace tessera::store
