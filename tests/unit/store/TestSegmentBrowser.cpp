// Tests SegmentBrowser, SegmentIndex and the SQL text functions: text in targets is matched as the
// translator sees it (not as the JSON the store keeps), the index holds what the store has, rows come
// back in the order asked, bad patterns are refused.
#include <QRegularExpression>
#include <QTest>

#include "TempWorkspace.h"
#include "TestData.h"
#include "domain/Comment.h"
#include "domain/Document.h"
#include "domain/Project.h"
#include "store/CommentRepository.h"
#include "store/Database.h"
#include "store/DocumentRepository.h"
#include "store/ProjectRepository.h"
#include "store/SegmentBrowser.h"
#include "store/SegmentRepository.h"
#include "store/Statement.h"

using namespace tessera;
using domain::Segment;
using domain::SegmentState;
using store::SegmentFilter;

class TestSegmentBrowser : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<testsupport::TempWorkspace> m_ws;
    QString m_documentId;
    QList<Segment> m_segments;

    QStringList keysFound(const SegmentFilter& filter)
    {
        auto index = (*m_ws)->segmentBrowser().loadIndex(m_documentId);
        if (!index)
            return {QStringLiteral("error: ") + index.error().describe()};
        auto positions = (*m_ws)->segmentBrowser().select(m_documentId, *index, filter);
        if (!positions)
            return {QStringLiteral("error: ") + positions.error().describe()};
        std::vector<qint64> rowIds;
        for (int position : *positions)
            rowIds.push_back(index->at(position).rowId);
        auto rows = (*m_ws)->segmentBrowser().rows(rowIds);
        QStringList keys;
        for (const auto& row : rows.value_or(QList<store::SegmentRow>()))
            keys.append(row.segment.key);
        return keys;
    }

    QStringList keysWhere(const std::function<bool(const QString&)>& found) const
    {
        QStringList keys;
        for (const Segment& s : m_segments) {
            if (found(s.source) || found(s.sourcePlural) || found(s.targets.join(QLatin1Char('\n'))))
                keys.append(s.key);
        }
        return keys;
    }

