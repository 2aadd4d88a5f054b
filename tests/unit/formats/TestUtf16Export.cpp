// Tests that XML files in UTF-16 (XLIFF 1.2, XLIFF 2, Qt TS) are written back in UTF-16, in their
// own byte order and with their byte order mark, holding exactly the text their UTF-8 twin is
// written with: whole (write) and streamed into a device a chunk at a time (writeTo), also for a
// file far larger than the output's 256 KiB chunks, with characters outside the BMP in the edits.
#include <QBuffer>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTest>

#include "TestData.h"
#include "domain/Segment.h"
#include "formats/Filter.h"
#include "formats/FilterRegistry.h"

using namespace tessera;
using domain::Segment;
using testsupport::errorText;

namespace {

// `utf8` (an XML file in UTF-8) as UTF-16 in the byte order `encoding`, with its byte order mark
// and its declaration naming UTF-16.
QByteArray toUtf16(const QByteArray& utf8, QStringConverter::Encoding encoding)
{
    QString text = QString::fromUtf8(utf8);
    text.replace(QStringLiteral("encoding=\"UTF-8\""), QStringLiteral("encoding=\"UTF-16\""), Qt::CaseInsensitive);
    QStringEncoder encoder(encoding);
    const QByteArray mark = encoding == QStringConverter::Utf16LE ? "\xFF\xFE" : "\xFE\xFF";
    return mark + QByteArray(encoder.encode(text));
}

// Every third segment's targets replaced by text with accents, CJK and an emoji (a surrogate pair
// in UTF-16, four bytes in UTF-8).
QList<Segment> edited(QList<Segment> segments)
{
    for (qsizetype i = 0; i < segments.size(); i += 3) {
        QStringList& targets = segments[i].targets;
        if (targets.isEmpty())
            targets.append(QString());
        for (QString& target : targets)
            target = QStringLiteral("Übersetzt %1 — 翻訳 🌍 ").arg(i) + target;
    }
    return segments;
}

struct Written {
    QByteArray whole;    // Filter::write
    QByteArray streamed; // Filter::writeTo into a device
    QString error;
};

Written writeBoth(const formats::Filter& filter, const QByteArray& original, const QList<Segment>& segments,
                  const QString& name)
{
    Written result;
    auto whole = filter.writeDocument(original, segments, name, QStringLiteral("de"));
    if (!whole)
        return {{}, {}, errorText(whole)};
    result.whole = *whole;
    QBuffer device(&result.streamed);
    device.open(QIODevice::WriteOnly);
    formats::SegmentList source(segments);
    if (auto streamed = filter.writeTo(device, original, source, name, QStringLiteral("de")); !streamed)
        result.error = errorText(streamed);
    return result;
}

QString decoded(const QByteArray& bytes, QStringConverter::Encoding encoding)
{
    QStringDecoder decoder(encoding);
    return decoder.decode(bytes);
}

} // namespace

class TestUtf16Export : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sameTextAsTheUtf8Twin_data();
    void sameTextAsTheUtf8Twin();
    void charactersAcrossAMegabyteAreRead_data();
    void charactersAcrossAMegabyteAreRead();
    void badUtf16NamesLineAndColumn();

private:
    formats::FilterRegistry m_filters;
};

void TestUtf16Export::sameTextAsTheUtf8Twin_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("copies"); // the file's entries made this many times over (1: the file itself)
    QTest::addColumn<int>("encoding");
    const QList<std::tuple<QString, QString, int>> files = {
        {QStringLiteral("xliff"), QStringLiteral("software-properties-de.xlf"), 1},
        {QStringLiteral("xliff"), QStringLiteral("dpkg-ja.xlf"), 1},
        {QStringLiteral("xliff"), QStringLiteral("xliff2-ng-bootstrap.xlf"), 1},
        {QStringLiteral("ts"), QStringLiteral("qtmultimedia_ja.ts"), 1},
        {QStringLiteral("ts"), QStringLiteral("kodi-estuary_de.ts"), 1},
        // made by the filter's create() from the file's entries 30 times over: ~1 MB, four chunks
        {QStringLiteral("ts"), QStringLiteral("kodi-estuary_de.ts"), 30},
        {QStringLiteral("xliff"), QStringLiteral("kodi-estuary-en_gb.xlf"), 15},
    };
    for (const auto& [folder, name, copies] : files) {
        for (const auto encoding : {QStringConverter::Utf16LE, QStringConverter::Utf16BE})
            QTest::addRow("%s ×%d %s", qPrintable(name), copies,
                          encoding == QStringConverter::Utf16LE ? "UTF-16LE" : "UTF-16BE")
                << folder << name << copies << int(encoding);
    }
}

