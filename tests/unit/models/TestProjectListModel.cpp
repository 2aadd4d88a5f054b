// Tests ProjectListModel: loading, reloading and its roles, under QAbstractItemModelTester.
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include "TempWorkspace.h"
#include "models/ProjectListModel.h"
#include "store/Database.h"
#include "store/ProjectRepository.h"

using tessera::domain::Project;
using tessera::models::ProjectListModel;

class TestProjectListModel : public QObject {
    Q_OBJECT

private:
    static Project project(const QString& name, const QDate& deadline = {})
    {
        Project p;
        p.name = name;
        p.sourceLanguage = QStringLiteral("en");
        p.targetLanguages = {QStringLiteral("de"), QStringLiteral("fr")};
        p.deadline = deadline;
        p.client = QStringLiteral("ACME");
        return p;
    }

private Q_SLOTS:
    void emptyWorkspace()
    {
        tessera::testsupport::TempWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        ProjectListModel model(ws->projects());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QVERIFY(model.reload());
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.rowForId(QStringLiteral("nope")), -1);
    }

    void loadsRolesAndReloads()
    {
        tessera::testsupport::TempWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        const QDate deadline(2026, 12, 24);
        auto beta = ws->projects().create(project(QStringLiteral("Beta"), deadline));
        QVERIFY(beta);

        ProjectListModel model(ws->projects());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QVERIFY(model.reload());
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex index = model.index(0);
        QCOMPARE(index.data().toString(), QStringLiteral("Beta"));
        QCOMPARE(index.data(ProjectListModel::IdRole).toString(), beta->id);
        QCOMPARE(index.data(ProjectListModel::SourceLanguageRole).toString(), QStringLiteral("en"));
        QCOMPARE(index.data(ProjectListModel::TargetLanguagesRole).toStringList(),
                 QStringList({QStringLiteral("de"), QStringLiteral("fr")}));
        QCOMPARE(index.data(ProjectListModel::DeadlineRole).toDate(), deadline);
        QCOMPARE(index.data(ProjectListModel::ClientRole).toString(), QStringLiteral("ACME"));
        const QString tip = index.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("en → de, fr")), qPrintable(tip));
        QVERIFY2(tip.contains(QLocale().toString(deadline, QLocale::LongFormat)), qPrintable(tip));

        auto alpha = ws->projects().create(project(QStringLiteral("Alpha")));
        QVERIFY(alpha);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QVERIFY(model.reload());
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowForId(alpha->id), 0); // sorted by name
        QCOMPARE(model.rowForId(beta->id), 1);
        QVERIFY(!model.index(0).data(ProjectListModel::DeadlineRole).toDate().isValid());
        QVERIFY(model.index(0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("No deadline")));
        QCOMPARE(model.roleNames().value(ProjectListModel::IdRole), QByteArray("id"));
    }

    void failedReloadLeavesTheListEmpty()
    {
        tessera::testsupport::TempWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        QVERIFY(ws->projects().create(project(QStringLiteral("Gamma"))));
        ProjectListModel model(ws->projects());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QVERIFY(model.reload());
        QCOMPARE(model.rowCount(), 1);
        ws->database().failStatement(1);
        const auto reloaded = model.reload();
        ws->database().failStatement(0);
        QVERIFY(!reloaded);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestProjectListModel)
#include "TestProjectListModel.moc"
