// Tests SegmentTableModel as the editor grid over real imported catalogs (glib, apt, software-properties
// from Debian): rows and columns against the store, every filter and sort against the same rule
// applied to the whole document in C++, edits of a filtered row, edits made through another
// connection, the QA hook, and paging through a document larger than the row cache.
#include <algorithm>
#include <functional>

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include "Fixtures.h"
#include "TempWorkspace.h"
#include "TestData.h"
#include "domain/Comment.h"
#include "domain/Project.h"
#include "formats/FilterRegistry.h"
#include "models/SegmentTableModel.h"
#include "project/DocumentImporter.h"
#include "store/CommentRepository.h"
#include "store/Database.h"
#include "store/OutboxRepository.h"
#include "store/ProjectRepository.h"
#include "store/SegmentBrowser.h"
#include "store/SegmentRepository.h"

using namespace tessera;
using domain::Segment;
using domain::SegmentState;
using models::SegmentTableModel;
using store::SegmentFilter;
using Tester = QAbstractItemModelTester;

namespace {

const QString s_author = QStringLiteral("anna");
// The catalogs are imported on the fake clock's first day; the later edits start a day after.
const QDateTime s_importedAt(QDate(2026, 11, 23), QTime(9, 0), QTimeZone::UTC);
const QDateTime s_editedFrom = s_importedAt.addDays(1);

using Predicate = std::function<bool(const Segment&)>;
// Filters match regular expressions Unicode-aware (\w and \b know every script).
constexpr auto s_unicode = QRegularExpression::UseUnicodePropertiesOption;

bool contains(const Segment& s, const QString& text, Qt::CaseSensitivity cs)
{
    return s.source.contains(text, cs) || s.sourcePlural.contains(text, cs) ||
           s.targets.join(QLatin1Char('\n')).contains(text, cs);
}

bool matches(const Segment& s, const QRegularExpression& regex)
{
    return regex.match(s.source).hasMatch() || (s.isPlural() && regex.match(s.sourcePlural).hasMatch()) ||
           regex.match(s.targets.join(QLatin1Char('\n'))).hasMatch();
}

// The text of a segment as the Source and Target columns show it.
QString sourceText(const Segment& s)
{
    return s.isPlural() ? s.source + QLatin1Char('\n') + s.sourcePlural : s.source;
}

} // namespace

Q_DECLARE_METATYPE(SegmentFilter)
Q_DECLARE_METATYPE(Predicate)

class TestSegmentGrid : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<testsupport::TempWorkspace> m_ws;
    formats::FilterRegistry m_filters;
    QHash<QString, QString> m_documents; // file name → document id
    QHash<QString, int> m_comments;      // segment id → comments added
    QString m_fuzzyOrigin;               // an origin with a score, given to some segments

    QString importFile(const QString& projectId, const QString& name, const QString& language)
    {
        const QByteArray bytes = testsupport::readTestData(QStringLiteral("po"), name);
        if (bytes.isEmpty())
            return {};
        project::DocumentImporter importer(**m_ws, m_filters);
        auto summary = importer.import(projectId, name, bytes, {language});
        return summary && summary->documents.size() == 1 ? summary->documents.first().id : QString();
    }

    QList<Segment> all(const QString& documentId) const
    {
        return (*m_ws)->segments().listForDocument(documentId).value_or(QList<Segment>());
    }

    std::unique_ptr<SegmentTableModel> model()
    {
        return std::make_unique<SegmentTableModel>((*m_ws)->segments(), (*m_ws)->segmentBrowser(), s_author);
    }

    static QStringList ids(const SegmentTableModel& model)
    {
        QStringList out;
        for (int row = 0; row < model.rowCount(); ++row)
            out.append(model.index(row, 0).data(SegmentTableModel::SegmentIdRole).toString());
        return out;
    }

    // The document's segments that pass `keep`, in the order `filter` asks for, computed here from the
    // whole document.
    QStringList expected(const QString& documentId, const Predicate& keep, const SegmentFilter& filter) const
    {
        QList<Segment> segments = all(documentId);
        segments.removeIf([&](const Segment& s) { return !keep(s); });
        const auto key = [&](const Segment& s) -> std::pair<QByteArray, qint64> {
            switch (filter.sort) {
            case SegmentFilter::Sort::Order:
                return {{}, s.order};
            case SegmentFilter::Sort::Key:
                return {s.key.toUtf8(), s.order}; // SQLite compares UTF-8 bytes
            case SegmentFilter::Sort::Length:
                return {{}, qint64(s.source.toUcs4().size()) << 32 | s.order};
            case SegmentFilter::Sort::State:
                return {{}, qint64(s.state) << 32 | s.order};
            }
            return {};
        };
        std::stable_sort(segments.begin(), segments.end(), [&](const Segment& a, const Segment& b) {
            return filter.descending ? key(b) < key(a) : key(a) < key(b);
        });
        QStringList out;
        for (const Segment& s : segments)
            out.append(s.id);
        return out;
    }

