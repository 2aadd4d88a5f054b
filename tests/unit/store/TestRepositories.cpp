// Tests create/read of every repository, and the rules users notice: unique project names,
// lookups by name, TM de-duplication, terms kept with their concept.
#include <numeric>

#include <QTest>

#include "Fixtures.h"
#include "TempWorkspace.h"
#include "store/CommentRepository.h"
#include "store/Database.h"
#include "store/DocumentRepository.h"
#include "store/ProjectRepository.h"
#include "store/ReviewRepository.h"
#include "store/SegmentRepository.h"
#include "store/TaskRepository.h"
#include "store/TermRepository.h"
#include "store/TmRepository.h"
#include "store/UserRepository.h"

using namespace tessera;
using domain::ErrorCode;

class TestRepositories : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void projects();
    void documentsAndSegments();
    void segmentQueries();
    void reimportWrites();
    void users();
    void tmUnitsAreNotDuplicated();
    void conceptsKeepTheirTerms();
    void tasksReviewsComments();
};

void TestRepositories::projects()
{
    testsupport::TempWorkspace ws;
    domain::Project p;
    p.name = QStringLiteral("Website 2027");
    p.sourceLanguage = QStringLiteral("en");
    p.targetLanguages = {QStringLiteral("de"), QStringLiteral("pt-BR")};
    p.deadline = QDate(2027, 1, 31);
    p.client = QStringLiteral("ACME");
    auto created = ws->projects().create(p);
    QVERIFY(created);
    QVERIFY(!created->id.isEmpty());

    QVERIFY(ws.reopen());
    auto found = ws->projects().find(created->id);
    QVERIFY(found);
    QCOMPARE(found->name, p.name);
    QCOMPARE(found->targetLanguages, p.targetLanguages);
    QCOMPARE(found->deadline, p.deadline);
    QCOMPARE(found->client, p.client);
    QCOMPARE(found->createdAt, ws.clock().now());

    QCOMPARE(ws->projects().resolve(QStringLiteral("website 2027"))->id, created->id);
    QCOMPARE(ws->projects().resolve(created->id)->name, p.name);
    QCOMPARE(ws->projects().resolve(QStringLiteral("Nope")).error().code, ErrorCode::NotFound);

    // Pretranslation's exact-match state: Translated unless the project says Draft; nothing else.
    QCOMPARE(found->exactMatchState, domain::SegmentState::Translated);
    QVERIFY(ws->projects().setExactMatchState(created->id, domain::SegmentState::Draft));
    QCOMPARE(ws->projects().find(created->id)->exactMatchState, domain::SegmentState::Draft);
    QCOMPARE(ws->projects().find(created->id)->rev, found->rev + 1);
    auto approved = ws->projects().setExactMatchState(created->id, domain::SegmentState::Approved);
    QCOMPARE(approved.error().code, ErrorCode::InvalidInput);
    QCOMPARE(approved.error().field, QStringLiteral("exact_match_state"));
    QCOMPARE(ws->projects().setExactMatchState(QStringLiteral("nope"), domain::SegmentState::Draft).error().code,
             ErrorCode::NotFound);

    auto duplicate = ws->projects().create(p);
    QVERIFY(!duplicate);
    QCOMPARE(duplicate.error().code, ErrorCode::Conflict);
    domain::Project unnamed;
    QCOMPARE(ws->projects().create(unnamed).error().code, ErrorCode::InvalidInput);

    domain::Project second = p;
    second.name = QStringLiteral("App");
    QVERIFY(ws->projects().create(second));
    auto all = ws->projects().list();
    QCOMPARE(all->size(), 2);
    QCOMPARE(all->first().name, QStringLiteral("App")); // sorted by name
}

