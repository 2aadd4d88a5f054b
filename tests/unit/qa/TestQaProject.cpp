// TestQaProject: what runs around the checks: fixes, the Confirm/Approve gate, settings kept in the
// workspace, consistency over a batch, reports, and the checks that need the workspace (termbase)
// or a dictionary (Sonnet with Debian's Hunspell dictionaries).
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include "TempWorkspace.h"
#include "TestData.h"
#include "domain/Project.h"
#include "domain/Segment.h"
#include "qa/CheckRegistry.h"
#include "qa/ConsistencyIndex.h"
#include "qa/Fixer.h"
#include "qa/ProjectQa.h"
#include "qa/QaBatch.h"
#include "qa/QaChecker.h"
#include "qa/QaGate.h"
#include "qa/QaReportWriter.h"
#include "qa/SpellChecker.h"
#include "store/DocumentRepository.h"
#include "store/ProjectRepository.h"
#include "store/QaSettingsRepository.h"
#include "store/SegmentRepository.h"
#include "terms/TermRecognizer.h"
#include "terms/Termbase.h"

using namespace tessera;
using domain::Segment;
using domain::SegmentState;
using qa::Issue;
using qa::QaChecker;
using qa::QaContext;
using testsupport::errorText;

namespace {

Segment segment(const QString& id, const QString& source, const QStringList& targets,
                SegmentState state = SegmentState::Translated)
{
    Segment s;
    s.id = id;
    s.key = id;
    s.source = source;
    s.targets = targets;
    s.state = state;
    return s;
}

QaContext context(const QString& target, const QString& source = QStringLiteral("en"))
{
    QaContext c;
    c.sourceLanguage = source;
    c.targetLanguage = target;
    c.settings = qa::CheckRegistry::standard().defaultSettings();
    return c;
}

domain::Term term(const char* language, const char* text, domain::TermStatus status = domain::TermStatus::Preferred)
{
    domain::Term t;
    t.language = QString::fromUtf8(language);
    t.text = QString::fromUtf8(text);
    t.status = status;
    return t;
}

QStringList checksOf(const QList<Issue>& issues)
{
    QStringList ids;
    for (const Issue& i : issues)
        ids.append(i.check);
    return ids;
}

} // namespace

