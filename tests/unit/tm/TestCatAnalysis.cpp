// Tests CAT analysis and pretranslation on a hand-checked document: which band each segment lands in
// and why (the scores follow docs/TM-MATCHING.md), the words counted per band, and what
// pretranslation fills, with which state and origin, and what it leaves alone.
#include <QTest>

#include "TempWorkspace.h"
#include "TestData.h"
#include "domain/Document.h"
#include "domain/Project.h"
#include "domain/Segment.h"
#include "store/Database.h"
#include "store/DocumentRepository.h"
#include "store/ProjectRepository.h"
#include "store/SegmentRepository.h"
#include "store/TmRepository.h"
#include "tm/CatAnalysis.h"
#include "tm/Pretranslator.h"
#include "tm/TmLibrary.h"

using namespace tessera;
using domain::SegmentState;
using testsupport::errorText;
using tm::CatAnalysis;

namespace {

// The project TM. Word counts in the comments are what the scores below are computed from.
struct Unit {
    const char* source;
    const char* target;
    const char* key;
};
const Unit s_units[] = {
    {"Remove the selected package from the system", "Das ausgewählte Paket vom System entfernen",
     "remove.pkg"}, // 7 words
    {"Download the package lists from the configured mirrors and update the local cache before installing "
     "anything",
     "Die Paketlisten von den eingestellten Spiegeln herunterladen und den lokalen Zwischenspeicher vor jeder "
     "Installation aktualisieren",
     ""}, // 16 words
    {"Show the release notes", "Versionshinweise anzeigen", ""},
    {"The installer copies every selected component into the target folder and then creates shortcuts for all "
     "users on this computer",
     "Das Installationsprogramm kopiert jede gewählte Komponente in den Zielordner und legt dann Verknüpfungen für "
     "alle Benutzer dieses Computers an",
     ""}, // 20 words
    {"Open the config file", "Die Konfigurationsdatei öffnen", ""},
    {"Close all windows", "Alle Fenster schließen", ""},
};

domain::Segment segment(const QString& key, const QString& source)
{
    domain::Segment s;
    s.key = key;
    s.source = source;
    return s;
}

} // namespace

class TestCatAnalysis : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void bandsOfAHandCheckedDocument();
    void pluralSourcesCountBothForms();
    void bandNamesAreTheCliContract();
    void pretranslationFillsWhatTheTmsKnow();
    void pretranslationCanLeaveExactMatchesAsDrafts();
    void failedPretranslationFillsNothing();

private:
    void fillTm();
    // A project "P" (en → de) with one document holding `segments` in order.
    QString addDocument(const QList<domain::Segment>& segments);
    domain::Segment stored(const QString& key);

    std::unique_ptr<testsupport::TempWorkspace> m_ws;
    QString m_documentId;
};

void TestCatAnalysis::init()
{
    m_ws = std::make_unique<testsupport::TempWorkspace>();
    QVERIFY2(m_ws->isValid(), qPrintable(m_ws->error()));
    fillTm();
}

void TestCatAnalysis::fillTm()
{
    for (const Unit& u : s_units) {
        domain::TmUnit unit;
        unit.tmName = QStringLiteral("project");
        unit.sourceLanguage = QStringLiteral("en");
        unit.targetLanguage = QStringLiteral("de");
        unit.source = QString::fromUtf8(u.source);
        unit.target = QString::fromUtf8(u.target);
        unit.contextKey = QString::fromUtf8(u.key);
        QVERIFY((*m_ws)->tm().add(unit));
    }
}

QString TestCatAnalysis::addDocument(const QList<domain::Segment>& segments)
{
    domain::Project project;
    project.name = QStringLiteral("P");
    project.sourceLanguage = QStringLiteral("en");
    project.targetLanguages = {QStringLiteral("de")};
    auto created = (*m_ws)->projects().create(project);
    if (!created)
        return {};
    domain::Document document;
    document.projectId = created->id;
    document.name = QStringLiteral("ui.po");
    document.format = QStringLiteral("po");
    document.targetLanguage = QStringLiteral("de");
    auto doc = (*m_ws)->documents().create(document);
    if (!doc)
        return {};
    m_documentId = doc->id;
    QList<domain::Segment> rows = segments;
    for (qsizetype i = 0; i < rows.size(); ++i)
        rows[i].order = int(i + 1);
    if (!(*m_ws)->segments().insertAll(doc->id, rows))
        return {};
    return created->id;
}

