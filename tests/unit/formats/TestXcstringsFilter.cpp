// Tests the Apple String Catalog filter on a real catalog (TodoApp_Swift, source language ja):
// reading, languages, byte-exact round trips, edits python's json module accepts, a localization and
// plural forms inserted in Xcode's layout, create() then read(), and errors.

#include <QFile>
#include <QProcess>
#include <QTest>

#include "TestData.h"
#include "formats/FilterRegistry.h"
#include "formats/XcstringsFilter.h"

using tessera::domain::Segment;
using tessera::domain::SegmentFlag;
using tessera::domain::SegmentState;
using tessera::formats::FilterRegistry;
using tessera::formats::ParsedDocument;
using tessera::formats::XcstringsFilter;

using tessera::testsupport::errorText;

namespace {

QByteArray readData(const QString& name)
{
    return tessera::testsupport::readTestData(QStringLiteral("xcstrings"), name);
}

// python3's json module as an independent reader: the value at the given member names.
QString pythonValue(const QByteArray& json, const QStringList& path)
{
    QProcess process;
    process.start(
        QStringLiteral("python3"),
        QStringList{QStringLiteral("-c"),
                    QStringLiteral("import json,sys\nd=json.loads(sys.stdin.buffer.read().decode('utf-8'))\n"
                                   "for p in sys.argv[1:]: d=d[p]\nsys.stdout.buffer.write(d.encode('utf-8'))")} +
            path);
    process.write(json);
    process.closeWriteChannel();
    process.waitForFinished(30000);
    if (process.exitCode() != 0)
        return QStringLiteral("ERROR ") + QString::fromUtf8(process.readAllStandardError());
    return QString::fromUtf8(process.readAllStandardOutput());
}

Segment* find(ParsedDocument& document, const QString& key)
{
    for (Segment& s : document.segments) {
        if (s.key == key)
            return &s;
    }
    return nullptr;
}

const QByteArray pluralCatalog = R"({
  "sourceLanguage" : "en",
  "strings" : {
    "%lld files" : {
      "comment" : "Files in a folder",
      "localizations" : {
        "de" : {
          "variations" : {
            "plural" : {
              "other" : {
                "stringUnit" : {
                  "state" : "translated",
                  "value" : "%lld Dateien"
                }
              }
            }
          }
        },
        "en" : {
          "variations" : {
            "plural" : {
              "one" : {
                "stringUnit" : {
                  "state" : "translated",
                  "value" : "%lld file"
                }
              },
              "other" : {
                "stringUnit" : {
                  "state" : "translated",
                  "value" : "%lld files"
                }
              }
            }
          }
        }
      }
    },
    "Old" : {
      "extractionState" : "stale",
      "localizations" : {
        "de" : {
          "stringUnit" : {
            "state" : "needs_review",
            "value" : "Alt"
          }
        }
      }
    }
  },
  "version" : "1.0"
})";

} // namespace

class TestXcstringsFilter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void realFile();
    void editedTargetAndState();
    void missingLocalizationIsInserted();
    void pluralForms();
    void missingPluralFormsAreInserted();
    void createThenRead();
    void badInput();
};

void TestXcstringsFilter::realFile()
{
    const QByteArray data = readData(QStringLiteral("todoapp.xcstrings"));
    const FilterRegistry registry;
    const auto* filter = registry.detect(QStringLiteral("Localizable.xcstrings"), data.left(4096));
    QVERIFY(filter);
    QCOMPARE(filter->id(), QStringLiteral("xcstrings"));
    // the content alone says so too, whatever the extension
    QCOMPARE(registry.detect(QStringLiteral("Localizable.json"), data.left(4096))->id(), QStringLiteral("xcstrings"));
    const XcstringsFilter xc;
    QCOMPARE(xc.languages(data, QStringLiteral("x.xcstrings")).value(), QStringList{QStringLiteral("en")});
    auto document = filter->read(data, QStringLiteral("Localizable.xcstrings"));
    QVERIFY2(document, qPrintable(errorText(document)));
    QCOMPARE(document->sourceLanguage, QStringLiteral("ja"));
    QCOMPARE(document->targetLanguage, QStringLiteral("en"));
    QCOMPARE(document->segments.size(), 32);
    QCOMPARE(document->segments[0].key, QString());
    QVERIFY(document->segments[0].flags.testFlag(SegmentFlag::Locked));
    QVERIFY(document->segments[1].flags.testFlag(SegmentFlag::Locked));
    const Segment* cancel = find(*document, QStringLiteral("Cancel"));
    QVERIFY(cancel);
    QCOMPARE(cancel->source, QStringLiteral("キャンセル"));
    QCOMPARE(cancel->targets, QStringList{QStringLiteral("Cancel")});
    QCOMPARE(cancel->state, SegmentState::Translated);
    QVERIFY(!cancel->flags.testFlag(SegmentFlag::Locked));
    const auto written = filter->write(data, document->segments, QStringLiteral("Localizable.xcstrings"));
    QVERIFY2(written, qPrintable(errorText(written)));
    QVERIFY(*written == data);
    // the source language read as a "target" also comes back unchanged
    const auto ja = xc.readLanguage(data, QStringLiteral("x.xcstrings"), QStringLiteral("ja"));
    QVERIFY2(ja, qPrintable(errorText(ja)));
    const auto jaWritten = xc.writeLanguage(data, ja->segments, QStringLiteral("x.xcstrings"), QStringLiteral("ja"));
    QVERIFY(jaWritten && *jaWritten == data);
}

