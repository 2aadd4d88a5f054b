// Tests TMs in a workspace: no duplicates, index rebuilt on open, read-only and penalised reference TMs,
// regional variants, context matches and auto-repaired suggestions.
#include <QTest>

#include "TempWorkspace.h"
#include "TestData.h"
#include "store/TmRepository.h"
#include "tm/TmLibrary.h"
#include "tm/TranslationMemory.h"

using namespace tessera;
using testsupport::errorText;

class TestTranslationMemory : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sameSourceAndTargetUpdatesInsteadOfDuplicating();
    void indexIsRebuiltOnOpen();
    void readOnlyReferenceTmsArePenalised();
    void regionalVariantsMatchWithAPenalty();
    void contextMatchScores101();
    void suggestionsAreAutoRepaired();
    void badInputIsRefusedWithItsName();

private:
    static domain::TmUnit unit(const QString& source, const QString& target, const QString& sourceLanguage = "en",
                               const QString& targetLanguage = "de")
    {
        domain::TmUnit u;
        u.sourceLanguage = sourceLanguage;
        u.targetLanguage = targetLanguage;
        u.source = source;
        u.target = target;
        u.origin = QStringLiteral("project");
        return u;
    }
};

void TestTranslationMemory::sameSourceAndTargetUpdatesInsteadOfDuplicating()
{
    testsupport::TempWorkspace ws;
    auto tm = tm::TranslationMemory::open(ws->tm(), QStringLiteral("project"));
    QVERIFY2(tm, qPrintable(errorText(tm)));
    auto first = (*tm)->add(unit(QStringLiteral("Save the file"), QStringLiteral("Datei speichern")));
    QVERIFY2(first, qPrintable(errorText(first)));
    QVERIFY(first->inserted);
    ws.clock().advance(60);
    auto again = (*tm)->add(unit(QStringLiteral("Save the file"), QStringLiteral("Datei speichern")));
    QVERIFY2(again, qPrintable(errorText(again)));
    QVERIFY(!again->inserted);
    QCOMPARE(again->rowId, first->rowId);
    QCOMPARE(again->unit.id, first->unit.id);
    QCOMPARE(again->unit.usageCount, 1);
    QCOMPARE(*ws->tm().count(QStringLiteral("project")), 1);
    QCOMPARE((*tm)->size(), 1); // not indexed twice either
    auto stored = ws->tm().findByRowId(first->rowId);
    QCOMPARE(stored->changedAt, ws.clock().now());
    QCOMPARE(stored->createdAt, first->unit.createdAt);

    // Another target for the same source is another unit.
    ws.clock().advance(60);
    QVERIFY((*tm)->add(unit(QStringLiteral("Save the file"), QStringLiteral("Datei sichern")))->inserted);
    auto matches = (*tm)->lookup(QStringLiteral("Save the file"), QStringLiteral("en"), QStringLiteral("de"));
    QVERIFY2(matches, qPrintable(errorText(matches)));
    QCOMPARE(matches->size(), 2);
    QCOMPARE(matches->at(0).unit.target, QStringLiteral("Datei sichern")); // the newer first on equal scores
    QVERIFY((*tm)->markUsed(matches->at(1)));
    QCOMPARE(ws->tm().findByRowId(matches->at(1).rowId)->usageCount, 2);
}

void TestTranslationMemory::indexIsRebuiltOnOpen()
{
    testsupport::TempWorkspace ws;
    {
        auto tm = tm::TranslationMemory::open(ws->tm(), QStringLiteral("project"));
        QVERIFY((*tm)->add(
            unit(QStringLiteral("Remove the selected package"), QStringLiteral("Das ausgewählte Paket entfernen"))));
        QVERIFY((*tm)->add(unit(QStringLiteral("Supprimer"), QStringLiteral("Löschen"), "fr", "de")));
    }
    QVERIFY(ws.reopen());
    auto library = tm::TmLibrary::open(ws->tm());
    QVERIFY2(library, qPrintable(errorText(library)));
    QCOMPARE((*library)->memories().size(), 1);
    tm::TranslationMemory* tm = (*library)->memory(QStringLiteral("project"));
    QVERIFY(tm);
    QCOMPARE(tm->size(), 2);
    QCOMPARE(tm->languagePairs().size(), 2);
    auto matches =
        (*library)->lookup(QStringLiteral("Remove the selected packages"), QStringLiteral("en"), QStringLiteral("de"));
    QCOMPARE(matches->size(), 1);
    QCOMPARE(matches->at(0).score, 75);
    QCOMPARE(matches->at(0).unit.target, QStringLiteral("Das ausgewählte Paket entfernen"));
}