void TestUtf16Export::sameTextAsTheUtf8Twin()
{
    QFETCH(QString, folder);
    QFETCH(QString, name);
    QFETCH(int, copies);
    QFETCH(int, encoding);
    const auto utf16 = QStringConverter::Encoding(encoding);
    QByteArray utf8 = testsupport::readTestData(folder, name);
    QVERIFY(!utf8.isEmpty());
    const formats::Filter* filter = m_filters.detect(name, utf8.left(4096));
    QVERIFY(filter);
    if (copies > 1) {
        auto document = filter->read(utf8, name);
        QVERIFY2(document, qPrintable(errorText(document)));
        const QList<Segment> once = document->segments;
        document->segments.clear();
        for (int copy = 0; copy < copies; ++copy) {
            for (Segment segment : once) {
                segment.key += QStringLiteral("-%1").arg(copy);
                segment.source += QStringLiteral(" (%1)").arg(copy);
                document->segments.append(segment);
            }
        }
        auto created = filter->create(*document, name);
        QVERIFY2(created, qPrintable(errorText(created)));
        utf8 = *created;
        QVERIFY(utf8.size() > 4 * 256 * 1024 / 2);
    }
    const QByteArray original = toUtf16(utf8, utf16);

    auto read8 = filter->read(utf8, name);
    QVERIFY2(read8, qPrintable(errorText(read8)));
    auto read16 = filter->read(original, name);
    QVERIFY2(read16, qPrintable(errorText(read16)));
    QCOMPARE(read16->segments.size(), read8->segments.size());

    // Unedited, the file comes back as it was, byte for byte.
    const Written same = writeBoth(*filter, original, read16->segments, name);
    QVERIFY2(same.error.isEmpty(), qPrintable(same.error));
    QVERIFY(same.whole == original);
    QVERIFY(same.streamed == original);

    // Edited, it holds the text its UTF-8 twin is written with, in its own encoding.
    const Written twin = writeBoth(*filter, utf8, edited(read8->segments), name);
    QVERIFY2(twin.error.isEmpty(), qPrintable(twin.error));
    const Written written = writeBoth(*filter, original, edited(read16->segments), name);
    QVERIFY2(written.error.isEmpty(), qPrintable(written.error));
    QVERIFY(written.streamed == written.whole);
    QCOMPARE(written.whole.left(2), original.left(2));
    QString expected = QString::fromUtf8(twin.whole);
    expected.replace(QStringLiteral("encoding=\"UTF-8\""), QStringLiteral("encoding=\"UTF-16\""), Qt::CaseInsensitive);
    const QString text = decoded(written.whole.mid(2), utf16);
    QVERIFY(text.contains(QStringLiteral("翻訳 🌍")));
    QCOMPARE(text.size(), expected.size());
    QVERIFY(text == expected);
}

void TestUtf16Export::charactersAcrossAMegabyteAreRead_data()
{
    QTest::addColumn<int>("encoding");
    QTest::addRow("UTF-16LE") << int(QStringConverter::Utf16LE);
    QTest::addRow("UTF-16BE") << int(QStringConverter::Utf16BE);
}

void TestUtf16Export::charactersAcrossAMegabyteAreRead()
{
    // UTF-16 files are read a megabyte at a time: an emoji (a surrogate pair) whose first half ends
    // the first megabyte, and a U+FEFF that begins the next, are read as they are.
    QFETCH(int, encoding);
    const QString head = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE TS>\n"
                                        "<TS version=\"2.1\" language=\"de\">\n<context>\n<name>Main</name>\n"
                                        "<message>\n<source>");
    const qsizetype unitsBefore = 1024 * 1024 / 2 - 1; // the high surrogate is the megabyte's last unit
    const QString source = QString(unitsBefore - head.size(), QLatin1Char('a')) + QStringLiteral("🌍");
    const QString text = head + source +
                         QStringLiteral("</source>\n<translation>x</translation>\n</message>\n<message>\n"
                                        "<source>\uFEFFzero width</source>\n<translation>\uFEFF</translation>\n"
                                        "</message>\n</context>\n</TS>\n");
    const QByteArray original = toUtf16(text.toUtf8(), QStringConverter::Encoding(encoding));
    QCOMPARE(head.size() + source.size(), 1024 * 1024 / 2 + 1); // the low surrogate begins the second
    const formats::Filter* filter = m_filters.byId(QStringLiteral("ts"));
    auto document = filter->read(original, QStringLiteral("big.ts"));
    QVERIFY2(document, qPrintable(errorText(document)));
    QCOMPARE(document->segments.size(), 2);
    QCOMPARE(document->segments[0].source, source);
    QCOMPARE(document->segments[1].source, QStringLiteral("\uFEFFzero width"));
    const Written same = writeBoth(*filter, original, document->segments, QStringLiteral("big.ts"));
    QVERIFY2(same.error.isEmpty(), qPrintable(same.error));
    QVERIFY(same.whole == original);
    QVERIFY(same.streamed == original);
}

void TestUtf16Export::badUtf16NamesLineAndColumn()
{
    const formats::Filter* xliff = m_filters.byId(QStringLiteral("xliff12"));
    const QByteArray utf8 = testsupport::readTestData(QStringLiteral("xliff"), QStringLiteral("dpkg-ja.xlf"));
    const QByteArray good = toUtf16(utf8, QStringConverter::Utf16LE);
    // A lone high surrogate on line 3, column 5.
    const QString text = decoded(good.mid(2), QStringConverter::Utf16LE);
    const qsizetype lineThree = text.indexOf(QLatin1Char('\n'), text.indexOf(QLatin1Char('\n')) + 1) + 1;
    QByteArray lone = good;
    lone[2 + (lineThree + 4) * 2] = '\x00';
    lone[2 + (lineThree + 4) * 2 + 1] = '\xD8';
    auto read = xliff->read(lone, QStringLiteral("lone.xlf"));
    QVERIFY(!read);
    QCOMPARE(read.error().message, QStringLiteral("text is not valid UTF-16"));
    QCOMPARE(read.error().file, QStringLiteral("lone.xlf"));
    QCOMPARE(read.error().line, 3);
    QCOMPARE(read.error().column, 5);
    // A file cut in the middle of a code unit.
    auto cut = xliff->read(good.left(good.size() - 1), QStringLiteral("cut.xlf"));
    QVERIFY(!cut);
    QCOMPARE(cut.error().message, QStringLiteral("text is not valid UTF-16"));
    // Neither is written over: the export refuses them with the same error.
    QList<Segment> none;
    auto written = xliff->write(lone, none, QStringLiteral("lone.xlf"));
    QVERIFY(!written);
    QCOMPARE(written.error().line, 3);
}

QTEST_GUILESS_MAIN(TestUtf16Export)
#include "TestUtf16Export.moc"