private Q_SLOTS:
    void init()
    {
        m_ws = std::make_unique<testsupport::TempWorkspace>();
        QVERIFY2(m_ws->isValid(), qPrintable(m_ws->error()));
        m_ws->clock().set(s_importedAt);
        domain::Project project;
        project.name = QStringLiteral("Debian");
        project.sourceLanguage = QStringLiteral("en");
        project.targetLanguages = {QStringLiteral("de"), QStringLiteral("ru")};
        auto created = (*m_ws)->projects().create(project);
        QVERIFY(created);
        m_documents.clear();
        for (const auto& [name, language] :
             {std::pair{QStringLiteral("glib20-de.po"), QStringLiteral("de")},
              std::pair{QStringLiteral("apt-ru.po"), QStringLiteral("ru")},
              std::pair{QStringLiteral("software-properties-de.po"), QStringLiteral("de")}}) {
            const QString id = importFile(created->id, name, language);
            QVERIFY2(!id.isEmpty(), qPrintable(name));
            m_documents.insert(name, id);
        }

        // Comments on every ninth segment of each document, two on every 27th (one transaction: the
        // store syncs each commit to disk).
        m_comments.clear();
        auto commented = (*m_ws)->database().transaction([&]() -> domain::Result<void> {
            for (const QString& documentId : std::as_const(m_documents)) {
                const QList<Segment> segments = all(documentId);
                for (qsizetype i = 0; i < segments.size(); i += 9) {
                    const int count = i % 27 == 0 ? 2 : 1;
                    for (int c = 0; c < count; ++c) {
                        domain::Comment comment;
                        comment.segmentId = segments.at(i).id;
                        comment.text = QStringLiteral("Check this term");
                        if (auto added = (*m_ws)->comments().add(comment); !added)
                            return std::unexpected(added.error());
                    }
                    m_comments.insert(segments.at(i).id, count);
                }
            }
            return {};
        });
        QVERIFY2(commented, qPrintable(testsupport::errorText(commented)));

        // A day later, every 11th segment of glib is refilled from a TM as a draft, as pretranslation does.
        m_ws->clock().set(s_editedFrom);
        m_fuzzyOrigin = QStringLiteral("tm:Debian 87%");
        const QList<Segment> glib = all(m_documents.value(QStringLiteral("glib20-de.po")));
        int edited = 0;
        auto refilled = (*m_ws)->database().transaction([&]() -> domain::Result<void> {
            for (qsizetype i = 0; i < glib.size(); i += 11) {
                store::SegmentEdit edit;
                edit.segmentId = glib.at(i).id;
                edit.targets = QStringList(glib.at(i).isPlural() ? 2 : 1, QStringLiteral("Vorübersetzt"));
                edit.state = SegmentState::Draft;
                edit.author = QStringLiteral("tessera-pretranslate");
                edit.origin = i % 2 ? m_fuzzyOrigin : QStringLiteral("propagated");
                if (auto done = (*m_ws)->segments().applyEdit(edit); !done)
                    return std::unexpected(done.error());
                ++edited;
            }
            return {};
        });
        QVERIFY2(refilled, qPrintable(testsupport::errorText(refilled)));
        QVERIFY(edited > 10);
    }

    void cleanup() { m_ws.reset(); }

    void rowsAndColumns_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("glib") << "glib20-de.po";
        QTest::newRow("apt, 3 plural forms") << "apt-ru.po";
        QTest::newRow("software-properties, untranslated entries") << "software-properties-de.po";
    }

    void rowsAndColumns()
    {
        QFETCH(QString, file);
        auto grid = model();
        Tester tester(grid.get(), Tester::FailureReportingMode::Fatal);
        const QString documentId = m_documents.value(file);
        QVERIFY(grid->setDocumentId(documentId));
        const QList<Segment> segments = all(documentId);
        QVERIFY(segments.size() > 20);
        QCOMPARE(grid->rowCount(), segments.size());
        QCOMPARE(grid->columnCount(), int(SegmentTableModel::ColumnCount));
        QCOMPARE(grid->documentSegmentCount(), segments.size());

        int plural = 0;
        int scored = 0;
        for (int row = 0; row < segments.size(); ++row) {
            const Segment& s = segments.at(row);
            const auto cell = [&](int column, int role = Qt::DisplayRole) {
                return grid->index(row, column).data(role);
            };
            QCOMPARE(cell(0, SegmentTableModel::SegmentIdRole).toString(), s.id);
            QCOMPARE(cell(SegmentTableModel::NumberColumn).toInt(), row + 1);
            QCOMPARE(cell(SegmentTableModel::KeyColumn).toString(), s.key);
            QCOMPARE(cell(SegmentTableModel::SourceColumn).toString(), sourceText(s));
            QCOMPARE(cell(SegmentTableModel::TargetColumn).toString(), s.targets.join(QLatin1Char('\n')));
            QCOMPARE(cell(SegmentTableModel::TargetColumn, SegmentTableModel::FormsRole).toStringList(), s.targets);
            QCOMPARE(cell(SegmentTableModel::StateColumn).toString(), SegmentTableModel::stateName(s.state));
            QCOMPARE(cell(0, SegmentTableModel::StateRole).toInt(), int(s.state));
            QCOMPARE(cell(0, SegmentTableModel::CommentCountRole).toInt(), m_comments.value(s.id));
            QCOMPARE(cell(0, SegmentTableModel::ObsoleteRole).toBool(),
                     s.flags.testFlag(domain::SegmentFlag::Obsolete));
            QCOMPARE(cell(SegmentTableModel::FlagsColumn).toString().isEmpty(), m_comments.value(s.id) == 0);
            if (s.origin == m_fuzzyOrigin) {
                QCOMPARE(cell(SegmentTableModel::MatchColumn).toString(), QStringLiteral("87%"));
                QCOMPARE(cell(0, SegmentTableModel::MatchRole).toInt(), 87);
                ++scored;
            } else {
                QVERIFY(cell(SegmentTableModel::MatchColumn).toString().isEmpty());
                QCOMPARE(cell(0, SegmentTableModel::MatchRole).toInt(), -1);
            }
            plural += s.isPlural() ? 1 : 0;
        }
        // glib and apt have plural entries, software-properties none.
        QCOMPARE(plural > 0, file != QStringLiteral("software-properties-de.po"));
        QCOMPARE(scored > 0, file == QStringLiteral("glib20-de.po"));

        // The summary counts are the store's.
        const auto counts = (*m_ws)->segments().stateCounts(documentId);
        QVERIFY(counts);
        QVERIFY(grid->stateCounts() == *counts);
    }

    void filtersAndSorts_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<SegmentFilter>("filter");
        QTest::addColumn<Predicate>("keep");
        const QString glib = QStringLiteral("glib20-de.po");
        const QString apt = QStringLiteral("apt-ru.po");
        const QString props = QStringLiteral("software-properties-de.po");
        const auto all = [](const Segment&) { return true; };
        const auto ci = Qt::CaseInsensitive;

        SegmentFilter f;
        f.states = {SegmentState::New};
        QTest::newRow("state New") << props << f
                                   << Predicate([](const Segment& s) { return s.state == SegmentState::New; });
        f.states = {SegmentState::Draft};
        QTest::newRow("state Draft (fuzzy and pretranslated)")
            << glib << f << Predicate([](const Segment& s) { return s.state == SegmentState::Draft; });
        f.states = {SegmentState::New, SegmentState::Draft, SegmentState::Rejected};
        QTest::newRow("needs work") << props << f
                                    << Predicate([](const Segment& s) { return domain::needsWork(s.state); });

        f = {};
        f.text = QStringLiteral("file");
        QTest::newRow("text, any case") << glib << f << Predicate([=](const Segment& s) {
            return contains(s, QStringLiteral("file"), ci);
        });
        f.text = QStringLiteral("FILE");
        QTest::newRow("text, upper case finds the same")
            << glib << f << Predicate([=](const Segment& s) { return contains(s, QStringLiteral("file"), ci); });
        f.caseSensitive = true;
        f.text = QStringLiteral("File");
        QTest::newRow("text, case-sensitive")
            << glib << f
            << Predicate([](const Segment& s) { return contains(s, QStringLiteral("File"), Qt::CaseSensitive); });
        f = {};
        f.text = QStringLiteral("ФАЙЛ");
        QTest::newRow("Cyrillic, any case")
            << apt << f << Predicate([=](const Segment& s) { return contains(s, QStringLiteral("файл"), ci); });
        f.text = QStringLiteral("Datei");
        QTest::newRow("German target text")
            << glib << f << Predicate([=](const Segment& s) { return contains(s, QStringLiteral("Datei"), ci); });
        f.text = QStringLiteral("ü");
        QTest::newRow("one non-ASCII letter")
            << glib << f << Predicate([=](const Segment& s) { return contains(s, QStringLiteral("Ü"), ci); });
        f.text = QStringLiteral("\"");
        QTest::newRow("a quote (JSON's delimiter)")
            << glib << f << Predicate([=](const Segment& s) { return contains(s, QStringLiteral("\""), ci); });
        f.text = QStringLiteral(",");
        QTest::newRow("a comma (JSON's separator)")
            << apt << f << Predicate([=](const Segment& s) { return contains(s, QStringLiteral(","), ci); });
        f.text = QStringLiteral("n");
        QTest::newRow("the letter n (as in the \\n escape)")
            << apt << f << Predicate([=](const Segment& s) { return contains(s, QStringLiteral("n"), ci); });
        f.text = QStringLiteral("s\n");
        QTest::newRow("across a line break")
            << apt << f << Predicate([=](const Segment& s) { return contains(s, QStringLiteral("s\n"), ci); });

        f = {};
        f.regex = true;
        f.text = QStringLiteral("^(Can't|Cannot|Unable)");
        QTest::newRow("regex, any case") << glib << f << Predicate([](const Segment& s) {
            return matches(s, QRegularExpression(QStringLiteral("^(Can't|Cannot|Unable)"),
                                                 QRegularExpression::CaseInsensitiveOption | s_unicode));
        });
        f.caseSensitive = true;
        f.text = QStringLiteral("%[sd]\\b.*%[sd]");
        QTest::newRow("regex, case-sensitive, two placeholders") << glib << f << Predicate([](const Segment& s) {
            return matches(s, QRegularExpression(QStringLiteral("%[sd]\\b.*%[sd]"), s_unicode));
        });
        f = {};
        f.regex = true;
        f.text = QStringLiteral("^\\S+$");
        QTest::newRow("regex anchors per target, forms joined") << apt << f << Predicate([](const Segment& s) {
            return matches(
                s, QRegularExpression(QStringLiteral("^\\S+$"), QRegularExpression::CaseInsensitiveOption | s_unicode));
        });

        f = {};
        f.withComments = true;
        QTest::newRow("with comments") << glib << f
                                       << Predicate([this](const Segment& s) { return m_comments.contains(s.id); });
        f = {};
        f.changedSince = s_editedFrom;
        QTest::newRow("changed since") << glib << f
                                       << Predicate([](const Segment& s) { return s.updatedAt >= s_editedFrom; });
        f.states = {SegmentState::Draft};
        f.text = QStringLiteral("vorübersetzt");
        f.withComments = true;
        QTest::newRow("everything at once") << glib << f << Predicate([this](const Segment& s) {
            return s.updatedAt >= s_editedFrom && s.state == SegmentState::Draft && m_comments.contains(s.id) &&
                   contains(s, QStringLiteral("Vorübersetzt"), Qt::CaseInsensitive);
        });

        for (auto sort : {SegmentFilter::Sort::Key, SegmentFilter::Sort::Length, SegmentFilter::Sort::State}) {
            for (bool descending : {false, true}) {
                f = {};
                f.sort = sort;
                f.descending = descending;
                const QByteArray name = "sort " + QByteArray::number(int(sort)) + (descending ? " descending" : "");
                QTest::newRow(name.constData()) << glib << f << Predicate(all);
            }
        }
        f = {};
        f.descending = true;
        QTest::newRow("document order descending") << apt << f << Predicate(all);
        f.states = {SegmentState::Translated};
        f.sort = SegmentFilter::Sort::Length;
        QTest::newRow("filtered and sorted")
            << apt << f << Predicate([](const Segment& s) { return s.state == SegmentState::Translated; });
    }

    void filtersAndSorts()
    {
        QFETCH(QString, file);
        QFETCH(SegmentFilter, filter);
        QFETCH(Predicate, keep);
        auto grid = model();
        Tester tester(grid.get(), Tester::FailureReportingMode::Fatal);
        const QString documentId = m_documents.value(file);
        QVERIFY(grid->setDocumentId(documentId));
        QSignalSpy reset(grid.get(), &QAbstractItemModel::modelReset);
        auto applied = grid->setFilter(filter);
        QVERIFY2(applied, qPrintable(testsupport::errorText(applied)));
        QCOMPARE(reset.size(), 1);
        const QStringList want = expected(documentId, keep, filter);
        QCOMPARE(ids(*grid), want);
        if (filter.passesAll())
            QCOMPARE(grid->rowCount(), grid->documentSegmentCount());

        // Numbers stay the segments' places in the document, whatever is filtered or sorted.
        const QList<Segment> segments = all(documentId);
        for (int row = 0; row < std::min(grid->rowCount(), 40); ++row) {
            const QString id = grid->index(row, 0).data(SegmentTableModel::SegmentIdRole).toString();
            const auto at =
                std::find_if(segments.begin(), segments.end(), [&](const Segment& s) { return s.id == id; });
            QCOMPARE(grid->index(row, SegmentTableModel::NumberColumn).data().toInt(), int(at - segments.begin()) + 1);
        }

        // Filtering by the same rule again in another model instance gives the same rows.
        auto other = model();
        QVERIFY(other->setFilter(filter));
        QVERIFY(other->setDocumentId(documentId));
        QCOMPARE(ids(*other), want);
    }

    void filtersNarrowSomethingAndNotEverything()
    {
        // A guard on the data itself: each kind of filter above has rows to find and rows to drop.
        auto grid = model();
        QVERIFY(grid->setDocumentId(m_documents.value(QStringLiteral("glib20-de.po"))));
        const int total = grid->rowCount();
        for (const auto& make : std::initializer_list<std::function<void(SegmentFilter&)>>{
                 [](SegmentFilter& f) { f.states = {SegmentState::Draft}; },
                 [](SegmentFilter& f) { f.text = QStringLiteral("datei"); },
                 [](SegmentFilter& f) { f.text = QStringLiteral("^Can"), f.regex = true; },
                 [](SegmentFilter& f) { f.withComments = true; },
                 [](SegmentFilter& f) { f.changedSince = s_editedFrom; },
             }) {
            SegmentFilter filter;
            make(filter);
            QVERIFY(grid->setFilter(filter));
            QVERIFY(grid->rowCount() > 0);
            QVERIFY(grid->rowCount() < total);
        }
    }

    void invalidRegexKeepsTheView()
    {
        auto grid = model();
        QVERIFY(grid->setDocumentId(m_documents.value(QStringLiteral("apt-ru.po"))));
        SegmentFilter states;
        states.states = {SegmentState::Translated};
        QVERIFY(grid->setFilter(states));
        const QStringList before = ids(*grid);
        SegmentFilter bad;
        bad.regex = true;
        bad.text = QStringLiteral("files (");
        QSignalSpy reset(grid.get(), &QAbstractItemModel::modelReset);
        auto applied = grid->setFilter(bad);
        QVERIFY(!applied);
        QCOMPARE(applied.error().code, domain::ErrorCode::InvalidInput);
        QCOMPARE(applied.error().field, QStringLiteral("text"));
        QCOMPARE(applied.error().column, 8);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(ids(*grid), before);
        QVERIFY(grid->filter() == states);
    }

    void editingAFilteredRow()
    {
        auto grid = model();
        Tester tester(grid.get(), Tester::FailureReportingMode::Fatal);
        const QString documentId = m_documents.value(QStringLiteral("software-properties-de.po"));
        QVERIFY(grid->setDocumentId(documentId));
        SegmentFilter untranslated;
        untranslated.states = {SegmentState::New};
        QVERIFY(grid->setFilter(untranslated));
        const int shown = grid->rowCount();
        QVERIFY(shown > 1);
        const int row = shown / 2;
        const QModelIndex target = grid->index(row, SegmentTableModel::TargetColumn);
        const QString id = target.data(SegmentTableModel::SegmentIdRole).toString();
        const int newBefore = grid->stateCounts()[int(SegmentState::New)];

        QSignalSpy changed(grid.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy reset(grid.get(), &QAbstractItemModel::modelReset);
        QVERIFY(grid->setData(target, QStringLiteral("Software-Quellen")));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), row);
        QCOMPARE(reset.size(), 0); // no reload
        // The row stays where it was, showing the edit, until the filter is applied again.
        QCOMPARE(grid->rowCount(), shown);
        QCOMPARE(target.data().toString(), QStringLiteral("Software-Quellen"));
        QCOMPARE(target.data(SegmentTableModel::StateRole).toInt(), int(SegmentState::Translated));
        QCOMPARE(grid->stateCounts()[int(SegmentState::New)], newBefore - 1);
        auto stored = (*m_ws)->segments().find(id);
        QVERIFY(stored);
        QCOMPARE(stored->targets, QStringList{QStringLiteral("Software-Quellen")});
        QCOMPARE(stored->state, SegmentState::Translated);

        QVERIFY(grid->setFilter(untranslated));
        QCOMPARE(grid->rowCount(), shown - 1);
        QCOMPARE(grid->rowForId(id), -1);
    }

    void editMadeElsewhereShowsAfterReload()
    {
        auto grid = model();
        const QString documentId = m_documents.value(QStringLiteral("apt-ru.po"));
        QVERIFY(grid->setDocumentId(documentId));
        const int row = 7;
        const Segment before = grid->segmentAt(row);
        QVERIFY(!before.id.isEmpty());

        {
            // Another connection to the same database file, as a second process would have.
            auto db = store::Database::open((*m_ws)->databasePath(), store::Database::Access::ReadWrite);
            QVERIFY2(db, qPrintable(testsupport::errorText(db)));
            testsupport::FakeClock clock;
            store::OutboxRepository outbox(**db, clock);
            store::SegmentRepository segments(**db, clock, outbox);
            store::SegmentEdit edit;
            edit.segmentId = before.id;
            edit.targets =
                QStringList(before.targets.size() > 1 ? before.targets.size() : 1, QStringLiteral("Изменено"));
            edit.author = QStringLiteral("boris");
            QVERIFY(segments.applyEdit(edit));
        }
        // The grid has not read it yet; a reload shows it, under the same filter.
        QVERIFY(grid->index(row, SegmentTableModel::TargetColumn).data().toString() != QStringLiteral("Изменено"));
        QVERIFY(grid->reload());
        QCOMPARE(
            grid->index(row, SegmentTableModel::TargetColumn).data(SegmentTableModel::FormsRole).toStringList().first(),
            QStringLiteral("Изменено"));
        QCOMPARE(grid->segmentAt(row).updatedBy, QStringLiteral("boris"));
        QCOMPARE(grid->segmentAt(row).rev, before.rev + 1);
    }

    void sortFromTheHeaderKeepsTheCurrentRow()
    {
        auto grid = model();
        Tester tester(grid.get(), Tester::FailureReportingMode::Fatal);
        const QString documentId = m_documents.value(QStringLiteral("glib20-de.po"));
        QVERIFY(grid->setDocumentId(documentId));
        const QPersistentModelIndex current = grid->index(100, SegmentTableModel::TargetColumn);
        const QString id = current.data(SegmentTableModel::SegmentIdRole).toString();
        QSignalSpy layout(grid.get(), &QAbstractItemModel::layoutChanged);
        grid->sort(SegmentTableModel::KeyColumn, Qt::DescendingOrder);
        QCOMPARE(layout.size(), 1);
        SegmentFilter byKey;
        byKey.sort = SegmentFilter::Sort::Key;
        byKey.descending = true;
        QCOMPARE(ids(*grid), expected(documentId, [](const Segment&) { return true; }, byKey));
        QVERIFY(current.isValid());
        QCOMPARE(current.data(SegmentTableModel::SegmentIdRole).toString(), id);
        QCOMPARE(current.column(), int(SegmentTableModel::TargetColumn));
        grid->sort(SegmentTableModel::TargetColumn); // not sortable: nothing changes
        QCOMPARE(layout.size(), 1);
    }

    void qaIssuesHook()
    {
        auto grid = model();
        Tester tester(grid.get(), Tester::FailureReportingMode::Fatal);
        QVERIFY(grid->setDocumentId(m_documents.value(QStringLiteral("apt-ru.po"))));
        const QString first = grid->index(3, 0).data(SegmentTableModel::SegmentIdRole).toString();
        const QString second = grid->index(30, 0).data(SegmentTableModel::SegmentIdRole).toString();
        QCOMPARE(grid->index(3, 0).data(SegmentTableModel::QaIssueCountRole).toInt(), 0);

        QSignalSpy changed(grid.get(), &QAbstractItemModel::dataChanged);
        grid->setQaIssueCounts({{first, 2}, {second, 1}});
        QCOMPARE(changed.size(), 1);
        QCOMPARE(grid->index(3, 0).data(SegmentTableModel::QaIssueCountRole).toInt(), 2);
        QVERIFY(grid->index(3, SegmentTableModel::FlagsColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("2 QA issue")));

        QVERIFY(grid->setFilter({}, true));
        QCOMPARE(ids(*grid), (QStringList{first, second}));
        grid->setQaIssueCounts({{second, 1}}); // the QA service re-ran: the view follows
        QCOMPARE(ids(*grid), QStringList{second});
        QVERIFY(grid->setFilter({}, false));
        QCOMPARE(grid->rowCount(), grid->documentSegmentCount());
    }

    void pagesThroughALongDocument()
    {
        // More rows than the cache holds (32 pages of 64): every row still reads right going down,
        // up, and jumping about.
        auto seeded = testsupport::seedDocument(**m_ws, 5000, QStringLiteral("Long"));
        QVERIFY(!seeded.projectId.isEmpty());
        auto grid = model();
        QVERIFY(grid->setDocumentId(seeded.documentId));
        QCOMPARE(grid->rowCount(), 5000);
        const auto check = [&](int row) {
            return grid->index(row, SegmentTableModel::KeyColumn).data().toString() == seeded.segments.at(row).key;
        };
        for (int row = 0; row < 5000; ++row)
            QVERIFY(check(row));
        for (int row = 4999; row >= 0; row -= 3)
            QVERIFY(check(row));
        for (int row : {4000, 10, 2500, 4990, 64, 63, 3333})
            QVERIFY(check(row));
        QVERIFY(grid->setData(grid->index(4321, SegmentTableModel::TargetColumn), QStringLiteral("Spät")));
        QCOMPARE(grid->index(4321, 0).data(SegmentTableModel::FormsRole).toStringList().first(),
                 QStringLiteral("Spät"));
        QCOMPARE(grid->rowForId(seeded.segments.at(4321).id), 4321);
    }
};

QTEST_MAIN(TestSegmentGrid)
#include "TestSegmentGrid.moc"