void TestRepositories::documentsAndSegments()
{
    testsupport::TempWorkspace ws;
    auto seeded = testsupport::seedDocument(*ws, 12);
    QVERIFY(!seeded.projectId.isEmpty());
    auto documents = ws->documents().listForProject(seeded.projectId);
    QCOMPARE(documents->size(), 1);
    QCOMPARE(documents->first().segmentCount, 12);
    QCOMPARE(documents->first().targetLanguage, QStringLiteral("de"));

    auto segments = ws->segments().listForDocument(seeded.documentId);
    QCOMPARE(segments->size(), 12);
    QCOMPARE(segments->at(0).key, QStringLiteral("key-1"));
    QCOMPARE(segments->at(11).order, 12);
    QCOMPARE(segments->at(4).sourcePlural, QStringLiteral("%n files deleted"));
    QCOMPARE(segments->at(2).context.locations, QStringList{QStringLiteral("src/main.cpp:30")});
    QCOMPARE(ws->segments().findByKey(seeded.documentId, QStringLiteral("key-7"))->source,
             QStringLiteral("Source text number 7"));
    QCOMPARE(ws->segments().find(QStringLiteral("no-such-id")).error().code, ErrorCode::NotFound);

    // Keys are unique per document: a second segment with the same key is refused whole.
    QList<domain::Segment> clash{segments->at(0)};
    clash[0].id.clear();
    clash[0].order = 99;
    QVERIFY(!ws->segments().insertAll(seeded.documentId, clash));
    QCOMPARE(ws->segments().listForDocument(seeded.documentId)->size(), 12);

    // What export writes back: the same keys, orders, targets, states, flags and comments.
    QVERIFY(ws->segments().applyEdit({segments->at(3).id,
                                      {QStringLiteral("Vier")},
                                      domain::SegmentState::Translated,
                                      segments->at(3).rev,
                                      QStringLiteral("anna"),
                                      QStringLiteral("Bitte prüfen")}));
    const QList<domain::Segment> full = *ws->segments().listForDocument(seeded.documentId);
    const QList<domain::Segment> translations = *ws->segments().listTranslations(seeded.documentId);
    QCOMPARE(translations.size(), full.size());
    for (qsizetype i = 0; i < full.size(); ++i) {
        QCOMPARE(translations[i].key, full[i].key);
        QCOMPARE(translations[i].order, full[i].order);
        QCOMPARE(translations[i].targets, full[i].targets);
        QCOMPARE(translations[i].state, full[i].state);
        QCOMPARE(translations[i].flags, full[i].flags);
        QCOMPARE(translations[i].translatorComment, full[i].translatorComment);
    }
    QCOMPARE(translations[3].targets, QStringList{QStringLiteral("Vier")});
}

void TestRepositories::segmentQueries()
{
    testsupport::TempWorkspace ws;
    auto seeded = testsupport::seedDocument(*ws, 6);
    QVERIFY(ws->segments().applyEdit(
        {seeded.segments[1].id, {QStringLiteral("Zwei")}, domain::SegmentState::Translated, 0, {}}));
    store::SegmentQuery query{seeded.projectId, QStringLiteral("de"), std::nullopt, {}};
    QCOMPARE(ws->segments().list(query)->size(), 6);
    query.state = domain::SegmentState::Translated;
    auto translated = ws->segments().list(query);
    QCOMPARE(translated->size(), 1);
    QCOMPARE(translated->first().targets, QStringList{QStringLiteral("Zwei")});
    query.state.reset();
    query.document = QStringLiteral("ui/strings.po");
    QCOMPARE(ws->segments().list(query)->size(), 6);
    query.document = QStringLiteral("other.po");
    QCOMPARE(ws->segments().list(query)->size(), 0);
    query.document.clear();
    query.language = QStringLiteral("fr");
    QCOMPARE(ws->segments().list(query)->size(), 0);
}

