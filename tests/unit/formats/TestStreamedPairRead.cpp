// Tests the streamed import read of Apple String Catalogs and Apple .strings (Filter::readPairTo):
// on every real file of tests/data/xcstrings and tests/data/strings (each language of a catalog, the
// source language, one it lacks and none; each .strings file alone, as its own translation, and the
// real pairs) and on plural, substitution, escaped and re-laid-out catalogs, the sink gets exactly
// the header and the segments readPair gives, field by field and in order; a broken file gives
// readPair's error (file, line, column); the segments go out before the end of the file is read
// (streaming: a file broken at its end has handed some over), and the sink's error stops the read.
#include <QDirIterator>
#include <QTest>

#include "StreamedRead.h"
#include "TestData.h"
#include "formats/AppleStringsFilter.h"
#include "formats/XcstringsFilter.h"

using tessera::domain::Error;
using tessera::domain::ErrorCode;
using tessera::domain::Result;
using tessera::domain::Segment;
using tessera::formats::AppleStringsFilter;
using tessera::formats::Filter;
using tessera::formats::ParsedDocument;
using tessera::formats::SegmentSink;
using tessera::formats::XcstringsFilter;
using tessera::testsupport::errorText;

namespace {

// Records what a reader hands over; refuses the segment after `allowed` (when not negative).
class RecordingSink final : public SegmentSink {
public:
    explicit RecordingSink(int allowed = -1)
        : m_allowed(allowed)
    {}
    Result<void> begin(const ParsedDocument& header) override
    {
        ++begins;
        document = header;
        return {};
    }
    Result<void> segment(Segment&& segment) override
    {
        if (m_allowed >= 0 && document.segments.size() >= m_allowed)
            return tessera::domain::fail(ErrorCode::Io, QStringLiteral("the store is full"));
        document.segments.append(std::move(segment));
        return {};
    }
    ParsedDocument document;
    int begins = 0;

private:
    int m_allowed;
};

// The files of tests/data/FOLDER matching `pattern`, relative, sorted.
QStringList dataFiles(const QString& folder, const QString& pattern)
{
    const QString root = tessera::testsupport::testDataDir(folder);
    QDirIterator it(root, {pattern}, QDir::Files, QDirIterator::Subdirectories);
    QStringList files;
    while (it.hasNext())
        files.append(QDir(root).relativeFilePath(it.next()));
    files.sort();
    return files;
}

// readPairTo and readPair on the same files: the same document, or the same error.
void compareReads(const Filter& filter, const QByteArray& source, const QString& sourceName,
                  const QByteArray& translation, const QString& translationName, const QString& language)
{
    const auto whole = filter.readPair(source, sourceName, translation, translationName, language);
    RecordingSink sink;
    const auto streamed = filter.readPairTo(sink, source, sourceName, translation, translationName, language);
    if (!whole) {
        QVERIFY2(!streamed, "streamed read succeeded where readPair failed");
        QCOMPARE(streamed.error().describe(), whole.error().describe());
        QCOMPARE(streamed.error().file, whole.error().file);
        QCOMPARE(streamed.error().line, whole.error().line);
        QCOMPARE(streamed.error().column, whole.error().column);
        return;
    }
    QVERIFY2(streamed, qPrintable(errorText(streamed)));
    QCOMPARE(sink.begins, 1);
    const QString differs = tessera::testsupport::firstDifference(sink.document, *whole);
    QVERIFY2(differs.isEmpty(), qPrintable(differs));
}

// Plural variations (forms missing, a localization without them), substitutions, a comment, stale
// and manual entries, shouldTranslate false, a value that is no object, an empty entry, and an entry
// on the line of the one before.
const QByteArray pluralCatalog = R"({
  "sourceLanguage" : "en",
  "strings" : {
    "" : {

    },
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
        },
        "fr" : {
          "stringUnit" : {
            "state" : "needs_review",
            "value" : "%lld fichiers"
          }
        },
        "ru" : {
          "variations" : {
            "plural" : {
              "few" : {
                "stringUnit" : {
                  "state" : "translated",
                  "value" : "%lld \u0444\u0430\u0439\u043b\u0430"
                }
              },
              "many" : {
                "stringUnit" : {
                  "state" : "needs_review",
                  "value" : "%lld файлов"
                }
              },
              "one" : {
                "stringUnit" : {
                  "state" : "translated",
                  "value" : "%lld файл"
                }
              }
            }
          }
        }
      }
    },
    "%lld in %lld" : {
      "localizations" : {
        "de" : {
          "stringUnit" : {
            "state" : "translated",
            "value" : "%#@items@ in %#@folders@"
          },
          "substitutions" : {
            "items" : {
              "formatSpecifier" : "lld",
              "variations" : {
                "plural" : {
                  "one" : {
                    "stringUnit" : {
                      "state" : "translated",
                      "value" : "%arg Element"
                    }
                  }
                }
              }
            }
          }
        },
        "en" : {
          "stringUnit" : {
            "state" : "translated",
            "value" : "%#@items@ in %#@folders@"
          }
        }
      }
    },
    "Bare" : {
      "extractionState" : "manual"
    },
    "Locked" : {
      "shouldTranslate" : false
    },
    "Number" : 5,
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
    },
    "One" : {"localizations" : {"de" : {"stringUnit" : {"state" : "new", "value" : ""}}}}, "Two" : {},
    "Qu\u00eft now" : {
      "localizations" : {
        "de" : {
          "stringUnit" : {
            "state" : "translated",
            "value" : "Beenden"
          }
        }
      }
    }
  },
  "version" : "1.0"
})";

