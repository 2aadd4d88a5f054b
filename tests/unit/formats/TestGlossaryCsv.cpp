// Tests CSV/TSV glossaries on real tables (translate-toolkit's po2csv of a Debian catalog, and an
// Excel-style multilingual table that python's csv module wrote from two Debian catalogs): reading,
// writing that reads back the same and that python's csv module reads, and errors that name the
// line, column and field.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include "TestData.h"
#include "formats/GlossaryCsv.h"

using tessera::domain::Concept;
using tessera::domain::Term;
using tessera::domain::TermStatus;
using tessera::formats::GlossaryCsv;

using tessera::testsupport::errorText;

namespace {

QByteArray readData(const QString& name)
{
    return tessera::testsupport::readTestData(QStringLiteral("csv"), name);
}

GlossaryCsv::Options german()
{
    GlossaryCsv::Options options;
    options.sourceLanguage = QStringLiteral("en");
    options.targetLanguage = QStringLiteral("de");
    return options;
}

QString termText(const Concept& concept_, const QString& language)
{
    for (const Term& term : concept_.terms) {
        if (term.language == language)
            return term.text;
    }
    return {};
}

bool sameConcepts(const QList<Concept>& a, const QList<Concept>& b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].definition != b[i].definition || a[i].note != b[i].note || a[i].terms.size() != b[i].terms.size())
            return false;
        for (qsizetype t = 0; t < a[i].terms.size(); ++t) {
            const Term& x = a[i].terms[t];
            const Term& y = b[i].terms[t];
            if (x.language != y.language || x.text != y.text || x.status != y.status ||
                x.partOfSpeech != y.partOfSpeech)
                return false;
        }
    }
    return true;
}

// python3's csv module reads `data` with `delimiter`; the rows as JSON, or empty when there is no python3.
QJsonArray pythonRows(const QByteArray& data, const QString& delimiter, bool& available)
{
    available = false;
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty())
        return {};
    QProcess process;
    process.start(python,
                  {QStringLiteral("-c"),
                   QStringLiteral("import csv, io, json, sys\n"
                                  "text = sys.stdin.buffer.read().decode('utf-8')\n"
                                  "rows = list(csv.reader(io.StringIO(text, newline=''), delimiter=sys.argv[1]))\n"
                                  "sys.stdout.write(json.dumps(rows))\n"),
                   delimiter});
    process.write(data);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    available = true;
    return QJsonDocument::fromJson(process.readAllStandardOutput()).array();
}

} // namespace

class TestGlossaryCsv : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void readsTranslateToolkitCsv();
    void readsTsv();
    void readsExcelStyleMultilingualCsv();
    void readsColumnsAndQuoting();
    void writesWhatItReadsAndPythonReadsIt_data();
    void writesWhatItReadsAndPythonReadsIt();
    void writesSynonymsStatusAndPartOfSpeech();
    void errors_data();
    void errors();
};

void TestGlossaryCsv::readsTranslateToolkitCsv()
{
    const auto concepts =
        GlossaryCsv::read(readData(QStringLiteral("adduser-de.csv")), QStringLiteral("adduser-de.csv"), german());
    QVERIFY2(concepts, qPrintable(errorText(concepts)));
    QCOMPARE(concepts->size(), 130); // python's csv module: 130 rows after the header
    const Concept& first = concepts->first();
    QCOMPARE(first.terms.size(), 2);
    QCOMPARE(first.terms[0].language, QStringLiteral("en"));
    QCOMPARE(first.terms[0].text, QStringLiteral("%s: %s"));
    QCOMPARE(first.terms[1].language, QStringLiteral("de"));
    QCOMPARE(first.note, QStringLiteral("AdduserCommon.pm:46 AdduserCommon.pm:52")); // location
    QCOMPARE(first.terms[0].status, TermStatus::Preferred);
    const Concept& last = concepts->last();
    QCOMPARE(termText(last, QStringLiteral("en")), QStringLiteral("Backup suffix %s unavailable, using gzip.\n"));
    QCOMPARE(termText(last, QStringLiteral("de")),
             QStringLiteral("Sicherungsendung %s nicht verfügbar, verwende gzip.\n"));
    // The second row's fields hold a newline and a quote.
    QCOMPARE(termText(concepts->at(1), QStringLiteral("en")), QStringLiteral("`%s' does not exist. Using defaults.\n"));

    // Without a target language the layout cannot be read, and the error says which column.
    const auto noLanguage =
        GlossaryCsv::read(readData(QStringLiteral("adduser-de.csv")), QStringLiteral("adduser-de.csv"));
    QVERIFY(!noLanguage);
    QCOMPARE(noLanguage.error().field, QStringLiteral("target"));
    QCOMPARE(noLanguage.error().line, 1);
    QCOMPARE(noLanguage.error().column, 21);
}

