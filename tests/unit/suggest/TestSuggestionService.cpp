// Tests SuggestionService on gdk-pixbuf's German TMX and TBX (tests/data/tmx, tests/data/tbx): a
// lookup on the worker thread finds the TM's matches and the glossary's terms, and when the user
// moves on before an answer comes back, only the answer for the segment now shown is delivered.
#include <QSignalSpy>
#include <QTest>

#include "TempWorkspace.h"
#include "TestData.h"
#include "TmFixture.h"
#include "formats/TmxReader.h"
#include "suggest/SuggestionService.h"
#include "terms/Termbase.h"

using namespace tessera;
using suggest::SuggestionRequest;
using suggest::Suggestions;
using suggest::SuggestionService;

namespace {

const QString s_tm = QStringLiteral("gdk-pixbuf");

SuggestionRequest requestFor(const QString& id, const QString& source)
{
    return {id, source, QStringLiteral("en"), QStringLiteral("de"), QString()};
}

// The target the TMX file gives `source`, read from the file itself.
QString tmxTarget(const QString& source)
{
    QString target;
    (void)formats::TmxReader::read(
        testsupport::readTestData(QStringLiteral("tmx"), QStringLiteral("gdk-pixbuf-de.tmx")),
        QStringLiteral("gdk-pixbuf-de.tmx"), [&](const formats::TmxUnit& unit) {
            if (unit.unit.source == source)
                target = unit.unit.target;
            return true;
        });
    return target;
}

Suggestions only(const QSignalSpy& spy)
{
    return spy.isEmpty() ? Suggestions{} : spy.first().first().value<Suggestions>();
}

} // namespace

class TestSuggestionService : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<testsupport::TempWorkspace> m_ws;

