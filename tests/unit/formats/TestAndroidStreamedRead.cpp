// Tests the streamed import of Android string resources (AndroidReader::readPairTo): on every real
// file of tests/data/android, with its translation and without one, and on translations in another
// order than their default file, with entries of another kind, extra and missing ones, it hands over
// exactly the segments readPair lists, and a broken file fails with readPair's error.
#include <QTest>

#include "StreamedRead.h"
#include "TestData.h"
#include "formats/AndroidFilter.h"
#include "formats/AndroidReader.h"

using namespace tessera;
using formats::AndroidFilter;
using formats::AndroidReader;
using testsupport::errorText;
using testsupport::firstDifference;
using testsupport::readTestData;
using testsupport::streamedPair;

namespace {

const QString sourceName = QStringLiteral("res/values/strings.xml");

QString translationName(const QString& language)
{
    return QStringLiteral("res/values-%1/strings.xml").arg(language);
}

// `file` with its entries in reverse order (each with the text before it up to the entry before).
QByteArray reversed(const QByteArray& file)
{
    auto entries = AndroidReader::entries(file, QStringLiteral("x.xml"));
    if (!entries || entries->isEmpty())
        return file;
    QByteArray out = file.first(entries->first().begin);
    for (qsizetype i = entries->size() - 1; i >= 0; --i) {
        out += (*entries)[i].line > 0 ? QByteArray("\n    ") : QByteArray();
        out += file.sliced((*entries)[i].begin, (*entries)[i].end - (*entries)[i].begin);
    }
    return out + file.sliced(entries->last().end);
}

const QByteArray defaults = R"(<?xml version="1.0" encoding="utf-8"?>
<resources xmlns:xliff="urn:oasis:names:tc:xliff:document:1.2">
    <!-- The app's name -->
    <string name="app_name">Larkspur</string>
    <string name="open">Open <xliff:g id="name">%s</xliff:g></string>
    <plurals name="files">
        <item quantity="one">%d file</item>
        <item quantity="other">%d files</item>
    </plurals>
    <string-array name="planets">
        <item>Mercury</item>
        <item>Venus</item>
    </string-array>
    <string name="version" translatable="false">1.0</string>
    <string name="quit">Quit</string>
</resources>
)";

// Out of order, one of another kind (planets), one missing (quit), one the default file lacks.
const QByteArray shuffled = R"(<?xml version="1.0" encoding="utf-8"?>
<resources xmlns:xliff="urn:oasis:names:tc:xliff:document:1.2">
    <string name="planets">Merkur</string>
    <plurals name="files">
        <item quantity="one">%d Datei</item>
        <item quantity="other">%d Dateien</item>
    </plurals>
    <string name="gone">Weg</string>
    <string name="open">Öffne <xliff:g id="name">%s</xliff:g></string>
    <string name="app_name">Rittersporn</string>
</resources>
)";

} // namespace

class TestAndroidStreamedRead : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sameSegmentsAsReadPair_data();
    void sameSegmentsAsReadPair();
    void sameErrorAsReadPair_data();
    void sameErrorAsReadPair();
};

void TestAndroidStreamedRead::sameSegmentsAsReadPair_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QByteArray>("translation");
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("translated"); // segments with a target, as a check that the pair was read
    // The translated counts are the names each translation file has (zxing's Hebrew file has its
    // app_name commented out).
    const QList<std::tuple<QString, QString, int>> pairs = {
        {QStringLiteral("zxing"), QStringLiteral("iw"), 120},
        {QStringLiteral("react-native/uimanager"), QStringLiteral("uk"), 25},
        {QStringLiteral("react-native/devsupport"), QStringLiteral("pa"), 2}};
    for (const auto& [folder, language, translated] : pairs) {
        const QByteArray source =
            readTestData(QStringLiteral("android/") + folder, QStringLiteral("values/strings.xml"));
        const QByteArray translation =
            readTestData(QStringLiteral("android/") + folder, QStringLiteral("values-%1/strings.xml").arg(language));
        QVERIFY(!source.isEmpty() && !translation.isEmpty());
        QTest::addRow("%s, %s", qPrintable(folder), qPrintable(language))
            << source << translation << language << translated;
        QTest::addRow("%s, %s reversed", qPrintable(folder), qPrintable(language))
            << source << reversed(translation) << language << translated;
        QTest::addRow("%s, no translation yet", qPrintable(folder)) << source << QByteArray() << language << 0;
    }
    for (const QString& file :
         {QStringLiteral("dpkg/values-ja/strings.xml"), QStringLiteral("tar/values-pl/strings.xml"),
          QStringLiteral("apt/values-ru/strings.xml"), QStringLiteral("photo-editor/values/strings.xml")}) {
        const QByteArray data = readTestData(QStringLiteral("android"), file);
        QVERIFY(!data.isEmpty());
        QTest::addRow("%s with itself", qPrintable(file)) << data << data << QStringLiteral("de") << -1;
        QTest::addRow("%s with itself reversed", qPrintable(file))
            << data << reversed(data) << QStringLiteral("de") << -1;
    }
    QTest::newRow("shuffled, another kind, missing and extra") << defaults << shuffled << QStringLiteral("de") << 3;
    QTest::newRow("no translation yet") << defaults << QByteArray() << QStringLiteral("pl") << 0;
    QByteArray utf16 = QByteArray("\xff\xfe");
    const QString text = QString::fromUtf8(shuffled).replace(QStringLiteral("utf-8"), QStringLiteral("utf-16"));
    utf16.append(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
    QTest::newRow("UTF-16 translation") << defaults << utf16 << QStringLiteral("de") << 3;
}

