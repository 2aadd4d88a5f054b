// Tests the streamed multi-language String Catalog writer (XcstringsFilter::writeLanguagesTo): on the
// real catalog and on plural catalogs in several layouts, every language written in one pass gives
// exactly the bytes of the chain of writePair calls an export made before (each language written
// into the one before's output), without listing any language's segments; bad files fail with the
// chain's error (file, line, column).

#include <QBuffer>
#include <QTest>

#include "TestData.h"
#include "formats/XcstringsFilter.h"

using tessera::domain::Segment;
using tessera::domain::SegmentFlag;
using tessera::domain::SegmentState;
using tessera::formats::LanguageSegments;
using tessera::formats::SegmentList;
using tessera::formats::SegmentSource;
using tessera::formats::XcstringsFilter;
using tessera::testsupport::errorText;

namespace {

// A SegmentList that counts how the writer asks for the segments.
class CountingSegments final : public SegmentSource {
public:
    explicit CountingSegments(const QList<Segment>& segments)
        : m_list(segments)
    {}
    tessera::domain::Result<const Segment*> find(const QString& key) override
    {
        ++finds;
        return m_list.find(key);
    }
    tessera::domain::Result<QList<Segment>> all() override
    {
        ++lists;
        return m_list.all();
    }
    int finds = 0;
    int lists = 0;

private:
    SegmentList m_list;
};

struct Language {
    QString language;
    QList<Segment> segments;
};

// What an export wrote before: writePair for each language on the one before's output, obsolete
// segments left out.
tessera::domain::Result<QByteArray> chain(const QByteArray& original, const QList<Language>& languages)
{
    const XcstringsFilter filter;
    QByteArray bytes = original;
    for (const Language& language : languages) {
        QList<Segment> segments = language.segments;
        segments.removeIf([](const Segment& s) { return s.flags.testFlag(SegmentFlag::Obsolete); });
        auto written =
            filter.writePair(bytes, QStringLiteral("Localizable.xcstrings"), {}, segments, {}, language.language);
        if (!written)
            return written;
        bytes = *written;
    }
    return bytes;
}

struct Streamed {
    tessera::domain::Result<void> result;
    QByteArray bytes;
    int lists = 0; // all() calls: the writer did not stream
};

Streamed streamed(const QByteArray& original, const QList<Language>& languages)
{
    const XcstringsFilter filter;
    std::vector<std::unique_ptr<CountingSegments>> sources;
    QList<LanguageSegments> list;
    for (const Language& language : languages) {
        sources.push_back(std::make_unique<CountingSegments>(language.segments));
        list.append(LanguageSegments{language.language, sources.back().get()});
    }
    Streamed out;
    QBuffer buffer(&out.bytes);
    buffer.open(QIODevice::WriteOnly);
    out.result = filter.writeLanguagesTo(buffer, original, QStringLiteral("Localizable.xcstrings"), list);
    for (const auto& source : sources)
        out.lists += source->lists;
    return out;
}

Language read(const QByteArray& data, const QString& language)
{
    const XcstringsFilter filter;
    auto document = filter.readLanguage(data, QStringLiteral("Localizable.xcstrings"), language);
    return {language, document ? document->segments : QList<Segment>{}};
}

Segment* find(Language& language, const QString& key)
{
    for (Segment& s : language.segments) {
        if (s.key == key)
            return &s;
    }
    return nullptr;
}

// The catalog without whitespace between its tokens (one line, as a compact writer writes it).
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
        } else if (c != ' ' && c != '\n' && c != '\r') {
            out += c;
        }
    }
    return out;
}

