// Tests BlobCodec: what an import relies on to tell whether a re-imported file is the one it holds.
#include <cstring>

#include <QBuffer>
#include <QTest>

#include "store/BlobCodec.h"

using tessera::store::BlobCodec;

class TestBlobCodec : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void packsAndUnpacks();
    void holdsTellsTheSameFileApart();
    void holdsUnpacksFramesPackedOtherwise();
    void unpacksIntoADevice();
    void unpackingIntoADeviceNamesWhatFailed();
    void unpacksPackedBytesReadInPieces();
};

namespace {

QByteArray catalogue(char last)
{
    QByteArray bytes;
    for (int i = 0; i < 2000; ++i)
        bytes += "msgid \"Open file " + QByteArray::number(i) + "\"\nmsgstr \"Datei öffnen\"\n\n";
    return bytes + last;
}

} // namespace

void TestBlobCodec::packsAndUnpacks()
{
    const QByteArray bytes = catalogue('a');
    const BlobCodec::Packed packed = BlobCodec::pack(bytes);
    QCOMPARE(packed.codec, BlobCodec::Codec::Zstd);
    QVERIFY(packed.bytes.size() < bytes.size() / 10);
    QCOMPARE(*BlobCodec::unpack(packed, QStringLiteral("f")), bytes);
    QCOMPARE(*BlobCodec::unpack({bytes, BlobCodec::Codec::Raw}, QStringLiteral("f")), bytes);
    QCOMPARE(*BlobCodec::unpack({QByteArray(), BlobCodec::Codec::Zstd}, QStringLiteral("f")), QByteArray()); // none
}

void TestBlobCodec::holdsTellsTheSameFileApart()
{
    const QByteArray bytes = catalogue('a');
    const BlobCodec::Packed packed = BlobCodec::pack(bytes);
    QVERIFY(BlobCodec::holds(packed, bytes, packed));
    // The same size but one byte different, and a different size.
    const QByteArray other = catalogue('b');
    QVERIFY(!BlobCodec::holds(BlobCodec::pack(other), bytes, packed));
    QVERIFY(!BlobCodec::holds(BlobCodec::pack(bytes + "x"), bytes, packed));
    // Rows written before packing hold the bytes as they are.
    QVERIFY(BlobCodec::holds({bytes, BlobCodec::Codec::Raw}, bytes, packed));
    QVERIFY(!BlobCodec::holds({other, BlobCodec::Codec::Raw}, bytes, packed));
}

void TestBlobCodec::holdsUnpacksFramesPackedOtherwise()
{
    // Another zstd (or level) packs the same bytes into other frames: here a skippable frame after it.
    const QByteArray bytes = catalogue('a');
    const BlobCodec::Packed packed = BlobCodec::pack(bytes);
    BlobCodec::Packed otherwise = packed;
    otherwise.bytes += QByteArray::fromHex("502a4d1804000000") + "note";
    QVERIFY(otherwise.bytes != packed.bytes);
    QCOMPARE(*BlobCodec::unpack(otherwise, QStringLiteral("f")), bytes);
    QVERIFY(BlobCodec::holds(otherwise, bytes, packed));
    QVERIFY(!BlobCodec::holds(otherwise, catalogue('b'), BlobCodec::pack(catalogue('b'))));
}

void TestBlobCodec::unpacksIntoADevice()
{
    // Larger than zstd's output window, so it is written in several pieces.
    QByteArray bytes;
    for (char c = 'a'; c <= 'z'; ++c)
        bytes += catalogue(c);
    QVERIFY(bytes.size() > 1 << 20);
    const BlobCodec::Packed packed = BlobCodec::pack(bytes);
    BlobCodec::Packed otherwise = packed;
    otherwise.bytes += QByteArray::fromHex("502a4d1804000000") + "note";
    for (const BlobCodec::Packed& stored :
         {packed, otherwise, BlobCodec::Packed{bytes, BlobCodec::Codec::Raw}, BlobCodec::Packed{}}) {
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        auto written = BlobCodec::unpackTo(stored, out, QStringLiteral("f"), QStringLiteral("out"));
        QVERIFY2(written, written ? "" : qPrintable(written.error().message));
        QCOMPARE(out.data(), *BlobCodec::unpack(stored, QStringLiteral("f")));
        QCOMPARE(*written, out.data().size());
    }
}