void TestRepositories::reimportWrites()
{
    testsupport::TempWorkspace ws;
    auto seeded = testsupport::seedDocument(*ws, 3);
    QVERIFY(!seeded.projectId.isEmpty());
    auto document = ws->documents().findByName(seeded.projectId, QStringLiteral("ui/strings.po"), QStringLiteral("de"));
    QVERIFY(document);
    QCOMPARE(document->id, seeded.documentId);
    QCOMPARE(ws->documents()
                 .findByName(seeded.projectId, QStringLiteral("ui/strings.po"), QStringLiteral("fr"))
                 .error()
                 .code,
             ErrorCode::NotFound);
    QVERIFY(ws->documents().replaceOriginal(document->id, QStringLiteral("po"), "msgid \"\"\n"));
    QCOMPARE(*ws->documents().original(document->id), QByteArray("msgid \"\"\n"));
    QCOMPARE(ws->documents().find(document->id)->rev, document->rev + 1);

    // Reverse the order, change a source and mark one obsolete, inside one transaction.
    auto segments = *ws->segments().listForDocument(seeded.documentId);
    auto rewritten = ws->database().transaction([&]() -> domain::Result<void> {
        if (auto aside = ws->segments().moveOrdersAside(segments); !aside)
            return aside;
        for (qsizetype i = 0; i < segments.size(); ++i) {
            domain::Segment s = segments.at(i);
            s.order = int(segments.size() - i);
            if (i == 0) {
                s.previousSource = s.source;
                s.source = QStringLiteral("Changed source");
                s.flags |= domain::SegmentFlag::NeedsWork;
                s.rev += 1;
            }
            if (i == 1)
                s.flags |= domain::SegmentFlag::Obsolete;
            if (auto written = ws->segments().updateFromImport(s); !written)
                return written;
        }
        return {};
    });
    QVERIFY2(rewritten, qPrintable(rewritten ? QString() : rewritten.error().describe()));
    auto after = *ws->segments().listForDocument(seeded.documentId);
    QCOMPARE(after.size(), 3);
    QCOMPARE(after.at(0).key, QStringLiteral("key-3"));
    QCOMPARE(after.at(2).key, QStringLiteral("key-1"));
    QCOMPARE(after.at(2).source, QStringLiteral("Changed source"));
    QCOMPARE(after.at(2).previousSource, QStringLiteral("Source text number 1"));
    QVERIFY(after.at(2).flags.testFlag(domain::SegmentFlag::NeedsWork));
    QCOMPARE(after.at(2).rev, 1);
    QVERIFY(after.at(1).flags.testFlag(domain::SegmentFlag::Obsolete));
    QCOMPARE(after.at(1).context, segments.at(1).context);
    // Obsolete segments are kept but not counted.
    QCOMPARE(ws->documents().find(seeded.documentId)->segmentCount, 2);
    const auto counts = *ws->segments().stateCounts(seeded.documentId);
    QCOMPARE(std::accumulate(counts.begin(), counts.end(), 0), 2);

    // insertAll keeps a previous source too.
    domain::Segment added;
    added.key = QStringLiteral("key-new");
    added.order = 4;
    added.source = QStringLiteral("New");
    added.previousSource = QStringLiteral("Old");
    QList<domain::Segment> batch{added};
    QVERIFY(ws->segments().insertAll(seeded.documentId, batch));
    QCOMPARE(ws->segments().findByKey(seeded.documentId, QStringLiteral("key-new"))->previousSource,
             QStringLiteral("Old"));
}

void TestRepositories::users()
{
    testsupport::TempWorkspace ws;
    domain::User anna{{},
                      QStringLiteral("anna"),
                      QStringLiteral("Anna Becker"),
                      QStringLiteral("anna@example.org"),
                      {domain::Role::Translator},
                      {QStringLiteral("de")},
                      0};
    auto saved = ws->users().upsert(anna);
    QVERIFY(saved);
    anna.roles.append(domain::Role::Reviewer);
    auto updated = ws->users().upsert(anna);
    QCOMPARE(updated->id, saved->id);
    auto found = ws->users().findByName(QStringLiteral("anna"));
    QVERIFY(found->hasRole(domain::Role::Reviewer));
    QCOMPARE(found->rev, 1);
    QCOMPARE(ws->users().list()->size(), 1);
}

void TestRepositories::tmUnitsAreNotDuplicated()
{
    testsupport::TempWorkspace ws;
    domain::TmUnit unit;
    unit.tmName = QStringLiteral("project");
    unit.sourceLanguage = QStringLiteral("en");
    unit.targetLanguage = QStringLiteral("de");
    unit.source = QStringLiteral("Save");
    unit.target = QStringLiteral("Speichern");
    QVERIFY(ws->tm().add(unit));
    ws.clock().advance(3600);
    QVERIFY(ws->tm().add(unit));
    unit.target = QStringLiteral("Sichern");
    QVERIFY(ws->tm().add(unit));
    QCOMPARE(*ws->tm().count(), 2);
    auto units = ws->tm().list(QStringLiteral("en"), QStringLiteral("de"));
    QCOMPARE(units->size(), 2);
    for (const auto& u : *units) {
        if (u.target == QLatin1String("Speichern")) {
            QCOMPARE(u.changedAt, ws.clock().now()); // re-adding refreshed it
            QCOMPARE(u.rev, 1);
        }
    }
}

