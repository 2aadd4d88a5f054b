// TestDocumentQa: QA the way the editor runs it, on a real catalogue (tar's Polish PO file) imported
// into a temporary workspace: the live checker uses the project's settings and the workspace's
// termbase, the grid's counts agree with `tessera-cli qa --project` for the same checks, and the
// background count reads through a connection of its own and sees what the editor saved.
#include <QTest>
#include <QThreadPool>

#include "TempWorkspace.h"
#include "TestData.h"
#include "domain/Project.h"
#include "formats/FilterRegistry.h"
#include "project/DocumentImporter.h"
#include "qa/Check.h"
#include "qa/CheckRegistry.h"
#include "qa/DocumentQa.h"
#include "qa/ProjectQa.h"
#include "qa/QaChecker.h"
#include "store/ProjectRepository.h"
#include "store/QaSettingsRepository.h"
#include "store/SegmentRepository.h"
#include "terms/Termbase.h"

using namespace tessera;
using domain::Segment;
using qa::DocumentQa;
using testsupport::errorText;

namespace {

QStringList checksOf(const QList<qa::Issue>& issues)
{
    QStringList ids;
    for (const qa::Issue& issue : issues)
        ids.append(issue.check);
    return ids;
}

} // namespace

class TestDocumentQa : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<testsupport::TempWorkspace> m_ws;
    domain::Project m_project;
    QString m_documentId;

    Segment byKey(const QString& key) const
    {
        return (*m_ws)->segments().findByKey(m_documentId, key).value_or(Segment());
    }
    std::shared_ptr<const qa::QaChecker> checker() const
    {
        auto made = DocumentQa::checker(**m_ws, m_project, QStringLiteral("pl"));
        return made ? *made : nullptr;
    }

