// Drives the real editor page offscreen on tar's Polish catalogue as a translator would and checks the
// quality checks they see: the issues of what is typed appear under the translation as it is typed, a
// Fix button makes a safe fix and it reaches the store, Ctrl+Enter on a blocking error stays on the
// segment and changes nothing in the store, and after opening the grid counts the issues of every
// segment so that "With QA issues" shows them. The consistency checks run live against the rest of the
// project (naming the other translation and its document), and QA settings changed by another writer
// or in this app apply without reopening: a check turned off goes quiet, a check made blocking refuses
// Ctrl+Enter.
#include <algorithm>

#include <QApplication>
#include <QCheckBox>
#include <QKeyEvent>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QThreadPool>
#include <QToolButton>

#include "CatalogFixture.h"
#include "EditorFixture.h"
#include "TempWorkspace.h"
#include "TestData.h"
#include "domain/Project.h"
#include "domain/QaSettings.h"
#include "formats/FilterRegistry.h"
#include "models/SegmentTableModel.h"
#include "project/DocumentImporter.h"
#include "qa/CheckRegistry.h"
#include "qa/DocumentQa.h"
#include "store/ProjectRepository.h"
#include "store/QaSettingsRepository.h"
#include "store/SegmentRepository.h"
#include "store/Workspace.h"
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

class TestEditorQa : public QObject, protected testsupport::EditorFixture {
    Q_OBJECT

private:
    QaIssueList* issueList() const { return pane()->findChild<QaIssueList*>(QStringLiteral("qaIssues")); }
    // What the grid's flags cell of a segment says ("QA: 2" among the flags).
    QString flagsText(const QString& key) const
    {
        const int row = m_page->segments()->rowForId(stored(key).id);
        return row < 0 ? QString() : m_page->segments()->index(row, SegmentTableModel::FlagsColumn).data().toString();
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
        QVERIFY2(makeWorkspace(), qPrintable(m_ws->error()));
        m_documentId = importCatalog(QStringLiteral("tar-pl.po"), QStringLiteral("tar"), QStringLiteral("pl"));
        QVERIFY2(!m_documentId.isEmpty(), qPrintable(m_importError));
        QVERIFY(blank(s_modeKey));
        // Two mistakes a translator might have left: a dropped placeholder, a doubled space.
        QVERIFY(write(s_removeKey, QStringLiteral("Nie można usunąć"), SegmentState::Translated));
        QVERIFY(write(s_renameKey, QStringLiteral("Nie można  zmienić nazwy %s na %s"), SegmentState::Translated));
        QVERIFY(openPage(QSize(1400, 900), PageWait::QaCounts));
    }

    void cleanup() { closeAll(); }

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

    // The same catalogue imported again into the project under another name, with its own translation of
    // the mode message: what the translator types is compared with the whole project as they type.
    void consistencyIsCheckedLiveAgainstTheProject()
    {
        formats::FilterRegistry filters;
        project::DocumentImporter importer(**m_ws, filters);
        auto summary = importer.import(m_projectId, QStringLiteral("tar-old.po"),
                                       testsupport::readTestData(QStringLiteral("po"), QStringLiteral("tar-pl.po")));
        QVERIFY2(summary, qPrintable(testsupport::errorText(summary)));
        const QString oldDocument = summary->documents.first().id;
        const Segment oldMode = (*m_ws)->segments().findByKey(oldDocument, s_modeKey).value_or(Segment());
        QVERIFY((*m_ws)->segments().applyEdit({oldMode.id,
                                               {QStringLiteral("%s: Nie można zmienić trybu na %s")},
                                               SegmentState::Translated,
                                               oldMode.rev,
                                               QStringLiteral("other")}));
        m_page.reset();
        QThreadPool::globalInstance()->waitForDone();
        QVERIFY(openPage(QSize(1400, 900), PageWait::Consistency));

        QVERIFY(select(s_modeKey));
        field()->setFocus();
        typeText(field(), QStringLiteral("%s: Nie można zmienić uprawnień na %s"));
        const QString expected =
            QStringLiteral("the same source is also translated as “%s: Nie można zmienić trybu na %s” "
                           "(tar-old.po #%1)")
                .arg(oldMode.order);
        QTRY_COMPARE(issueList()->messages(), QStringList{expected});
        QWidget* row = issueList()->findChild<QWidget*>(QStringLiteral("qaIssue0"));
        QVERIFY(row && row->isVisible());
        QVERIFY2(row->toolTip().contains(QStringLiteral("inconsistent-translation")), qPrintable(row->toolTip()));
        // Typed as the other document has it: consistent, nothing to say.
        field()->selectAll();
        typeText(field(), QStringLiteral("%s: Nie można zmienić trybu na %s"));
        QTRY_VERIFY(issueList()->messages().isEmpty());
        // The rename message's translation (white space aside) given to the mode message: another source.
        field()->selectAll();
        typeText(field(), QStringLiteral("Nie można zmienić nazwy %s na %s"));
        QTRY_VERIFY(!issueList()->messages().isEmpty());
        const QStringList messages = issueList()->messages();
        QVERIFY2(messages.join(QLatin1Char('\n'))
                     .contains(QStringLiteral("the same translation is also used for “Cannot rename %s to %s”")),
                 qPrintable(messages.join(QLatin1Char('\n'))));
        // The grid counts the segment's own checks only, as the document's scan does.
        pane()->flush();
        QCOMPARE(m_page->segments()->qaIssueCount(stored(s_modeKey).id),
                 int(std::ranges::count_if(issueList()->issues(), [](const qa::Issue& issue) {
                     return !issue.check.startsWith(QLatin1String("inconsistent-"));
                 })));
    }