void TestRepositories::conceptsKeepTheirTerms()
{
    testsupport::TempWorkspace ws;
    domain::Concept c;
    c.definition = QStringLiteral("A collection of notes");
    c.terms = {{{},
                QStringLiteral("en"),
                QStringLiteral("notebook"),
                domain::TermStatus::Preferred,
                false,
                QStringLiteral("noun"),
                {}},
               {{},
                QStringLiteral("de"),
                QStringLiteral("Notizbuch"),
                domain::TermStatus::Preferred,
                false,
                QStringLiteral("noun"),
                {}},
               {{},
                QStringLiteral("de"),
                QStringLiteral("Notizheft"),
                domain::TermStatus::Forbidden,
                false,
                QStringLiteral("noun"),
                {}}};
    QVERIFY(ws->terms().add(c));
    auto all = ws->terms().list();
    QCOMPARE(all->size(), 1);
    QCOMPARE(all->first().terms.size(), 3);
    QVERIFY(all->first().terms.at(2).status == domain::TermStatus::Forbidden);
    QCOMPARE(all->first().definition, c.definition);
}

void TestRepositories::tasksReviewsComments()
{
    testsupport::TempWorkspace ws;
    auto seeded = testsupport::seedDocument(*ws, 2);
    auto reviewer = ws->users().upsert({{}, QStringLiteral("ben"), {}, {}, {domain::Role::Reviewer}, {}, 0});
    domain::Task late{{},
                      seeded.projectId,
                      seeded.documentId,
                      QStringLiteral("de"),
                      QStringLiteral("review"),
                      reviewer->id,
                      QDate(2026, 11, 20),
                      QStringLiteral("in_progress"),
                      0};
    domain::Task open{{},
                      seeded.projectId,
                      seeded.documentId,
                      QStringLiteral("de"),
                      QStringLiteral("translate"),
                      {},
                      QDate(2026, 12, 1),
                      QStringLiteral("open"),
                      0};
    QVERIFY(ws->tasks().create(open));
    QVERIFY(ws->tasks().create(late));
    auto tasks = ws->tasks().listForProject(seeded.projectId);
    QCOMPARE(tasks->size(), 2);
    QCOMPARE(tasks->first().step, QStringLiteral("review")); // earliest deadline first
    QVERIFY(tasks->first().isOverdue(QDate(2026, 11, 23)));
    QVERIFY(!tasks->last().isOverdue(QDate(2026, 11, 23)));

    const QString segment = seeded.segments.first().id;
    domain::ReviewDecision reject{{},
                                  segment,
                                  reviewer->id,
                                  false,
                                  QStringLiteral("accuracy/mistranslation"),
                                  QStringLiteral("major"),
                                  QStringLiteral("Wrong verb"),
                                  {},
                                  0};
    QVERIFY(ws->reviews().add(reject));
    auto decisions = ws->reviews().listForSegment(segment);
    QCOMPARE(decisions->size(), 1);
    QCOMPARE(decisions->first().mqmCategory, QStringLiteral("accuracy/mistranslation"));
    QVERIFY(!decisions->first().approved);

    auto first = ws->comments().add({{}, segment, {}, reviewer->id, QStringLiteral("Is this a verb?"), {}, false, 0});
    QVERIFY(first);
    ws.clock().advance(5);
    QVERIFY(ws->comments().add({{}, segment, first->id, {}, QStringLiteral("Yes, imperative."), {}, false, 0}));
    auto thread = ws->comments().listForSegment(segment);
    QCOMPARE(thread->size(), 2);
    QCOMPARE(thread->at(1).parentId, first->id);
    QVERIFY(thread->at(0).parentId.isEmpty());
}

QTEST_GUILESS_MAIN(TestRepositories)
#include "TestRepositories.moc"
