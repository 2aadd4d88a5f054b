#include "BlobCodec.h"

#include <zstd.h>

namespace tessera::store {

namespace {

// Level 1 packs an XLIFF file about 10:1 at several hundred MB/s; higher levels pack a little
// tighter for several times the time an import waits.
constexpr int s_level = 1;

} // namespace

BlobCodec::Packed BlobCodec::pack(const QByteArray& bytes)
{
    QByteArray packed(qsizetype(ZSTD_compressBound(std::size_t(bytes.size()))), Qt::Uninitialized);
    const std::size_t size =
        ZSTD_compress(packed.data(), std::size_t(packed.size()), bytes.constData(), std::size_t(bytes.size()), s_level);
    Q_ASSERT(!ZSTD_isError(size)); // only a too small destination fails, and compressBound rules that out
    packed.truncate(qsizetype(size));
    return {packed, Codec::Zstd};
}

domain::Result<QByteArray> BlobCodec::unpack(const Packed& stored, const QString& what)
{
    const QByteArray& packed = stored.bytes;
    const Codec codec = stored.codec;
    if (codec == Codec::Raw || packed.isEmpty()) // an empty (or NULL) column is an absent file
        return packed;
    const auto damaged = [&](const QString& why) {
        return domain::fail(
            domain::ErrorCode::Database,
            QStringLiteral("the stored copy of %1 is damaged (%2); import the file again").arg(what, why));
    };
    if (codec != Codec::Zstd)
        return damaged(QStringLiteral("unknown packing %1").arg(int(codec)));
    const unsigned long long size = ZSTD_getFrameContentSize(packed.constData(), std::size_t(packed.size()));
    if (size == ZSTD_CONTENTSIZE_ERROR || size == ZSTD_CONTENTSIZE_UNKNOWN || size > quint64(QByteArray().max_size()))
        return damaged(QStringLiteral("not a zstd frame with its size"));
    QByteArray bytes(qsizetype(size), Qt::Uninitialized);
    const std::size_t done =
        ZSTD_decompress(bytes.data(), std::size_t(bytes.size()), packed.constData(), std::size_t(packed.size()));
    if (ZSTD_isError(done))
        return damaged(QString::fromUtf8(ZSTD_getErrorName(done)));
    if (done != size)
        return damaged(QStringLiteral("%1 bytes instead of %2").arg(done).arg(size));
    return bytes;
}

bool BlobCodec::holds(const Packed& stored, const QByteArray& bytes, const Packed& packed)
{
    if (stored.codec == Codec::Raw)
        return stored.bytes == bytes;
    if (stored.codec == packed.codec && stored.bytes == packed.bytes)
        return true;
    if (stored.codec == Codec::Zstd &&
        ZSTD_getFrameContentSize(stored.bytes.constData(), std::size_t(stored.bytes.size())) != quint64(bytes.size()))
        return false;
    const auto unpacked = unpack(stored, QString());
    return unpacked && *unpacked == bytes;
}

} // namespace tessera::store