domain::Segment TestCatAnalysis::stored(const QString& key)
{
    return (*m_ws)->segments().findByKey(m_documentId, key).value_or(domain::Segment{});
}

void TestCatAnalysis::bandsOfAHandCheckedDocument()
{
    auto library = tm::TmLibrary::open((*m_ws)->tm());
    QVERIFY2(library, qPrintable(errorText(library)));
    CatAnalysis analysis(**library, QStringLiteral("en"), QStringLiteral("de"));
    const QList<std::pair<domain::Segment, CatAnalysis::Band>> document = {
        // The TM unit's source and its context key.
        {segment("remove.pkg", "Remove the selected package from the system"), CatAnalysis::Context},
        // The same source again under another key: the second occurrence is a repetition.
        {segment("remove.other", "Remove the selected package from the system"), CatAnalysis::Repetition},
        // 1 of 16 words changed: floor(100 · 15/16) = 93.
        {segment("update", "Download the package lists from the configured servers and update the local cache before "
                           "installing anything"),
         CatAnalysis::Fuzzy85},
        // Nothing like it in the TM.
        {segment("city", "The game engine renders the ancient city"), CatAnalysis::NoMatch},
        // 1 of 7 words changed against the segment before: an internal fuzzy match, 85.
        {segment("city2", "The game engine renders the medieval city"), CatAnalysis::Fuzzy85},
        // The unit's source; its unit has no context key.
        {segment("notes", "Show the release notes"), CatAnalysis::Exact},
        {segment("city3", "The game engine renders the ancient city"), CatAnalysis::Repetition},
        // 1 of 20 words changed: 95.
        {segment("installer",
                 "The installer copies every selected component into the target folder and then creates shortcuts "
                 "for all users on this machine"),
         CatAnalysis::Fuzzy95},
        // 1 of 4: 75.
        {segment("log", "Open the log file"), CatAnalysis::Fuzzy75},
        // 1 of 3: floor(200/3) = 66.
        {segment("tabs", "Close all tabs"), CatAnalysis::Fuzzy50},
    };
    for (const auto& [s, band] : document) {
        auto got = analysis.add(s);
        QVERIFY2(got, qPrintable(errorText(got)));
        QVERIFY2(*got == band, qPrintable(QStringLiteral("%1: %2 instead of %3")
                                              .arg(s.key, CatAnalysis::bandName(*got), CatAnalysis::bandName(band))));
    }
    const auto& report = analysis.report();
    const auto words = [&](CatAnalysis::Band band) { return report.bands[std::size_t(band)].words; };
    const auto segments = [&](CatAnalysis::Band band) { return report.bands[std::size_t(band)].segments; };
    QCOMPARE(words(CatAnalysis::Context), 7);
    QCOMPARE(words(CatAnalysis::Repetition), 14);
    QCOMPARE(segments(CatAnalysis::Repetition), 2);
    QCOMPARE(words(CatAnalysis::Exact), 4);
    QCOMPARE(words(CatAnalysis::Fuzzy95), 20);
    QCOMPARE(words(CatAnalysis::Fuzzy85), 16 + 7);
    QCOMPARE(segments(CatAnalysis::Fuzzy85), 2);
    QCOMPARE(words(CatAnalysis::Fuzzy75), 4);
    QCOMPARE(words(CatAnalysis::Fuzzy50), 3);
    QCOMPARE(words(CatAnalysis::NoMatch), 7);
    QCOMPARE(report.total.segments, 10);
    QCOMPARE(report.total.words, 82);
    QCOMPARE(report.internalMatches, 1);
    QVERIFY(report.total.characters > report.total.words);
}