private Q_SLOTS:
    void init()
    {
        m_ws = std::make_unique<testsupport::TempWorkspace>();
        QVERIFY2(m_ws->isValid(), qPrintable(m_ws->error()));
        auto added = testsupport::importTmx(**m_ws, QStringLiteral("gdk-pixbuf-de.tmx"), s_tm);
        QVERIFY2(added, qPrintable(testsupport::errorText(added)));
        QVERIFY(*added > 100);
        terms::Termbase termbase(**m_ws);
        terms::ImportOptions options;
        options.targetLanguage = QStringLiteral("de"); // csv2tbx calls the target language "xx"
        auto imported = termbase.importFile(
            testsupport::testDataDir(QStringLiteral("tbx")) + QStringLiteral("gdk-pixbuf-de.tbx"), options);
        QVERIFY2(imported, qPrintable(testsupport::errorText(imported)));
    }

    void cleanup() { m_ws.reset(); }

    void findsMatchesAndTerms()
    {
        SuggestionService service((*m_ws)->path(), m_ws->clock());
        QSignalSpy ready(&service, &SuggestionService::suggestionsReady);
        const QString source = QStringLiteral("Couldn’t write to TIFF file");
        const quint64 generation = service.request(requestFor(QStringLiteral("seg-tiff"), source));
        QVERIFY(ready.wait());
        QCOMPARE(ready.count(), 1);
        const Suggestions found = only(ready);
        QCOMPARE(found.segmentId, QStringLiteral("seg-tiff"));
        QCOMPARE(found.generation, generation);
        QVERIFY2(found.error.isEmpty(), qPrintable(found.error));
        QVERIFY(found.matches.size() >= 2);
        // The exact match first, with the TMX's translation; then the BMP message, which differs
        // in one word.
        QCOMPARE(found.matches.first().score, 100);
        QCOMPARE(found.matches.first().unit.target, tmxTarget(source));
        QCOMPARE(found.matches.first().unit.tmName, s_tm);
        const auto bmp = std::find_if(found.matches.begin(), found.matches.end(), [](const tm::TmMatch& m) {
            return m.unit.source == QStringLiteral("Couldn’t write to BMP file");
        });
        QVERIFY(bmp != found.matches.end());
        QVERIFY(bmp->score < 100 && bmp->score >= 50);
        QVERIFY(std::any_of(bmp->details.diff.begin(), bmp->details.diff.end(), [&](const tm::DiffOp& op) {
            return op.kind == tm::DiffOp::Kind::Replaced &&
                   bmp->unit.source.mid(op.matchStart, op.matchLength) == QStringLiteral("BMP");
        }));

        // A source with a glossary term in it (inflected and in lower case) gets the term's span
        // and its German term.
        const QString withTerm = QStringLiteral("Could not get image height (bad TIFF file)");
        service.request(requestFor(QStringLiteral("seg-height"), withTerm));
        QVERIFY(ready.wait());
        const Suggestions terms = ready.last().first().value<Suggestions>();
        QCOMPARE(terms.segmentId, QStringLiteral("seg-height"));
        QVERIFY(!terms.terms.isEmpty());
        const auto& hit = terms.terms.first();
        QCOMPARE(withTerm.mid(hit.start, hit.length), QStringLiteral("height"));
        QVERIFY(!hit.targets.isEmpty());
        QCOMPARE(hit.targets.first().text, QStringLiteral("Höhe"));
    }

    void answersForALeftSegmentAreDropped()
    {
        SuggestionService service((*m_ws)->path(), m_ws->clock());
        QSignalSpy ready(&service, &SuggestionService::suggestionsReady);
        // Warm up (open the TM), so A below is really looked up while the user moves to B.
        service.request(requestFor(QStringLiteral("warm"), QStringLiteral("Image format unknown")));
        QVERIFY(ready.wait());
        ready.clear();

        // The user passes A on the way to B: both are asked before any answer can be handled here.
        service.request(requestFor(QStringLiteral("A"), QStringLiteral("Couldn’t write to BMP file")));
        const quint64 b = service.request(requestFor(QStringLiteral("B"), QStringLiteral("Couldn’t load bitmap")));
        QVERIFY(ready.wait());
        // The worker answers in order, so A's answer (if it was looked up at all) came before B's
        // and was dropped: only B was delivered.
        QCOMPARE(ready.count(), 1);
        QCOMPARE(only(ready).segmentId, QStringLiteral("B"));
        QCOMPARE(only(ready).generation, b);
        QCOMPARE(only(ready).matches.first().unit.source, QStringLiteral("Couldn’t load bitmap"));

        // Leaving a segment for no segment (cancel) drops its answer too; the next one comes.
        ready.clear();
        const int droppedBefore = service.droppedCount();
        service.request(requestFor(QStringLiteral("C"), QStringLiteral("Couldn’t save")));
        service.cancel();
        service.request(requestFor(QStringLiteral("D"), QStringLiteral("Image format unknown")));
        QVERIFY(ready.wait());
        QCOMPARE(ready.count(), 1);
        QCOMPARE(only(ready).segmentId, QStringLiteral("D"));
        QVERIFY(service.droppedCount() >= droppedBefore);
    }

    void destroyingWithAPendingRequestIsSafe()
    {
        // The editor closes while a lookup runs: the worker finishes on its thread, nothing is
        // delivered to a service that is gone.
        auto service = std::make_unique<SuggestionService>((*m_ws)->path(), m_ws->clock());
        QSignalSpy ready(service.get(), &SuggestionService::suggestionsReady);
        service->request(requestFor(QStringLiteral("A"), QStringLiteral("Couldn’t write to BMP file")));
        service.reset();
        QCOMPARE(ready.count(), 0);
    }

    void aMissingWorkspaceIsReportedNotThrown()
    {
        SuggestionService service(m_ws->path() + QStringLiteral("/nowhere"), m_ws->clock());
        QSignalSpy ready(&service, &SuggestionService::suggestionsReady);
        service.request(requestFor(QStringLiteral("A"), QStringLiteral("Couldn’t save")));
        QVERIFY(ready.wait());
        QVERIFY(only(ready).matches.isEmpty());
        QVERIFY2(only(ready).error.contains(QStringLiteral("nowhere")), qPrintable(only(ready).error));
    }
};

QTEST_GUILESS_MAIN(TestSuggestionService)
#include "TestSuggestionService.moc"