void TestGlossaryCsv::readsTsv()
{
    const auto csv = GlossaryCsv::read(readData(QStringLiteral("adduser-de.csv")), QStringLiteral("a.csv"), german());
    const auto tsv = GlossaryCsv::read(readData(QStringLiteral("adduser-de.tsv")), QStringLiteral("a.tsv"), german());
    QVERIFY2(tsv, qPrintable(errorText(tsv)));
    QVERIFY(csv);
    QVERIFY(sameConcepts(*csv, *tsv));
}

void TestGlossaryCsv::readsExcelStyleMultilingualCsv()
{
    const auto concepts =
        GlossaryCsv::read(readData(QStringLiteral("tar-en-pl-ja.csv")), QStringLiteral("tar-en-pl-ja.csv"));
    QVERIFY2(concepts, qPrintable(errorText(concepts)));
    QCOMPARE(concepts->size(), 254);
    const Concept& first = concepts->first();
    QCOMPARE(first.terms.size(), 3);
    QCOMPARE(first.terms[0].language, QStringLiteral("en")); // the BOM is not part of the header
    QCOMPARE(first.terms[0].text, QStringLiteral("\n*This* tar defaults to:\n"));
    QCOMPARE(first.terms[1].language, QStringLiteral("pl"));
    QCOMPARE(first.terms[2].language, QStringLiteral("ja"));
    QCOMPARE(first.terms[2].text, QStringLiteral("\n「この」tar の規定値:\n"));
    QCOMPARE(first.note, QStringLiteral("GNU tar 1.34"));
    QCOMPARE(termText(concepts->last(), QStringLiteral("pl")), QStringLiteral("błąd zapisu"));
}

void TestGlossaryCsv::readsColumnsAndQuoting()
{
    const QByteArray data = "EN-us,de_DE,Definition,Part of Speech,Status,Note,Subject\n"
                            "file,Datei,\"A named \"\"collection\"\"\nof data\",noun,preferred,,IT\r\n"
                            "\n"
                            "folder,Ordner,,noun,Forbidden,\"use \"\"directory\"\"\",IT\r"
                            "directory,,,,admitted\n"
                            ",,only a definition\n"
                            "last,letzte";
    const auto concepts = GlossaryCsv::read(data, QStringLiteral("g.csv"));
    QVERIFY2(concepts, qPrintable(errorText(concepts)));
    QCOMPARE(concepts->size(), 4); // the row without a term is skipped
    const Concept& file = concepts->at(0);
    QCOMPARE(file.terms[0].language, QStringLiteral("en-US"));
    QCOMPARE(file.terms[1].language, QStringLiteral("de-DE"));
    QCOMPARE(file.definition, QStringLiteral("A named \"collection\"\nof data"));
    QCOMPARE(file.terms[1].partOfSpeech, QStringLiteral("noun"));
    QCOMPARE(concepts->at(1).terms[0].status, TermStatus::Forbidden);
    QCOMPARE(concepts->at(1).note, QStringLiteral("use \"directory\""));
    QCOMPARE(concepts->at(2).terms.size(), 1);
    QCOMPARE(concepts->at(2).terms[0].status, TermStatus::Admitted);
    QCOMPARE(termText(concepts->at(3), QStringLiteral("de-DE")), QStringLiteral("letzte"));

    const auto semicolons = GlossaryCsv::read("\xEF\xBB\xBF"
                                              "de;fr\r\nAuto, Wagen;voiture\r\n",
                                              QStringLiteral("s.csv"));
    QVERIFY2(semicolons, qPrintable(errorText(semicolons)));
    QCOMPARE(termText(semicolons->first(), QStringLiteral("de")), QStringLiteral("Auto, Wagen"));

    // UTF-16 with a BOM, tab-separated, as Excel saves "Unicode text".
    const QString utf16Text = QStringLiteral("en\tja\r\nfile\tファイル\r\n");
    QByteArray utf16("\xFF\xFE", 2);
    utf16.append(reinterpret_cast<const char*>(utf16Text.utf16()), utf16Text.size() * 2);
    const auto excel = GlossaryCsv::read(utf16, QStringLiteral("u.txt"));
    QVERIFY2(excel, qPrintable(errorText(excel)));
    QCOMPARE(termText(excel->first(), QStringLiteral("ja")), QStringLiteral("ファイル"));
}

void TestGlossaryCsv::writesWhatItReadsAndPythonReadsIt_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("delimiter");
    QTest::newRow("po2csv as CSV") << "adduser-de.csv" << ",";
    QTest::newRow("po2csv as TSV") << "adduser-de.csv" << "\t";
    QTest::newRow("tar as CSV") << "tar-en-pl-ja.csv" << ",";
    QTest::newRow("tar as TSV") << "tar-en-pl-ja.csv" << "\t";
}