private Q_SLOTS:
    void init()
    {
        m_ws = std::make_unique<testsupport::TempWorkspace>();
        QVERIFY2(m_ws->isValid(), qPrintable(m_ws->error()));
        domain::Project project;
        project.name = QStringLiteral("tar");
        project.sourceLanguage = QStringLiteral("en");
        project.targetLanguages = {QStringLiteral("pl")};
        auto created = (*m_ws)->projects().create(project);
        QVERIFY2(created, qPrintable(errorText(created)));
        m_project = *created;
        formats::FilterRegistry filters;
        project::DocumentImporter importer(**m_ws, filters);
        auto summary = importer.import(m_project.id, QStringLiteral("tar-pl.po"),
                                       testsupport::readTestData(QStringLiteral("po"), QStringLiteral("tar-pl.po")));
        QVERIFY2(summary, qPrintable(errorText(summary)));
        m_documentId = summary->documents.first().id;
    }

    void cleanup()
    {
        QThreadPool::globalInstance()->waitForDone();
        m_ws.reset();
    }

    void liveIssuesAsTyped()
    {
        auto live = checker();
        QVERIFY(live);
        Segment segment = byKey(QStringLiteral("%s: Cannot change mode to %s"));
        QVERIFY(!segment.id.isEmpty());
        QVERIFY(DocumentQa::check(*live, segment).isEmpty()); // tar's own translation is right
        segment.targets = {QStringLiteral("%s: Nie można zmienić uprawnień")};
        QList<qa::Issue> issues = DocumentQa::check(*live, segment);
        QCOMPARE(checksOf(issues), QStringList{QStringLiteral("placeables")});
        QCOMPARE(issues.first().severity, qa::Severity::Error);
        QVERIFY2(issues.first().message.contains(QStringLiteral("%s")), qPrintable(issues.first().message));
        // gettext's %<PRIuMAX> is one placeable: kept, nothing to say; dropped, it is named.
        segment = byKey(QStringLiteral("Unsupported incremental format version: %<PRIuMAX>"));
        QVERIFY(!segment.id.isEmpty());
        QVERIFY(DocumentQa::check(*live, segment).isEmpty());
        segment.targets = {QStringLiteral("Nie obsługiwana wersja formatu przyrostowego")};
        issues = DocumentQa::check(*live, segment);
        QCOMPARE(checksOf(issues), QStringList{QStringLiteral("placeables")});
        QVERIFY2(issues.first().message.contains(QStringLiteral("%<PRIuMAX>")), qPrintable(issues.first().message));
        // An untranslated segment is not reported empty while nobody has translated it.
        segment.targets = {QString()};
        segment.state = domain::SegmentState::New;
        QVERIFY(DocumentQa::check(*live, segment).isEmpty());
    }

    void projectSettingsAndTermbaseApply()
    {
        Segment segment = byKey(QStringLiteral("%s: Cannot change mode to %s"));
        segment.targets = {QStringLiteral("%s: Nie można  zmienić uprawnień")}; // drops a %s, doubles a space
        QCOMPARE(checksOf(DocumentQa::check(*checker(), segment)),
                 (QStringList{QStringLiteral("placeables"), QStringLiteral("whitespace")}));
        domain::QaSettings settings = qa::CheckRegistry::standard().defaultSettings();
        settings.disabled.append(QStringLiteral("whitespace"));
        settings.severities.insert(QStringLiteral("placeables"), QStringLiteral("warning"));
        QVERIFY((*m_ws)->qaSettings().save(m_project.id, settings));
        const QList<qa::Issue> issues = DocumentQa::check(*checker(), segment);
        QCOMPARE(checksOf(issues), QStringList{QStringLiteral("placeables")});
        QCOMPARE(issues.first().severity, qa::Severity::Warning);

        // A term of the workspace's termbase that the translation lacks.
        terms::Termbase termbase(**m_ws);
        domain::Concept mode;
        domain::Term en;
        en.language = QStringLiteral("en");
        en.text = QStringLiteral("mode");
        domain::Term pl;
        pl.language = QStringLiteral("pl");
        pl.text = QStringLiteral("tryb");
        mode.terms = {en, pl};
        QVERIFY(termbase.addConcept(mode));
        segment = byKey(QStringLiteral("%s: Cannot change mode to %s"));
        QVERIFY(checksOf(DocumentQa::check(*checker(), segment)).contains(QStringLiteral("terminology")));
    }

    void countsAgreeWithProjectQa()
    {
        const DocumentQa::Counts counts = DocumentQa::countIssues(**m_ws, m_documentId);
        QVERIFY2(counts.error.isEmpty(), qPrintable(counts.error));
        QVERIFY(counts.segmentsChecked > 500);
        QVERIFY(!counts.bySegment.isEmpty());
        // The batch run of the CLI, for the checks that run live (not the project-scope ones).
        qa::ProjectQa::Options options;
        options.spelling = false;
        auto report = qa::ProjectQa(**m_ws).run(m_project.id, options);
        QVERIFY2(report, qPrintable(errorText(report)));
        QHash<QString, int> expected;
        for (const qa::QaFinding& finding : report->findings) {
            const qa::Check* check = qa::CheckRegistry::standard().find(finding.issue.check);
            if (check && check->scope() == qa::Check::Scope::Segment)
                ++expected[finding.segmentId];
        }
        QCOMPARE(counts.bySegment, expected);
        QCOMPARE(counts.segmentsChecked, report->segmentsChecked);
    }

    void backgroundCountReadsWhatWasSaved()
    {
        Segment segment = byKey(QStringLiteral("%s: Cannot change mode to %s"));
        QVERIFY(!DocumentQa::countIssues(**m_ws, m_documentId).bySegment.contains(segment.id));
        store::SegmentEdit edit;
        edit.segmentId = segment.id;
        edit.targets = {QStringLiteral("Nie można zmienić uprawnień")};
        edit.state = domain::SegmentState::Draft;
        edit.baseRev = segment.rev;
        edit.author = QStringLiteral("anna");
        QVERIFY((*m_ws)->segments().applyEdit(edit));

        QFuture<DocumentQa::Counts> future = DocumentQa::countIssuesInBackground((*m_ws)->path(), m_documentId);
        future.waitForFinished();
        const DocumentQa::Counts counts = future.result();
        QVERIFY2(counts.error.isEmpty(), qPrintable(counts.error));
        QCOMPARE(counts.documentId, m_documentId);
        QCOMPARE(counts.bySegment.value(segment.id), 2); // each missing %s is an issue
        QCOMPARE(counts.bySegment, DocumentQa::countIssues(**m_ws, m_documentId).bySegment);

        future = DocumentQa::countIssuesInBackground((*m_ws)->path(), QStringLiteral("no-such-doc"));
        future.waitForFinished();
        QVERIFY(!future.result().error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDocumentQa)
#include "TestDocumentQa.moc"
