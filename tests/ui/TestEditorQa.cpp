// Drives the real editor page offscreen on tar's Polish catalogue as a translator would and checks the
// quality checks they see: the issues of what is typed appear under the translation as it is typed, a
// Fix button makes a safe fix and it reaches the store, Ctrl+Enter on a blocking error stays on the
// segment and changes nothing in the store, and after opening the grid counts the issues of every
// segment so that "With QA issues" shows them.
#include <QApplication>
#include <QCheckBox>
#include <QKeyEvent>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QThreadPool>
#include <QToolButton>

#include "TempWorkspace.h"
#include "TestData.h"
#include "domain/Project.h"
#include "formats/FilterRegistry.h"
#include "models/SegmentTableModel.h"
#include "project/DocumentImporter.h"
#include "qa/DocumentQa.h"
#include "store/ProjectRepository.h"
#include "store/SegmentRepository.h"
#include "ui/editor/EditController.h"
#include "ui/editor/EditorPage.h"
#include "ui/editor/QaIssueList.h"
#include "ui/editor/SegmentEditPane.h"
#include "ui/widgets/SegmentTextEdit.h"

using namespace tessera;
using domain::Segment;
using domain::SegmentState;
using models::SegmentTableModel;
using ui::editor::EditorPage;
using ui::editor::QaIssueList;
using ui::editor::SegmentEditPane;
using ui::widgets::SegmentTextEdit;

namespace {

const QString s_modeKey = QStringLiteral("%s: Cannot change mode to %s");
const QString s_removeKey = QStringLiteral("%s: Cannot remove");
const QString s_renameKey = QStringLiteral("Cannot rename %s to %s");

// Types like QTest::keyClicks, also letters beyond Latin-1 (Polish ż, ć), which QTest's key table lacks.
void typeText(QWidget* widget, const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80) {
            QTest::keyClick(widget, char(c.unicode()));
            continue;
        }
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &press);
        QApplication::sendEvent(widget, &release);
    }
}

} // namespace

class TestEditorQa : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<testsupport::TempWorkspace> m_ws;
    std::unique_ptr<EditorPage> m_page;
    QString m_projectId;
    QString m_documentId;

    SegmentEditPane* pane() const { return m_page->editPane(); }
    SegmentTextEdit* field(int form = 0) const { return pane()->targetField(form); }
    QaIssueList* issueList() const { return pane()->findChild<QaIssueList*>(QStringLiteral("qaIssues")); }
    Segment stored(const QString& key) const
    {
        return (*m_ws)->segments().findByKey(m_documentId, key).value_or(Segment());
    }
    bool select(const QString& key)
    {
        const int row = m_page->segments()->rowForId(stored(key).id);
        if (row < 0)
            return false;
        m_page->table()->setCurrentIndex(m_page->segments()->index(row, SegmentTableModel::TargetColumn));
        return pane()->segment().key == key;
    }
    // What the grid's flags cell of a segment says ("QA: 2" among the flags).
    QString flagsText(const QString& key) const
    {
        const int row = m_page->segments()->rowForId(stored(key).id);
        return row < 0 ? QString() : m_page->segments()->index(row, SegmentTableModel::FlagsColumn).data().toString();
    }
    bool write(const QString& key, const QString& target, SegmentState state)
    {
        const Segment s = stored(key);
        return bool((*m_ws)->segments().applyEdit({s.id, {target}, state, s.rev, QStringLiteral("setup")}));
    }
    bool blank(const QString& key)
    {
        Segment s = stored(key);
        auto draft = (*m_ws)->segments().applyEdit({s.id, {}, SegmentState::Draft, s.rev, QStringLiteral("setup")});
        return draft &&
               (*m_ws)->segments().applyEdit({s.id, {}, SegmentState::New, draft->rev, QStringLiteral("setup")});
    }
    void openPage()
    {
        m_page = std::make_unique<EditorPage>(**m_ws, QStringLiteral("tester"));
        m_page->resize(1400, 900);
        QSignalSpy counted(m_page->editController(), &ui::editor::EditController::qaCountsReady);
        m_page->setProject(m_projectId);
        QVERIFY(m_page->openDocument(m_documentId));
        m_page->show();
        m_page->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
        QVERIFY(counted.count() > 0 || counted.wait(10000));
        QCOMPARE(counted.last().first().toString(), m_documentId);
    }
    QToolButton* fixButton(const QString& check) const
    {
        const QList<qa::Issue>& issues = issueList()->issues();
        for (int i = 0; i < issues.size(); ++i) {
            if (issues.at(i).check == check) {
                QWidget* row = issueList()->findChild<QWidget*>(QStringLiteral("qaIssue%1").arg(i));
                return row ? row->findChild<QToolButton*>(QStringLiteral("qaFix")) : nullptr;
            }
        }
        return nullptr;
    }