// Plural entries of every shape the writer meets: forms edited and missing, a localization without
// plural variations, none at all, an entry without "localizations", Xcode's empty entry, a value
// that is no object, and an entry on the line of the one before.
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
        }
      }
    },
    "%lld items" : {
      "localizations" : {
        "en" : {
          "variations" : {
            "plural" : {
              "one" : {
                "stringUnit" : {
                  "state" : "translated",
                  "value" : "%lld item"
                }
              },
              "other" : {
                "stringUnit" : {
                  "state" : "translated",
                  "value" : "%lld items"
                }
              }
            }
          }
        }
      }
    },
    "Bare" : {
      "extractionState" : "manual"
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
    "Quit" : {
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

// Every language of the plural catalog edited: German forms and states, French and Russian added.
QList<Language> pluralEdits(const QByteArray& data)
{
    Language de = read(data, QStringLiteral("de"));
    Language fr = read(data, QStringLiteral("fr"));
    Language ru = read(data, QStringLiteral("ru"));
    Language ar = read(data, QStringLiteral("ar"));
    const auto set = [](Language& language, const QString& key, const QStringList& targets, SegmentState state) {
        Segment* segment = find(language, key);
        QVERIFY2(segment, qPrintable(language.language + QLatin1Char(' ') + key));
        segment->targets = targets;
        segment->state = state;
    };
    set(de, QStringLiteral("%lld files"), {QStringLiteral("%lld Datei"), QStringLiteral("%lld Dateien!")},
        SegmentState::Translated);
    set(de, QStringLiteral("%lld items"), {QStringLiteral("%lld Element"), QStringLiteral("%lld Elemente")},
        SegmentState::Draft);
    set(de, QStringLiteral(""), {QStringLiteral("leer")}, SegmentState::Translated);
    set(de, QStringLiteral("Bare"), {QStringLiteral("Nackt")}, SegmentState::Translated);
    set(de, QStringLiteral("One"), {QStringLiteral("Eins")}, SegmentState::Translated);
    set(de, QStringLiteral("Two"), {QStringLiteral("Zwei \"ü\"")}, SegmentState::Translated);
    set(de, QStringLiteral("Quit"), {QStringLiteral("Beenden")}, SegmentState::Draft); // the state alone
    set(de, QStringLiteral("Old"), {QStringLiteral("Uralt")}, SegmentState::Translated);
    find(de, QStringLiteral("Old"))->flags |= SegmentFlag::Obsolete; // export leaves it out
    set(fr, QStringLiteral("%lld files"), {QStringLiteral("%lld fichier"), QStringLiteral("%lld fichiers")},
        SegmentState::Translated);
    set(fr, QStringLiteral(""), {QStringLiteral("vide")}, SegmentState::Translated);
    set(fr, QStringLiteral("Two"), {QStringLiteral("Deux")}, SegmentState::Draft);
    set(ru, QStringLiteral("%lld files"),
        {QStringLiteral("%lld файл"), QStringLiteral("%lld файла"), QStringLiteral("%lld файлов"), QString()},
        SegmentState::Translated);
    set(ru, QStringLiteral("Bare"), {QStringLiteral("Голый")}, SegmentState::Translated);
    set(ru, QStringLiteral("Two"), {QStringLiteral("Два")}, SegmentState::Translated);
    ru.segments.removeIf([](const Segment& s) { return s.key == QLatin1StringView("Quit"); }); // no segment
    set(ar, QStringLiteral("%lld items"),
        {QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4"),
         QStringLiteral("5")},
        SegmentState::Translated);
    return {de, fr, ru, ar};
}

} // namespace

class TestXcstringsStreamWriter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void realCatalogTwoLanguages();
    void pluralCatalogs_data();
    void pluralCatalogs();
    void escapedCatalogs();
    void badFiles();
    void translationJsonCannotHold();
};

