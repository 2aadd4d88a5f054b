#include "BlobCodec.h"

#include <cstring>
#include <memory>

#include <zstd.h>

#include <QIODevice>

namespace tessera::store {

namespace {

// Level 1 packs an XLIFF file about 10:1 at several hundred MB/s; higher levels pack a little
// tighter for several times the time an import waits.
constexpr int s_level = 1;
// The longest zstd frame header (ZSTD_FRAMEHEADERSIZE_MAX, which zstd.h gives static linking only).
constexpr qint64 s_frameHeaderMax = 18;

struct FreeDctx {
    void operator()(ZSTD_DCtx* context) const { ZSTD_freeDCtx(context); }
};

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

domain::Result<qint64> BlobCodec::unpackTo(const Packed& stored, QIODevice& out, const QString& what,
                                           const QString& outName)
{
    qsizetype offset = 0;
    const auto read = [&](char* into, qint64 room) -> domain::Result<qint64> {
        const qsizetype n = qMin(qsizetype(room), stored.bytes.size() - offset);
        std::memcpy(into, stored.bytes.constData() + offset, std::size_t(n));
        offset += n;
        return qint64(n);
    };
    return unpackTo(stored.codec, read, out, what, outName);
}

domain::Result<qint64> BlobCodec::unpackTo(Codec codec, const PackedReader& read, QIODevice& out, const QString& what,
                                           const QString& outName)
{
    const auto refused = [&] {
        return domain::fail(
            domain::ErrorCode::Io,
            QStringLiteral("cannot write the unpacked copy of %1 to %2: %3").arg(what, outName, out.errorString()));
    };
    const auto damaged = [&](const QString& why) {
        return domain::fail(
            domain::ErrorCode::Database,
            QStringLiteral("the stored copy of %1 is damaged (%2); import the file again").arg(what, why));
    };
    QByteArray piece(qsizetype(ZSTD_DStreamInSize()), Qt::Uninitialized);
    // The first piece holds at least a frame header (when there are that many bytes), whose content
    // size is checked before anything is unpacked.
    qint64 first = 0;
    while (first < s_frameHeaderMax) {
        auto n = read(piece.data() + first, piece.size() - first);
        if (!n)
            return std::unexpected(n.error());
        if (*n == 0)
            break;
        first += *n;
    }
    if (first == 0) // an empty (or NULL) column is an absent file
        return 0;
    if (codec == Codec::Raw) {
        qint64 written = 0;
        for (qint64 n = first; n > 0;) {
            if (out.write(piece.constData(), n) != n)
                return refused();
            written += n;
            auto next = read(piece.data(), piece.size());
            if (!next)
                return std::unexpected(next.error());
            n = *next;
        }
        return written;
    }
    if (codec != Codec::Zstd)
        return damaged(QStringLiteral("unknown packing %1").arg(int(codec)));
    const unsigned long long size = ZSTD_getFrameContentSize(piece.constData(), std::size_t(first));
    if (size == ZSTD_CONTENTSIZE_ERROR || size == ZSTD_CONTENTSIZE_UNKNOWN || size > quint64(QByteArray().max_size()))
        return damaged(QStringLiteral("not a zstd frame with its size"));
    const std::unique_ptr<ZSTD_DCtx, FreeDctx> context(ZSTD_createDCtx());
    if (!context)
        return domain::fail(domain::ErrorCode::Internal, QStringLiteral("cannot unpack %1: out of memory").arg(what));
    QByteArray window(qsizetype(ZSTD_DStreamOutSize()), Qt::Uninitialized);
    ZSTD_inBuffer input{piece.constData(), std::size_t(first), 0};
    quint64 written = 0;
    std::size_t left = 0; // what zstd still expects of the frame: 0 when the last one is complete
    bool full = false;    // the window was filled: zstd may hold more to write without more input
    for (;;) {
        if (input.pos == input.size && !full) {
            auto n = read(piece.data(), piece.size());
            if (!n)
                return std::unexpected(n.error());
            if (*n == 0)
                break;
            input = ZSTD_inBuffer{piece.constData(), std::size_t(*n), 0};
        }
        ZSTD_outBuffer output{window.data(), std::size_t(window.size()), 0};
        left = ZSTD_decompressStream(context.get(), &output, &input);
        if (ZSTD_isError(left))
            return damaged(QString::fromUtf8(ZSTD_getErrorName(left)));
        if (output.pos > 0 && out.write(window.constData(), qint64(output.pos)) != qint64(output.pos))
            return refused();
        written += output.pos;
        full = output.pos == output.size;
    }
    if (left != 0)
        return damaged(QStringLiteral("the frame ends early"));
    if (written != size)
        return damaged(QStringLiteral("%1 bytes instead of %2").arg(written).arg(size));
    return qint64(written);
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
