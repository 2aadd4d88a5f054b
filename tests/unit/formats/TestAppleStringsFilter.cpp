// Tests the Apple .strings filter on real files (GMImagePicker in UTF-16 LE, QBImagePicker in UTF-8,
// GNUstep with a UTF-8 BOM and unquoted keys): reading, notes, byte-exact round trips, edits written
// back in the file's encoding, keys appended, create() then read(), and errors with line and column.

#include <QFile>
#include <QTest>

#include "TestData.h"
#include "formats/AppleStringsFilter.h"
#include "formats/FilterRegistry.h"

using tessera::domain::Segment;
using tessera::domain::SegmentState;
using tessera::formats::AppleStringsFilter;
using tessera::formats::FilterRegistry;
using tessera::formats::ParsedDocument;

using tessera::testsupport::errorText;

namespace {

QByteArray readData(const QString& name)
{
    return tessera::testsupport::readTestData(QStringLiteral("strings"), name);
}

QByteArray utf16le(const QString& text)
{
    QByteArray out("\xFF\xFE");
    for (const QChar c : text) {
        out += char(c.unicode() & 0xFF);
        out += char(c.unicode() >> 8);
    }
    return out;
}

} // namespace

class TestAppleStringsFilter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void realFiles_data();
    void realFiles();
    void utf16EditStaysUtf16();
    void escapes();
    void shortUnicodeEscapes();
    void pairAndAppend();
    void createThenRead();
    void realFileWithDuplicateKey();
    void badInput_data();
    void badInput();
};

void TestAppleStringsFilter::realFileWithDuplicateKey()
{
    // Cenon's German Operations.strings (as Debian ships it) defines "Align" twice; Foundation
    // silently keeps one, Tessera names the second.
    const QByteArray data = readData(QStringLiteral("cenon-operations-German.strings"));
    QVERIFY(!data.isEmpty());
    const auto document = AppleStringsFilter().read(data, QStringLiteral("Operations.strings"));
    QVERIFY(!document);
    QCOMPARE(document.error().message, QStringLiteral("duplicate key \"Align\""));
    QCOMPARE(document.error().line, 32);
    QCOMPARE(document.error().column, 1);
}

void TestAppleStringsFilter::realFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("segments");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("note");
    QTest::newRow("gmimagepicker en (UTF-16 LE)")
        << "gmimagepicker-en.strings" << "en" << 11 << "picker.navigation.cancel-button" << "Cancel" << "Cancel";
    QTest::newRow("gmimagepicker de (UTF-16 LE)")
        << "gmimagepicker-de.strings" << "de" << 11 << "picker.navigation.cancel-button" << "Abbrechen" << "Cancel";
    QTest::newRow("gmimagepicker ja (UTF-16 LE)")
        << "gmimagepicker-ja.strings" << "ja" << 11 << "picker.navigation.title" << "画像選択"
        << "Navigation bar default title";
    QTest::newRow("qbimagepicker de") << "qbimagepicker-de.strings" << "de" << 17 << "albums.title" << "Fotos" << "";
    QTest::newRow("qbimagepicker ru") << "qbimagepicker-ru.strings" << "ru" << 17 << "albums.title" << "Фотографии"
                                      << "";
    QTest::newRow("qbimagepicker pl") << "qbimagepicker-pl.strings" << "pl" << 17 << "albums.title" << "Zdjęcia"
                                      << "";
    QTest::newRow("gnustep-base German (BOM, unquoted keys)")
        << "gnustep-base-German.strings" << "" << 147 << "GSUndefinedEncoding" << "unbekannt"
        << "German string encodings";
}

void TestAppleStringsFilter::realFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, language);
    QFETCH(int, segments);
    QFETCH(QString, key);
    QFETCH(QString, target);
    QFETCH(QString, note);
    const QByteArray data = readData(file);
    QVERIFY(!data.isEmpty());
    const FilterRegistry registry;
    const auto* filter = registry.detect(file, data.left(4096));
    QVERIFY(filter);
    QCOMPARE(filter->id(), QStringLiteral("strings"));
    const auto document = filter->read(data, file);
    QVERIFY2(document, qPrintable(errorText(document)));
    QCOMPARE(document->targetLanguage, language);
    QCOMPARE(document->segments.size(), segments);
    const auto it = std::find_if(document->segments.begin(), document->segments.end(),
                                 [&](const Segment& s) { return s.key == key; });
    QVERIFY(it != document->segments.end());
    QCOMPARE(it->targets, QStringList{target});
    QCOMPARE(it->context.note, note);
    QCOMPARE(it->state, SegmentState::Translated);
    const auto written = filter->write(data, document->segments, file);
    QVERIFY2(written, qPrintable(errorText(written)));
    QVERIFY(*written == data);
}