QByteArray minified(const QByteArray& json)
{
    QByteArray out;
    bool inString = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (inString) {
            out += c;
            if (c == '\\')
                out += json[++i];
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
            out += c;
        } else if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
            out += c;
        }
    }
    return out;
}

const QStringList catalogLanguages = {QString(),
                                      QStringLiteral("de"),
                                      QStringLiteral("en"),
                                      QStringLiteral("fr"),
                                      QStringLiteral("ru"),
                                      QStringLiteral("ja"),
                                      QStringLiteral("ar")};

} // namespace

class TestStreamedPairRead : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void realCatalogs_data();
    void realCatalogs();
    void catalogLayouts_data();
    void catalogLayouts();
    void badCatalogs_data();
    void badCatalogs();
    void catalogStreams();
    void realStrings_data();
    void realStrings();
    void stringsCorners_data();
    void stringsCorners();
    void badStrings_data();
    void badStrings();
    void stringsStreams();
    void sinkErrorStops();
};

void TestStreamedPairRead::realCatalogs_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("language");
    const QStringList files = dataFiles(QStringLiteral("xcstrings"), QStringLiteral("*.xcstrings"));
    QVERIFY(!files.isEmpty());
    const XcstringsFilter filter;
    for (const QString& file : files) {
        const QByteArray data = tessera::testsupport::readTestData(QStringLiteral("xcstrings"), file);
        auto languages = filter.languages(data, file);
        QVERIFY2(languages, qPrintable(errorText(languages)));
        auto source = filter.read(data, file);
        QVERIFY2(source, qPrintable(errorText(source)));
        // Each language the catalog has, its source language, one it lacks, and none.
        QStringList all = *languages;
        all << source->sourceLanguage << QStringLiteral("fr") << QString();
        for (const QString& language : std::as_const(all))
            QTest::newRow(
                qPrintable(file + QStringLiteral(" for ") + (language.isEmpty() ? QStringLiteral("none") : language)))
                << file << language;
    }
}

void TestStreamedPairRead::realCatalogs()
{
    QFETCH(QString, file);
    QFETCH(QString, language);
    const XcstringsFilter filter;
    QVERIFY(filter.readsPairStreamed());
    const QByteArray data = tessera::testsupport::readTestData(QStringLiteral("xcstrings"), file);
    QVERIFY(!data.isEmpty());
    compareReads(filter, data, QStringLiteral("app/") + file, {}, {}, language);
}