void TestTranslationMemory::readOnlyReferenceTmsArePenalised()
{
    testsupport::TempWorkspace ws;
    auto library = tm::TmLibrary::open(ws->tm());
    auto project = (*library)->create(QStringLiteral("project"));
    auto reference = (*library)->create(QStringLiteral("reference"));
    QVERIFY(project && reference);
    QVERIFY((*reference)->add(unit(QStringLiteral("Open the file"), QStringLiteral("Datei öffnen"))));
    QVERIFY((*reference)->configure(10, 5, true));
    QVERIFY((*project)->add(unit(QStringLiteral("Open the file now"), QStringLiteral("Datei jetzt öffnen"))));

    auto refused = (*reference)->add(unit(QStringLiteral("Close"), QStringLiteral("Schließen")));
    QVERIFY(!refused);
    QVERIFY(refused.error().message.contains(QStringLiteral("read-only")));

    auto matches = (*library)->lookup(QStringLiteral("Open the file"), QStringLiteral("en"), QStringLiteral("de"));
    QCOMPARE(matches->size(), 2);
    QCOMPARE(matches->at(0).unit.tmName, QStringLiteral("reference"));
    QCOMPARE(matches->at(0).score, 95); // 100 − the reference TM's penalty
    QCOMPARE(matches->at(1).score, 75);
    QCOMPARE((*library)->memories().first()->name(), QStringLiteral("reference")); // higher priority first
    // Saved: a library opened again has the same settings.
    QVERIFY(ws.reopen());
    auto again = tm::TmLibrary::open(ws->tm());
    QCOMPARE((*again)->memory(QStringLiteral("reference"))->info().penalty, 5);
    QVERIFY((*again)->memory(QStringLiteral("reference"))->info().readOnly);
}

void TestTranslationMemory::regionalVariantsMatchWithAPenalty()
{
    testsupport::TempWorkspace ws;
    auto tm = tm::TranslationMemory::open(ws->tm(), QStringLiteral("project"));
    QVERIFY((*tm)->add(unit(QStringLiteral("Choose a colour"), QStringLiteral("Farbe wählen"), "en-GB", "de-DE")));
    tm::LookupOptions options;
    options.regionPenalty = 2;
    auto same =
        (*tm)->lookup(QStringLiteral("Choose a colour"), QStringLiteral("en_GB"), QStringLiteral("de-DE"), options);
    QCOMPARE(same->size(), 1);
    QCOMPARE(same->at(0).score, 100);
    auto variant =
        (*tm)->lookup(QStringLiteral("Choose a colour"), QStringLiteral("en-US"), QStringLiteral("de-DE"), options);
    QCOMPARE(variant->size(), 1);
    QCOMPARE(variant->at(0).score, 98);
    auto both =
        (*tm)->lookup(QStringLiteral("Choose a colour"), QStringLiteral("en-US"), QStringLiteral("de-AT"), options);
    QCOMPARE(both->at(0).score, 96);
    auto other =
        (*tm)->lookup(QStringLiteral("Choose a colour"), QStringLiteral("en-GB"), QStringLiteral("fr"), options);
    QVERIFY(other->isEmpty());
}

void TestTranslationMemory::contextMatchScores101()
{
    testsupport::TempWorkspace ws;
    auto tm = tm::TranslationMemory::open(ws->tm(), QStringLiteral("project"));
    auto u = unit(QStringLiteral("Open"), QStringLiteral("Öffnen"));
    u.contextKey = QStringLiteral("menu.file.open");
    QVERIFY((*tm)->add(u));
    tm::LookupOptions options;
    options.contextKey = QStringLiteral("menu.file.open");
    auto hit = (*tm)->lookup(QStringLiteral("Open"), QStringLiteral("en"), QStringLiteral("de"), options);
    QCOMPARE(hit->at(0).score, 101);
    QVERIFY(hit->at(0).contextMatch);
    options.contextKey = QStringLiteral("dialog.open");
    QCOMPARE((*tm)->lookup(QStringLiteral("Open"), QStringLiteral("en"), QStringLiteral("de"), options)->at(0).score,
             100);
    // The caller's rule instead (for example: the same neighbouring segments).
    options.isContextMatch = [](const domain::TmUnit& unit) { return unit.target == QStringLiteral("Öffnen"); };
    QCOMPARE((*tm)->lookup(QStringLiteral("Open"), QStringLiteral("en"), QStringLiteral("de"), options)->at(0).score,
             101);
}

void TestTranslationMemory::suggestionsAreAutoRepaired()
{
    testsupport::TempWorkspace ws;
    auto tm = tm::TranslationMemory::open(ws->tm(), QStringLiteral("project"));
    QVERIFY((*tm)->add(unit(QStringLiteral("Need to get %s of archives."),
                            QStringLiteral("Es müssen %s an Archiven heruntergeladen werden."))));
    auto matches =
        (*tm)->lookup(QStringLiteral("Need to get %d of archives."), QStringLiteral("en"), QStringLiteral("de"));
    QCOMPARE(matches->size(), 1);
    QCOMPARE(matches->at(0).score, 99);
    QCOMPARE(matches->at(0).repair.outcome, tm::AutoRepair::Outcome::Repaired);
    QCOMPARE(matches->at(0).repair.target, QStringLiteral("Es müssen %d an Archiven heruntergeladen werden."));
}

void TestTranslationMemory::badInputIsRefusedWithItsName()
{
    testsupport::TempWorkspace ws;
    auto tm = tm::TranslationMemory::open(ws->tm(), QStringLiteral("project"));
    auto badLanguage = (*tm)->add(unit(QStringLiteral("Save"), QStringLiteral("Speichern"), "english", "de"));
    QVERIFY(!badLanguage);
    QVERIFY2(badLanguage.error().message.contains(QStringLiteral("english")), qPrintable(errorText(badLanguage)));
    QCOMPARE(*ws->tm().count(), 0);
    auto badPenalty = (*tm)->configure(0, 120, false);
    QVERIFY(!badPenalty);
    QVERIFY2(badPenalty.error().message.contains(QStringLiteral("120")), qPrintable(errorText(badPenalty)));
    QCOMPARE((*tm)->info().penalty, 0);
}

QTEST_GUILESS_MAIN(TestTranslationMemory)
#include "TestTranslationMemory.moc"
