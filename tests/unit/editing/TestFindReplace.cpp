// Tests find and replace on GNOME gdk-pixbuf's German catalog imported into a temporary workspace: the
// matcher's options (case, whole word, regex, capture references \1 and $1, bad patterns named with
// their column), finding in source, target or both across a document and a project, the preview of a
// regex replacement checked against QString::replace, applying it (one revision per segment, the
// segment a Draft), locked and approved segments skipped, a replacement that would break a placeable
// refused, and a segment changed since the preview left alone.
#include <tuple>

#include <QRegularExpression>
#include <QTest>

#include "TempWorkspace.h"
#include "TestData.h"
#include "domain/Project.h"
#include "editing/FindReplace.h"
#include "editing/TextMatcher.h"
#include "formats/FilterRegistry.h"
#include "project/DocumentImporter.h"
#include "store/Database.h"
#include "store/ProjectRepository.h"
#include "store/SegmentRepository.h"
#include "store/Statement.h"

using namespace tessera;
using domain::Segment;
using domain::SegmentState;
using editing::FindIn;
using editing::FindPattern;
using editing::FindReplace;
using editing::ReplacementCandidate;
using editing::TextMatcher;
using editing::TextSpan;

namespace {

TextMatcher compiled(const FindPattern& pattern, const QString& replacement = {})
{
    auto matcher = TextMatcher::compile(pattern, replacement);
    if (!matcher)
        qFatal("pattern does not compile: %s", qPrintable(matcher.error().describe()));
    return *matcher;
}

} // namespace

class TestFindReplace : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<testsupport::TempWorkspace> m_ws;
    QString m_projectId;
    QString m_documentId;
    QString m_secondDocumentId;

    QList<Segment> segments(const QString& documentId) const
    {
        return (*m_ws)->segments().listForDocument(documentId).value_or(QList<Segment>());
    }
    Segment stored(const QString& id) const { return (*m_ws)->segments().find(id).value_or(Segment()); }
    QString import(const QString& name, const QString& language)
    {
        formats::FilterRegistry filters;
        project::DocumentImporter importer(**m_ws, filters);
        auto summary = importer.import(m_projectId, name, testsupport::readTestData(QStringLiteral("po"), name));
        Q_UNUSED(language)
        return summary && !summary->documents.isEmpty() ? summary->documents.first().id : QString();
    }
    bool setFlagsAndState(const QString& id, int flags, SegmentState state)
    {
        auto statement = (*m_ws)->database().prepare("UPDATE segments SET flags = ?, state = ? WHERE id = ?");
        return statement && (*statement)->bindAll(flags, int(state), id).run().has_value();
    }