class TestQaProject : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void fixes_data()
    {
        QTest::addColumn<QString>("check");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("fixed");
        QTest::newRow("trailing space copied") << "whitespace" << "Name: " << "Name:" << "de" << "Name: ";
        QTest::newRow("leading newline copied") << "whitespace" << "\nDone" << "  Fertig" << "de" << "\nFertig";
        QTest::newRow("doubled spaces collapsed") << "whitespace" << "Save the file" << "Die   Datei  speichern" << "de"
                                                  << "Die Datei speichern";
        QTest::newRow("stop to question") << "punctuation" << "Delete file?" << "Datei löschen." << "de"
                                          << "Datei löschen?";
        QTest::newRow("question mark, Chinese") << "punctuation" << "Continue?" << "继续" << "zh" << "继续？";
        QTest::newRow("French colon gets its space") << "punctuation" << "Error:" << "Erreur:" << "fr"
                                                     << "Erreur\u00A0:";
        QTest::newRow("French mark written French") << "punctuation" << "Continue?" << "Continuer" << "fr"
                                                    << "Continuer\u202F?";
        QTest::newRow("question mark to a colon") << "punctuation" << "Name:" << "Name?" << "de" << "Name:";
        QTest::newRow("repeated word") << "repeated-words" << "Delete the file" << "Die Datei Datei löschen" << "de"
                                       << "Die Datei löschen";
    }
    void fixes()
    {
        QFETCH(QString, check);
        QFETCH(QString, source);
        QFETCH(QString, target);
        QFETCH(QString, lang);
        QFETCH(QString, fixed);
        const QaChecker checker(context(lang));
        const QList<Issue> issues = checker.check(segment(QStringLiteral("s"), source, {target}), {check});
        QVERIFY(!issues.isEmpty());
        QStringList targets = qa::Fixer::applyAll({target}, issues);
        QCOMPARE(targets.first(), fixed);
        // Fixed, the check is silent.
        QVERIFY(checker.check(segment(QStringLiteral("s"), source, targets), {check}).isEmpty());
    }

    void unsafeFixesAreNotOffered()
    {
        const QaChecker checker(context(QStringLiteral("de")));
        const QList<Issue> issues =
            checker.check(segment(QStringLiteral("s"), QStringLiteral("Delete %s?"), {QStringLiteral("Löschen?")}));
        QVERIFY(checksOf(issues).contains(QStringLiteral("placeables")));
        for (const Issue& i : issues) {
            if (i.check == QLatin1String("placeables"))
                QVERIFY(!i.hasFix());
        }
    }

    void gateBlocksByProjectRules()
    {
        QaContext c = context(QStringLiteral("de"));
        const QaChecker checker(c);
        const Segment missing =
            segment(QStringLiteral("s"), QStringLiteral("Delete %s?"), {QStringLiteral("Löschen?")});
        auto verdict = qa::QaGate::evaluate(checker, missing, qa::QaGate::Action::Confirm);
        QVERIFY(!verdict.allowed);
        QVERIFY2(verdict.reason().contains(QStringLiteral("placeables: %s is missing")), qPrintable(verdict.reason()));

        // A warning-only issue (punctuation) blocks nothing by default.
        const Segment punct = segment(QStringLiteral("t"), QStringLiteral("Delete?"), {QStringLiteral("Löschen.")});
        QVERIFY(qa::QaGate::evaluate(checker, punct, qa::QaGate::Action::Approve).allowed);

        // The project makes punctuation block approval, and turns placeables off.
        c.settings.blockApprove.append(QStringLiteral("punctuation"));
        c.settings.disabled.append(QStringLiteral("placeables"));
        const QaChecker strict(c);
        QVERIFY(!qa::QaGate::evaluate(strict, punct, qa::QaGate::Action::Approve).allowed);
        QVERIFY(qa::QaGate::evaluate(strict, punct, qa::QaGate::Action::Confirm).allowed);
        QVERIFY(qa::QaGate::evaluate(strict, missing, qa::QaGate::Action::Confirm).allowed);
    }

    void severityOverride()
    {
        QaContext c = context(QStringLiteral("de"));
        c.settings.severities.insert(QStringLiteral("punctuation"), QStringLiteral("error"));
        const QaChecker checker(c);
        const QList<Issue> issues =
            checker.check(segment(QStringLiteral("s"), QStringLiteral("Delete?"), {QStringLiteral("Löschen.")}));
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().severity, qa::Severity::Error);
    }

    void emptyTargetOnlyReportsEmpty()
    {
        const QaChecker checker(context(QStringLiteral("de")));
        const QList<Issue> issues =
            checker.check(segment(QStringLiteral("s"), QStringLiteral("Delete %s?"), {QString()}));
        QCOMPARE(checksOf(issues), QStringList{QStringLiteral("empty")});
    }

    void settingsPersist()
    {
        testsupport::TempWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        domain::Project project;
        project.name = QStringLiteral("QA");
        project.sourceLanguage = QStringLiteral("en");
        project.targetLanguages = {QStringLiteral("de")};
        auto created = ws->projects().create(project);
        QVERIFY2(created, qPrintable(errorText(created)));
        auto none = ws->qaSettings().find(created->id);
        QVERIFY(none && !none->has_value());

        domain::QaSettings settings = qa::CheckRegistry::standard().defaultSettings();
        settings.disabled = {QStringLiteral("spelling")};
        settings.severities = {{QStringLiteral("punctuation"), QStringLiteral("error")}};
        settings.blockApprove.append(QStringLiteral("terminology"));
        settings.sameAsSourceAllowed = {QStringLiteral("Tessera")};
        settings.spellingIgnored = {QStringLiteral("Segmente")};
        settings.maxLength = 80;
        auto saved = ws->qaSettings().save(created->id, settings);
        QVERIFY2(saved, qPrintable(errorText(saved)));
        QCOMPARE(saved->rev, 1);
        QVERIFY(ws.reopen());
        auto read = ws->qaSettings().find(created->id);
        QVERIFY(read && read->has_value());
        QCOMPARE(**read, *saved);

        // A stale rev is a conflict; a bad severity names its field.
        auto stale = ws->qaSettings().save(created->id, settings);
        QVERIFY(!stale);
        QCOMPARE(stale.error().code, domain::ErrorCode::Conflict);
        domain::QaSettings bad = **read;
        bad.severities.insert(QStringLiteral("tags"), QStringLiteral("fatal"));
        auto refused = ws->qaSettings().save(created->id, bad);
        QVERIFY(!refused);
        QCOMPARE(refused.error().field, QStringLiteral("severities.tags"));
        QVERIFY(qa::CheckRegistry::standard().unknownIds(bad).isEmpty());
        bad.disabled.append(QStringLiteral("placeholders"));
        QCOMPARE(qa::CheckRegistry::standard().unknownIds(bad), QStringList{QStringLiteral("disabled: placeholders")});
    }

    void consistencyInBatch()
    {
        QList<qa::QaBatch::Item> items;
        auto add = [&](const QString& id, const QString& source, const QString& target) {
            items.append({segment(id, source, {target}), QStringLiteral("ui.po")});
        };
        add(QStringLiteral("a"), QStringLiteral("Open"), QStringLiteral("Öffnen"));
        add(QStringLiteral("b"), QStringLiteral("Open"), QStringLiteral("Aufmachen"));
        add(QStringLiteral("c"), QStringLiteral("Open"), QStringLiteral("Öffnen"));
        add(QStringLiteral("d"), QStringLiteral("Close"), QStringLiteral("Schließen"));
        add(QStringLiteral("e"), QStringLiteral("Shut down"), QStringLiteral("Schließen"));
        add(QStringLiteral("f"), QStringLiteral("&Close…"), QStringLiteral("&Schließen…")); // same as d once normalized
        Segment withContext = segment(QStringLiteral("g"), QStringLiteral("Open"), {QStringLiteral("Offen")});
        withContext.key = QStringLiteral("adjective") + QChar(0x0004) + QStringLiteral("Open");
        items.append({withContext, QStringLiteral("ui.po")});
        items.append({segment(QStringLiteral("h"), QStringLiteral("Open"), {QString()}, SegmentState::New),
                      QStringLiteral("ui.po")});

        qa::QaReport report;
        qa::QaBatch(context(QStringLiteral("de"))).run(items, report);
        QCOMPARE(report.segmentsChecked, 7);
        QCOMPARE(report.untranslatedSkipped, 1);
        QStringList inconsistent, sameTarget;
        for (const qa::QaFinding& f : report.findings) {
            if (f.issue.check == QLatin1String("inconsistent-translation"))
                inconsistent.append(f.segmentId);
            if (f.issue.check == QLatin1String("inconsistent-source"))
                sameTarget.append(f.segmentId);
        }
        // a, b, c share a source without context; g has its own context.
        QCOMPARE(inconsistent, (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
        // Close and Shut down both became Schließen; "&Close…" normalizes to "close".
        QCOMPARE(sameTarget, (QStringList{QStringLiteral("d"), QStringLiteral("e"), QStringLiteral("f")}));

        const QJsonObject json = qa::QaReportWriter::reportJson(report);
        QCOMPARE(json.value(QStringLiteral("segments_checked")).toInt(), 7);
        bool counted = false;
        for (const auto& v : json.value(QStringLiteral("counts")).toArray()) {
            const QJsonObject c = v.toObject();
            if (c.value(QStringLiteral("check")).toString() == QLatin1String("inconsistent-translation")) {
                QCOMPARE(c.value(QStringLiteral("issues")).toInt(), 3);
                QCOMPARE(c.value(QStringLiteral("severity")).toString(), QStringLiteral("warning"));
                counted = true;
            }
        }
        QVERIFY(counted);
        const QJsonObject first = qa::QaReportWriter::issuesJson(report).first().toObject();
        for (const char* field : {"segment", "key", "check", "severity", "message"})
            QVERIFY2(first.contains(QLatin1String(field)), field);
    }

    void reportFormats()
    {
        QList<qa::QaBatch::Item> items{{segment(QStringLiteral("x"), QStringLiteral("Say \"<b>hi</b>\", %s"),
                                                {QStringLiteral("Sag „<b>hallo</b>“, %d")}),
                                        QStringLiteral("a,b.po")}};
        qa::QaReport report;
        qa::QaBatch(context(QStringLiteral("de"))).run(items, report);
        QVERIFY(report.hasErrors());
        const QString csv = QString::fromUtf8(qa::QaReportWriter::csv(report));
        const QStringList lines = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.first(), QStringLiteral("document,lang,segment,key,check,severity,message,source,target"));
        QVERIFY2(lines.at(1).startsWith(QStringLiteral("\"a,b.po\",de,x,x,placeables,error,")),
                 qPrintable(lines.at(1)));
        QVERIFY(lines.at(1).contains(QStringLiteral("\"Say \"\"<b>hi</b>\"\", %s\"")));
        const QString html = QString::fromUtf8(qa::QaReportWriter::html(report));
        QVERIFY(html.contains(QStringLiteral("&lt;b&gt;hallo&lt;/b&gt;")));
        QVERIFY(!html.contains(QStringLiteral("<b>hallo")));
        QVERIFY(html.contains(QStringLiteral("<mark>%d</mark>")));
        QVERIFY(html.contains(QStringLiteral("<td>placeables</td><td class=\"error\">error</td><td>1</td>")));
    }

    void terminologyFromTheTermbase()
    {
        testsupport::TempWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        terms::Termbase termbase(*ws);
        domain::Concept file;
        file.terms = {term("en", "file"), term("de", "Datei"), term("de", "File", domain::TermStatus::Forbidden)};
        QVERIFY(termbase.addConcept(file));
        domain::Concept folder;
        folder.terms = {term("en", "folder"), term("de", "Ordner")};
        QVERIFY(termbase.addConcept(folder));
        QaContext c = context(QStringLiteral("de"));
        c.sourceTerms = *termbase.recognizer(QStringLiteral("en"), QStringLiteral("de"));
        c.targetTerms = *termbase.recognizer(QStringLiteral("de"), QStringLiteral("en"));
        const QaChecker checker(c);
        const QStringList ids{QStringLiteral("terminology"), QStringLiteral("forbidden-term")};
        auto check = [&](const QString& source, const QString& target) {
            return checker.check(segment(QStringLiteral("s"), source, {target}), ids);
        };
        QVERIFY(check(QStringLiteral("Delete the file"), QStringLiteral("Die Datei löschen")).isEmpty());
        // Inflected on both sides.
        QVERIFY(check(QStringLiteral("Delete files"), QStringLiteral("Dateien löschen")).isEmpty());
        QList<Issue> issues = check(QStringLiteral("Delete the file"), QStringLiteral("Das Dokument löschen"));
        QCOMPARE(checksOf(issues), QStringList{QStringLiteral("terminology")});
        QVERIFY2(issues.first().message.contains(QStringLiteral("\u201CDatei\u201D")),
                 qPrintable(issues.first().message));
        QCOMPARE(issues.first().sourceStart, 11);
        issues = check(QStringLiteral("Delete the file"), QStringLiteral("Das File löschen"));
        // In registry order: the forbidden term (an error) first.
        QCOMPARE(checksOf(issues), (QStringList{QStringLiteral("forbidden-term"), QStringLiteral("terminology")}));
        QVERIFY2(issues.first().message.contains(QStringLiteral("use \u201CDatei\u201D")),
                 qPrintable(issues.first().message));
        QCOMPARE(issues.first().start, 4);
        // Two terms, one translated.
        issues = check(QStringLiteral("Move the file to a folder"), QStringLiteral("Die Datei in ein Verzeichnis"));
        QCOMPARE(issues.size(), 1);
        QVERIFY(issues.first().message.contains(QStringLiteral("Ordner")));
    }

    void spellingWithHunspell()
    {
        const auto german = qa::SpellChecker::forLanguage(QStringLiteral("de-DE"));
        QVERIFY2(german, qPrintable(QStringLiteral("no German dictionary; Sonnet has: %1")
                                        .arg(qa::SpellChecker::availableDictionaries().join(QLatin1Char(' ')))));
        QaContext c = context(QStringLiteral("de-DE"));
        c.spelling = german;
        c.settings.spellingIgnored = {QStringLiteral("Segmente")};
        QVERIFY(c.settings.disabled.contains(QStringLiteral("spelling"))); // opt-in
        c.settings.disabled.removeAll(QStringLiteral("spelling"));
        const QaChecker checker(c);
        const QStringList ids{QStringLiteral("spelling")};
        auto check = [&](const QString& source, const QString& target) {
            return checker.check(segment(QStringLiteral("s"), source, {target}), ids);
        };
        QVERIFY(check(QStringLiteral("Save the file"), QStringLiteral("Speichere die Datei")).isEmpty());
        QList<Issue> issues = check(QStringLiteral("Save the file"), QStringLiteral("Speichere die Dattei"));
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().start, 14);
        // Names from the source, code, placeables, acronyms, addresses and the project's words stay silent.
        QVERIFY(check(QStringLiteral("Open Firefox"), QStringLiteral("Firefox öffnen")).isEmpty());
        QVERIFY(check(QStringLiteral("%s of %d"), QStringLiteral("%s von %d")).isEmpty());
        QVERIFY(check(QStringLiteral("Read the FAQ at https://foo.example/xyzq"),
                      QStringLiteral("Lies die FAQ auf https://foo.example/xyzq"))
                    .isEmpty());
        QVERIFY(check(QStringLiteral("Segments"), QStringLiteral("Segmente")).isEmpty());
        const auto french = qa::SpellChecker::forLanguage(QStringLiteral("fr"));
        QVERIFY(french);
        QVERIFY(!qa::SpellChecker::forLanguage(QStringLiteral("tlh")));
    }

    void projectRunOverTheStore()
    {
        testsupport::TempWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        domain::Project project;
        project.name = QStringLiteral("Shop");
        project.sourceLanguage = QStringLiteral("en");
        project.targetLanguages = {QStringLiteral("de"), QStringLiteral("fr")};
        auto created = ws->projects().create(project);
        QVERIFY(created);
        for (const QString& lang : project.targetLanguages) {
            domain::Document document;
            document.projectId = created->id;
            document.name = QStringLiteral("shop.po");
            document.format = QStringLiteral("po");
            document.targetLanguage = lang;
            auto doc = ws->documents().create(document);
            QVERIFY2(doc, qPrintable(errorText(doc)));
            QList<Segment> segments{
                segment({}, QStringLiteral("Delete %s?"),
                        {lang == QLatin1String("de") ? QStringLiteral("%s löschen?") : QStringLiteral("Supprimer ?")}),
                segment({}, QStringLiteral("Cancel"), {QString()}, SegmentState::New)};
            segments[0].key = QStringLiteral("delete");
            segments[1].key = QStringLiteral("cancel");
            segments[0].order = 1;
            segments[1].order = 2;
            QVERIFY(ws->segments().insertAll(doc->id, segments));
        }
        qa::ProjectQa projectQa(*ws);
        auto report = projectQa.run(QStringLiteral("Shop"), {});
        QVERIFY2(report, qPrintable(errorText(report)));
        QCOMPARE(report->segmentsChecked, 2);
        QCOMPARE(report->untranslatedSkipped, 2);
        QCOMPARE(report->languages, (QList<QString>{QStringLiteral("de"), QStringLiteral("fr")}));
        QCOMPARE(report->findings.size(), 1);
        QCOMPARE(report->findings.first().language, QStringLiteral("fr"));
        QCOMPARE(report->findings.first().document, QStringLiteral("shop.po"));
        QCOMPARE(report->findings.first().issue.check, QStringLiteral("placeables"));

        domain::QaSettings settings = *projectQa.settings(created->id);
        settings.disabled.append(QStringLiteral("placeables"));
        QVERIFY(ws->qaSettings().save(created->id, settings));
        report = projectQa.run(created->id, {});
        QVERIFY(report);
        QVERIFY(report->findings.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestQaProject)
#include "TestQaProject.moc"
