// Tests SegmentTableModel: loading, editing through setData into the store, locked and plural
// segments and failed edits, all under QAbstractItemModelTester.
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include "TempWorkspace.h"
#include "demo/DemoSeeder.h"
#include "domain/Document.h"
#include "domain/Project.h"
#include "models/SegmentTableModel.h"
#include "store/Database.h"
#include "store/DocumentRepository.h"
#include "store/ProjectRepository.h"
#include "store/SegmentBrowser.h"
#include "store/SegmentRepository.h"

using tessera::domain::Segment;
using tessera::domain::SegmentFlag;
using tessera::domain::SegmentState;
using tessera::models::SegmentTableModel;
using Tester = QAbstractItemModelTester;

namespace {

const QString s_author = QStringLiteral("anna");

Segment segment(const QString& key, const QStringList& targets, SegmentState state, const QString& plural = {})
{
    Segment s;
    s.key = key;
    s.source = key;
    s.sourcePlural = plural;
    s.targets = targets;
    s.state = state;
    return s;
}

} // namespace

class TestSegmentTableModel : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<tessera::testsupport::TempWorkspace> m_ws;
    QString m_documentId;
    QList<Segment> m_segments;

    // A document with one segment per case; returns the row of `key`.
    int rowOf(const SegmentTableModel& model, const QString& key) const
    {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.segmentAt(row).key == key)
                return row;
        }
        return -1;
    }

    Segment stored(const SegmentTableModel& model, int row)
    {
        auto found = (*m_ws)->segments().find(model.segmentAt(row).id);
        return found ? *found : Segment();
    }

