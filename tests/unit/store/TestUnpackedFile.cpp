// Tests UnpackedFile: an export's original unpacked into a temporary file and read from its mapping.
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "store/BlobCodec.h"
#include "store/UnpackedFile.h"

using tessera::store::BlobCodec;
using tessera::store::UnpackedFile;

class TestUnpackedFile : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void mapsTheUnpackedBytes();
    void damagedCopyLeavesNoFile();
    void unwritableFolderFallsBackToTheTemporaryFolder();
};

namespace {

QByteArray xliff(int units)
{
    QByteArray bytes = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xliff version=\"1.2\">\n";
    for (int i = 0; i < units; ++i)
        bytes += "  <trans-unit id=\"u" + QByteArray::number(i) + "\"><source>Open file " + QByteArray::number(i) +
                 "</source></trans-unit>\n";
    return bytes + "</xliff>\n";
}

QStringList temporaryFiles(const QString& folder)
{
    return QDir(folder).entryList({QStringLiteral(".tessera-original-*")}, QDir::Files | QDir::Hidden);
}

} // namespace

void TestUnpackedFile::mapsTheUnpackedBytes()
{
    QTemporaryDir folder;
    const QByteArray bytes = xliff(20000); // a few MB: several of zstd's output windows
    for (const BlobCodec::Packed& packed : {BlobCodec::pack(bytes), BlobCodec::Packed{bytes, BlobCodec::Codec::Raw}}) {
        auto unpacked = UnpackedFile::open(packed, folder.path(), QStringLiteral("the original file of a.xlf (de)"));
        QVERIFY2(unpacked, unpacked ? "" : qPrintable(unpacked.error().message));
        const QByteArray& mapped = (*unpacked)->bytes();
        QCOMPARE(mapped, bytes);
        QCOMPARE(mapped.constData()[mapped.size()], '\0'); // as after a QByteArray's bytes
        // The mapping has no name left in the folder: a crash while it is used leaves no file behind.
        QCOMPARE(temporaryFiles(folder.path()), QStringList());
        // A copy reads the mapping too: nothing was copied onto the heap.
        const QByteArray copy = mapped; // NOLINT(performance-unnecessary-copy-initialization)
        QVERIFY(copy.constData() == mapped.constData());
        unpacked->reset();
        QCOMPARE(temporaryFiles(folder.path()), QStringList());
    }
    // An empty original maps as empty bytes.
    auto empty = UnpackedFile::open(BlobCodec::Packed{}, folder.path(), QStringLiteral("f"));
    QVERIFY(empty);
    QVERIFY((*empty)->bytes().isEmpty());
}

void TestUnpackedFile::damagedCopyLeavesNoFile()
{
    QTemporaryDir folder;
    const BlobCodec::Packed packed = BlobCodec::pack(xliff(2000));
    const BlobCodec::Packed cut{packed.bytes.first(packed.bytes.size() / 2), BlobCodec::Codec::Zstd};
    auto unpacked = UnpackedFile::open(cut, folder.path(), QStringLiteral("the original file of a.xlf (de)"));
    QVERIFY(!unpacked);
    QVERIFY2(unpacked.error().message.contains(QLatin1String("the original file of a.xlf (de) is damaged")),
             qPrintable(unpacked.error().message));
    QCOMPARE(QDir(folder.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());
}

void TestUnpackedFile::unwritableFolderFallsBackToTheTemporaryFolder()
{
    QTemporaryDir folder;
    const QString missing = QDir(folder.path()).filePath(QStringLiteral("gone/away"));
    const QByteArray bytes = xliff(100);
    auto unpacked = UnpackedFile::open(BlobCodec::pack(bytes), missing, QStringLiteral("f"));
    QVERIFY2(unpacked, unpacked ? "" : qPrintable(unpacked.error().message));
    QCOMPARE((*unpacked)->bytes(), bytes);
    QVERIFY(!QDir(missing).exists());
}

QTEST_GUILESS_MAIN(TestUnpackedFile)
#include "TestUnpackedFile.moc"
