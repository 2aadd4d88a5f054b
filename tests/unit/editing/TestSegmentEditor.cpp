// Tests the editing service on a temporary workspace: what is typed is in the store at once (and after a
// restart), confirming makes the segment Translated and puts it into the project TM, propagation fills
// identical untranslated segments only, copying the source fills every plural form, and restoring for
// undo writes the old target and state back through the workflow's rules; the project's blocking QA
// checks keep a segment from being confirmed.
#include <QTest>

#include "Fixtures.h"
#include "TempWorkspace.h"
#include "TestData.h"
#include "domain/Project.h"
#include "editing/ProjectMemory.h"
#include "editing/SegmentEditor.h"
#include "formats/FilterRegistry.h"
#include "project/DocumentImporter.h"
#include "qa/CheckRegistry.h"
#include "store/Database.h"
#include "store/OutboxRepository.h"
#include "store/ProjectRepository.h"
#include "store/QaSettingsRepository.h"
#include "store/SegmentRepository.h"
#include "store/TmRepository.h"
#include "tm/TranslationMemory.h"

using namespace tessera;
using domain::Segment;
using domain::SegmentState;
using editing::ProjectMemory;
using editing::SegmentEditor;
using editing::TargetState;

class TestSegmentEditor : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<testsupport::TempWorkspace> m_ws;
    testsupport::SeededDocument m_doc;
    std::unique_ptr<ProjectMemory> m_memory;
    std::unique_ptr<SegmentEditor> m_editor;

    Segment stored(int index) const
    {
        return (*m_ws)->segments().find(m_doc.segments.at(index).id).value_or(Segment());
    }
    qsizetype revisions(int index) const
    {
        auto list = (*m_ws)->segments().revisions(m_doc.segments.at(index).id);
        return list ? list->size() : -1;
    }
    void makeEditor()
    {
        m_memory = std::make_unique<ProjectMemory>((*m_ws)->tm(), (*m_ws)->databasePath());
        m_editor = std::make_unique<SegmentEditor>(**m_ws, *m_memory, QStringLiteral("anna"));
        QVERIFY(m_editor->setDocument(m_doc.documentId));
    }
    // The project TM's best match for `source` (en → de), or an empty target.
    QString projectTmTarget(const QString& source)
    {
        auto memory = tm::TranslationMemory::open((*m_ws)->tm(), QStringLiteral("Fixture"));
        if (!memory)
            return {};
        auto matches = (*memory)->lookup(source, QStringLiteral("en"), QStringLiteral("de"));
        if (!matches || matches->isEmpty() || matches->first().score < 100)
            return {};
        return matches->first().unit.target;
    }