private Q_SLOTS:
    void init()
    {
        m_ws = std::make_unique<tessera::testsupport::TempWorkspace>();
        QVERIFY2(m_ws->isValid(), qPrintable(m_ws->error()));
        tessera::domain::Project project;
        project.name = QStringLiteral("Models");
        project.sourceLanguage = QStringLiteral("en");
        project.targetLanguages = {QStringLiteral("de")};
        auto created = (*m_ws)->projects().create(project);
        QVERIFY(created);
        tessera::domain::Document document;
        document.projectId = created->id;
        document.name = QStringLiteral("strings.po");
        document.format = QStringLiteral("po");
        document.targetLanguage = QStringLiteral("de");
        auto doc = (*m_ws)->documents().create(document);
        QVERIFY(doc);
        m_documentId = doc->id;
        m_segments = {
            segment(QStringLiteral("new"), {}, SegmentState::New),
            segment(QStringLiteral("draft"), {QStringLiteral("Entwurf")}, SegmentState::Draft),
            segment(QStringLiteral("translated"), {QStringLiteral("Übersetzt")}, SegmentState::Translated),
            segment(QStringLiteral("approved"), {QStringLiteral("Freigegeben")}, SegmentState::Approved),
            segment(QStringLiteral("locked"), {QStringLiteral("Gesperrt")}, SegmentState::Approved),
            segment(QStringLiteral("%n file"), {QStringLiteral("%n Datei"), QStringLiteral("%n Dateien")},
                    SegmentState::Translated, QStringLiteral("%n files")),
            segment(QStringLiteral("%n note"), {}, SegmentState::New, QStringLiteral("%n notes")),
        };
        for (int i = 0; i < m_segments.size(); ++i)
            m_segments[i].order = i;
        m_segments[4].flags = SegmentFlag::Locked;
        QVERIFY((*m_ws)->segments().insertAll(m_documentId, m_segments));
    }

    void cleanup() { m_ws.reset(); }

    void loadsAndReloads()
    {
        SegmentTableModel model((*m_ws)->segments(), (*m_ws)->segmentBrowser(), s_author);
        Tester tester(&model, Tester::FailureReportingMode::Fatal);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(SegmentTableModel::ColumnCount));
        QVERIFY(model.setDocumentId(m_documentId));
        QCOMPARE(model.rowCount(), m_segments.size());
        QCOMPARE(model.headerData(SegmentTableModel::TargetColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Target"));

        const int row = rowOf(model, QStringLiteral("%n file"));
        QCOMPARE(model.index(row, SegmentTableModel::NumberColumn).data().toInt(), row + 1);
        QCOMPARE(model.index(row, SegmentTableModel::SourceColumn).data().toString(),
                 QStringLiteral("%n file\n%n files"));
        QCOMPARE(model.index(row, SegmentTableModel::TargetColumn).data().toString(),
                 QStringLiteral("%n Datei\n%n Dateien"));
        QCOMPARE(model.index(row, SegmentTableModel::StateColumn).data().toString(), QStringLiteral("Translated"));
        QCOMPARE(model.index(row, 0).data(SegmentTableModel::StateRole).toInt(), int(SegmentState::Translated));
        QVERIFY(model.index(row, 0).data(SegmentTableModel::PluralRole).toBool());
        QCOMPARE(model.rowForId(model.index(row, 0).data(SegmentTableModel::SegmentIdRole).toString()), row);

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QVERIFY(model.reload());
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), m_segments.size());
        QVERIFY(model.setDocumentId(QString()));
        QCOMPARE(model.rowCount(), 0);
    }

    void loadsTheDemo()
    {
        auto demo = tessera::demo::DemoSeeder(**m_ws).seed();
        QVERIFY2(demo, qPrintable(demo ? QString() : demo.error().describe()));
        auto documents = (*m_ws)->documents().listForProject(demo->projectId);
        QVERIFY(documents && !documents->isEmpty());
        SegmentTableModel model((*m_ws)->segments(), (*m_ws)->segmentBrowser(), s_author);
        Tester tester(&model, Tester::FailureReportingMode::Fatal);
        for (const auto& document : *documents) {
            QVERIFY(model.setDocumentId(document.id));
            QCOMPARE(model.rowCount(), document.segmentCount);
        }
    }

    void editPersists_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("targets");
        QTest::addColumn<SegmentState>("state");

        QTest::newRow("new filled") << "new" << "Neu" << QStringList{"Neu"} << SegmentState::Translated;
        QTest::newRow("draft confirmed") << "draft" << "Entwurf 2" << QStringList{"Entwurf 2"}
                                         << SegmentState::Translated;
        QTest::newRow("draft emptied") << "draft" << "" << QStringList() << SegmentState::New;
        QTest::newRow("translated emptied") << "translated" << "" << QStringList() << SegmentState::Draft;
        QTest::newRow("approved changed")
            << "approved" << "Genehmigt" << QStringList{"Genehmigt"} << SegmentState::Translated;
        QTest::newRow("multi-line singular")
            << "new" << "Zeile 1\nZeile 2" << QStringList{"Zeile 1\nZeile 2"} << SegmentState::Translated;
        QTest::newRow("plural both forms")
            << "%n file" << "%n Akte\n%n Akten" << QStringList{"%n Akte", "%n Akten"} << SegmentState::Translated;
        QTest::newRow("plural one form missing")
            << "%n file" << "%n Akte" << QStringList{"%n Akte", ""} << SegmentState::Draft;
        QTest::newRow("plural extra lines stay in the last form")
            << "%n file" << "a\nb\nc" << QStringList{"a", "b\nc"} << SegmentState::Translated;
        QTest::newRow("plural emptied keeps its forms")
            << "%n file" << "" << QStringList{"", ""} << SegmentState::Draft;
        QTest::newRow("new plural") << "%n note" << "%n Notiz\n%n Notizen" << QStringList{"%n Notiz", "%n Notizen"}
                                    << SegmentState::Translated;
    }

    void editPersists()
    {
        QFETCH(QString, key);
        QFETCH(QString, text);
        QFETCH(QStringList, targets);
        QFETCH(SegmentState, state);

        SegmentTableModel model((*m_ws)->segments(), (*m_ws)->segmentBrowser(), s_author);
        Tester tester(&model, Tester::FailureReportingMode::Fatal);
        QVERIFY(model.setDocumentId(m_documentId));
        const int row = rowOf(model, key);
        QVERIFY(row >= 0);
        const Segment before = model.segmentAt(row);
        const QModelIndex target = model.index(row, SegmentTableModel::TargetColumn);
        QVERIFY(model.flags(target).testFlag(Qt::ItemIsEditable));

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy failed(&model, &SegmentTableModel::editFailed);
        QVERIFY(model.setData(target, text));
        QCOMPARE(failed.size(), 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex(), model.index(row, 0));
        QCOMPARE(changed.at(0).at(1).toModelIndex(), model.index(row, SegmentTableModel::ColumnCount - 1));

        // The row shows the edit and the store has it, with one more revision.
        QCOMPARE(model.segmentAt(row).targets, targets);
        QCOMPARE(model.segmentAt(row).state, state);
        QCOMPARE(target.data(Qt::EditRole).toString(), targets.join(QLatin1Char('\n')));
        const Segment after = stored(model, row);
        QCOMPARE(after.targets, targets);
        QCOMPARE(after.state, state);
        QCOMPARE(after.rev, before.rev + 1);
        QCOMPARE(after.updatedBy, s_author);
        auto revisions = (*m_ws)->segments().revisions(after.id);
        QVERIFY(revisions);
        QCOMPARE(revisions->size(), 1);
        QCOMPARE(revisions->last().rev, after.rev);
        QCOMPARE(revisions->last().targets, targets);
        QCOMPARE(revisions->last().author, s_author);

        // The same text again is no edit at all.
        QVERIFY(model.setData(target, target.data(Qt::EditRole)));
        QCOMPARE(stored(model, row).rev, after.rev);
    }

    void pluralRoundTrip()
    {
        SegmentTableModel model((*m_ws)->segments(), (*m_ws)->segmentBrowser(), s_author);
        Tester tester(&model, Tester::FailureReportingMode::Fatal);
        QVERIFY(model.setDocumentId(m_documentId));
        const QModelIndex target =
            model.index(rowOf(model, QStringLiteral("%n file")), SegmentTableModel::TargetColumn);
        const QString text = target.data(Qt::EditRole).toString();
        QCOMPARE(text, QStringLiteral("%n Datei\n%n Dateien"));
        QVERIFY(model.setData(target, QStringLiteral("%n Ordner\n%n Ordner")));
        QVERIFY(model.setData(target, QStringLiteral("one\ntwo\nthree")));
        QCOMPARE(target.data(Qt::EditRole).toString(), QStringLiteral("one\ntwo\nthree"));
        QVERIFY(model.setData(target, target.data(Qt::EditRole)));
        QCOMPARE(stored(model, target.row()).targets, QStringList({"one", "two\nthree"}));
        QCOMPARE(stored(model, target.row()).rev, 2);
    }

    void lockedSegmentCannotBeEdited()
    {
        SegmentTableModel model((*m_ws)->segments(), (*m_ws)->segmentBrowser(), s_author);
        Tester tester(&model, Tester::FailureReportingMode::Fatal);
        QVERIFY(model.setDocumentId(m_documentId));
        const int row = rowOf(model, QStringLiteral("locked"));
        const QModelIndex target = model.index(row, SegmentTableModel::TargetColumn);
        QVERIFY(target.data(SegmentTableModel::LockedRole).toBool());
        QVERIFY(!model.flags(target).testFlag(Qt::ItemIsEditable));

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy failed(&model, &SegmentTableModel::editFailed);
        QVERIFY(!model.setData(target, QStringLiteral("Anders")));
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.at(0).at(0).toString().contains(QStringLiteral("locked")));
        QCOMPARE(failed.at(0).at(1).toBool(), false);
        QCOMPARE(changed.size(), 0);
        QCOMPARE(target.data().toString(), QStringLiteral("Gesperrt"));
        QCOMPARE(stored(model, row).rev, 0);
        QCOMPARE(stored(model, row).targets, QStringList{QStringLiteral("Gesperrt")});
    }

    void otherColumnsAreReadOnly()
    {
        SegmentTableModel model((*m_ws)->segments(), (*m_ws)->segmentBrowser(), s_author);
        QVERIFY(model.setDocumentId(m_documentId));
        for (int column = 0; column < SegmentTableModel::ColumnCount; ++column) {
            if (column == SegmentTableModel::TargetColumn)
                continue;
            const QModelIndex index = model.index(0, column);
            QVERIFY(!model.flags(index).testFlag(Qt::ItemIsEditable));
            QVERIFY(!model.setData(index, QStringLiteral("x")));
        }
        QVERIFY(!model.setData(model.index(0, SegmentTableModel::TargetColumn), QStringLiteral("x"), Qt::DisplayRole));
        QCOMPARE(stored(model, 0).rev, 0);
    }

    void staleRowIsRefused()
    {
        SegmentTableModel model((*m_ws)->segments(), (*m_ws)->segmentBrowser(), s_author);
        Tester tester(&model, Tester::FailureReportingMode::Fatal);
        QVERIFY(model.setDocumentId(m_documentId));
        const int row = rowOf(model, QStringLiteral("translated"));
        tessera::store::SegmentEdit elsewhere{
            model.segmentAt(row).id, {QStringLiteral("Woanders")}, {}, -1, QStringLiteral("cli")};
        QVERIFY((*m_ws)->segments().applyEdit(elsewhere));

        QSignalSpy failed(&model, &SegmentTableModel::editFailed);
        QVERIFY(!model.setData(model.index(row, SegmentTableModel::TargetColumn), QStringLiteral("Hier")));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(1).toBool(), false);
        QCOMPARE(model.segmentAt(row).targets, QStringList{QStringLiteral("Übersetzt")});
        QCOMPARE(stored(model, row).targets, QStringList{QStringLiteral("Woanders")});
    }

    void storeFailureIsSeriousAndLeavesNothing()
    {
        SegmentTableModel model((*m_ws)->segments(), (*m_ws)->segmentBrowser(), s_author);
        Tester tester(&model, Tester::FailureReportingMode::Fatal);
        QVERIFY(model.setDocumentId(m_documentId));
        const int row = rowOf(model, QStringLiteral("new"));
        QSignalSpy failed(&model, &SegmentTableModel::editFailed);
        (*m_ws)->database().failStatement(3);
        const bool edited = model.setData(model.index(row, SegmentTableModel::TargetColumn), QStringLiteral("Neu"));
        (*m_ws)->database().failStatement(0);
        QVERIFY(!edited);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(1).toBool(), true);
        QCOMPARE(model.segmentAt(row).targets, QStringList());
        QCOMPARE(stored(model, row).rev, 0);
        auto revisions = (*m_ws)->segments().revisions(model.segmentAt(row).id);
        QVERIFY(revisions && revisions->isEmpty());
    }
};

QTEST_MAIN(TestSegmentTableModel)
#include "TestSegmentTableModel.moc"