void TestAndroidStreamedRead::sameSegmentsAsReadPair()
{
    QFETCH(QByteArray, source);
    QFETCH(QByteArray, translation);
    QFETCH(QString, language);
    QFETCH(int, translated);
    const AndroidFilter filter;
    const QString target = translationName(language);
    const auto whole = filter.readPair(source, sourceName, translation, target, language);
    QVERIFY2(whole, qPrintable(errorText(whole)));
    QVERIFY(!whole->segments.isEmpty());
    const auto streamed = streamedPair(filter, source, sourceName, translation, target, language);
    QVERIFY2(streamed, qPrintable(errorText(streamed)));
    QVERIFY2(firstDifference(*streamed, *whole).isEmpty(), qPrintable(firstDifference(*streamed, *whole)));
    if (translated >= 0) {
        const auto withTarget = std::count_if(streamed->segments.begin(), streamed->segments.end(),
                                              [](const domain::Segment& s) { return domain::hasText(s.targets); });
        QCOMPARE(int(withTarget), translated);
    }
}

void TestAndroidStreamedRead::sameErrorAsReadPair_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QByteArray>("translation");
    QTest::addColumn<QString>("where"); // the file the error names, and its line
    QByteArray lateBreak = defaults;
    lateBreak.replace("<string name=\"quit\">Quit</string>", "<string name=\"quit\">Quit</strin>");
    QByteArray sourceTwice = defaults;
    sourceTwice.replace("<string name=\"quit\">", "<string name=\"app_name\">");
    QByteArray translationTwice = shuffled;
    translationTwice.replace("<string name=\"gone\">", "<string name=\"open\">");
    QByteArray badTranslation = shuffled;
    badTranslation.replace("<string name=\"app_name\">Rittersporn", "<string name=\"app_name\">Ritter&sporn");
    QTest::newRow("source broken after entries")
        << lateBreak << shuffled << QStringLiteral("res/values/strings.xml:15");
    QTest::newRow("a name twice in the source")
        << sourceTwice << shuffled << QStringLiteral("res/values/strings.xml:15");
    QTest::newRow("a name twice in the translation")
        << defaults << translationTwice << QStringLiteral("res/values-de/strings.xml:9");
    QTest::newRow("translation broken") << defaults << badTranslation << QStringLiteral("res/values-de/strings.xml:10");
    QTest::newRow("both broken: the source's error")
        << lateBreak << badTranslation << QStringLiteral("res/values/strings.xml:15");
    QTest::newRow("translation not XML") << defaults << QByteArray("{\"a\": 1}")
                                         << QStringLiteral("res/values-de/strings.xml:1");
}

void TestAndroidStreamedRead::sameErrorAsReadPair()
{
    QFETCH(QByteArray, source);
    QFETCH(QByteArray, translation);
    QFETCH(QString, where);
    const AndroidFilter filter;
    const QString target = translationName(QStringLiteral("de"));
    const auto whole = filter.readPair(source, sourceName, translation, target, QStringLiteral("de"));
    QVERIFY(!whole);
    const auto streamed = streamedPair(filter, source, sourceName, translation, target, QStringLiteral("de"));
    QVERIFY(!streamed);
    QCOMPARE(streamed.error().describe(), whole.error().describe());
    QCOMPARE(QStringLiteral("%1:%2").arg(streamed.error().file).arg(streamed.error().line), where);
}

QTEST_GUILESS_MAIN(TestAndroidStreamedRead)
#include "TestAndroidStreamedRead.moc"