private Q_SLOTS:
    void init()
    {
        m_ws = std::make_unique<testsupport::TempWorkspace>();
        QVERIFY2(m_ws->isValid(), qPrintable(m_ws->error()));
        domain::Project project;
        project.name = QStringLiteral("Browse");
        project.sourceLanguage = QStringLiteral("en");
        project.targetLanguages = {QStringLiteral("de")};
        auto created = (*m_ws)->projects().create(project);
        QVERIFY(created);
        domain::Document document;
        document.projectId = created->id;
        document.name = QStringLiteral("ui.po");
        document.format = QStringLiteral("po");
        document.targetLanguage = QStringLiteral("de");
        auto doc = (*m_ws)->documents().create(document);
        QVERIFY(doc);
        m_documentId = doc->id;
        // Targets with every character the store's JSON escapes or uses as structure.
        const QList<std::pair<QString, QStringList>> rows = {
            {QStringLiteral("Open \"%s\""), {QStringLiteral("„%s“ öffnen")}},
            {QStringLiteral("Quote"), {QStringLiteral("Sag \"Hallo\"")}},
            {QStringLiteral("Path"), {QStringLiteral("C:\\Temp\\neu")}},
            {QStringLiteral("Two lines"), {QStringLiteral("Zeile eins\nZeile zwei")}},
            {QStringLiteral("List"), {QStringLiteral("a, b, [c]")}},
            {QStringLiteral("Size"), {QStringLiteral("GRÖSSE und Größe")}},
            {QStringLiteral("Disk full"), {QStringLiteral("Datenträger voll")}},
            {QStringLiteral("Greeting"), {QStringLiteral("Sag \"Hallo\" – Grüße\nund tschüss")}},
            {QStringLiteral("Tab"), {QStringLiteral("x\ty")}},
            {QStringLiteral("Files"), {QStringLiteral("%n Datei"), QStringLiteral("%n Dateien")}},
            {QStringLiteral("Russian"), {QStringLiteral("Файл не найден")}},
            {QStringLiteral("Untranslated"), {}},
        };
        for (int i = 0; i < rows.size(); ++i) {
            Segment s;
            s.key = QStringLiteral("k%1").arg(i);
            s.order = i + 1;
            s.source = rows.at(i).first;
            s.targets = rows.at(i).second;
            if (s.targets.size() == 2)
                s.sourcePlural = s.source + QStringLiteral("s");
            s.state = s.targets.isEmpty() ? SegmentState::New : SegmentState::Translated;
            m_segments.append(s);
        }
        m_segments.detach();
        QVERIFY((*m_ws)->segments().insertAll(m_documentId, m_segments));
    }

    void cleanup()
    {
        m_ws.reset();
        m_segments.clear();
    }

    void textIsMatchedAsShown_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("regex");
        QTest::addColumn<bool>("caseSensitive");
        for (const char* text : {"\"",
                                 "\\",
                                 ",",
                                 "[",
                                 "]",
                                 "\"Hallo\"",
                                 "Temp\\neu",
                                 "\\n",
                                 "n",
                                 "eins\nZeile",
                                 "größe",
                                 "GRÖSSE",
                                 "файл",
                                 "Datei\n%n",
                                 "\t",
                                 "x\ty",
                                 "a, b",
                                 "Dateien",
                                 "DATENTRÄGER",
                                 "trägER",
                                 "träger voll",
                                 "\"hallo\" – grüße",
                                 "grüße\nund tschüss",
                                 "üß"}) {
            QTest::addRow("plain %s", text) << QString::fromUtf8(text) << false << false;
            QTest::addRow("plain case-sensitive %s", text) << QString::fromUtf8(text) << false << true;
        }
        // Patterns whose required text is looked for in the stored bytes first, and patterns where it
        // must not be (optional parts, inline options, alternatives).
        for (const char* pattern :
             {"^Zeile",        "zwei$",      "^%n Dateien$", "\\\\",     "\"\\w+\"",  "^[^,]+$",
              "ß|ss",          "Grü(ß|ss)e", "Datei(en)?$",  "Date+i",   "Dat.i",     "x\\ty",
              "Zeile\\s+zwei", "(?i)DATEI",  "[Ff]ile",      "voll$",    "\"Hallo\"", "C:\\\\Temp",
              "eins\\nZeile",  "Träger",     "TRÄGER voll",  "Hallo\\b", "Datei{0}n", "\\{?Hallo"}) {
            QTest::addRow("regex %s", pattern) << QString::fromUtf8(pattern) << true << false;
            QTest::addRow("regex case-sensitive %s", pattern) << QString::fromUtf8(pattern) << true << true;
        }
    }

    void textIsMatchedAsShown()
    {
        QFETCH(QString, text);
        QFETCH(bool, regex);
        QFETCH(bool, caseSensitive);
        SegmentFilter filter;
        filter.text = text;
        filter.regex = regex;
        filter.caseSensitive = caseSensitive;
        const Qt::CaseSensitivity cs = caseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive;
        const QRegularExpression pattern(text, QRegularExpression::UseUnicodePropertiesOption |
                                                   (caseSensitive ? QRegularExpression::NoPatternOption
                                                                  : QRegularExpression::CaseInsensitiveOption));
        const QStringList want = keysWhere([&](const QString& shown) {
            if (shown.isEmpty())
                return false;
            return regex ? pattern.match(shown).hasMatch() : shown.contains(text, cs);
        });
        QCOMPARE(keysFound(filter), want);
    }

    void rowsComeInTheOrderAsked()
    {
        auto index = (*m_ws)->segmentBrowser().loadIndex(m_documentId);
        QVERIFY(index);
        QCOMPARE(index->size(), m_segments.size());
        domain::Comment comment;
        comment.segmentId = m_segments.at(2).id;
        comment.text = QStringLiteral("Which drive?");
        QVERIFY((*m_ws)->comments().add(comment));

        const std::vector<qint64> asked = {index->at(5).rowId, index->at(2).rowId, 999999, index->at(0).rowId};
        auto rows = (*m_ws)->segmentBrowser().rows(asked);
        QVERIFY(rows);
        QCOMPARE(rows->size(), 3); // the missing rowid is left out
        QCOMPARE(rows->at(0).segment.key, m_segments.at(5).key);
        QCOMPARE(rows->at(1).segment.key, m_segments.at(2).key);
        QCOMPARE(rows->at(1).comments, 1);
        QCOMPARE(rows->at(1).segment.targets, m_segments.at(2).targets);
        QCOMPARE(rows->at(2).segment.key, m_segments.at(0).key);
        QCOMPARE(rows->at(2).comments, 0);

        // More rows than one statement takes are fetched in pages, still in order.
        std::vector<qint64> many;
        for (int i = 0; i < 3 * store::SegmentBrowser::pageSize + 5; ++i)
            many.push_back(index->at(i % index->size()).rowId);
        auto paged = (*m_ws)->segmentBrowser().rows(many);
        QVERIFY(paged);
        QCOMPARE(paged->size(), qsizetype(many.size()));
        for (std::size_t i = 0; i < many.size(); ++i)
            QCOMPARE(paged->at(qsizetype(i)).rowId, many[i]);
    }

    void indexAndRowIds()
    {
        // The index holds what the grid filters and sorts by, read back from the store.
        domain::Comment comment;
        comment.segmentId = m_segments.at(4).id;
        comment.text = QStringLiteral("Brackets?");
        QVERIFY((*m_ws)->comments().add(comment));
        auto index = (*m_ws)->segmentBrowser().loadIndex(m_documentId);
        QVERIFY(index);
        QCOMPARE(index->size(), m_segments.size());
        QStringList keys;
        for (const Segment& s : std::as_const(m_segments))
            keys.append(s.key);
        keys.sort();
        for (int i = 0; i < index->size(); ++i) {
            const Segment& s = m_segments.at(i);
            QCOMPARE(index->at(i).order, s.order);
            QCOMPARE(int(index->at(i).state), int(s.state));
            QCOMPARE(index->at(i).sourceLength, int(s.source.toUcs4().size()));
            QCOMPARE(index->at(i).keyRank, int(keys.indexOf(s.key)));
            QCOMPARE(index->at(i).hasComments, i == 4);
            QCOMPARE(index->at(i).updatedAtMs, m_ws->clock().now().toMSecsSinceEpoch());
        }
        const auto counts = index->stateCounts();
        QCOMPARE(counts[int(SegmentState::New)], 1);
        QCOMPARE(counts[int(SegmentState::Translated)], m_segments.size() - 1);

        auto rowId = (*m_ws)->segmentBrowser().rowIdOf(m_segments.at(3).id);
        QVERIFY(rowId);
        QCOMPARE(index->at(3).rowId, *rowId);
        QCOMPARE(index->positionOfRowId(*rowId), 3);
        QCOMPARE(index->positionOfOrder(m_segments.at(3).order), 3);
        auto missing = (*m_ws)->segmentBrowser().rowIdOf(QStringLiteral("no-such-id"));
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, domain::ErrorCode::NotFound);
    }

    void badRegexIsRefusedWithWhere()
    {
        SegmentFilter filter;
        filter.regex = true;
        filter.text = QStringLiteral("Datei(en");
        auto index = (*m_ws)->segmentBrowser().loadIndex(m_documentId);
        QVERIFY(index);
        auto selected = (*m_ws)->segmentBrowser().select(m_documentId, *index, filter);
        QVERIFY(!selected);
        QCOMPARE(selected.error().code, domain::ErrorCode::InvalidInput);
        QCOMPARE(selected.error().field, QStringLiteral("text"));
        QCOMPARE(selected.error().column, 9);
        QVERIFY(selected.error().message.contains(QStringLiteral("Datei(en")));

        // Called from SQL directly, the function fails the statement instead of matching nothing.
        auto statement = (*m_ws)->database().prepare("SELECT tessera_find('(', 1, 'text')");
        QVERIFY(statement);
        auto stepped = (*statement)->step();
        (*statement)->reset();
        QVERIFY(!stepped);
        QVERIFY(stepped.error().message.contains(QStringLiteral("invalid regular expression")));
    }
};

QTEST_MAIN(TestSegmentBrowser)
#include "TestSegmentBrowser.moc"