void TestCatAnalysis::pluralSourcesCountBothForms()
{
    auto library = tm::TmLibrary::open((*m_ws)->tm());
    QVERIFY(library);
    CatAnalysis analysis(**library, QStringLiteral("en"), QStringLiteral("de"));
    domain::Segment plural = segment("files", "%n file was deleted");
    plural.sourcePlural = QStringLiteral("%n files were deleted");
    QCOMPARE(*analysis.add(plural), CatAnalysis::NoMatch);
    // The same singular with another plural is no repetition.
    domain::Segment other = plural;
    other.sourcePlural = QStringLiteral("%n files were removed");
    QVERIFY(*analysis.add(other) != CatAnalysis::Repetition);
    QCOMPARE(*analysis.add(plural), CatAnalysis::Repetition);
    // Placeables count no words: 3 + 3 for each.
    QCOMPARE(analysis.report().total.words, 18);
}

void TestCatAnalysis::bandNamesAreTheCliContract()
{
    QStringList names;
    for (int b = 0; b < CatAnalysis::BandCount; ++b)
        names.append(CatAnalysis::bandName(CatAnalysis::Band(b)));
    QCOMPARE(names, (QStringList{"repetition", "101", "100", "95-99", "85-94", "75-84", "50-74", "no-match"}));
    QCOMPARE(CatAnalysis::bandForScore(101), CatAnalysis::Context);
    QCOMPARE(CatAnalysis::bandForScore(95), CatAnalysis::Fuzzy95);
    QCOMPARE(CatAnalysis::bandForScore(94), CatAnalysis::Fuzzy85);
    QCOMPARE(CatAnalysis::bandForScore(74), CatAnalysis::Fuzzy50);
    QCOMPARE(CatAnalysis::bandForScore(49), CatAnalysis::NoMatch);
}

void TestCatAnalysis::pretranslationFillsWhatTheTmsKnow()
{
    QList<domain::Segment> segments = {
        segment("notes", "Show the release notes"),
        segment("remove.pkg", "Remove the selected package from the system"),
        segment("log", "Open the log file"),
        segment("notes.again", "Show the release notes"),
        segment("tabs", "Close all tabs"),
        segment("locked", "Show the release notes"),
        segment("draft", "Show the release notes"),
        segment("city", "The game engine renders the ancient city"),
        segment("city.again", "The game engine renders the ancient city"),
    };
    segments[5].flags |= domain::SegmentFlag::Locked;
    segments[6].targets = {QStringLiteral("Hinweise")};
    segments[6].state = SegmentState::Draft;
    segments[7].targets = {QStringLiteral("Die Spiel-Engine zeigt die antike Stadt")};
    segments[7].state = SegmentState::Translated;
    const QString projectId = addDocument(segments);
    QVERIFY(!projectId.isEmpty());

    auto library = tm::TmLibrary::open((*m_ws)->tm());
    QVERIFY(library);
    tm::Pretranslator::Options options;
    options.threshold = 75;
    options.author = QStringLiteral("anna");
    tm::Pretranslator pretranslator(**m_ws, **library, options);
    int lastDone = 0;
    int lastTotal = 0;
    auto summary = pretranslator.run(projectId, QStringLiteral("de"), [&](int done, int total) {
        lastDone = done;
        lastTotal = total;
    });
    QVERIFY2(summary, qPrintable(errorText(summary)));
    QCOMPARE(lastDone, 9);
    QCOMPARE(lastTotal, 9);
    QCOMPARE(summary->untranslated, 6); // notes, remove.pkg, log, notes.again, tabs, city.again
    QCOMPARE(summary->exact, 1);
    QCOMPARE(summary->context, 1);
    QCOMPARE(summary->fuzzy, 1);
    QCOMPARE(summary->propagated, 2);

    const domain::Segment notes = stored(QStringLiteral("notes"));
    QCOMPARE(notes.targets, QStringList{QStringLiteral("Versionshinweise anzeigen")});
    QCOMPARE(notes.state, SegmentState::Translated);
    QCOMPARE(notes.origin, QStringLiteral("tm:project 100%"));
    QCOMPARE(notes.updatedBy, QStringLiteral("anna"));
    auto history = (*m_ws)->segments().revisions(notes.id);
    QCOMPARE(history->size(), 1);
    QCOMPARE(history->first().origin, QStringLiteral("tm:project 100%"));

    const domain::Segment remove = stored(QStringLiteral("remove.pkg"));
    QCOMPARE(remove.state, SegmentState::Translated);
    QCOMPARE(remove.origin, QStringLiteral("tm:project 101%"));

    const domain::Segment log = stored(QStringLiteral("log"));
    QCOMPARE(log.targets, QStringList{QStringLiteral("Die Konfigurationsdatei öffnen")});
    QCOMPARE(log.state, SegmentState::Draft);
    QCOMPARE(log.origin, QStringLiteral("tm:project 75%"));

    QCOMPARE(stored(QStringLiteral("notes.again")).origin, QStringLiteral("propagated"));
    QCOMPARE(stored(QStringLiteral("notes.again")).state, SegmentState::Translated);
    const domain::Segment city = stored(QStringLiteral("city.again"));
    QCOMPARE(city.targets, QStringList{QStringLiteral("Die Spiel-Engine zeigt die antike Stadt")});
    QCOMPARE(city.origin, QStringLiteral("propagated"));

    // Left alone: below the threshold (66%), locked, already a draft.
    QCOMPARE(stored(QStringLiteral("tabs")).state, SegmentState::New);
    QVERIFY(stored(QStringLiteral("tabs")).targets.join(QString()).isEmpty());
    QVERIFY(stored(QStringLiteral("locked")).targets.join(QString()).isEmpty());
    QCOMPARE(stored(QStringLiteral("draft")).targets, QStringList{QStringLiteral("Hinweise")});
    QCOMPARE(stored(QStringLiteral("draft")).rev, 0);

    // Run again: nothing left that the TM can fill.
    auto again = pretranslator.run(projectId, QStringLiteral("de"));
    QVERIFY(again);
    QCOMPARE(again->untranslated, 1);
    QCOMPARE(again->exact + again->context + again->fuzzy + again->propagated, 0);
}

