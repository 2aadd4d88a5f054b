// Tests the termbase: TBX and CSV import → export → import keeps concepts, re-importing never
// duplicates (the rule of docs/TERMS.md), terms added by hand survive a re-import, ids from another
// file are not taken over, and bad files are refused whole with file, line and column.
#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include "TempWorkspace.h"
#include "TestData.h"
#include "domain/Term.h"
#include "store/TermRepository.h"
#include "terms/Termbase.h"

using namespace tessera;
using domain::Concept;
using domain::Term;
using testsupport::errorText;

namespace {

// Each concept as its sorted "lang:text" terms; the set of them: what a user would call "the same
// termbase", whatever the ids.
QSet<QString> termSets(store::Workspace& ws)
{
    QSet<QString> sets;
    auto concepts = ws.terms().list();
    if (!concepts)
        return sets;
    for (const Concept& c : *concepts) {
        QStringList terms;
        for (const Term& t : c.terms)
            terms << t.language + QLatin1Char(':') + t.text + QLatin1Char('/') + domain::termStatusName(t.status);
        terms.sort();
        sets.insert(c.definition + QLatin1Char('|') + terms.join(QLatin1Char(';')));
    }
    return sets;
}

bool writeFile(const QString& path, const QByteArray& data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

const QByteArray s_tbx = R"(<?xml version="1.0" encoding="UTF-8"?>
<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
  <tbxHeader><fileDesc><sourceDesc><p>test</p></sourceDesc></fileDesc></tbxHeader>
  <text><body>
    <conceptEntry id="c1">
      <descrip type="definition">a named collection of data on a disk</descrip>
      <langSec xml:lang="en"><termSec><term>file</term>
        <termNote type="partOfSpeech">noun</termNote>
        <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec></langSec>
      <langSec xml:lang="de"><termSec><term>Datei</term></termSec>
        <termSec><term>File</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></termSec>
      </langSec>
    </conceptEntry>
    <conceptEntry id="c2">
      <langSec xml:lang="en"><termSec><term>folder</term></termSec></langSec>
      <langSec xml:lang="de"><termSec><term>Ordner</term></termSec></langSec>
    </conceptEntry>
  </body></text>
</tbx>
)";

} // namespace

class TestTermbase : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void formatsFollowTheExtension();
    void roundTripKeepsConcepts_data();
    void roundTripKeepsConcepts();
    void reimportAddsNothing();
    void reimportUpdatesAndKeepsTermsAddedByHand();
    void idsOfAnotherTermbaseAreNotTakenOver();
    void entriesWithoutTermsAreSkipped();
    void csv2tbxTargetLanguageIsGiven();
    void badFilesAreRefusedWhole_data();
    void badFilesAreRefusedWhole();
    void repositoryFindsUpdatesAndRemoves();
};

void TestTermbase::formatsFollowTheExtension()
{
    QCOMPARE(*terms::Termbase::formatOf("a/b.TBX"), terms::Termbase::Format::Tbx);
    QCOMPARE(*terms::Termbase::formatOf("b.csv"), terms::Termbase::Format::Csv);
    QCOMPARE(*terms::Termbase::formatOf("b.tsv"), terms::Termbase::Format::Tsv);
    QVERIFY(!terms::Termbase::formatOf("b.xlsx"));
}

void TestTermbase::roundTripKeepsConcepts_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("exportAs");
    QTest::addColumn<int>("concepts");
    // Real glossaries (see the READMEs of their folders), each out as TBX and as CSV or TSV.
    QTest::newRow("FreeDict CSV → TBX") << "terms" << "freedict-eng-deu-nouns.csv" << "out.tbx" << 2000;
    QTest::newRow("FreeDict CSV → TSV") << "terms" << "freedict-eng-deu-nouns.csv" << "out.tsv" << 2000;
    QTest::newRow("gdk-pixbuf TBX → TBX") << "tbx" << "gdk-pixbuf-de.tbx" << "out.tbx" << 36;
    QTest::newRow("gdk-pixbuf TBX → CSV") << "tbx" << "gdk-pixbuf-de.tbx" << "out.csv" << 36;
    QTest::newRow("tar en-pl-ja CSV → TBX") << "csv" << "tar-en-pl-ja.csv" << "out.tbx" << 254;
}