void TestAppleStringsFilter::utf16EditStaysUtf16()
{
    const QByteArray data = readData(QStringLiteral("gmimagepicker-de.strings"));
    const AppleStringsFilter filter;
    auto document = filter.read(data, QStringLiteral("de.lproj/GMImagePicker.strings"));
    QVERIFY2(document, qPrintable(errorText(document)));
    QCOMPARE(document->targetLanguage, QStringLiteral("de"));
    document->segments[0].targets = {QStringLiteral("Zurück \"jetzt\"\n✓")};
    const auto written = filter.write(data, document->segments, QStringLiteral("de.lproj/GMImagePicker.strings"));
    QVERIFY2(written, qPrintable(errorText(written)));
    QVERIFY(written->startsWith("\xFF\xFE"));
    // the same text, decoded, with only the value replaced
    QString text = QString::fromUtf16(reinterpret_cast<const char16_t*>(data.constData() + 2), (data.size() - 2) / 2);
    text.replace(QStringLiteral("= \"Abbrechen\";"), QStringLiteral("= \"Zurück \\\"jetzt\\\"\\n✓\";"));
    QCOMPARE(*written, utf16le(text));
    const auto again = filter.read(*written, QStringLiteral("de.lproj/GMImagePicker.strings"));
    QVERIFY2(again, qPrintable(errorText(again)));
    QCOMPARE(again->segments[0].targets, document->segments[0].targets);
}

void TestAppleStringsFilter::escapes()
{
    const QByteArray data =
        "// line comment\n\"a\\\"b\" = \"x\\\\y\\n\\t\\U00e9\\u20AC\\101\";\nunquoted_key = value.1;\n"
        "\"short\";\n";
    const AppleStringsFilter filter;
    auto document = filter.read(data, QStringLiteral("en.lproj/x.strings"));
    QVERIFY2(document, qPrintable(errorText(document)));
    QCOMPARE(document->segments.size(), 3);
    QCOMPARE(document->segments[0].key, QStringLiteral("a\"b"));
    QCOMPARE(document->segments[0].targets.first(), QStringLiteral("x\\y\n\té€A"));
    QCOMPARE(document->segments[0].context.note, QStringLiteral("line comment"));
    QCOMPARE(document->segments[1].key, QStringLiteral("unquoted_key"));
    QCOMPARE(document->segments[1].targets.first(), QStringLiteral("value.1"));
    QCOMPARE(document->segments[2].targets.first(), QStringLiteral("short"));
    document->segments[1].targets = {QStringLiteral("new value")};
    document->segments[2].targets = {QStringLiteral("kurz")};
    const auto written = filter.write(data, document->segments, QStringLiteral("en.lproj/x.strings"));
    QVERIFY2(written, qPrintable(errorText(written)));
    QCOMPARE(*written, QByteArray("// line comment\n\"a\\\"b\" = \"x\\\\y\\n\\t\\U00e9\\u20AC\\101\";\n"
                                  "unquoted_key = \"new value\";\n\"short\" = \"kurz\";\n"));
}

void TestAppleStringsFilter::shortUnicodeEscapes()
{
    // GNUMail's German Localizable.strings (Debian gnumail.app-common 1.3.0-1, line 2998) writes
    // "k\u0f6nnen": \U takes up to four hex digits, as Core Foundation and GNUstep read it.
    const QByteArray data = "\"also which table colums\"\n= \"In diesem Feld k\\u0f6nnen Sie \\U41\\U20acx\";\n";
    const AppleStringsFilter filter;
    auto document = filter.read(data, QStringLiteral("German.lproj/Localizable.strings"));
    QVERIFY2(document, qPrintable(errorText(document)));
    QCOMPARE(document->segments.size(), 1);
    QCOMPARE(document->segments[0].targets.first(), QStringLiteral("In diesem Feld können Sie A€x"));
    const auto written = filter.write(data, document->segments, QStringLiteral("German.lproj/Localizable.strings"));
    QVERIFY2(written, qPrintable(errorText(written)));
    QVERIFY(*written == data);
}