private Q_SLOTS:
    void init()
    {
        m_ws = std::make_unique<testsupport::TempWorkspace>();
        QVERIFY2(m_ws->isValid(), qPrintable(m_ws->error()));
        m_doc = testsupport::seedDocument(**m_ws, 20);
        QVERIFY(!m_doc.documentId.isEmpty());
        makeEditor();
    }

    void cleanup()
    {
        m_editor.reset();
        m_memory.reset();
        m_ws.reset();
    }

    void typedTextIsStoredAtOnceAndSurvivesARestart()
    {
        const qint64 pendingBefore = (*m_ws)->outbox().pendingCount().value_or(-1);
        auto saved = m_editor->saveTargets(stored(0), {QStringLiteral("Quelltext Nummer")});
        QVERIFY2(saved, qPrintable(testsupport::errorText(saved)));
        QVERIFY(saved->changed());
        QCOMPARE(saved->before.state, SegmentState::New);
        QCOMPARE(stored(0).targets, QStringList{QStringLiteral("Quelltext Nummer")});
        QCOMPARE(stored(0).state, SegmentState::Draft);
        QCOMPARE(stored(0).updatedBy, QStringLiteral("anna"));
        QCOMPARE(revisions(0), 1);
        QCOMPARE((*m_ws)->outbox().pendingCount().value_or(-1), pendingBefore + 1);

        // The same text again writes nothing: no revision, no outbox entry.
        auto again = m_editor->saveTargets(stored(0), {QStringLiteral("Quelltext Nummer")});
        QVERIFY(again && !again->changed());
        QCOMPARE(revisions(0), 1);

        m_editor.reset();
        m_memory.reset();
        QVERIFY(m_ws->reopen());
        QCOMPARE(stored(0).targets, QStringList{QStringLiteral("Quelltext Nummer")});
        QCOMPARE(stored(0).state, SegmentState::Draft);
    }

    void typingStatesFollowTheWorkflow()
    {
        QVERIFY(m_editor->saveTargets(stored(1), {QStringLiteral("Text")}));
        QVERIFY(m_editor->saveTargets(stored(1), {}));
        QCOMPARE(stored(1).state, SegmentState::New); // never confirmed: emptied means untranslated again
        QVERIFY(m_editor->confirm(stored(1), {QStringLiteral("Text")}, false));
        QCOMPARE(stored(1).state, SegmentState::Translated);
        QVERIFY(m_editor->saveTargets(stored(1), {QStringLiteral("Text, geändert")}));
        QCOMPARE(stored(1).state, SegmentState::Draft); // changed after confirming: confirm again
        auto emptied = m_editor->saveTargets(stored(1), {});
        QVERIFY(emptied);
        QCOMPARE(stored(1).state, SegmentState::New);
    }

    void staleSegmentIsAConflict()
    {
        const Segment seen = stored(2);
        QVERIFY(m_editor->saveTargets(seen, {QStringLiteral("Erste")}));
        auto stale = m_editor->saveTargets(seen, {QStringLiteral("Zweite")});
        QVERIFY(!stale);
        QCOMPARE(stale.error().code, domain::ErrorCode::Conflict);
        QCOMPARE(stored(2).targets, QStringList{QStringLiteral("Erste")});
    }

    void confirmAddsToTheProjectTm()
    {
        QVERIFY(projectTmTarget(QStringLiteral("Source text number 3")).isEmpty());
        auto confirmed = m_editor->confirm(stored(2), {QStringLiteral("Quelltext Nummer 3")}, false);
        QVERIFY2(confirmed, qPrintable(testsupport::errorText(confirmed)));
        QVERIFY2(confirmed->tmError.isEmpty(), qPrintable(confirmed->tmError));
        QCOMPARE(stored(2).state, SegmentState::Translated);
        QCOMPARE(m_editor->projectTmName(), QStringLiteral("Fixture"));
        m_editor.reset();
        m_memory.reset();
        QVERIFY(m_ws->reopen());
        QCOMPARE(projectTmTarget(QStringLiteral("Source text number 3")), QStringLiteral("Quelltext Nummer 3"));
    }

    void confirmingAPluralNeedsEveryForm()
    {
        const Segment plural = stored(4);
        QVERIFY(plural.isPlural());
        QCOMPARE(m_editor->formCount(plural), 2); // German: one, other
        auto refused = m_editor->confirm(plural, {QStringLiteral("%n Datei gelöscht"), QString()}, false);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, domain::ErrorCode::InvalidInput);
        QCOMPARE(stored(4).state, SegmentState::New);
        auto confirmed = m_editor->confirm(
            plural, {QStringLiteral("%n Datei gelöscht"), QStringLiteral("%n Dateien gelöscht")}, false);
        QVERIFY(confirmed);
        QCOMPARE(stored(4).targets.size(), 2);
        QCOMPARE(projectTmTarget(QStringLiteral("%n files deleted")), QStringLiteral("%n Dateien gelöscht"));
    }

    void propagationFillsOnlyIdenticalUntranslatedSegments()
    {
        // Segments 5, 10, 15 and 20 share their plural source. 10 is already translated, 15 locked.
        const QStringList own{QStringLiteral("%n Datei entfernt"), QStringLiteral("%n Dateien entfernt")};
        QVERIFY(m_editor->confirm(stored(9), own, false));
        QVERIFY((*m_ws)->database().exec("UPDATE segments SET flags = 1 WHERE key = 'key-15'"));
        const QStringList forms{QStringLiteral("%n Datei gelöscht"), QStringLiteral("%n Dateien gelöscht")};
        auto confirmed = m_editor->confirm(stored(4), forms, true);
        QVERIFY2(confirmed, qPrintable(testsupport::errorText(confirmed)));
        QCOMPARE(confirmed->propagated.size(), 1);
        QCOMPARE(confirmed->propagated.first().segment.key, QStringLiteral("key-20"));
        QCOMPARE(stored(19).targets, forms);
        QCOMPARE(stored(19).state, SegmentState::Translated);
        QCOMPARE(stored(19).origin, QStringLiteral("propagated"));
        QCOMPARE(stored(9).targets, own);
        QVERIFY(stored(14).targets.isEmpty());
        QCOMPARE(stored(0).state, SegmentState::New); // another source

        // Without propagation nothing else changes.
        QVERIFY((*m_ws)->database().exec("UPDATE segments SET flags = 0 WHERE key = 'key-15'"));
        auto alone = m_editor->confirm(stored(9), forms, false);
        QVERIFY(alone && alone->propagated.isEmpty());
        QVERIFY(stored(14).targets.isEmpty());
    }

    void copySourceFillsEveryForm()
    {
        auto copied = m_editor->copySource(stored(4));
        QVERIFY(copied);
        QCOMPARE(stored(4).targets,
                 (QStringList{QStringLiteral("%n file deleted"), QStringLiteral("%n files deleted")}));
        QCOMPARE(stored(4).state, SegmentState::Draft);
        QVERIFY(m_editor->copySource(stored(0)));
        QCOMPARE(stored(0).targets, QStringList{QStringLiteral("Source text number 1")});
    }

    void restoreUndoesAConfirm()
    {
        QVERIFY(m_editor->saveTargets(stored(5), {QStringLiteral("Entwurf")}));
        const TargetState draft = TargetState::of(stored(5));
        auto confirmed = m_editor->confirm(stored(5), {QStringLiteral("Fertig")}, false);
        QVERIFY(confirmed);
        auto undone = m_editor->restore(stored(5).id, confirmed->change.after(), draft);
        QVERIFY2(undone, qPrintable(testsupport::errorText(undone)));
        QCOMPARE(stored(5).targets, QStringList{QStringLiteral("Entwurf")});
        QCOMPARE(stored(5).state, SegmentState::Draft);
        // Redo, then undo the first typing: back to New and empty.
        QVERIFY(m_editor->restore(stored(5).id, draft, confirmed->change.after()));
        QCOMPARE(stored(5).state, SegmentState::Translated);
        auto toNew = m_editor->restore(stored(5).id, confirmed->change.after(), TargetState{});
        QVERIFY2(toNew, qPrintable(testsupport::errorText(toNew)));
        QVERIFY(stored(5).targets.isEmpty());
        QCOMPARE(stored(5).state, SegmentState::New);
    }

    void restoreGoesBackToAReviewedState()
    {
        QVERIFY(m_editor->confirm(stored(6), {QStringLiteral("Geprüft")}, false));
        store::SegmentEdit review{stored(6).id, stored(6).targets, SegmentState::Reviewed, stored(6).rev,
                                  QStringLiteral("rita")};
        QVERIFY((*m_ws)->segments().applyEdit(review));
        const TargetState reviewed = TargetState::of(stored(6));
        auto typed = m_editor->saveTargets(stored(6), {QStringLiteral("Geprüftx")});
        QVERIFY(typed);
        QCOMPARE(stored(6).state, SegmentState::Draft);
        const qsizetype before = revisions(6);
        auto undone = m_editor->restore(stored(6).id, typed->after(), reviewed);
        QVERIFY2(undone, qPrintable(testsupport::errorText(undone)));
        QCOMPARE(stored(6).state, SegmentState::Reviewed);
        QCOMPARE(stored(6).targets, QStringList{QStringLiteral("Geprüft")});
        QCOMPARE(revisions(6), before + 2); // Draft → Translated → Reviewed, as the workflow allows
    }

    void restoreRefusesWhatChangedSince()
    {
        auto typed = m_editor->saveTargets(stored(7), {QStringLiteral("Meins")});
        QVERIFY(typed);
        store::SegmentEdit other{
            stored(7).id, {QStringLiteral("Von jemand anderem")}, std::nullopt, -1, QStringLiteral("bob")};
        QVERIFY((*m_ws)->segments().applyEdit(other));
        auto undone = m_editor->restore(stored(7).id, typed->after(), typed->before);
        QVERIFY(!undone);
        QCOMPARE(undone.error().code, domain::ErrorCode::Conflict);
        QCOMPARE(stored(7).targets, QStringList{QStringLiteral("Von jemand anderem")});
    }

    // tar's Polish catalogue in a project of its own; returns the document id.
    QString importTar(QString* projectId = nullptr)
    {
        domain::Project project;
        project.name = QStringLiteral("tar");
        project.sourceLanguage = QStringLiteral("en");
        project.targetLanguages = {QStringLiteral("pl")};
        auto created = (*m_ws)->projects().create(project);
        if (!created)
            return {};
        if (projectId)
            *projectId = created->id;
        formats::FilterRegistry filters;
        project::DocumentImporter importer(**m_ws, filters);
        auto summary = importer.import(created->id, QStringLiteral("tar-pl.po"),
                                       testsupport::readTestData(QStringLiteral("po"), QStringLiteral("tar-pl.po")));
        return summary ? summary->documents.first().id : QString();
    }

    void qaBlocksConfirmingADroppedPlaceable()
    {
        const QString documentId = importTar();
        QVERIFY(!documentId.isEmpty());
        QVERIFY(m_editor->setDocument(documentId));
        auto found = (*m_ws)->segments().findByKey(documentId, QStringLiteral("%s: Cannot change mode to %s"));
        QVERIFY(found);
        auto saved = m_editor->saveTargets(*found, {QStringLiteral("%s: Nie można zmienić uprawnień")});
        QVERIFY(saved);
        const Segment draft = saved->segment;
        QCOMPARE(draft.state, SegmentState::Draft);
        const qsizetype revisionsBefore = (*m_ws)->segments().revisions(draft.id)->size();

        auto refused = m_editor->confirm(draft, draft.targets, false);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, domain::ErrorCode::QaBlocked);
        QVERIFY2(refused.error().message.contains(QStringLiteral("placeables: %s is missing")),
                 qPrintable(refused.error().message));
        const Segment after = *(*m_ws)->segments().find(draft.id);
        QCOMPARE(after.state, SegmentState::Draft);
        QCOMPARE(after.rev, draft.rev);
        QCOMPARE((*m_ws)->segments().revisions(draft.id)->size(), revisionsBefore);
        QVERIFY(projectTmTarget(draft.source).isEmpty());
        const qa::QaGate::Verdict verdict = m_editor->confirmVerdict(draft, draft.targets);
        QVERIFY(!verdict.allowed);
        QCOMPARE(verdict.blocking.first().check, QStringLiteral("placeables"));

        // With the placeable back it goes through.
        auto confirmed = m_editor->confirm(draft, {QStringLiteral("%s: Nie można zmienić uprawnień na %s")}, false);
        QVERIFY2(confirmed, qPrintable(testsupport::errorText(confirmed)));
        QCOMPARE(confirmed->change.segment.state, SegmentState::Translated);
    }

    void qaBlockingFollowsTheProjectSettings()
    {
        QString projectId;
        const QString documentId = importTar(&projectId);
        QVERIFY(!documentId.isEmpty());
        domain::QaSettings settings = qa::CheckRegistry::standard().defaultSettings();
        settings.blockConfirm.removeAll(QStringLiteral("placeables"));
        settings.blockConfirm.append(QStringLiteral("whitespace"));
        QVERIFY((*m_ws)->qaSettings().save(projectId, settings));
        QVERIFY(m_editor->setDocument(documentId)); // the settings are read with the document
        auto found = (*m_ws)->segments().findByKey(documentId, QStringLiteral("%s: Cannot remove"));
        QVERIFY(found);
        // A dropped placeable no longer blocks; a trailing space now does.
        auto refused = m_editor->confirm(*found, {QStringLiteral("%s: Nie można usunąć ")}, false);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, domain::ErrorCode::QaBlocked);
        QVERIFY2(refused.error().message.contains(QStringLiteral("whitespace: ")), qPrintable(refused.error().message));
        auto confirmed = m_editor->confirm(*found, {QStringLiteral("Nie można usunąć")}, false);
        QVERIFY2(confirmed, qPrintable(testsupport::errorText(confirmed)));
    }

    void realCatalogPluralForms()
    {
        // Polish has three plural forms in gettext (one, few, many), as tar's catalog says.
        domain::Project project;
        project.name = QStringLiteral("tar");
        project.sourceLanguage = QStringLiteral("en");
        project.targetLanguages = {QStringLiteral("pl")};
        auto created = (*m_ws)->projects().create(project);
        QVERIFY(created);
        formats::FilterRegistry filters;
        project::DocumentImporter importer(**m_ws, filters);
        auto summary = importer.import(created->id, QStringLiteral("tar-pl.po"),
                                       testsupport::readTestData(QStringLiteral("po"), QStringLiteral("tar-pl.po")));
        QVERIFY2(summary, qPrintable(testsupport::errorText(summary)));
        const QString documentId = summary->documents.first().id;
        QVERIFY(m_editor->setDocument(documentId));
        QCOMPARE(m_editor->targetLanguage(), QStringLiteral("pl"));
        QCOMPARE(m_editor->projectTmName(), QStringLiteral("tar"));
        auto plural = (*m_ws)->segments().findByKey(documentId, QStringLiteral("%s: File shrank by %s byte"));
        QVERIFY2(plural, qPrintable(testsupport::errorText(plural)));
        QCOMPARE(m_editor->formCount(*plural), 3);
        Segment emptied = *plural;
        emptied.targets.clear();
        QCOMPARE(m_editor->formCount(emptied), 3); // from CLDR's integer categories when the forms are missing
        QCOMPARE(SegmentEditor::sourceForms(emptied, 3).size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestSegmentEditor)
#include "TestSegmentEditor.moc"
