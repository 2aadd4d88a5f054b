// Tests DocumentListModel on the demo project: switching projects, roles, under QAbstractItemModelTester.
#include <QAbstractItemModelTester>
#include <QTest>

#include "TempWorkspace.h"
#include "demo/DemoSeeder.h"
#include "models/DocumentListModel.h"
#include "store/DocumentRepository.h"
#include "store/SegmentRepository.h"

using tessera::models::DocumentListModel;

class TestDocumentListModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void listsTheDocumentsOfAProject()
    {
        tessera::testsupport::TempWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        auto demo = tessera::demo::DemoSeeder(*ws).seed();
        QVERIFY2(demo, qPrintable(demo ? QString() : demo.error().describe()));

        DocumentListModel model(ws->documents());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(model.rowCount(), 0);

        QVERIFY(model.setProjectId(demo->projectId));
        QCOMPARE(model.projectId(), demo->projectId);
        QCOMPARE(model.rowCount(), demo->documents);
        int segments = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row);
            const QString id = index.data(DocumentListModel::IdRole).toString();
            const QString name = index.data(DocumentListModel::NameRole).toString();
            const QString language = index.data(DocumentListModel::LanguageRole).toString();
            QCOMPARE(index.data().toString(), name + QStringLiteral(" — ") + language);
            QCOMPARE(model.rowForId(id), row);
            const int count = index.data(DocumentListModel::SegmentCountRole).toInt();
            auto listed = ws->segments().listForDocument(id);
            QVERIFY(listed);
            QCOMPARE(count, listed->size());
            segments += count;
        }
        QCOMPARE(segments, demo->segments);

        QVERIFY(model.setProjectId(QStringLiteral("no-such-project")));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.setProjectId(QString()));
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestDocumentListModel)
#include "TestDocumentListModel.moc"