void TestXcstringsFilter::editedTargetAndState()
{
    const QByteArray data = readData(QStringLiteral("todoapp.xcstrings"));
    const XcstringsFilter filter;
    auto document = filter.read(data, QStringLiteral("Localizable.xcstrings"));
    QVERIFY2(document, qPrintable(errorText(document)));
    Segment* cancel = find(*document, QStringLiteral("Cancel"));
    cancel->targets = {QStringLiteral("Abort \"now\"")};
    cancel->state = SegmentState::Draft;
    const auto written = filter.write(data, document->segments, QStringLiteral("Localizable.xcstrings"));
    QVERIFY2(written, qPrintable(errorText(written)));
    QByteArray expected = data;
    const QByteArray before =
        "\"Cancel\" : {\n      \"localizations\" : {\n        \"en\" : {\n          \"stringUnit\" : {\n"
        "            \"state\" : \"translated\",\n            \"value\" : \"Cancel\"";
    const QByteArray after =
        "\"Cancel\" : {\n      \"localizations\" : {\n        \"en\" : {\n          \"stringUnit\" : {\n"
        "            \"state\" : \"needs_review\",\n            \"value\" : \"Abort \\\"now\\\"\"";
    QVERIFY(expected.contains(before));
    expected.replace(before, after);
    QCOMPARE(*written, expected);
    QCOMPARE(pythonValue(*written, {"strings", "Cancel", "localizations", "en", "stringUnit", "value"}),
             QStringLiteral("Abort \"now\""));
    auto again = filter.read(*written, QStringLiteral("Localizable.xcstrings"));
    QVERIFY2(again, qPrintable(errorText(again)));
    QCOMPARE(find(*again, QStringLiteral("Cancel"))->state, SegmentState::Draft);
}

void TestXcstringsFilter::missingLocalizationIsInserted()
{
    const QByteArray data = readData(QStringLiteral("todoapp.xcstrings"));
    const XcstringsFilter filter;
    auto document = filter.readLanguage(data, QStringLiteral("x.xcstrings"), QStringLiteral("de"));
    QVERIFY2(document, qPrintable(errorText(document)));
    Segment* cancel = find(*document, QStringLiteral("Cancel"));
    QCOMPARE(cancel->targets, QStringList{QString()});
    QCOMPARE(cancel->state, SegmentState::New);
    cancel->targets = {QStringLiteral("Abbrechen")};
    cancel->state = SegmentState::Translated;
    Segment* star = find(*document, QStringLiteral("*"));
    star->targets = {QStringLiteral("*")}; // an entry without localizations gets them
    star->state = SegmentState::Translated;
    const auto written =
        filter.writeLanguage(data, document->segments, QStringLiteral("x.xcstrings"), QStringLiteral("de"));
    QVERIFY2(written, qPrintable(errorText(written)));
    QByteArray expected = data;
    expected.replace(
        "    \"Cancel\" : {\n      \"localizations\" : {\n        \"en\" : {",
        "    \"Cancel\" : {\n      \"localizations\" : {\n        \"de\" : {\n          \"stringUnit\" : {\n"
        "            \"state\" : \"translated\",\n            \"value\" : \"Abbrechen\"\n          }\n"
        "        },\n        \"en\" : {");
    expected.replace("    \"*\" : {\n      \"shouldTranslate\" : false\n",
                     "    \"*\" : {\n      \"localizations\" : {\n        \"de\" : {\n          \"stringUnit\" : {\n"
                     "            \"state\" : \"translated\",\n            \"value\" : \"*\"\n          }\n        }\n"
                     "      },\n      \"shouldTranslate\" : false\n");
    QCOMPARE(QString::fromUtf8(*written), QString::fromUtf8(expected));
    QCOMPARE(filter.languages(*written, QStringLiteral("x.xcstrings")).value(),
             (QStringList{QStringLiteral("de"), QStringLiteral("en")}));
    QCOMPARE(pythonValue(*written, {"strings", "Cancel", "localizations", "de", "stringUnit", "value"}),
             QStringLiteral("Abbrechen"));
}