void TestTermbase::roundTripKeepsConcepts()
{
    QFETCH(QString, folder);
    QFETCH(QString, file);
    QFETCH(QString, exportAs);
    QFETCH(int, concepts);
    testsupport::TempWorkspace first;
    terms::Termbase termbase(*first);
    terms::ImportOptions options;
    options.targetLanguage = QStringLiteral("de");
    auto imported = termbase.importFile(testsupport::testDataDir(folder) + file, options);
    QVERIFY2(imported, qPrintable(errorText(imported)));
    QCOMPARE(imported->concepts, concepts);
    const qint64 stored = *(*first).terms().count();
    QVERIFY(stored > 0 && stored <= concepts); // a file may repeat a concept

    QTemporaryDir dir;
    const QString out = dir.filePath(exportAs);
    auto written = termbase.exportFile(out);
    QVERIFY2(written, qPrintable(errorText(written)));
    QCOMPARE(*written, stored);

    testsupport::TempWorkspace second;
    terms::Termbase copy(*second);
    auto again = copy.importFile(out);
    QVERIFY2(again, qPrintable(errorText(again)));
    QCOMPARE(again->added, stored);
    QCOMPARE(termSets(*second), termSets(*first));

    // And the export back into the workspace it came from changes nothing.
    auto back = termbase.importFile(out);
    QVERIFY2(back, qPrintable(errorText(back)));
    QCOMPARE(back->added, 0);
    QCOMPARE(back->updated, 0);
    QCOMPARE(back->unchanged, stored);
}

void TestTermbase::reimportAddsNothing()
{
    testsupport::TempWorkspace ws;
    terms::Termbase termbase(*ws);
    const QString csv = testsupport::testDataDir("terms") + "freedict-eng-deu-nouns.csv";
    auto first = termbase.importFile(csv);
    QVERIFY2(first, qPrintable(errorText(first)));
    QCOMPARE(first->added, 2000);
    auto second = termbase.importFile(csv);
    QVERIFY2(second, qPrintable(errorText(second)));
    QCOMPARE(second->added, 0);
    QCOMPARE(second->updated, 0);
    QCOMPARE(second->unchanged, 2000);
    QCOMPARE(*(*ws).terms().count(), 2000);
}

void TestTermbase::reimportUpdatesAndKeepsTermsAddedByHand()
{
    testsupport::TempWorkspace ws;
    terms::Termbase termbase(*ws);
    QVERIFY(termbase.importData(s_tbx, "glossary.tbx"));
    // The translator adds a French term to c1 in the editor.
    Term french;
    french.language = QStringLiteral("fr");
    french.text = QStringLiteral("fichier");
    QVERIFY(termbase.addTerm("c1", french));

    QByteArray changed = s_tbx;
    changed.replace("<term>Ordner</term>", "<term>Verzeichnis</term>");
    auto imported = termbase.importData(changed, "glossary.tbx");
    QVERIFY2(imported, qPrintable(errorText(imported)));
    QCOMPARE(imported->added, 0);
    QCOMPARE(imported->updated, 1);
    QCOMPARE(imported->unchanged, 1);

    auto c1 = (*ws).terms().find("c1");
    QVERIFY(c1);
    QStringList texts;
    for (const Term& t : c1->terms)
        texts << t.text;
    QCOMPARE(texts, (QStringList{"file", "Datei", "File", "fichier"}));
    QCOMPARE(c1->definition, QStringLiteral("a named collection of data on a disk"));
    QCOMPARE(c1->terms.at(2).status, domain::TermStatus::Forbidden);
    auto c2 = (*ws).terms().find("c2");
    QVERIFY(c2);
    QCOMPARE(c2->terms.at(1).text, QStringLiteral("Verzeichnis"));
    QCOMPARE(c2->rev, 1);
}

void TestTermbase::idsOfAnotherTermbaseAreNotTakenOver()
{
    testsupport::TempWorkspace ws;
    terms::Termbase termbase(*ws);
    QVERIFY(termbase.importData(s_tbx, "glossary.tbx"));
    QByteArray other = s_tbx;
    other.replace("<term>file</term>", "<term>wheel</term>");
    other.replace("<term>Datei</term>", "<term>Rad</term>");
    other.replace("<term>File</term>", "<term>Reifen</term>");
    auto imported = termbase.importData(other, "other.tbx");
    QVERIFY2(imported, qPrintable(errorText(imported)));
    QCOMPARE(imported->added, 1); // "wheel" shares no term with the stored c1: a concept of its own
    QCOMPARE(imported->unchanged, 1);
    QCOMPARE(*(*ws).terms().count(), 3);
    QCOMPARE((*ws).terms().find("c1")->terms.first().text, QStringLiteral("file"));
    QCOMPARE((*ws).terms().find("c1")->terms.size(), 3);
    // Importing that file again finds the new concept by its terms.
    auto again = termbase.importData(other, "other.tbx");
    QVERIFY2(again, qPrintable(errorText(again)));
    QCOMPARE(again->added, 0);
    QCOMPARE(*(*ws).terms().count(), 3);
}

