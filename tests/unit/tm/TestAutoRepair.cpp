// Tests auto-repair: the query's placeables and numbers put into a match's target, or left and said why.
#include <QTest>

#include "tm/AutoRepair.h"
#include "tm/TmTokenizer.h"

using namespace tessera;
using Outcome = tm::AutoRepair::Outcome;

class TestAutoRepair : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void repairs_data();
    void repairs();

private:
    tm::TmTokenizer m_english{QStringLiteral("en")};
    tm::TmTokenizer m_german{QStringLiteral("de")};
};

Q_DECLARE_METATYPE(tm::AutoRepair::Outcome)

void TestAutoRepair::repairs_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("target");
    QTest::addColumn<Outcome>("outcome");
    QTest::addColumn<QString>("repaired");
    QTest::addColumn<int>("notes");

    QTest::newRow("a number") << "Need to get 12 MB of archives." << "Need to get 3 MB of archives."
                              << "Es müssen 3 MB an Archiven heruntergeladen werden." << Outcome::Repaired
                              << "Es müssen 12 MB an Archiven heruntergeladen werden." << 0;
    QTest::newRow("a printf placeholder") << "cannot remove %s" << "cannot remove %d" << "%d kann nicht entfernt werden"
                                          << Outcome::Repaired << "%s kann nicht entfernt werden" << 0;
    QTest::newRow("reordered placeables in the target follow their text")
        << "Copy {{file}} to {{folder}}" << "Copy {{name}} to {{dir}}" << "{{dir}}: {{name}} hierher kopieren"
        << Outcome::Repaired << "{{folder}}: {{file}} hierher kopieren" << 0;
    QTest::newRow("tags") << "Click <i>here</i>" << "Click <b>here</b>" << "<b>Hier</b> klicken" << Outcome::Repaired
                          << "<i>Hier</i> klicken" << 0;
    QTest::newRow("the same old value twice, both become the same new one")
        << "%1 of %1 done" << "%2 of %2 done" << "%2 von %2 erledigt" << Outcome::Repaired << "%1 von %1 erledigt" << 0;
    QTest::newRow("the same old value for two new ones: left")
        << "Move 3 files to 4 folders"
        << "Move 2 files to 2 folders"
        << "2 Dateien in 2 Ordner verschieben" << Outcome::Failed << "2 Dateien in 2 Ordner verschieben" << 1;
    QTest::newRow("the target writes the number differently: left, said")
        << "Size: 2.5 MB" << "Size: 1.5 MB" << "Größe: 1,5 MB" << Outcome::Failed << "Größe: 1,5 MB" << 1;
    QTest::newRow("one repaired, one not")
        << "Page 7 of 9" << "Page 1 of 3" << "Seite 1 von drei" << Outcome::Partial << "Seite 7 von drei" << 1;
    QTest::newRow("case differs too: still repaired")
        << "delete 5 files" << "Delete 4 files" << "4 Dateien löschen" << Outcome::Repaired << "5 Dateien löschen" << 0;
    QTest::newRow("nothing differs") << "Delete 4 files" << "Delete 4 files" << "4 Dateien löschen"
                                     << Outcome::NotNeeded << "4 Dateien löschen" << 0;
    QTest::newRow("a word differs too: not applicable")
        << "Delete 5 old files" << "Delete 4 files"
        << "4 Dateien löschen" << Outcome::NotApplicable << "4 Dateien löschen" << 0;
}

void TestAutoRepair::repairs()
{
    QFETCH(QString, query);
    QFETCH(QString, source);
    QFETCH(QString, target);
    QFETCH(Outcome, outcome);
    QFETCH(QString, repaired);
    QFETCH(int, notes);
    const auto result =
        tm::AutoRepair::repair(m_english.tokenize(query), m_english.tokenize(source), m_german.tokenize(target));
    QCOMPARE(result.target, repaired);
    QCOMPARE(result.outcome, outcome);
    QCOMPARE(result.notes.size(), notes);
}

QTEST_GUILESS_MAIN(TestAutoRepair)
#include "TestAutoRepair.moc"
