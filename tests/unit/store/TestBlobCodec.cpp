// Tests BlobCodec: what an import relies on to tell whether a re-imported file is the one it holds.
#include <QTest>

#include "store/BlobCodec.h"

using tessera::store::BlobCodec;

class TestBlobCodec : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void packsAndUnpacks();
    void holdsTellsTheSameFileApart();
    void holdsUnpacksFramesPackedOtherwise();
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

QTEST_GUILESS_MAIN(TestBlobCodec)
#include "TestBlobCodec.moc"