    void settingsChangedElsewhereApplyWithoutReopening()
    {
        QVERIFY(select(s_renameKey));
        QCOMPARE(issueList()->messages(), QStringList{QStringLiteral("doubled space")});
        // Another writer (its own connection, no notification) turns the whitespace check off.
        auto other = store::Workspace::openConnection(**m_ws);
        QVERIFY2(other, qPrintable(testsupport::errorText(other)));
        domain::QaSettings settings = qa::CheckRegistry::standard().defaultSettings();
        settings.disabled.append(QStringLiteral("whitespace"));
        auto saved = (*other)->qaSettings().save(m_projectId, settings);
        QVERIFY2(saved, qPrintable(testsupport::errorText(saved)));
        // Picked up when the segment is shown again.
        QVERIFY(select(s_removeKey));
        QVERIFY(select(s_renameKey));
        QVERIFY(issueList()->messages().isEmpty());
        // Turned on again in this app: shown at once.
        settings = *saved;
        settings.disabled.removeAll(QStringLiteral("whitespace"));
        QVERIFY((*m_ws)->qaSettings().save(m_projectId, settings));
        m_page->editController()->qaSettingsChanged();
        QCOMPARE(issueList()->messages(), QStringList{QStringLiteral("doubled space")});
    }

    void aCheckMadeBlockingElsewhereRefusesConfirm()
    {
        QVERIFY(select(s_modeKey));
        field()->setFocus();
        // The whitespace check only warns by default; another writer makes it block Confirm.
        auto other = store::Workspace::openConnection(**m_ws);
        QVERIFY2(other, qPrintable(testsupport::errorText(other)));
        domain::QaSettings settings = qa::CheckRegistry::standard().defaultSettings();
        settings.blockConfirm.append(QStringLiteral("whitespace"));
        QVERIFY((*other)->qaSettings().save(m_projectId, settings));
        typeText(field(), QStringLiteral("%s: Nie można  zmienić trybu na %s"));
        // While typing, the issue already says it blocks Confirm.
        QTRY_COMPARE(issueList()->messages(), QStringList{QStringLiteral("doubled space")});
        QWidget* row = issueList()->findChild<QWidget*>(QStringLiteral("qaIssue0"));
        QVERIFY(row && row->findChild<QLabel*>(QStringLiteral("qaBlocksConfirm")));
        QTest::keyClick(field(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(pane()->segment().key, s_modeKey); // still here
        QCOMPARE(stored(s_modeKey).state, SegmentState::Draft);
        QVERIFY2(issueList()->blockedText().contains(
                     QStringLiteral("\u201Cwhitespace\u201D blocks confirming: doubled space")),
                 qPrintable(issueList()->blockedText()));
    }

    void countsOfALeftDocumentAreDropped()
    {
        // Another project's document, opened while the first one's count may still run.
        const testsupport::ImportedCatalog other = testsupport::importCatalog(
            **m_ws, QStringLiteral("tar-ja.po"), QStringLiteral("tar-ja"), QStringLiteral("ja"));
        QVERIFY2(!other.documentId.isEmpty(), qPrintable(other.error));
        const QString japanese = other.documentId;
        m_page.reset();
        QThreadPool::globalInstance()->waitForDone();
        m_page = std::make_unique<EditorPage>(**m_ws, QStringLiteral("tester"));
        QSignalSpy counted(m_page->editController(), &ui::editor::EditController::qaCountsReady);
        m_page->setProject(m_projectId);
        QVERIFY(m_page->openDocument(m_documentId));
        m_page->setProject(other.projectId); // before the Polish count can arrive
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
