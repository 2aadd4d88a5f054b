// TestLiveConsistency: the consistency checks the editor runs against the whole project in the
// workspace (qa::LiveConsistency over store::TranslationLookup): a real workspace with a project in two
// target languages and two documents, and the cases that are easy to get wrong: case and white space,
// plural segments, PO contexts, another language of the same project, obsolete and unconfirmed
// segments, the editor's own saves, and a hash index that must not report what only collides.
#include <QTest>

#include "TempWorkspace.h"
#include "TestData.h"
#include "domain/Document.h"
#include "domain/Project.h"
#include "qa/CheckRegistry.h"
#include "qa/LiveConsistency.h"
#include "qa/QaChecker.h"
#include "store/DocumentRepository.h"
#include "store/ProjectRepository.h"
#include "store/SegmentRepository.h"
#include "store/TranslationLookup.h"

using namespace tessera;
using domain::Segment;
using domain::SegmentState;
using qa::ConsistencySource;
using qa::LiveConsistency;
using testsupport::errorText;

namespace {

Segment liveSegment(const QString& key, const QString& source, const QStringList& targets,
                    SegmentState state = SegmentState::Translated)
{
    Segment s;
    s.key = key;
    s.source = source;
    s.targets = targets;
    s.state = state;
    return s;
}

QStringList textsOf(const QList<ConsistencySource::Other>& others)
{
    QStringList texts;
    for (const auto& o : others)
        texts.append(o.text);
    texts.sort();
    return texts;
}

} // namespace

class TestLiveConsistency : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<testsupport::TempWorkspace> m_ws;
    QString m_projectId;
    QHash<QString, QString> m_ids; // "language:document/key" → segment id

    bool addDocument(const QString& name, const QString& language, QList<Segment> segments)
    {
        domain::Document d;
        d.projectId = m_projectId;
        d.name = name;
        d.format = QStringLiteral("po");
        d.targetLanguage = language;
        auto created = (*m_ws)->documents().create(d);
        if (!created)
            return false;
        for (int i = 0; i < segments.size(); ++i)
            segments[i].order = i + 1;
        if (!(*m_ws)->segments().insertAll(created->id, segments))
            return false;
        for (const Segment& s : segments)
            m_ids.insert(language + QLatin1Char(':') + name + QLatin1Char('/') + s.key, s.id);
        return true;
    }
    Segment stored(const QString& document, const QString& key, const QString& language = QStringLiteral("de")) const
    {
        return (*m_ws)
            ->segments()
            .find(m_ids.value(language + QLatin1Char(':') + document + QLatin1Char('/') + key))
            .value_or(Segment());
    }
    std::shared_ptr<LiveConsistency> built(const QString& language)
    {
        auto index = LiveConsistency::build(**m_ws, m_projectId, language);
        if (!index)
            return {};
        (*index)->attach(&**m_ws);
        return *index;
    }
    // The segment with another text typed (state as stored: typing does not need a confirmation).
    static Segment typed(Segment s, const QStringList& targets)
    {
        s.targets = targets;
        return s;
    }