void TestXcstringsFilter::pluralForms()
{
    const XcstringsFilter filter;
    auto document = filter.read(pluralCatalog, QStringLiteral("x.xcstrings"));
    QVERIFY2(document, qPrintable(errorText(document)));
    QCOMPARE(document->targetLanguage, QStringLiteral("de"));
    QCOMPARE(document->segments.size(), 2);
    const Segment& files = document->segments[0];
    QVERIFY(files.isPlural());
    QCOMPARE(files.source, QStringLiteral("%lld file"));
    QCOMPARE(files.sourcePlural, QStringLiteral("%lld files"));
    QCOMPARE(files.targets, (QStringList{QString(), QStringLiteral("%lld Dateien")}));
    QCOMPARE(files.state, SegmentState::Draft); // "one" is missing
    QCOMPARE(files.context.note, QStringLiteral("Files in a folder"));
    const Segment& old = document->segments[1];
    QVERIFY(old.flags.testFlag(SegmentFlag::Obsolete));
    QCOMPARE(old.source, QStringLiteral("Old")); // no source localization: the key
    QCOMPARE(old.state, SegmentState::Draft);
    // languages with 1 (ja), 3 (ru: one few many other = 4 categories) and 6 (ar) categories
    QCOMPARE(filter.readLanguage(pluralCatalog, {}, QStringLiteral("ja"))->segments[0].targets.size(), 1);
    QCOMPARE(filter.readLanguage(pluralCatalog, {}, QStringLiteral("ru"))->segments[0].targets.size(), 4);
    QCOMPARE(filter.readLanguage(pluralCatalog, {}, QStringLiteral("ar"))->segments[0].targets.size(), 6);
    const auto written = filter.write(pluralCatalog, document->segments, QStringLiteral("x.xcstrings"));
    QVERIFY(written && *written == pluralCatalog);
}

void TestXcstringsFilter::missingPluralFormsAreInserted()
{
    const XcstringsFilter filter;
    auto document = filter.read(pluralCatalog, QStringLiteral("x.xcstrings"));
    QVERIFY2(document, qPrintable(errorText(document)));
    Segment files = document->segments[0];
    files.targets[0] = QStringLiteral("%lld Datei");
    files.state = SegmentState::Translated;
    const auto written = filter.write(pluralCatalog, {files}, QStringLiteral("x.xcstrings"));
    QVERIFY2(written, qPrintable(errorText(written)));
    QByteArray expected = pluralCatalog;
    expected.replace(
        "            \"plural\" : {\n              \"other\" : {\n                \"stringUnit\" : {\n"
        "                  \"state\" : \"translated\",\n                  \"value\" : \"%lld Dateien\"",
        "            \"plural\" : {\n              \"one\" : {\n                \"stringUnit\" : {\n"
        "                  \"state\" : \"translated\",\n                  \"value\" : \"%lld Datei\"\n"
        "                }\n              },\n              \"other\" : {\n                \"stringUnit\" : {\n"
        "                  \"state\" : \"translated\",\n                  \"value\" : \"%lld Dateien\"");
    QCOMPARE(QString::fromUtf8(*written), QString::fromUtf8(expected));

    // Russian has no localization yet: variations/plural with its four forms, sorted as Xcode does
    auto ru = filter.readLanguage(pluralCatalog, {}, QStringLiteral("ru"));
    QVERIFY2(ru, qPrintable(errorText(ru)));
    Segment ruFiles = ru->segments[0];
    ruFiles.targets = {QStringLiteral("%lld файл"), QStringLiteral("%lld файла"), QStringLiteral("%lld файлов"),
                       QStringLiteral("%lld файла")};
    ruFiles.state = SegmentState::Translated;
    const auto ruWritten = filter.writeLanguage(pluralCatalog, {ruFiles}, {}, QStringLiteral("ru"));
    QVERIFY2(ruWritten, qPrintable(errorText(ruWritten)));
    QCOMPARE(pythonValue(*ruWritten, {"strings", "%lld files", "localizations", "ru", "variations", "plural", "many",
                                      "stringUnit", "value"}),
             QStringLiteral("%lld файлов"));
    QVERIFY(ruWritten->contains("      }\n    },\n    \"Old\""));
    const qsizetype few = ruWritten->indexOf("\"few\" : {");
    QVERIFY(few > 0 && few < ruWritten->indexOf("\"many\" : {") &&
            ruWritten->indexOf("\"many\" : {") <
                ruWritten->indexOf("\"one\" : {\n                \"stringUnit\" : {\n                  \"state\" : "
                                   "\"translated\",\n                  \"value\" : \"%lld файл\""));
    auto back = filter.readLanguage(*ruWritten, {}, QStringLiteral("ru"));
    QVERIFY2(back, qPrintable(errorText(back)));
    QCOMPARE(back->segments[0].targets, ruFiles.targets);
    QCOMPARE(back->segments[0].state, SegmentState::Translated);
    // and the layout is Xcode's: reading and re-indenting with python's json gives the same bytes
    QProcess python;
    python.start(QStringLiteral("python3"),
                 {QStringLiteral("-c"),
                  QStringLiteral("import json,sys\nd=json.loads(sys.stdin.buffer.read())\nsys.stdout.buffer.write("
                                 "json.dumps(d,indent=2,separators=(',',' : '),ensure_ascii=False).encode())")});
    python.write(*ruWritten);
    python.closeWriteChannel();
    python.waitForFinished(30000);
    QCOMPARE(QString::fromUtf8(python.readAllStandardOutput()), QString::fromUtf8(*ruWritten));
}

