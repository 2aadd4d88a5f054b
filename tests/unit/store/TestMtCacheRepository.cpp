// TestMtCacheRepository: the MT cache keeps translations per provider, language pair and exact source
// text, survives a restart, and replaces an older translation of the same text.
#include <QTest>

#include "TempWorkspace.h"
#include "TestData.h"
#include "store/Database.h"
#include "store/MtCacheRepository.h"
#include "store/Schema.h"

using tessera::store::MtCacheRepository;
using tessera::testsupport::TempWorkspace;
using Pairs = QList<std::pair<QString, QString>>;

class TestMtCacheRepository : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void schemaFourteenHasTheCache();
    void findsByProviderPairAndExactText();
    void keepsAcrossARestartAndReplaces();
    void clearsOneProvider();
    void aFailedWriteStoresNothing();
};

void TestMtCacheRepository::schemaFourteenHasTheCache()
{
    TempWorkspace ws;
    QVERIFY2(ws.isValid(), qPrintable(ws.error()));
    QVERIFY(tessera::store::Schema::currentVersion() >= 14);
    QCOMPARE(ws->mtCache().count().value_or(-1), qint64(0));
}

void TestMtCacheRepository::findsByProviderPairAndExactText()
{
    TempWorkspace ws;
    QVERIFY2(ws.isValid(), qPrintable(ws.error()));
    MtCacheRepository& cache = ws->mtCache();
    const auto stored =
        cache.store(QStringLiteral("apertium"), QStringLiteral("en"), QStringLiteral("es"),
                    Pairs{{QStringLiteral("Hello world"), QStringLiteral("Hola mundo")},
                          {QStringLiteral("Delete %n files?"), QStringLiteral("¿Borrar %n archivos?")}});
    QVERIFY2(stored.has_value(), qPrintable(tessera::testsupport::errorText(stored)));
    const auto hit = cache.find(QStringLiteral("apertium"), QStringLiteral("en"), QStringLiteral("es"),
                                QStringLiteral("Hello world"));
    QVERIFY(hit.has_value());
    QCOMPARE(hit->value_or(QString()), QStringLiteral("Hola mundo"));
    // Another provider, another pair, another case or trailing space: not the same entry.
    for (const auto& [provider, from, to, text] : QList<std::tuple<QString, QString, QString, QString>>{
             {QStringLiteral("deepl"), QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("Hello world")},
             {QStringLiteral("apertium"), QStringLiteral("en"), QStringLiteral("ca"), QStringLiteral("Hello world")},
             {QStringLiteral("apertium"), QStringLiteral("es"), QStringLiteral("en"), QStringLiteral("Hello world")},
             {QStringLiteral("apertium"), QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("hello world")},
             {QStringLiteral("apertium"), QStringLiteral("en"), QStringLiteral("es"),
              QStringLiteral("Hello world ")}}) {
        const auto miss = cache.find(provider, from, to, text);
        QVERIFY(miss.has_value());
        QVERIFY2(!miss->has_value(), qPrintable(provider + from + to + text));
    }
    QCOMPARE(cache.count(QStringLiteral("apertium")).value_or(-1), qint64(2));
}

void TestMtCacheRepository::keepsAcrossARestartAndReplaces()
{
    TempWorkspace ws;
    QVERIFY2(ws.isValid(), qPrintable(ws.error()));
    QVERIFY(ws->mtCache()
                .store(QStringLiteral("apertium"), QStringLiteral("en"), QStringLiteral("es"),
                       Pairs{{QStringLiteral("Open"), QStringLiteral("Abierto")}})
                .has_value());
    QVERIFY(ws.reopen());
    QCOMPARE(ws->mtCache()
                 .find(QStringLiteral("apertium"), QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("Open"))
                 .value_or(std::nullopt)
                 .value_or(QString()),
             QStringLiteral("Abierto"));
    QVERIFY(ws->mtCache()
                .store(QStringLiteral("apertium"), QStringLiteral("en"), QStringLiteral("es"),
                       Pairs{{QStringLiteral("Open"), QStringLiteral("Abrir")}})
                .has_value());
    QCOMPARE(ws->mtCache()
                 .find(QStringLiteral("apertium"), QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("Open"))
                 .value_or(std::nullopt)
                 .value_or(QString()),
             QStringLiteral("Abrir"));
    QCOMPARE(ws->mtCache().count().value_or(-1), qint64(1));
}

void TestMtCacheRepository::clearsOneProvider()
{
    TempWorkspace ws;
    QVERIFY2(ws.isValid(), qPrintable(ws.error()));
    QVERIFY(ws->mtCache()
                .store(QStringLiteral("apertium"), QStringLiteral("en"), QStringLiteral("es"),
                       Pairs{{QStringLiteral("a"), QStringLiteral("b")}})
                .has_value());
    QVERIFY(ws->mtCache()
                .store(QStringLiteral("deepl"), QStringLiteral("en"), QStringLiteral("es"),
                       Pairs{{QStringLiteral("a"), QStringLiteral("c")}})
                .has_value());
    QVERIFY(ws->mtCache().clear(QStringLiteral("deepl")).has_value());
    QCOMPARE(ws->mtCache().count().value_or(-1), qint64(1));
    QCOMPARE(ws->mtCache().count(QStringLiteral("deepl")).value_or(-1), qint64(0));
}

void TestMtCacheRepository::aFailedWriteStoresNothing()
{
    TempWorkspace ws;
    QVERIFY2(ws.isValid(), qPrintable(ws.error()));
    ws->database().failStatement(3); // BEGIN, the first row, then the second row fails
    const auto stored = ws->mtCache().store(
        QStringLiteral("apertium"), QStringLiteral("en"), QStringLiteral("es"),
        Pairs{{QStringLiteral("a"), QStringLiteral("b")}, {QStringLiteral("c"), QStringLiteral("d")}});
    QVERIFY(!stored.has_value());
    ws->database().failStatement(0);
    QCOMPARE(ws->mtCache().count().value_or(-1), qint64(0));
}

QTEST_GUILESS_MAIN(TestMtCacheRepository)
#include "TestMtCacheRepository.moc"