void TestGlossaryCsv::writesWhatItReadsAndPythonReadsIt()
{
    QFETCH(QString, file);
    QFETCH(QString, delimiter);
    const auto concepts = GlossaryCsv::read(readData(file), file, german());
    QVERIFY2(concepts, qPrintable(errorText(concepts)));
    const QByteArray written = GlossaryCsv::write(*concepts, delimiter[0]);
    const auto again = GlossaryCsv::read(written, file);
    QVERIFY2(again, qPrintable(errorText(again)));
    QVERIFY(sameConcepts(*concepts, *again));

    bool available = false;
    const QJsonArray rows = pythonRows(written, delimiter, available);
    if (!available)
        QSKIP("python3 is not available: the written file was not checked by its csv module");
    QCOMPARE(rows.size(), concepts->size() + 1);
    const QJsonArray header = rows[0].toArray();
    for (qsizetype i = 0; i < concepts->size(); ++i) {
        const QJsonArray row = rows[i + 1].toArray();
        QCOMPARE(row.size(), header.size());
        const Concept& concept_ = concepts->at(i);
        for (qsizetype c = 0; c < header.size(); ++c) {
            const QString column = header[c].toString();
            if (column == QLatin1StringView("note"))
                QCOMPARE(row[c].toString(), concept_.note);
            else if (column != QLatin1StringView("definition"))
                QCOMPARE(row[c].toString(), termText(concept_, column));
        }
    }
}

void TestGlossaryCsv::writesSynonymsStatusAndPartOfSpeech()
{
    Concept car;
    car.definition = QStringLiteral("a road vehicle, \"four wheels\"");
    car.terms = {
        Term{{}, QStringLiteral("de"), QStringLiteral("Auto"), TermStatus::Admitted, false, QStringLiteral("noun"), {}},
        Term{{}, QStringLiteral("en"), QStringLiteral("car"), TermStatus::Admitted, false, QStringLiteral("noun"), {}},
        Term{{},
             QStringLiteral("de"),
             QStringLiteral("Wagen"),
             TermStatus::Admitted,
             false,
             QStringLiteral("noun"),
             {}}};
    Concept plain;
    plain.note = QStringLiteral("line one\nline two");
    plain.terms = {Term{{}, QStringLiteral("en"), QStringLiteral("a;b\tc"), TermStatus::Preferred, false, {}, {}}};
    const QByteArray csv = GlossaryCsv::write({car, plain});
    QCOMPARE(csv, QByteArray("de,de,en,definition,note,part of speech,status\r\n"
                             "Auto,Wagen,car,\"a road vehicle, \"\"four wheels\"\"\",,noun,admitted\r\n"
                             ",,\"a;b\tc\",,\"line one\nline two\",,preferred\r\n"));
    const auto back = GlossaryCsv::read(csv, QStringLiteral("w.csv"));
    QVERIFY2(back, qPrintable(errorText(back)));
    QCOMPARE(back->size(), 2);
    QCOMPARE(back->at(0).terms.size(), 3);
    QCOMPARE(termText(back->at(0), QStringLiteral("de")), QStringLiteral("Auto"));
    QCOMPARE(back->at(0).terms[1].text, QStringLiteral("Wagen")); // synonyms: two "de" columns
    QCOMPARE(back->at(0).definition, car.definition);
    QCOMPARE(back->at(0).terms[2].status, TermStatus::Admitted);
    QCOMPARE(back->at(1).note, plain.note);
    QCOMPARE(back->at(1).terms[0].text, QStringLiteral("a;b\tc"));
    QCOMPARE(GlossaryCsv::write({}), QByteArray("\r\n")); // no concept, no column
}

void TestGlossaryCsv::errors_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");
    QTest::newRow("unterminated quote") << QByteArray("en,de\nfile,Datei\nfolder,\"Ordner\n\nmore") << 3 << 8 << ""
                                        << "unterminated quoted field";
    QTest::newRow("text after closing quote") << QByteArray("en,de\n\"file\"x,Datei\n") << 2 << 7 << ""
                                              << "after a closing quote";
    QTest::newRow("more cells than the header") << QByteArray("en,de\nfile,Datei\nfolder,Ordner,extra\n") << 3 << 15
                                                << "" << "the row has 3 cells, the header 2";
    QTest::newRow("unknown status") << QByteArray("en,status\nfile,obsolete\n") << 2 << 6 << "status"
                                    << "unknown status \"obsolete\"";
    QTest::newRow("no language column") << QByteArray("term,translation\nfile,Datei\n") << 1 << 1 << ""
                                        << "names no language column";
    QTest::newRow("empty file") << QByteArray() << 1 << 1 << "" << "empty";
    QTest::newRow("bad utf-8") << QByteArray("en,de\nfile,Dat\xff\n") << 2 << 9 << "" << "not valid UTF-8";
}

void TestGlossaryCsv::errors()
{
    QFETCH(QByteArray, data);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, field);
    QFETCH(QString, message);
    const auto concepts = GlossaryCsv::read(data, QStringLiteral("glossary.csv"));
    QVERIFY(!concepts);
    QCOMPARE(concepts.error().file, QStringLiteral("glossary.csv"));
    QVERIFY2(concepts.error().message.contains(message), qPrintable(concepts.error().message));
    QCOMPARE(concepts.error().line, line);
    QCOMPARE(concepts.error().column, column);
    QCOMPARE(concepts.error().field, field);
}

QTEST_GUILESS_MAIN(TestGlossaryCsv)
#include "TestGlossaryCsv.moc"