void TestXcstringsFilter::createThenRead()
{
    const XcstringsFilter filter;
    for (const QByteArray& data : {readData(QStringLiteral("todoapp.xcstrings")), pluralCatalog}) {
        const auto document = filter.read(data, QStringLiteral("x.xcstrings"));
        QVERIFY2(document, qPrintable(errorText(document)));
        const auto created = filter.create(*document, QStringLiteral("x.xcstrings"));
        QVERIFY2(created, qPrintable(errorText(created)));
        // Xcode's layout: python's json with Xcode's separators writes the same bytes
        QProcess python;
        python.start(QStringLiteral("python3"),
                     {QStringLiteral("-c"),
                      QStringLiteral("import json,sys\nd=json.loads(sys.stdin.buffer.read())\nsys.stdout.buffer.write("
                                     "json.dumps(d,indent=2,separators=(',',' : '),ensure_ascii=False).encode())")});
        python.write(*created);
        python.closeWriteChannel();
        python.waitForFinished(30000);
        QCOMPARE(QString::fromUtf8(python.readAllStandardOutput()), QString::fromUtf8(*created));
        const auto back = filter.read(*created, QStringLiteral("x.xcstrings"));
        QVERIFY2(back, qPrintable(errorText(back)));
        QCOMPARE(back->sourceLanguage, document->sourceLanguage);
        QCOMPARE(back->targetLanguage, document->targetLanguage);
        QCOMPARE(back->segments.size(), document->segments.size());
        for (qsizetype i = 0; i < back->segments.size(); ++i) {
            const Segment& a = back->segments[i];
            const Segment& b = document->segments[i];
            QCOMPARE(a.key, b.key);
            QCOMPARE(a.source, b.source);
            QCOMPARE(a.sourcePlural, b.sourcePlural);
            QCOMPARE(a.targets, b.targets);
            QCOMPARE(a.context.note, b.context.note);
            QCOMPARE(a.flags, b.flags);
            if (!b.targets.join(QString()).isEmpty())
                QCOMPARE(a.state, b.state);
        }
    }
}

void TestXcstringsFilter::badInput()
{
    const XcstringsFilter filter;
    const auto noStrings = filter.read("{\"sourceLanguage\" : \"en\"}", QStringLiteral("x.xcstrings"));
    QVERIFY(!noStrings);
    QVERIFY(noStrings.error().message.contains(QStringLiteral("\"strings\"")));
    const auto truncated = filter.read("{\n  \"sourceLanguage\" : \"en\",\n  \"strings\" : {\n    \"a\" : {",
                                       QStringLiteral("x.xcstrings"));
    QVERIFY(!truncated);
    QCOMPARE(truncated.error().file, QStringLiteral("x.xcstrings"));
    QCOMPARE(truncated.error().line, 4);
    QCOMPARE(truncated.error().column, 12);
}

QTEST_GUILESS_MAIN(TestXcstringsFilter)
#include "TestXcstringsFilter.moc"