private Q_SLOTS:
    void init()
    {
        m_ws = std::make_unique<testsupport::TempWorkspace>();
        QVERIFY2(m_ws->isValid(), qPrintable(m_ws->error()));
        domain::Project p;
        p.name = QStringLiteral("tar");
        p.sourceLanguage = QStringLiteral("en");
        p.targetLanguages = {QStringLiteral("pl")};
        auto created = (*m_ws)->projects().create(p);
        QVERIFY(created);
        m_projectId = created->id;
        formats::FilterRegistry filters;
        project::DocumentImporter importer(**m_ws, filters);
        auto summary = importer.import(m_projectId, QStringLiteral("tar-pl.po"),
                                       testsupport::readTestData(QStringLiteral("po"), QStringLiteral("tar-pl.po")));
        QVERIFY2(summary, qPrintable(testsupport::errorText(summary)));
        m_documentId = summary->documents.first().id;
        QVERIFY(blank(s_modeKey));
        // Two mistakes a translator might have left: a dropped placeholder, a doubled space.
        QVERIFY(write(s_removeKey, QStringLiteral("Nie można usunąć"), SegmentState::Translated));
        QVERIFY(write(s_renameKey, QStringLiteral("Nie można  zmienić nazwy %s na %s"), SegmentState::Translated));
        openPage();
    }

    void cleanup()
    {
        m_page.reset();
        QThreadPool::globalInstance()->waitForDone();
        m_ws.reset();
    }

    void typingShowsTheIssuesLive()
    {
        QVERIFY(select(s_modeKey));
        QVERIFY(issueList()->isHidden()); // untranslated: nothing to say yet
        field()->setFocus();
        typeText(field(), QStringLiteral("%s: Nie można zmienić"));
        QTRY_COMPARE(issueList()->messages(), QStringList{QStringLiteral("%s is missing")});
        QVERIFY(issueList()->isVisible());
        QWidget* row = issueList()->findChild<QWidget*>(QStringLiteral("qaIssue0"));
        QVERIFY(row && row->isVisible());
        QVERIFY2(row->toolTip().contains(QStringLiteral("placeables")), qPrintable(row->toolTip()));
        QVERIFY2(row->toolTip().startsWith(QStringLiteral("Error")), qPrintable(row->toolTip()));
        QVERIFY(row->findChild<QLabel*>(QStringLiteral("qaBlocksConfirm"))); // the default settings block on it
        QVERIFY(!row->findChild<QToolButton*>(QStringLiteral("qaFix")));     // a missing placeable is never "fixed"
        typeText(field(), QStringLiteral(" na %s"));
        QTRY_VERIFY(issueList()->messages().isEmpty());
        QVERIFY(issueList()->isHidden());
    }

    void theFixButtonFixesAndSaves()
    {
        QVERIFY(select(s_renameKey));
        // Shown at once for a stored translation: the doubled space, with a fix.
        QCOMPARE(issueList()->messages(), QStringList{QStringLiteral("doubled space")});
        QToolButton* fix = fixButton(QStringLiteral("whitespace"));
        QVERIFY(fix && fix->isVisible());
        QTest::mouseClick(fix, Qt::LeftButton);
        QCOMPARE(field()->toPlainText(), QStringLiteral("Nie można zmienić nazwy %s na %s"));
        QCOMPARE(stored(s_renameKey).targets.value(0), QStringLiteral("Nie można zmienić nazwy %s na %s"));
        QCOMPARE(stored(s_renameKey).state, SegmentState::Draft); // an edit: to be confirmed again
        QVERIFY(issueList()->messages().isEmpty());
        // The grid's count follows the save.
        QVERIFY2(!flagsText(s_renameKey).contains(QStringLiteral("QA")), qPrintable(flagsText(s_renameKey)));
    }

    void ctrlEnterOnABlockingErrorStays()
    {
        QVERIFY(select(s_modeKey));
        field()->setFocus();
        typeText(field(), QStringLiteral("%s: Nie można zmienić uprawnień"));
        QTest::keyClick(field(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(pane()->segment().key, s_modeKey); // still here
        QVERIFY(field()->hasFocus());
        const Segment after = stored(s_modeKey);
        QCOMPARE(after.state, SegmentState::Draft); // saved as typed, not confirmed
        QCOMPARE(after.targets.value(0), QStringLiteral("%s: Nie można zmienić uprawnień"));
        const QString blocked = issueList()->blockedText();
        QVERIFY2(blocked.contains(QStringLiteral("\u201Cplaceables\u201D blocks confirming: %s is missing")),
                 qPrintable(blocked));
        QVERIFY(issueList()->findChild<QLabel*>(QStringLiteral("qaBlocked"))->isVisible());
        // A second Ctrl+Enter does not write either.
        QTest::keyClick(field(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(stored(s_modeKey).rev, after.rev);
        // With the placeholder back it confirms, and the refusal is gone.
        typeText(field(), QStringLiteral(" na %s"));
        QTest::keyClick(field(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(stored(s_modeKey).state, SegmentState::Translated);
        QVERIFY(issueList()->blockedText().isEmpty());
        QVERIFY(issueList()->findChild<QLabel*>(QStringLiteral("qaBlocked"))->isHidden());
    }

    void theGridCountsIssuesAndFiltersThem()
    {
        // What the background count found, shown in the flags column.
        QVERIFY2(flagsText(s_removeKey).contains(QStringLiteral("QA: 1")), qPrintable(flagsText(s_removeKey)));
        QVERIFY2(flagsText(s_renameKey).contains(QStringLiteral("QA: 1")), qPrintable(flagsText(s_renameKey)));
        QVERIFY(!flagsText(s_modeKey).contains(QStringLiteral("QA")));
        const qa::DocumentQa::Counts expected = qa::DocumentQa::countIssues(**m_ws, m_documentId);
        QVERIFY(expected.bySegment.contains(stored(s_removeKey).id));

        auto* filter = m_page->findChild<QCheckBox*>(QStringLiteral("qaFilter"));
        QVERIFY(filter);
        filter->click();
        SegmentTableModel* model = m_page->segments();
        QCOMPARE(model->rowCount(), int(expected.bySegment.size()));
        QStringList keys;
        for (int row = 0; row < model->rowCount(); ++row) {
            keys.append(model->index(row, SegmentTableModel::KeyColumn).data().toString());
            QVERIFY(model->index(row, 0).data(SegmentTableModel::QaIssueCountRole).toInt() > 0);
        }
        QVERIFY(keys.contains(s_removeKey));
        QVERIFY(keys.contains(s_renameKey));

        // A save in the pane updates its row's count.
        QVERIFY(select(s_removeKey));
        field()->setFocus();
        field()->selectAll();
        typeText(field(), QStringLiteral("%s: Nie można usunąć"));
        pane()->flush();
        QCOMPARE(stored(s_removeKey).targets.value(0), QStringLiteral("%s: Nie można usunąć"));
        QCOMPARE(model->qaIssueCount(stored(s_removeKey).id), 0);
        QVERIFY(!flagsText(s_removeKey).contains(QStringLiteral("QA")));
        filter->click(); // off and on again: the fixed segment is gone from the filtered view
        filter->click();
        QCOMPARE(model->rowCount(), int(expected.bySegment.size()) - 1);
    }

    void countsOfALeftDocumentAreDropped()
    {
        // Another project's document, opened while the first one's count may still run.
        domain::Project p;
        p.name = QStringLiteral("tar-ja");
        p.sourceLanguage = QStringLiteral("en");
        p.targetLanguages = {QStringLiteral("ja")};
        auto created = (*m_ws)->projects().create(p);
        QVERIFY(created);
        formats::FilterRegistry filters;
        project::DocumentImporter importer(**m_ws, filters);
        auto summary = importer.import(created->id, QStringLiteral("tar-ja.po"),
                                       testsupport::readTestData(QStringLiteral("po"), QStringLiteral("tar-ja.po")));
        QVERIFY2(summary, qPrintable(testsupport::errorText(summary)));
        const QString japanese = summary->documents.first().id;
        m_page.reset();
        QThreadPool::globalInstance()->waitForDone();
        m_page = std::make_unique<EditorPage>(**m_ws, QStringLiteral("tester"));
        QSignalSpy counted(m_page->editController(), &ui::editor::EditController::qaCountsReady);
        m_page->setProject(m_projectId);
        QVERIFY(m_page->openDocument(m_documentId));
        m_page->setProject(created->id); // before the Polish count can arrive
        QVERIFY(m_page->openDocument(japanese));
        QVERIFY(counted.wait(10000));
        QThreadPool::globalInstance()->waitForDone();
        QTest::qWait(50); // any late result is delivered now, and must be dropped
        for (const QList<QVariant>& signal : std::as_const(counted))
            QCOMPARE(signal.first().toString(), japanese);
        auto* filter = m_page->findChild<QCheckBox*>(QStringLiteral("qaFilter"));
        filter->click();
        QCOMPARE(m_page->segments()->rowCount(), int(qa::DocumentQa::countIssues(**m_ws, japanese).bySegment.size()));
    }
};

QTEST_MAIN(TestEditorQa)
#include "TestEditorQa.moc"