void TestStreamedPairRead::catalogLayouts_data()
{
    QTest::addColumn<QByteArray>("catalog");
    QTest::newRow("Xcode's layout") << pluralCatalog;
    QTest::newRow("CRLF line ends") << QByteArray(pluralCatalog).replace("\n", "\r\n");
    QTest::newRow("one line") << minified(pluralCatalog);
    QTest::newRow("tabs") << QByteArray(pluralCatalog).replace("  ", "\t");
    // A key with escaped quotes and a backslash (in the whole read and the walk both decoded).
    QTest::newRow("escaped key") << QByteArray(pluralCatalog).replace("\"Two\"", "\"T\\\"w\\\\o\"");
    QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBF") + pluralCatalog;
    // "sourceLanguage" after "strings": read whole, the same segments.
    QByteArray late = pluralCatalog;
    late.replace("  \"sourceLanguage\" : \"en\",\n", "");
    late.replace("  \"version\" : \"1.0\"", "  \"sourceLanguage\" : \"en\",\n  \"version\" : \"1.0\"");
    QTest::newRow("sourceLanguage last") << late;
    QTest::newRow("source language de")
        << QByteArray(pluralCatalog).replace("\"sourceLanguage\" : \"en\"", "\"sourceLanguage\" : \"de\"");
    QTest::newRow("no entries") << QByteArray("{\"sourceLanguage\":\"en\",\"strings\":{},\"version\":\"1.0\"}");
    QTest::newRow("strings inside another member")
        << QByteArray("{\"sourceLanguage\":\"en\",\"extra\":{\"strings\":{\"x\":{}}},\"strings\":{\"y\":{}}}");
}

void TestStreamedPairRead::catalogLayouts()
{
    QFETCH(QByteArray, catalog);
    const XcstringsFilter filter;
    for (const QString& language : catalogLanguages) {
        compareReads(filter, catalog, QStringLiteral("Localizable.xcstrings"), {}, {}, language);
        if (QTest::currentTestFailed()) {
            qWarning("language %s", qPrintable(language));
            return;
        }
    }
}

void TestStreamedPairRead::badCatalogs_data()
{
    QTest::addColumn<QByteArray>("catalog");
    QTest::newRow("truncated") << QByteArray("{\n  \"sourceLanguage\" : \"en\",\n  \"strings\" : {\n    \"a\" : {");
    QTest::newRow("truncated after entries") << pluralCatalog.left(pluralCatalog.size() - 30);
    QTest::newRow("a key twice in strings")
        << QByteArray("{\n  \"sourceLanguage\" : \"en\",\n  \"strings\" : {\n    \"a\" : {}, \"a\" : {}\n  }\n}");
    QTest::newRow("a key twice in an entry")
        << QByteArray("{\"sourceLanguage\":\"en\",\"strings\":{\"a\":{},\"b\":{\"comment\":\"x\",\"comment\":\"y\"}}}");
    QTest::newRow("a key twice at the root, after strings")
        << QByteArray("{\"sourceLanguage\":\"en\",\"strings\":{\"a\":{}},\"version\":\"1\",\"version\":\"1\"}");
    QTest::newRow("sourceLanguage twice")
        << QByteArray("{\"sourceLanguage\":\"en\",\"sourceLanguage\":\"de\",\"strings\":{\"a\":{}}}");
    QTest::newRow("strings twice") << QByteArray("{\"sourceLanguage\":\"en\",\"strings\":{\"a\":{}},\"strings\":{}}");
    QTest::newRow("no strings") << QByteArray("{\n  \"sourceLanguage\" : \"en\"\n}");
    QTest::newRow("strings no object") << QByteArray("{\"sourceLanguage\":\"en\",\"strings\":[]}");
    QTest::newRow("no sourceLanguage") << QByteArray("{\"strings\":{\"a\":{}}}");
    QTest::newRow("sourceLanguage no string") << QByteArray("{\"sourceLanguage\":1,\"strings\":{\"a\":{}}}");
    QTest::newRow("an array") << QByteArray("[1, 2]");
    QTest::newRow("a string") << QByteArray("\"x\"");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("trailing garbage") << QByteArray(pluralCatalog) + " x";
    QTest::newRow("bad escape in a late entry") << QByteArray(pluralCatalog).replace("Beenden", "Been\\xden");
}