private Q_SLOTS:
    void init()
    {
        m_ws = std::make_unique<testsupport::TempWorkspace>();
        QVERIFY2(m_ws->isValid(), qPrintable(m_ws->error()));
        domain::Project project;
        project.name = QStringLiteral("gdk-pixbuf");
        project.sourceLanguage = QStringLiteral("en");
        project.targetLanguages = {QStringLiteral("de")};
        auto created = (*m_ws)->projects().create(project);
        QVERIFY(created);
        m_projectId = created->id;
        m_documentId = import(QStringLiteral("gdk-pixbuf-de.po"), QStringLiteral("de"));
        QVERIFY(!m_documentId.isEmpty());
        m_secondDocumentId = import(QStringLiteral("glib20-de.po"), QStringLiteral("de"));
        QVERIFY(!m_secondDocumentId.isEmpty());
    }

    void cleanup() { m_ws.reset(); }

    void matcherOptions_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<bool>("caseSensitive");
        QTest::addColumn<bool>("wholeWord");
        QTest::addColumn<bool>("regex");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<qsizetype>>("starts");
        QTest::newRow("plain, any case") << "bild" << false << false << false << "Bild und BMP-Bildes"
                                         << QList<qsizetype>{0, 13};
        QTest::newRow("case-sensitive") << "bild" << true << false << false << "Bild und BMP-Bildes"
                                        << QList<qsizetype>{};
        QTest::newRow("whole word") << "Bild" << false << true << false << "Bild und BMP-Bildes, Bild."
                                    << QList<qsizetype>{0, 21};
        QTest::newRow("plain text is not a regex")
            << "(%s)" << false << false << false << "Datei (%s) %s" << QList<qsizetype>{6};
        QTest::newRow("whole word next to punctuation")
            << "%s" << false << true << false << "»%s« %sx" << QList<qsizetype>{1};
        QTest::newRow("regex") << "[A-Z]{3,4}-Bild" << true << false << true << "Ein BMP-Bild, ein TIFF-Bild"
                               << QList<qsizetype>{4, 18};
        QTest::newRow("unicode case folding")
            << "ÜBER" << false << false << false << "übergroße" << QList<qsizetype>{0};
    }

    void matcherOptions()
    {
        QFETCH(QString, pattern);
        QFETCH(bool, caseSensitive);
        QFETCH(bool, wholeWord);
        QFETCH(bool, regex);
        QFETCH(QString, text);
        QFETCH(QList<qsizetype>, starts);
        const TextMatcher matcher = compiled({pattern, caseSensitive, wholeWord, regex});
        QList<qsizetype> found;
        for (const TextSpan& span : matcher.find(text))
            found.append(span.start);
        QCOMPARE(found, starts);
        QCOMPARE(matcher.matches(text), !starts.isEmpty());
    }

    void captureReferences_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("replacement");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("backslash") << "(\\w+)-Bild" << "Bild (\\1)" << "Ein BMP-Bild" << "Ein Bild (BMP)";
        QTest::newRow("dollar") << "(\\w+)-(\\w+)" << "$2 $1" << "BMP-Bild" << "Bild BMP";
        QTest::newRow("whole match") << "\\d+" << "<$0>" << "a 12 b 3" << "a <12> b <3>";
        QTest::newRow("escaped") << "x" << "\\$1 \\\\ $$" << "x" << "$1 \\ $";
        QTest::newRow("two digits only when the group exists") << "(a)" << "$10" << "a" << "a0";
    }

    void captureReferences()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, replacement);
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const TextMatcher matcher = compiled({pattern, true, false, true}, replacement);
        QList<TextSpan> before;
        QList<TextSpan> after;
        QCOMPARE(matcher.replace(text, &before, &after), expected);
        QVERIFY(!before.isEmpty());
        QCOMPARE(before.size(), after.size());
    }

    void badPatternsAreNamed()
    {
        auto empty = TextMatcher::compile({QString(), false, false, false});
        QVERIFY(!empty);
        QCOMPARE(empty.error().field, QStringLiteral("pattern"));
        auto invalid = TextMatcher::compile({QStringLiteral("Bild(es"), false, false, true});
        QVERIFY(!invalid);
        QCOMPARE(invalid.error().code, domain::ErrorCode::InvalidInput);
        QCOMPARE(invalid.error().field, QStringLiteral("pattern"));
        QVERIFY(invalid.error().column > 0);
        auto group = TextMatcher::compile({QStringLiteral("(Bild)"), false, false, true}, QStringLiteral("\\2"));
        QVERIFY(!group);
        QCOMPARE(group.error().field, QStringLiteral("replacement"));
        QVERIFY2(group.error().message.contains(QStringLiteral("group 2")), qPrintable(group.error().message));
        // Plain text: "\1" is just text.
        QVERIFY(TextMatcher::compile({QStringLiteral("Bild"), false, false, false}, QStringLiteral("\\2")));
    }

    void findsInSourceTargetOrBoth()
    {
        FindReplace finder(**m_ws, QStringLiteral("anna"));
        const TextMatcher image = compiled({QStringLiteral("image"), false, true, false});
        const editing::FindScope document{m_projectId, m_documentId};
        auto inSource = finder.find(document, FindIn::Source, image);
        QVERIFY(inSource);
        int expected = 0;
        for (const Segment& segment : segments(m_documentId))
            expected += int(segment.source.count(QRegularExpression(QStringLiteral("\\bimage\\b"),
                                                                    QRegularExpression::CaseInsensitiveOption))) +
                        int(segment.sourcePlural.count(QRegularExpression(QStringLiteral("\\bimage\\b"),
                                                                          QRegularExpression::CaseInsensitiveOption)));
        QVERIFY(expected > 10);
        QCOMPARE(inSource->size(), expected);
        QVERIFY(std::all_of(inSource->begin(), inSource->end(), [](const auto& hit) { return !hit.inTarget; }));
        // The German targets say "Bild", not "image".
        auto inTarget = finder.find(document, FindIn::Target, image);
        QVERIFY(inTarget);
        QVERIFY(inTarget->size() < inSource->size() / 4);
        auto both = finder.find(document, FindIn::Both, image);
        QVERIFY(both);
        QCOMPARE(both->size(), inSource->size() + inTarget->size());
        // Hits come in document order.
        for (qsizetype i = 1; i < both->size(); ++i)
            QVERIFY(both->at(i - 1).order <= both->at(i).order);
        // The whole project has both catalogs: its matches are those of each, the first one first.
        const TextMatcher file = compiled({QStringLiteral("file"), false, true, false});
        auto first = finder.find(document, FindIn::Source, file);
        auto second = finder.find({m_projectId, m_secondDocumentId}, FindIn::Source, file);
        auto project = finder.find({m_projectId, QString()}, FindIn::Source, file);
        QVERIFY(first && second && project);
        QVERIFY(!first->isEmpty() && !second->isEmpty());
        QCOMPARE(project->size(), first->size() + second->size());
        QCOMPARE(project->first().documentId, m_documentId); // "gdk-pixbuf-de.po" before "glib20-de.po"
        QCOMPARE(project->last().documentId, m_secondDocumentId);
    }

    // The store reads only the segments that may match; what find reports must still be exactly what
    // the matcher finds in every segment read whole, for any kind of pattern.
    void findEqualsAScanOfEverySegment_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<bool>("caseSensitive");
        QTest::addColumn<bool>("wholeWord");
        QTest::addColumn<bool>("regex");
        QTest::newRow("plain word") << "Datei" << false << false << false;
        QTest::newRow("case-sensitive") << "GIF" << true << false << false;
        QTest::newRow("non-ASCII, any case") << "ÜBER" << false << false << false;
        QTest::newRow("whole word") << "image" << false << true << false;
        QTest::newRow("placeable with quotes") << "\"%s\"" << false << false << false;
        QTest::newRow("line break in plural targets") << "\n" << false << false << false;
        QTest::newRow("regex, any case") << "(bild|image)[a-z]*" << false << false << true;
        QTest::newRow("regex, whole word, escapes") << "%\\d?\\$?[sd]" << false << true << true;
    }

    void findEqualsAScanOfEverySegment()
    {
        QFETCH(QString, pattern);
        QFETCH(bool, caseSensitive);
        QFETCH(bool, wholeWord);
        QFETCH(bool, regex);
        const TextMatcher matcher = compiled({pattern, caseSensitive, wholeWord, regex});
        FindReplace finder(**m_ws, QStringLiteral("anna"));
        qsizetype total = 0;
        for (const QString& documentId : {m_documentId, m_secondDocumentId}) {
            auto hits = finder.find({m_projectId, documentId}, FindIn::Both, matcher);
            QVERIFY(hits);
            QList<std::tuple<QString, bool, int, qsizetype>> expected;
            for (const Segment& segment : segments(documentId)) {
                QStringList sources{segment.source};
                if (segment.isPlural())
                    sources.append(segment.sourcePlural);
                for (int form = 0; form < sources.size(); ++form)
                    for (const TextSpan& span : matcher.find(sources.at(form)))
                        expected.append({segment.id, false, form, span.start});
                for (int form = 0; form < segment.targets.size(); ++form)
                    for (const TextSpan& span : matcher.find(segment.targets.at(form)))
                        expected.append({segment.id, true, form, span.start});
            }
            QList<std::tuple<QString, bool, int, qsizetype>> found;
            for (const editing::FindHit& hit : std::as_const(*hits))
                found.append({hit.segmentId, hit.inTarget, hit.form, hit.span.start});
            QCOMPARE(found.size(), expected.size());
            QVERIFY(found == expected);
            total += found.size();
        }
        QVERIFY(total > 0); // the catalogs have the pattern somewhere
    }

    void regexReplacementPreviewAndApply()
    {
        // "JPEG-Bilddatei" → "JPEG-Datei": the file type kept through the capture.
        const QString pattern = QStringLiteral("(\\w+)-Bild(datei|datenstrom)");
        const QString replacement = QStringLiteral("\\1-$2");
        FindReplace finder(**m_ws, QStringLiteral("anna"));
        const TextMatcher matcher = compiled({pattern, true, false, true}, replacement);
        auto preview = finder.preview({m_projectId, m_documentId}, matcher);
        QVERIFY2(preview, qPrintable(preview ? QString() : preview.error().describe()));

        // What QString::replace makes of each translated segment is the oracle.
        const QRegularExpression oracle(pattern);
        QHash<QString, QStringList> expected;
        for (const Segment& segment : segments(m_documentId)) {
            QStringList after;
            for (QString form : segment.targets)
                after.append(form.replace(oracle, QStringLiteral("\\1-\\2")));
            if (after != segment.targets)
                expected.insert(segment.id, after);
        }
        QVERIFY(expected.size() >= 3);
        QCOMPARE(preview->size(), expected.size());
        for (const ReplacementCandidate& candidate : std::as_const(*preview)) {
            QCOMPARE(candidate.after, expected.value(candidate.segmentId));
            QCOMPARE(candidate.before, stored(candidate.segmentId).targets);
            QVERIFY(candidate.applicable());
            QVERIFY(!candidate.beforeMatches.value(0).isEmpty() || !candidate.beforeMatches.value(1).isEmpty());
        }

        // Untick the first: it stays as it was.
        QList<ReplacementCandidate> chosen = *preview;
        const ReplacementCandidate unticked = chosen.takeFirst();
        auto applied = finder.apply(chosen);
        QVERIFY(applied);
        QCOMPARE(applied->replaced(), int(chosen.size()));
        QVERIFY(applied->skipped.isEmpty());
        QCOMPARE(applied->documents.size(), 1);
        QCOMPARE(stored(unticked.segmentId).targets, unticked.before);
        for (const ReplacementCandidate& candidate : std::as_const(chosen)) {
            const Segment now = stored(candidate.segmentId);
            QCOMPARE(now.targets, candidate.after);
            QCOMPARE(now.state, SegmentState::Draft);
            QCOMPARE(now.updatedBy, QStringLiteral("anna"));
            QCOMPARE(now.rev, candidate.baseRev + 1);
        }
        // Each change knows what it was, for undo.
        for (const editing::SegmentChange& change : applied->documents.first().changes)
            QVERIFY(change.changed());
    }

    void lockedApprovedAndPlaceableBreakingAreRefused()
    {
        // "(%s)" in a target; replacing it by "" would drop the placeable.
        FindReplace finder(**m_ws, QStringLiteral("anna"));
        const TextMatcher dropping = compiled({QStringLiteral(" (%s)"), true, false, false}, QString());
        auto preview = finder.preview({m_projectId, m_documentId}, dropping);
        QVERIFY(preview);
        QVERIFY(!preview->isEmpty());
        for (const ReplacementCandidate& candidate : std::as_const(*preview)) {
            QCOMPARE(candidate.verdict, ReplacementCandidate::Verdict::BreaksPlaceable);
            QVERIFY2(candidate.reason.contains(QStringLiteral("%s")), qPrintable(candidate.reason));
        }
        auto applied = finder.apply(*preview);
        QVERIFY(applied);
        QCOMPARE(applied->replaced(), 0);
        QCOMPARE(applied->skipped.size(), preview->size());
        for (const ReplacementCandidate& candidate : std::as_const(*preview))
            QCOMPARE(stored(candidate.segmentId).targets, candidate.before);

        // Moving a placeable is fine: it is still there.
        const TextMatcher moving =
            compiled({QStringLiteral("Bilddatei \\((%s)\\)"), true, false, true}, QStringLiteral("Bilddatei \\1"));
        auto moved = finder.preview({m_projectId, m_documentId}, moving);
        QVERIFY(moved && !moved->isEmpty());
        QVERIFY(std::all_of(moved->begin(), moved->end(), [](const auto& c) { return c.applicable(); }));

        // A locked segment and an approved one are listed, refused, and left alone.
        const TextMatcher bild = compiled({QStringLiteral("Bild"), true, false, false}, QStringLiteral("Grafik"));
        auto all = finder.preview({m_projectId, m_documentId}, bild);
        QVERIFY(all && all->size() > 10);
        const ReplacementCandidate locked = all->at(0);
        const ReplacementCandidate approved = all->at(1);
        QVERIFY(setFlagsAndState(locked.segmentId, int(domain::SegmentFlag::Locked), locked.state));
        QVERIFY(setFlagsAndState(approved.segmentId, 0, SegmentState::Approved));
        auto again = finder.preview({m_projectId, m_documentId}, bild);
        QVERIFY(again);
        QCOMPARE(again->size(), all->size());
        QCOMPARE(again->at(0).verdict, ReplacementCandidate::Verdict::Locked);
        QCOMPARE(again->at(1).verdict, ReplacementCandidate::Verdict::Approved);
        // A segment changed after the preview is not overwritten.
        const ReplacementCandidate changed = again->at(2);
        QVERIFY((*m_ws)->segments().applyEdit(
            {changed.segmentId, {QStringLiteral("Anders")}, std::nullopt, changed.baseRev, QStringLiteral("ben")}));
        auto result = finder.apply(*again);
        QVERIFY(result);
        QCOMPARE(result->replaced(), int(again->size()) - 3);
        QCOMPARE(result->skipped.size(), 3);
        QCOMPARE(stored(locked.segmentId).targets, locked.before);
        QCOMPARE(stored(approved.segmentId).targets, approved.before);
        QCOMPARE(stored(changed.segmentId).targets, QStringList{QStringLiteral("Anders")});
        QVERIFY(std::any_of(result->skipped.begin(), result->skipped.end(), [](const auto& c) {
            return c.reason.contains(QStringLiteral("changed since the preview"));
        }));
    }
};

QTEST_GUILESS_MAIN(TestFindReplace)
#include "TestFindReplace.moc"