void TestBlobCodec::unpackingIntoADeviceNamesWhatFailed()
{
    const QByteArray bytes = catalogue('a');
    const BlobCodec::Packed packed = BlobCodec::pack(bytes);
    // Cut short, or not zstd at all: damaged, naming the file it is a copy of.
    for (const QByteArray& damaged : {packed.bytes.first(packed.bytes.size() - 20),
                                      packed.bytes.first(packed.bytes.size() / 2), QByteArray("not zstd at all")}) {
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        auto written = BlobCodec::unpackTo({damaged, BlobCodec::Codec::Zstd}, out,
                                           QStringLiteral("the original file of a.po (de)"), QStringLiteral("out"));
        QVERIFY(!written);
        QCOMPARE(written.error().code, tessera::domain::ErrorCode::Database);
        QVERIFY2(written.error().message.contains(QLatin1String("the stored copy of the original file of a.po (de) "
                                                                "is damaged")),
                 qPrintable(written.error().message));
    }
    // A device that refuses the bytes: an error naming it.
    QBuffer closed;
    auto refused = BlobCodec::unpackTo(packed, closed, QStringLiteral("the original file of a.po (de)"),
                                       QStringLiteral("/tmp/unpacked"));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, tessera::domain::ErrorCode::Io);
    QVERIFY2(refused.error().message.startsWith(QLatin1String("cannot write the unpacked copy of the original file "
                                                              "of a.po (de) to /tmp/unpacked: ")),
             qPrintable(refused.error().message));
}

void TestBlobCodec::unpacksPackedBytesReadInPieces()
{
    // A blob read from the database a few bytes at a time unpacks to the same bytes; a read that
    // fails fails the unpacking with its error.
    QByteArray bytes;
    for (char c = 'a'; c <= 'h'; ++c)
        bytes += catalogue(c);
    for (const BlobCodec::Packed& stored : {BlobCodec::pack(bytes), BlobCodec::Packed{bytes, BlobCodec::Codec::Raw}}) {
        for (const qint64 piece : {qint64(7), qint64(4096), qint64(1) << 20}) {
            qsizetype offset = 0;
            const auto read = [&](char* into, qint64 room) -> tessera::domain::Result<qint64> {
                const qsizetype n = qMin(qsizetype(qMin(room, piece)), stored.bytes.size() - offset);
                std::memcpy(into, stored.bytes.constData() + offset, size_t(n));
                offset += n;
                return qint64(n);
            };
            QBuffer out;
            out.open(QIODevice::WriteOnly);
            auto written = BlobCodec::unpackTo(stored.codec, read, out, QStringLiteral("f"), QStringLiteral("out"));
            QVERIFY2(written, written ? "" : qPrintable(written.error().message));
            QCOMPARE(out.data(), bytes);
        }
    }
    // A read that fails after the first piece.
    const BlobCodec::Packed packed = BlobCodec::pack(bytes);
    int reads = 0;
    const auto failing = [&](char* into, qint64 room) -> tessera::domain::Result<qint64> {
        if (++reads > 1)
            return tessera::domain::fail(tessera::domain::ErrorCode::Database, QStringLiteral("disk I/O error"));
        const qint64 n = qMin(room, qint64(100));
        std::memcpy(into, packed.bytes.constData(), size_t(n));
        return n;
    };
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    auto failed = BlobCodec::unpackTo(BlobCodec::Codec::Zstd, failing, out, QStringLiteral("f"), QStringLiteral("out"));
    QVERIFY(!failed);
    QCOMPARE(failed.error().message, QStringLiteral("disk I/O error"));
}

QTEST_GUILESS_MAIN(TestBlobCodec)
#include "TestBlobCodec.moc"