void TestXcstringsStreamWriter::realCatalogTwoLanguages()
{
    const QByteArray data =
        tessera::testsupport::readTestData(QStringLiteral("xcstrings"), QStringLiteral("todoapp.xcstrings"));
    QVERIFY(!data.isEmpty());
    // English is in the file, German is not.
    Language en = read(data, QStringLiteral("en"));
    Language de = read(data, QStringLiteral("de"));
    QCOMPARE(en.segments.size(), 32);
    QCOMPARE(de.segments.size(), 32);
    {
        const Streamed unedited = streamed(data, {en, de});
        QVERIFY2(unedited.result, qPrintable(errorText(unedited.result)));
        QCOMPARE(unedited.bytes, data);
        QCOMPARE(unedited.lists, 0);
    }
    find(en, QStringLiteral("Cancel"))->targets = {QStringLiteral("Abort \"now\"")};
    find(en, QStringLiteral("Cancel"))->state = SegmentState::Draft;
    en.segments.removeAt(5); // an entry without a segment
    for (qsizetype i = 0; i < de.segments.size(); i += 3) {
        de.segments[i].targets = {QStringLiteral("Deutsch %1 – ä").arg(i)};
        de.segments[i].state = i % 2 ? SegmentState::Translated : SegmentState::Draft;
    }
    find(de, QStringLiteral("*"))->targets = {QStringLiteral("*")}; // an entry without localizations
    const auto expected = chain(data, {en, de});
    QVERIFY2(expected, qPrintable(errorText(expected)));
    QVERIFY(*expected != data);
    const Streamed written = streamed(data, {en, de});
    QVERIFY2(written.result, qPrintable(errorText(written.result)));
    QCOMPARE(QString::fromUtf8(written.bytes), QString::fromUtf8(*expected));
    QCOMPARE(written.lists, 0);
    // the other order writes the languages the other way round, still as the chain does
    const auto reversed = chain(data, {de, en});
    QVERIFY2(reversed, qPrintable(errorText(reversed)));
    QCOMPARE(streamed(data, {de, en}).bytes, *reversed);
}

void TestXcstringsStreamWriter::pluralCatalogs_data()
{
    QTest::addColumn<QByteArray>("catalog");
    QTest::newRow("Xcode's layout") << pluralCatalog;
    QByteArray crlf = pluralCatalog;
    QTest::newRow("CRLF line ends") << crlf.replace("\n", "\r\n");
    QTest::newRow("one line") << minified(pluralCatalog);
    QByteArray tabs = pluralCatalog;
    QTest::newRow("tabs") << tabs.replace("  ", "\t");
}

void TestXcstringsStreamWriter::pluralCatalogs()
{
    QFETCH(QByteArray, catalog);
    const QList<Language> languages = pluralEdits(catalog);
    const auto expected = chain(catalog, languages);
    QVERIFY2(expected, qPrintable(errorText(expected)));
    QVERIFY(*expected != catalog);
    QVERIFY(expected->contains("Zwei") && expected->contains("Голый") && !expected->contains("Uralt"));
    const Streamed written = streamed(catalog, languages);
    QVERIFY2(written.result, qPrintable(errorText(written.result)));
    QCOMPARE(QString::fromUtf8(written.bytes), QString::fromUtf8(*expected));
    QCOMPARE(written.lists, 0);
    // each language alone too
    for (const Language& language : languages) {
        const auto alone = chain(catalog, {language});
        QVERIFY2(alone, qPrintable(errorText(alone)));
        QCOMPARE(QString::fromUtf8(streamed(catalog, {language}).bytes), QString::fromUtf8(*alone));
    }
}