void TestStreamedPairRead::badCatalogs()
{
    QFETCH(QByteArray, catalog);
    const XcstringsFilter filter;
    QVERIFY(!filter.readPair(catalog, QStringLiteral("Localizable.xcstrings"), {}, {}, QStringLiteral("de")));
    for (const QString& language : catalogLanguages)
        compareReads(filter, catalog, QStringLiteral("Localizable.xcstrings"), {}, {}, language);
}

void TestStreamedPairRead::catalogStreams()
{
    // A catalog broken at its end has handed its first entries over before the error: the read went
    // entry by entry (readPair's whole read would have handed nothing).
    const QByteArray broken = QByteArray(pluralCatalog).replace("Beenden", "Been\\xden");
    const XcstringsFilter filter;
    RecordingSink sink;
    const auto read =
        filter.readPairTo(sink, broken, QStringLiteral("Localizable.xcstrings"), {}, {}, QStringLiteral("de"));
    QVERIFY(!read);
    QCOMPARE(read.error().line, int(broken.left(broken.indexOf("Been\\xden")).count('\n')) + 1);
    QCOMPARE(sink.begins, 1);
    QVERIFY(sink.document.segments.size() >= 8);
    QCOMPARE(sink.document.segments.first().key, QString());
    QCOMPARE(sink.document.segments[1].key, QStringLiteral("%lld files"));
    QCOMPARE(sink.document.segments[1].targets.size(), 2); // German: one, other
}

void TestStreamedPairRead::realStrings_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("translation");
    QTest::addColumn<QString>("language");
    const QStringList files = dataFiles(QStringLiteral("strings"), QStringLiteral("*.strings"));
    QVERIFY(files.size() >= 5);
    for (const QString& file : files) {
        // Each file alone (no translation file yet), as its own translation, and with each other
        // file of its project (named by its first word) as the translation.
        QTest::newRow(qPrintable(file + QStringLiteral(" untranslated"))) << file << QString() << QStringLiteral("de");
        QTest::newRow(qPrintable(file + QStringLiteral(" with itself"))) << file << file << QString();
        for (const QString& other : files) {
            if (other != file && other.section(QLatin1Char('-'), 0, 0) == file.section(QLatin1Char('-'), 0, 0))
                QTest::newRow(qPrintable(file + QStringLiteral(" with ") + other)) << file << other << QString();
        }
    }
}

void TestStreamedPairRead::realStrings()
{
    QFETCH(QString, source);
    QFETCH(QString, translation);
    QFETCH(QString, language);
    const AppleStringsFilter filter;
    QVERIFY(filter.readsPairStreamed());
    const QByteArray sourceData = tessera::testsupport::readTestData(QStringLiteral("strings"), source);
    const QByteArray translationData = translation.isEmpty()
                                           ? QByteArray()
                                           : tessera::testsupport::readTestData(QStringLiteral("strings"), translation);
    QVERIFY(!sourceData.isEmpty());
    // Named as an Xcode project lays them out: the language from the .lproj folder.
    const QString sourceName = QStringLiteral("en.lproj/") + source;
    const QString translationName =
        QStringLiteral("%1.lproj/%2")
            .arg(language.isEmpty() ? QStringLiteral("fr") : language, translation.isEmpty() ? source : translation);
    compareReads(filter, sourceData, sourceName, translationData, translationName, language);
    if (QTest::currentTestFailed())
        return;
    // A translation file read whole (the monolingual read) names no source: read the whole way.
    compareReads(filter, sourceData, QString(), translationData, translationName, language);
}