private Q_SLOTS:
    void init()
    {
        m_ws = std::make_unique<testsupport::TempWorkspace>();
        QVERIFY2(m_ws->isValid(), qPrintable(m_ws->error()));
        domain::Project p;
        p.name = QStringLiteral("app");
        p.sourceLanguage = QStringLiteral("en");
        p.targetLanguages = {QStringLiteral("de"), QStringLiteral("fr")};
        auto created = (*m_ws)->projects().create(p);
        QVERIFY2(created, qPrintable(errorText(created)));
        m_projectId = created->id;
        m_ids.clear();

        Segment plural = liveSegment(QStringLiteral("files"), QStringLiteral("%n file"),
                                     {QStringLiteral("%n Datei"), QStringLiteral("%n Dateien")});
        plural.sourcePlural = QStringLiteral("%n files");
        Segment pluralOther = plural;
        pluralOther.key = QStringLiteral("files-2");
        pluralOther.targets = {QStringLiteral("%n Datei"), QStringLiteral("%n Dokumente")};
        Segment obsolete =
            liveSegment(QStringLiteral("old-open"), QStringLiteral("Open"), {QStringLiteral("Aufmachen")});
        obsolete.flags.setFlag(domain::SegmentFlag::Obsolete);
        Segment adjective = liveSegment(QStringLiteral("adjective") + QChar(0x0004) + QStringLiteral("Open"),
                                        QStringLiteral("Open"), {QStringLiteral("Offen")});
        QVERIFY(
            addDocument(QStringLiteral("ui.po"), QStringLiteral("de"),
                        {liveSegment(QStringLiteral("open"), QStringLiteral("Open"), {QStringLiteral("Öffnen")}),
                         liveSegment(QStringLiteral("close"), QStringLiteral("Close"), {QStringLiteral("Schließen")}),
                         liveSegment(QStringLiteral("save"), QStringLiteral("Save"), {}, SegmentState::New), plural,
                         obsolete, adjective}));
        QVERIFY(addDocument(
            QStringLiteral("help.po"), QStringLiteral("de"),
            {liveSegment(QStringLiteral("open"), QStringLiteral("Open"),
                         {QStringLiteral("Öffnen ")}), // white space only
             liveSegment(QStringLiteral("open-2"), QStringLiteral("Open"), {QStringLiteral("öffnen")}), // case
             liveSegment(QStringLiteral("open-draft"), QStringLiteral("Open"), {QStringLiteral("Aufklappen")},
                         SegmentState::Draft),
             liveSegment(QStringLiteral("open-lower"), QStringLiteral("open"), {QStringLiteral("Offnen")}),
             liveSegment(QStringLiteral("quit"), QStringLiteral("Quit"), {QStringLiteral("Beenden")}),
             liveSegment(QStringLiteral("exit"), QStringLiteral("E&xit…"), {QStringLiteral("&Beenden")}),
             liveSegment(QStringLiteral("shut"), QStringLiteral("Shut down"), {QStringLiteral("schließen.")}),
             pluralOther}));
        // French: the same sources, other translations; never compared with German.
        QVERIFY(
            addDocument(QStringLiteral("ui.po"), QStringLiteral("fr"),
                        {liveSegment(QStringLiteral("open"), QStringLiteral("Open"), {QStringLiteral("Ouvrir")}),
                         liveSegment(QStringLiteral("close"), QStringLiteral("Close"), {QStringLiteral("Öffnen")})}));
    }

    void cleanup() { m_ws.reset(); }

    void indexesOnlyConfirmedTranslationsOfTheLanguage()
    {
        const auto de = built(QStringLiteral("de"));
        QVERIFY(de);
        // ui.po: open, close, files, adjective|Open (save is New, old-open obsolete); help.po: open, open-2,
        // open-lower, quit, exit, shut, files-2 (open-draft is a Draft).
        QCOMPARE(de->size(), 11);
        const auto fr = built(QStringLiteral("fr"));
        QVERIFY(fr);
        QCOMPARE(fr->size(), 2);
    }

    void sameSourceOtherTranslation()
    {
        const auto de = built(QStringLiteral("de"));
        QVERIFY(de);
        const Segment open = stored(QStringLiteral("ui.po"), QStringLiteral("open"));
        // "Öffnen " differs only in white space; "öffnen" in case (reported); the Draft, the obsolete
        // "Aufmachen", the adjective's context, the lower-case source and French "Ouvrir" stay out.
        const auto others = de->otherTranslations(open);
        QCOMPARE(textsOf(others), QStringList{QStringLiteral("öffnen")});
        QCOMPARE(others.first().document, QStringLiteral("help.po"));
        QCOMPARE(others.first().order, 2);
        QCOMPARE(others.first().key, QStringLiteral("open-2"));

        // As the translator types another word, both stored ones differ from it.
        QCOMPARE(textsOf(de->otherTranslations(typed(open, {QStringLiteral("Aufmachen")}))),
                 (QStringList{QStringLiteral("Öffnen "), QStringLiteral("öffnen")}));
        // Typed empty: nothing to compare.
        QVERIFY(de->otherTranslations(typed(open, {QString()})).isEmpty());
    }

    void pluralFormsCompareAsAWhole()
    {
        const auto de = built(QStringLiteral("de"));
        QVERIFY(de);
        const Segment files = stored(QStringLiteral("ui.po"), QStringLiteral("files"));
        const auto others = de->otherTranslations(files);
        QCOMPARE(others.size(), 1);
        QCOMPARE(others.first().text, QStringLiteral("%n Datei") + QChar(0x1F) + QStringLiteral("%n Dokumente"));
        // Typed with help.po's forms: consistent (its own stored forms are not compared with it).
        QVERIFY(de->otherTranslations(typed(files, {QStringLiteral("%n Datei"), QStringLiteral("%n Dokumente")}))
                    .isEmpty());
        // One form alike is not enough: the forms compare as a whole.
        QCOMPARE(de->otherTranslations(typed(files, {QStringLiteral("%n Datei"), QStringLiteral("%n Akten")})).size(),
                 1);
        // A singular segment with the plural's singular source is another source: not compared.
        Segment singular =
            liveSegment(QStringLiteral("one-file"), QStringLiteral("%n file"), {QStringLiteral("%n Akte")});
        singular.id = QStringLiteral("not-stored");
        QVERIFY(de->otherTranslations(singular).isEmpty());
    }

    void sameTranslationOtherSource()
    {
        const auto de = built(QStringLiteral("de"));
        QVERIFY(de);
        // "Schließen" for Close; help.po's "schließen." for "Shut down" folds to the same translation.
        const Segment close = stored(QStringLiteral("ui.po"), QStringLiteral("close"));
        const auto others = de->otherSources(close);
        QCOMPARE(textsOf(others), QStringList{QStringLiteral("Shut down")});
        QCOMPARE(others.first().document, QStringLiteral("help.po"));
        // "Beenden" for Quit and "&Beenden" for "E&xit…": other sources.
        QCOMPARE(textsOf(de->otherSources(stored(QStringLiteral("help.po"), QStringLiteral("quit")))),
                 QStringList{QStringLiteral("E&xit…")});
        // "Offen" (adjective) vs "Offnen": different words, nothing.
        QVERIFY(de->otherSources(stored(QStringLiteral("help.po"), QStringLiteral("open-lower"))).isEmpty());
        // French "Öffnen" for Close never meets German "Öffnen" for Open, nor the other way.
        QVERIFY(de->otherSources(stored(QStringLiteral("ui.po"), QStringLiteral("open"))).isEmpty());
        const auto fr = built(QStringLiteral("fr"));
        QVERIFY(fr);
        QVERIFY(
            fr->otherSources(stored(QStringLiteral("ui.po"), QStringLiteral("close"), QStringLiteral("fr"))).isEmpty());
        QCOMPARE(textsOf(fr->otherSources(
                     typed(stored(QStringLiteral("ui.po"), QStringLiteral("open"), QStringLiteral("fr")),
                           {QStringLiteral("Öffnen")}))),
                 QStringList{QStringLiteral("Close")});
        // Typed into Save (a New segment, not yet confirmed): already compared.
        const Segment save = stored(QStringLiteral("ui.po"), QStringLiteral("save"));
        QCOMPARE(textsOf(de->otherSources(typed(save, {QStringLiteral("Beenden")}))),
                 (QStringList{QStringLiteral("E&xit…"), QStringLiteral("Quit")}));
    }

    void followsTheEditorsSaves()
    {
        const auto de = built(QStringLiteral("de"));
        QVERIFY(de);
        const Segment save = stored(QStringLiteral("ui.po"), QStringLiteral("save"));
        auto written = (*m_ws)->segments().applyEdit(
            {save.id, {QStringLiteral("Speichern")}, SegmentState::Translated, save.rev, QStringLiteral("t")});
        QVERIFY2(written, qPrintable(errorText(written)));
        de->update(*written);
        QCOMPARE(de->size(), 12);
        const Segment quit = stored(QStringLiteral("help.po"), QStringLiteral("quit"));
        QCOMPARE(textsOf(de->otherSources(typed(quit, {QStringLiteral("Speichern")}))),
                 QStringList{QStringLiteral("Save")});
        // A Draft again after typing: no longer a confirmed translation.
        auto draft = (*m_ws)->segments().applyEdit(
            {save.id, {QStringLiteral("Sichern")}, SegmentState::Draft, written->rev, QStringLiteral("t")});
        QVERIFY(draft);
        de->update(*draft);
        QCOMPARE(de->size(), 11);
        QVERIFY(de->otherSources(typed(quit, {QStringLiteral("Sichern")})).isEmpty());
    }

    void rowsChangedElsewhereAreReadAsTheyAreNow()
    {
        const auto de = built(QStringLiteral("de"));
        QVERIFY(de);
        // Another process changes help.po's "öffnen" after the index was built: the lookup reads the row
        // as it is, so the now-consistent translation is not reported.
        const Segment other = stored(QStringLiteral("help.po"), QStringLiteral("open-2"));
        QVERIFY((*m_ws)->segments().applyEdit(
            {other.id, {QStringLiteral("Öffnen")}, SegmentState::Translated, other.rev, QStringLiteral("other")}));
        QVERIFY(de->otherTranslations(stored(QStringLiteral("ui.po"), QStringLiteral("open"))).isEmpty());
    }

    void checkerReportsWithTheOtherTranslationAndWhere()
    {
        const auto de = built(QStringLiteral("de"));
        QVERIFY(de);
        qa::QaContext context;
        context.sourceLanguage = QStringLiteral("en");
        context.targetLanguage = QStringLiteral("de");
        context.settings = qa::CheckRegistry::standard().defaultSettings();
        context.consistency = de;
        const qa::QaChecker checker(context);
        const auto issues =
            checker.check(typed(stored(QStringLiteral("ui.po"), QStringLiteral("open")), {QStringLiteral("Beenden")}),
                          {QStringLiteral("inconsistent-translation"), QStringLiteral("inconsistent-source")});
        QCOMPARE(issues.size(), 2);
        QCOMPARE(issues.at(0).check, QStringLiteral("inconsistent-translation"));
        QCOMPARE(issues.at(0).message, QStringLiteral("the same source is also translated as “Öffnen ” (help.po #1), "
                                                      "“öffnen” (help.po #2)"));
        QCOMPARE(issues.at(1).check, QStringLiteral("inconsistent-source"));
        QVERIFY2(issues.at(1).message.contains(QStringLiteral("“Quit” (help.po #5)")),
                 qPrintable(issues.at(1).message));
    }

    void unattachedFindsNothing()
    {
        auto index = LiveConsistency::build(**m_ws, m_projectId, QStringLiteral("de"));
        QVERIFY(index);
        QVERIFY((*index)->otherTranslations(stored(QStringLiteral("ui.po"), QStringLiteral("open"))).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLiveConsistency)
#include "TestLiveConsistency.moc"