void TestCatAnalysis::pretranslationCanLeaveExactMatchesAsDrafts()
{
    const QString projectId = addDocument({segment("notes", "Show the release notes")});
    auto library = tm::TmLibrary::open((*m_ws)->tm());
    QVERIFY(library);
    tm::Pretranslator::Options options;
    options.exactState = SegmentState::Draft;
    auto summary = tm::Pretranslator(**m_ws, **library, options).run(projectId, QStringLiteral("de"));
    QVERIFY(summary);
    QCOMPARE(summary->exact, 1);
    QCOMPARE(stored(QStringLiteral("notes")).state, SegmentState::Draft);
}

void TestCatAnalysis::failedPretranslationFillsNothing()
{
    const QString projectId = addDocument({segment("notes", "Show the release notes"),
                                           segment("remove.pkg", "Remove the selected package from the system")});
    auto library = tm::TmLibrary::open((*m_ws)->tm());
    QVERIFY(library);
    tm::Pretranslator pretranslator(**m_ws, **library, {});
    // Fail each statement of the run in turn, the last edit's included: every failure fills nothing.
    int failures = 0;
    for (int n = 1;; ++n) {
        (*m_ws)->database().failStatement(n);
        auto summary = pretranslator.run(projectId, QStringLiteral("de"));
        (*m_ws)->database().failStatement(0);
        if (summary) {
            QCOMPARE(summary->exact + summary->context, 2);
            break;
        }
        ++failures;
        QCOMPARE(stored(QStringLiteral("notes")).state, SegmentState::New);
        QCOMPARE(stored(QStringLiteral("notes")).rev, 0);
        QCOMPARE(stored(QStringLiteral("remove.pkg")).state, SegmentState::New);
        QCOMPARE((*(*m_ws)->segments().revisions(stored(QStringLiteral("notes")).id)).size(), 0);
    }
    QVERIFY2(failures > 8, qPrintable(QString::number(failures))); // two edits of several statements each
}

QTEST_GUILESS_MAIN(TestCatAnalysis)
#include "TestCatAnalysis.moc"