void TestStreamedPairRead::stringsCorners_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QByteArray>("translation");
    const QByteArray source = "\"a\" = \"A\";\n/* Note of b */\n\"b\" = \"B\";\nc;\n\"d\" = \"D\\n\\\"q\\\"\";\n";
    // Notes only in the translation (taken where the source has none), entries the source lacks
    // (obsolete, after the source's, in the translation's order), empty and short-form values.
    const QByteArray translation = "/* Note of a */\n\"a\" = \"\";\n\"zz\" = \"Alt\";\n/* Note of b in de */\n"
                                   "\"b\" = \"Bee\";\n// old\n\"yy\";\nc = \"Zeh\";\n";
    QTest::newRow("notes and obsolete entries") << source << translation;
    QTest::newRow("no translation file") << source << QByteArray();
    QTest::newRow("empty translation file") << source << QByteArray("/* nothing */\n");
    QTest::newRow("empty source file") << QByteArray() << translation;
    QTest::newRow("CRLF") << QByteArray(source).replace("\n", "\r\n") << QByteArray(translation).replace("\n", "\r\n");
    // Keys and texts with lone surrogates (\U escapes), which UTF-8 cannot hold: "\UD800x" is the
    // source's, "\UDC00x" only the translation's. Texts that begin with U+FEFF (which UTF-8 decoding
    // would take for a byte order mark): the translation's note and value of "\UFEFFk".
    QTest::newRow("lone surrogates, U+FEFF")
        << QByteArray("\"\\UD800x\" = \"S\\UDFFF\";\n\"\u00fc\" = \"\u00fc\";\n\"\\UFEFFk\" = \"S\";\n")
        << QByteArray("/* \\UDC00 */\n\"\\UD800x\" = \"T\\UD800\";\n"
                      "\"\\UDC00x\" = \"U\\UDC00\";\n\"\u00fc\" = \"\u00dc\";\n"
                      "/* \xEF\xBB\xBFnote */\n\"\\UFEFFk\" = \"\\UFEFFv\";\n");
    const auto utf16 = [](const QByteArray& utf8, bool bigEndian) {
        const QString text = QString::fromUtf8(utf8);
        QByteArray out = bigEndian ? QByteArray("\xFE\xFF") : QByteArray("\xFF\xFE");
        for (const QChar c : text) {
            const char high = char(c.unicode() >> 8);
            const char low = char(c.unicode() & 0xFF);
            out += bigEndian ? QByteArray{&high, 1} + QByteArray{&low, 1} : QByteArray{&low, 1} + QByteArray{&high, 1};
        }
        return out;
    };
    QTest::newRow("UTF-16 LE and BE") << utf16(source, false)
                                      << utf16(translation + "\"\u00fc\" = \"\u00dc\";\n", true);
}

void TestStreamedPairRead::stringsCorners()
{
    QFETCH(QByteArray, source);
    QFETCH(QByteArray, translation);
    const AppleStringsFilter filter;
    const QString sourceName = QStringLiteral("Base.lproj/Localizable.strings");
    const QString translationName = QStringLiteral("de.lproj/Localizable.strings");
    QVERIFY2(filter.readPair(source, sourceName, translation, translationName, QStringLiteral("de")),
             "readPair failed");
    for (const QString& language : {QStringLiteral("de"), QString()})
        compareReads(filter, source, sourceName, translation, translationName, language);
}

void TestStreamedPairRead::badStrings_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QByteArray>("translation");
    const QByteArray cenon = tessera::testsupport::readTestData(QStringLiteral("strings"),
                                                                QStringLiteral("cenon-operations-German.strings"));
    const QByteArray good =
        tessera::testsupport::readTestData(QStringLiteral("strings"), QStringLiteral("gmimagepicker-en.strings"));
    QVERIFY(!cenon.isEmpty() && !good.isEmpty());
    QTest::newRow("source names a key twice") << cenon << good;
    QTest::newRow("translation names a key twice") << good << cenon;
    QTest::newRow("both broken: the translation's error first") << cenon << QByteArray("\"a\" = ");
    QTest::newRow("source truncated") << good + "\n\"last\" = \"x" << good;
    QTest::newRow("source not UTF-8") << QByteArray("\"a\" = \"\xC3\x28\";") << good;
    QTest::newRow("translation not UTF-8") << good << QByteArray("\"a\" = \"\xFF\";");
    QTest::newRow("source no ';'") << QByteArray("\"a\" = \"b\"\n\"c\" = \"d\";") << QByteArray();
    QTest::newRow("source bad escape") << QByteArray("\"a\" = \"\\U\";") << QByteArray();
    QTest::newRow("source an odd UTF-16 file") << QByteArray("\xFF\xFE\x22\x00\x61") << QByteArray();
}