void TestTermbase::entriesWithoutTermsAreSkipped()
{
    testsupport::TempWorkspace ws;
    terms::Termbase termbase(*ws);
    QByteArray withEmpty = s_tbx;
    withEmpty.replace("<conceptEntry id=\"c2\">",
                      "<conceptEntry id=\"c0\"><descrip type=\"definition\">nothing</descrip>"
                      "</conceptEntry>\n    <conceptEntry id=\"c2\">");
    auto imported = termbase.importData(withEmpty, "glossary.tbx");
    QVERIFY2(imported, qPrintable(errorText(imported)));
    QCOMPARE(imported->concepts, 3);
    QCOMPARE(imported->skipped, 1);
    QCOMPARE(imported->added, 2);
    QCOMPARE((*ws).terms().find("c0").error().code, domain::ErrorCode::NotFound);
}

void TestTermbase::csv2tbxTargetLanguageIsGiven()
{
    testsupport::TempWorkspace ws;
    terms::Termbase termbase(*ws);
    terms::ImportOptions options;
    options.targetLanguage = QStringLiteral("de");
    auto imported = termbase.importFile(testsupport::testDataDir("tbx") + "gdk-pixbuf-de.tbx", options);
    QVERIFY2(imported, qPrintable(errorText(imported)));
    auto german = (*ws).terms().termsInLanguage("de");
    QVERIFY(german);
    QCOMPARE(german->size(), 36);
    QVERIFY((*ws).terms().termsInLanguage("xx")->isEmpty());
}

void TestTermbase::badFilesAreRefusedWhole_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::newRow("TBX cut short") << "cut.tbx" << s_tbx.left(s_tbx.indexOf("<conceptEntry id=\"c2\">")) << 14 << 5;
    QTest::newRow("TBX mismatched tag") << "bad.tbx"
                                        << QByteArray(s_tbx).replace("</termSec></langSec>\n    </conceptEntry>\n  "
                                                                     "</body>",
                                                                     "</termSec></langSet>\n    </conceptEntry>\n  "
                                                                     "</body>")
                                        << 16 << 68; // where </langSet> starts
    QTest::newRow("CSV without languages") << "bad.csv" << QByteArray("word,meaning\nfile,Datei\n") << 1 << 1;
    QTest::newRow("CSV unterminated quote")
        << "bad.csv" << QByteArray("en,de\nfile,Datei\n\"folder,Ordner\n") << 3 << 1;
}

void TestTermbase::badFilesAreRefusedWhole()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, data);
    QFETCH(int, line);
    QFETCH(int, column);
    testsupport::TempWorkspace ws;
    terms::Termbase termbase(*ws);
    QTemporaryDir dir;
    const QString path = dir.filePath(name);
    QVERIFY(writeFile(path, data));
    auto imported = termbase.importFile(path);
    QVERIFY(!imported);
    QCOMPARE(imported.error().code, domain::ErrorCode::InvalidInput);
    QCOMPARE(imported.error().file, path);
    QCOMPARE(imported.error().line, line);
    QCOMPARE(imported.error().column, column);
    QCOMPARE(*(*ws).terms().count(), 0);
}

void TestTermbase::repositoryFindsUpdatesAndRemoves()
{
    testsupport::TempWorkspace ws;
    store::TermRepository& repository = (*ws).terms();
    Concept c;
    Term en;
    en.language = QStringLiteral("en-US");
    en.text = QStringLiteral("color");
    Term de;
    de.language = QStringLiteral("de");
    de.text = QStringLiteral("Farbe");
    c.terms = {en, de};
    auto added = repository.add(c);
    QVERIFY2(added, qPrintable(errorText(added)));
    QCOMPARE(repository.termsInLanguage("en")->size(), 1); // en-US counts as en
    QCOMPARE(repository.termsInLanguage("e")->size(), 0);

    Concept changed = *added;
    changed.terms[1].id.clear();
    changed.terms[1].note = QStringLiteral("general");
    auto updated = repository.update(changed);
    QVERIFY2(updated, qPrintable(errorText(updated)));
    QCOMPARE(updated->rev, 1);
    auto found = repository.find(added->id);
    QVERIFY(found);
    QCOMPARE(found->terms.at(1).id, added->terms.at(1).id); // same language and text: same term
    QCOMPARE(found->terms.at(1).note, QStringLiteral("general"));

    QVERIFY(repository.remove(added->id));
    QCOMPARE(repository.find(added->id).error().code, domain::ErrorCode::NotFound);
    QCOMPARE(repository.remove(added->id).error().code, domain::ErrorCode::NotFound);
    QCOMPARE(repository.termsInLanguage("de")->size(), 0); // the terms went with it
}

QTEST_GUILESS_MAIN(TestTermbase)
#include "TestTermbase.moc"