void TestAppleStringsFilter::pairAndAppend()
{
    const AppleStringsFilter filter;
    const QByteArray en =
        readData(QStringLiteral("qbimagepicker-de.strings")).replace("\"albums.title\" = \"Fotos\";\n", "");
    const QByteArray source =
        "/* Title of the album list */\n\"albums.title\" = \"Photos\";\n\n\"new.key\" = \"New\";\n";
    auto document =
        filter.readPair(source, QStringLiteral("en.lproj/x.strings"), en, QStringLiteral("de.lproj/x.strings"));
    QVERIFY2(document, qPrintable(errorText(document)));
    QCOMPARE(document->sourceLanguage, QStringLiteral("en"));
    QCOMPARE(document->segments.size(), 2 + 16); // the target's other keys come after, obsolete
    QCOMPARE(document->segments[0].source, QStringLiteral("Photos"));
    QCOMPARE(document->segments[0].state, SegmentState::New);
    QCOMPARE(document->segments[0].context.note, QStringLiteral("Title of the album list"));
    document->segments[0].targets = {QStringLiteral("Alben")};
    const auto written = filter.write(en, document->segments, QStringLiteral("de.lproj/x.strings"));
    QVERIFY2(written, qPrintable(errorText(written)));
    QCOMPARE(QString::fromUtf8(*written),
             QString::fromUtf8(en + "\n/* Title of the album list */\n\"albums.title\" = \"Alben\";\n"));
}

void TestAppleStringsFilter::createThenRead()
{
    const AppleStringsFilter filter;
    const auto document =
        filter.read(readData(QStringLiteral("gmimagepicker-ja.strings")), QStringLiteral("ja.strings"));
    QVERIFY2(document, qPrintable(errorText(document)));
    const auto created = filter.create(*document, QStringLiteral("ja.strings"));
    QVERIFY2(created, qPrintable(errorText(created)));
    QVERIFY(created->startsWith("/* Cancel */\n\"picker.navigation.cancel-button\" = \"キャンセル\";\n\n/* Done */\n"));
    const auto back = filter.read(*created, QStringLiteral("ja.strings"));
    QVERIFY2(back, qPrintable(errorText(back)));
    QCOMPARE(back->segments.size(), document->segments.size());
    for (qsizetype i = 0; i < back->segments.size(); ++i) {
        QCOMPARE(back->segments[i].key, document->segments[i].key);
        QCOMPARE(back->segments[i].targets, document->segments[i].targets);
        QCOMPARE(back->segments[i].context.note, document->segments[i].context.note);
    }
}

void TestAppleStringsFilter::badInput_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");
    QTest::newRow("unterminated string") << QByteArray("\"a\" = \"b\";\n\"c\" = \"d;\n") << 2 << 7
                                         << "unterminated string";
    QTest::newRow("missing semicolon") << QByteArray("\"a\" = \"b\"\n\"c\" = \"d\";") << 2 << 1 << "';'";
    QTest::newRow("missing equals") << QByteArray("\"a\" \"b\";") << 1 << 5 << "'='";
    QTest::newRow("duplicate key") << QByteArray("\"a\" = \"b\";\n  \"a\" = \"c\";") << 2 << 3 << "duplicate key";
    QTest::newRow("unterminated comment") << QByteArray("\"a\" = \"b\";\n/* x") << 2 << 1 << "unterminated comment";
    QTest::newRow("invalid utf-8") << QByteArray("\"a\" = \"b\";\n\"c\" = \"\xC3\x28\";") << 2 << 8 << "invalid UTF-8";
    QTest::newRow("odd utf-16") << QByteArray("\xFF\xFE\x22\x00\x61") << 1 << 1 << "even number";
    QTest::newRow("truncated") << QByteArray("\"a\" = ") << 1 << 7 << "end of file";
    QTest::newRow("bad escape") << QByteArray("\"a\" = \"\\Uzz\";") << 1 << 8 << "hex digits";
    QTest::newRow("utf-16 error position")
        << utf16le(QStringLiteral("\"ä\" = \"b\";\n\"c\" = ;")) << 2 << 7 << "a string was expected";
}

void TestAppleStringsFilter::badInput()
{
    QFETCH(QByteArray, data);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    const auto document = AppleStringsFilter().read(data, QStringLiteral("bad.strings"));
    QVERIFY(!document);
    QCOMPARE(document.error().file, QStringLiteral("bad.strings"));
    QVERIFY2(document.error().message.contains(message), qPrintable(document.error().message));
    QCOMPARE(document.error().line, line);
    QCOMPARE(document.error().column, column);
}

QTEST_GUILESS_MAIN(TestAppleStringsFilter)
#include "TestAppleStringsFilter.moc"