void TestStreamedPairRead::badStrings()
{
    QFETCH(QByteArray, source);
    QFETCH(QByteArray, translation);
    const AppleStringsFilter filter;
    const QString sourceName = QStringLiteral("en.lproj/Localizable.strings");
    const QString translationName = QStringLiteral("de.lproj/Localizable.strings");
    QVERIFY(!filter.readPair(source, sourceName, translation, translationName, QStringLiteral("de")));
    compareReads(filter, source, sourceName, translation, translationName, QStringLiteral("de"));
    const auto streamed = filter.readPairTo(*std::make_unique<RecordingSink>(), source, sourceName, translation,
                                            translationName, QStringLiteral("de"));
    QVERIFY(!streamed);
    QVERIFY(streamed.error().line > 0);
}

void TestStreamedPairRead::stringsStreams()
{
    // A source broken at its end has handed its first entries over before the error.
    const QByteArray good =
        tessera::testsupport::readTestData(QStringLiteral("strings"), QStringLiteral("gmimagepicker-en.strings"));
    const QByteArray de =
        tessera::testsupport::readTestData(QStringLiteral("strings"), QStringLiteral("gmimagepicker-de.strings"));
    const AppleStringsFilter filter;
    const auto whole = filter.readPair(good, QStringLiteral("en.lproj/x.strings"), de,
                                       QStringLiteral("de.lproj/x.strings"), QStringLiteral("de"));
    QVERIFY2(whole, qPrintable(errorText(whole)));
    QVERIFY(whole->segments.size() >= 5);
    RecordingSink sink;
    const auto read = filter.readPairTo(sink, good + "\n\"broken\" = ", QStringLiteral("en.lproj/x.strings"), de,
                                        QStringLiteral("de.lproj/x.strings"), QStringLiteral("de"));
    QVERIFY(!read);
    QCOMPARE(sink.begins, 1);
    QCOMPARE(sink.document.segments.size(),
             whole->segments.size() -
                 std::count_if(whole->segments.begin(), whole->segments.end(), [](const Segment& s) {
                     return s.flags.testFlag(tessera::domain::SegmentFlag::Obsolete);
                 }));
    QCOMPARE(sink.document.segments.first().targets, whole->segments.first().targets);
}

void TestStreamedPairRead::sinkErrorStops()
{
    const QByteArray strings =
        tessera::testsupport::readTestData(QStringLiteral("strings"), QStringLiteral("gmimagepicker-en.strings"));
    const QByteArray catalog =
        tessera::testsupport::readTestData(QStringLiteral("xcstrings"), QStringLiteral("todoapp.xcstrings"));
    const XcstringsFilter xcstrings;
    const AppleStringsFilter appleStrings;
    for (int allowed : {0, 3}) {
        RecordingSink a(allowed);
        const auto catalogRead =
            xcstrings.readPairTo(a, catalog, QStringLiteral("Localizable.xcstrings"), {}, {}, QStringLiteral("en"));
        QVERIFY(!catalogRead);
        QCOMPARE(catalogRead.error().message, QStringLiteral("the store is full"));
        QCOMPARE(a.document.segments.size(), allowed);
        RecordingSink b(allowed);
        const auto stringsRead = appleStrings.readPairTo(b, strings, QStringLiteral("en.lproj/x.strings"), strings,
                                                         QStringLiteral("de.lproj/x.strings"), QStringLiteral("de"));
        QVERIFY(!stringsRead);
        QCOMPARE(stringsRead.error().message, QStringLiteral("the store is full"));
        QCOMPARE(b.document.segments.size(), allowed);
    }
}

QTEST_GUILESS_MAIN(TestStreamedPairRead)
#include "TestStreamedPairRead.moc"