void TestXcstringsStreamWriter::escapedCatalogs()
{
    // The chain scans each language's output anew, so the file's \u escapes can change on the way:
    // German's "\u00e4" is the only escape; once it is replaced, French writes its "é" as it is.
    const QByteArray escaped = R"({
  "sourceLanguage" : "en",
  "strings" : {
    "Cheese" : {
      "localizations" : {
        "de" : {
          "stringUnit" : {
            "state" : "translated",
            "value" : "K\u00e4se"
          }
        }
      }
    },
    "Coffee" : {

    }
  },
  "version" : "1.0"
})";
    Language de = read(escaped, QStringLiteral("de"));
    Language fr = read(escaped, QStringLiteral("fr"));
    find(de, QStringLiteral("Cheese"))->targets = {QStringLiteral("Kaese")};
    find(de, QStringLiteral("Coffee"))->targets = {QStringLiteral("Kaffee")};
    find(fr, QStringLiteral("Cheese"))->targets = {QStringLiteral("Fromage")};
    find(fr, QStringLiteral("Coffee"))->targets = {QStringLiteral("Café")};
    const auto expected = chain(escaped, {de, fr});
    QVERIFY2(expected, qPrintable(errorText(expected)));
    QVERIFY(expected->contains("\"Café\""));
    const Streamed written = streamed(escaped, {de, fr});
    QVERIFY2(written.result, qPrintable(errorText(written.result)));
    QCOMPARE(QString::fromUtf8(written.bytes), QString::fromUtf8(*expected));
    QVERIFY(written.lists > 0); // written the chain's way

    // With an escape that no translation replaces (a comment's), the style stays: streamed.
    QByteArray commented = escaped;
    commented.replace("\"Coffee\" : {\n", "\"Coffee\" : {\n      \"comment\" : \"Caf\\u00e9\"\n");
    const auto expectedCommented = chain(commented, {de, fr});
    QVERIFY2(expectedCommented, qPrintable(errorText(expectedCommented)));
    QVERIFY(expectedCommented->contains("\"Caf\\u00e9\""));
    const Streamed commentedWritten = streamed(commented, {de, fr});
    QCOMPARE(QString::fromUtf8(commentedWritten.bytes), QString::fromUtf8(*expectedCommented));
    QCOMPARE(commentedWritten.lists, 0);
}

void TestXcstringsStreamWriter::badFiles()
{
    const QList<QByteArray> bad = {
        "{\n  \"sourceLanguage\" : \"en\",\n  \"strings\" : {\n    \"a\" : {",                      // truncated
        "{\n  \"sourceLanguage\" : \"en\",\n  \"strings\" : {\n    \"a\" : {}, \"a\" : {}\n  }\n}", // a key twice
        "{\n  \"sourceLanguage\" : \"en\"\n}",                                                      // no strings
        "[1, 2]",
        "",
    };
    for (const QByteArray& data : bad) {
        Language de{QStringLiteral("de"), {}};
        Segment a;
        a.key = QStringLiteral("a");
        a.targets = {QStringLiteral("A")};
        de.segments = {a};
        const auto expected = chain(data, {de, de});
        QVERIFY(!expected);
        const Streamed written = streamed(data, {de, de});
        QVERIFY(!written.result);
        QCOMPARE(written.result.error().describe(), expected.error().describe());
        QCOMPARE(written.result.error().file, QStringLiteral("Localizable.xcstrings"));
        QCOMPARE(written.bytes, QByteArray()); // nothing written
    }
    Language de{QStringLiteral("de"), {}};
    const Streamed truncated = streamed(bad[0], {de});
    QCOMPARE(truncated.result.error().line, 4);
    QCOMPARE(truncated.result.error().column, 12);
}

void TestXcstringsStreamWriter::translationJsonCannotHold()
{
    // A lone surrogate is written as its \u escape, which no JSON reader takes back: the last
    // language writes it as the chain does; before another language the export fails, as the
    // chain's next scan of the file failed.
    Language de = read(pluralCatalog, QStringLiteral("de"));
    find(de, QStringLiteral("Quit"))->targets = {QStringLiteral("Ende ") + QChar(char16_t(0xD800))};
    const Language fr = read(pluralCatalog, QStringLiteral("fr"));
    const auto last = chain(pluralCatalog, {fr, de});
    QVERIFY2(last, qPrintable(errorText(last)));
    QVERIFY(last->contains("Ende \\ud800"));
    QCOMPARE(streamed(pluralCatalog, {fr, de}).bytes, *last);
    QVERIFY(!chain(pluralCatalog, {de, fr}));
    const Streamed before = streamed(pluralCatalog, {de, fr});
    QVERIFY(!before.result);
    QCOMPARE(before.result.error().file, QStringLiteral("Localizable.xcstrings"));
    QCOMPARE(before.result.error().line, 86); // the entry "Quit"
    QVERIFY2(before.result.error().message.contains(QStringLiteral("\"Quit\"")),
             qPrintable(before.result.error().message));
}

QTEST_GUILESS_MAIN(TestXcstringsStreamWriter)
#include "TestXcstringsStreamWriter.moc"
