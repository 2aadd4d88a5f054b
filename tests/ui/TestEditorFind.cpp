// Drives the real editor page offscreen on GNOME gdk-pixbuf's German catalog (and Kodi's British
// English one for propagation) as a translator would: Ctrl+F / F3 jump to each match and select it in
// the pane; Ctrl+H previews a regex replacement with captures, rows unticked stay as they were,
// locked segments and replacements that would break a placeable are refused and reported, and one
// Ctrl+Z takes the whole Replace All back, Undo Replace takes a project-wide one back in every
// document, open or not; a version restored from the history is undoable; what is
// confirmed is suggested for the next segments at once, without F5; an inserted suggestion records
// its origin, shown in the pane and the context panel; propagation is undoable and its setting kept;
// placeables in the translation are edited as units.
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

#include "EditorFixture.h"
#include "TempWorkspace.h"
#include "TestData.h"
#include "domain/Project.h"
#include "formats/FilterRegistry.h"
#include "models/SegmentTableModel.h"
#include "project/DocumentImporter.h"
#include "store/Database.h"
#include "store/ProjectRepository.h"
#include "store/SegmentRepository.h"
#include "store/Statement.h"
#include "suggest/SuggestionService.h"
#include "ui/editor/ContextPanel.h"
#include "ui/editor/EditController.h"
#include "ui/editor/EditorPage.h"
#include "ui/editor/FindReplaceController.h"
#include "ui/editor/FindReplaceDialog.h"
#include "ui/editor/SegmentEditPane.h"
#include "ui/editor/SuggestionsPanel.h"
#include "ui/settings/ShortcutScheme.h"
#include "ui/widgets/SegmentTextEdit.h"

using namespace tessera;
using domain::Segment;
using domain::SegmentState;
using models::SegmentTableModel;
using ui::editor::EditorPage;
using ui::editor::FindReplaceDialog;
using ui::widgets::SegmentTextEdit;

namespace {

const QString s_pnmHeight = QStringLiteral("PNM file has an image height of 0");
const QString s_pnmWidth = QStringLiteral("PNM file has an image width of 0");
const QString s_tiffHeight = QStringLiteral("Could not get image height (bad TIFF file)");
const QString s_tiffWidth = QStringLiteral("Could not get image width (bad TIFF file)");

void typeText(QWidget* widget, const QString& text)
{
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &press);
        QApplication::sendEvent(widget, &release);
    }
}

} // namespace

class TestEditorFind : public QObject, protected testsupport::EditorFixture {
    Q_OBJECT

private:
    QTemporaryDir m_settings;

    FindReplaceDialog* dialog() const { return m_page->findReplace()->dialog(); }
    QAction* action(const QString& name) const
    {
        const auto actions = m_page->findChildren<QAction*>(name);
        return actions.isEmpty() ? nullptr : actions.first();
    }
    void setQuery(const QString& text, bool regex, int field, const QString& replacement = {})
    {
        dialog()->regexBox()->setChecked(regex);
        dialog()->fieldBox()->setCurrentIndex(dialog()->fieldBox()->findData(field));
        dialog()->findField()->setText(text);
        dialog()->replaceField()->setText(replacement);
    }
    bool lock(const QString& id)
    {
        auto statement = (*m_ws)->database().prepare("UPDATE segments SET flags = 1 WHERE id = ?");
        return statement && (*statement)->bindAll(id).run().has_value();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
        QCoreApplication::setOrganizationName(QStringLiteral("Tessera"));
        QCoreApplication::setApplicationName(QStringLiteral("tessera-find-test"));
    }

    void init()
    {
        QSettings().clear();
        QVERIFY2(makeWorkspace(), qPrintable(m_ws->error()));
        m_documentId =
            importCatalog(QStringLiteral("gdk-pixbuf-de.po"), QStringLiteral("gdk-pixbuf"), QStringLiteral("de"));
        QVERIFY2(!m_documentId.isEmpty(), qPrintable(m_importError));
        QVERIFY(openPage());
    }

    void cleanup() { closeAll(); }

    void shortcutsAreListedAndRebindable()
    {
        for (const char* name : {"findText", "replaceText", "findNext", "findPrevious"})
            QVERIFY2(action(QString::fromLatin1(name)), name);
        QCOMPARE(action(QStringLiteral("findText"))->shortcut(), QKeySequence(QKeySequence::Find));
        QCOMPARE(action(QStringLiteral("replaceText"))->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_H));
        QCOMPARE(action(QStringLiteral("findNext"))->shortcut(), QKeySequence(Qt::Key_F3));
        ui::settings::ShortcutScheme scheme(m_page.get());
        QStringList names;
        for (const auto& entry : scheme.entries()) {
            names.append(entry.name);
            QVERIFY2(!entry.text.isEmpty(), qPrintable(entry.name)); // none of Qt's own, like a clear button
        }
        for (const char* name : {"findText", "replaceText", "findNext", "findPrevious"})
            QVERIFY2(names.contains(QString::fromLatin1(name)), name);
        // Ctrl+H in the grid opens the replace window.
        m_page->table()->setFocus();
        QTest::keyClick(m_page->table(), Qt::Key_H, Qt::ControlModifier);
        QTRY_VERIFY(dialog()->isVisible());
        QVERIFY(dialog()->replaceMode());
        QVERIFY(dialog()->replaceField()->isVisible());
    }

    void findNextJumpsToEachMatchAndSelectsIt()
    {
        action(QStringLiteral("findText"))->trigger();
        QVERIFY(dialog()->isVisible());
        QVERIFY(!dialog()->replaceMode());
        setQuery(QStringLiteral("Bilddatei"), false, int(editing::FindIn::Target));
        // The segments whose translation says it, in document order.
        QStringList expected;
        for (const Segment& s : (*m_ws)->segments().listForDocument(m_documentId).value_or(QList<Segment>()))
            for (const QString& form : s.targets)
                for (qsizetype at = form.indexOf(QStringLiteral("Bilddatei"), 0, Qt::CaseInsensitive); at >= 0;
                     at = form.indexOf(QStringLiteral("Bilddatei"), at + 1, Qt::CaseInsensitive))
                    expected.append(s.id);
        QVERIFY(expected.size() >= 3);
        m_page->table()->setCurrentIndex(m_page->segments()->index(0, SegmentTableModel::TargetColumn));
        QStringList visited;
        for (qsizetype i = 0; i < expected.size(); ++i) {
            QVERIFY(m_page->findReplace()->findNext(true));
            visited.append(pane()->segment().id);
            SegmentTextEdit* focused = nullptr;
            for (int form = 0; form < pane()->formCount(); ++form)
                if (field(form)->textCursor().hasSelection())
                    focused = field(form);
            QVERIFY(focused);
            QCOMPARE(focused->textCursor().selectedText().toLower(), QStringLiteral("bilddatei"));
        }
        QCOMPARE(visited, expected);
        // Past the last it wraps round to the first; Find Previous goes back.
        QVERIFY(m_page->findReplace()->findNext(true));
        QCOMPARE(pane()->segment().id, expected.first());
        QVERIFY(dialog()->message().contains(QStringLiteral("start")));
        QVERIFY(m_page->findReplace()->findNext(false));
        QCOMPARE(pane()->segment().id, expected.last());
        // In the source: the English text.
        setQuery(QStringLiteral("TIFF file"), false, int(editing::FindIn::Source));
        QVERIFY(m_page->findReplace()->findNext(true));
        QCOMPARE(pane()->sourceField(0)->textCursor().selectedText(), QStringLiteral("TIFF file"));
        // Not there at all: said so.
        setQuery(QStringLiteral("no such words here"), false, int(editing::FindIn::Both));
        QVERIFY(!m_page->findReplace()->findNext(true));
        QVERIFY(dialog()->message().contains(QStringLiteral("not found")));
        // A bad regular expression is named.
        setQuery(QStringLiteral("Bild(datei"), true, int(editing::FindIn::Both));
        QVERIFY(!m_page->findReplace()->findNext(true));
        QVERIFY2(dialog()->message().contains(QStringLiteral("pattern")), qPrintable(dialog()->message()));
    }

    // F3 steps through the last search's matches without searching again, yet a translation written
    // since (here, by the editor's own connection and by a job's second connection) is found.
    void findNextSeesTranslationsWrittenSinceTheLastSearch()
    {
        action(QStringLiteral("findText"))->trigger();
        setQuery(QStringLiteral("Zauberwort"), false, int(editing::FindIn::Target));
        QVERIFY(!m_page->findReplace()->findNext(true));
        QVERIFY(dialog()->message().contains(QStringLiteral("not found")));
        const QList<Segment> segments = (*m_ws)->segments().listForDocument(m_documentId).value_or(QList<Segment>());
        QVERIFY(segments.size() >= 3);
        const auto write = [](store::Workspace& ws, const Segment& s) {
            return ws.segments()
                .applyEdit({s.id, {QStringLiteral("Das Zauberwort")}, SegmentState::Draft, s.rev, QStringLiteral("t")})
                .has_value();
        };
        QVERIFY(write(**m_ws, segments.at(1)));
        QVERIFY(m_page->findReplace()->findNext(true));
        QCOMPARE(pane()->segment().id, segments.at(1).id);
        QVERIFY2(dialog()->message().contains(QStringLiteral("of 1")), qPrintable(dialog()->message()));
        auto worker = store::Workspace::openConnection(**m_ws);
        QVERIFY(worker);
        QVERIFY(write(**worker, storedId(segments.at(2).id)));
        QVERIFY(m_page->findReplace()->findNext(true));
        QCOMPARE(pane()->segment().id, segments.at(2).id);
        QVERIFY2(dialog()->message().contains(QStringLiteral("Match 2 of 2")), qPrintable(dialog()->message()));
    }

    void replaceAllPreviewUntickSkipLockedAndUndo()
    {
        const QString pattern = QStringLiteral("(\\w+)-Bild(datei|datenstrom)");
        QStringList changing;
        for (const Segment& s : (*m_ws)->segments().listForDocument(m_documentId).value_or(QList<Segment>()))
            if (std::any_of(s.targets.begin(), s.targets.end(),
                            [&](const QString& t) { return t.contains(QRegularExpression(pattern)); }))
                changing.append(s.id);
        QVERIFY(changing.size() >= 4);
        QVERIFY(lock(changing.at(1)));
        const QList<Segment> before = [&] {
            QList<Segment> list;
            for (const QString& id : changing)
                list.append(storedId(id));
            return list;
        }();

        action(QStringLiteral("replaceText"))->trigger();
        setQuery(pattern, true, int(editing::FindIn::Target), QStringLiteral("\\1-$2"));
        QTest::mouseClick(dialog()->findChild<QPushButton*>(QStringLiteral("previewReplaceButton")), Qt::LeftButton);
        QTreeWidget* list = dialog()->previewList();
        QCOMPARE(list->topLevelItemCount(), int(changing.size()));
        // The preview shows the change with the matches marked.
        QVERIFY(list->topLevelItem(0)->text(1).contains(QStringLiteral("background-color")));
        QVERIFY(list->topLevelItem(0)->text(1).contains(QStringLiteral("-Bilddat")));
        QVERIFY(list->topLevelItem(0)->text(2).contains(QStringLiteral("background-color")));
        QVERIFY(!list->topLevelItem(0)->text(2).contains(QStringLiteral("-Bilddat")));
        // The locked one cannot be ticked and says why.
        QVERIFY(!list->topLevelItem(1)->flags().testFlag(Qt::ItemIsUserCheckable));
        QVERIFY(list->topLevelItem(1)->text(3).contains(QStringLiteral("locked")));
        // Untick the third.
        dialog()->setChosen(2, false);
        QCOMPARE(dialog()->chosen().size(), changing.size() - 2);

        QUndoStack* stack = m_page->editController()->undoStack();
        const int steps = stack->count();
        QTest::mouseClick(dialog()->findChild<QPushButton*>(QStringLiteral("replaceAllButton")), Qt::LeftButton);
        QCOMPARE(stack->count(), steps + 1); // one step for the whole document
        const QRegularExpression re(pattern);
        for (int i = 0; i < changing.size(); ++i) {
            const Segment now = storedId(changing.at(i));
            if (i == 1 || i == 2) {
                QCOMPARE(now.targets, before.at(i).targets); // locked / unticked: as it was
                continue;
            }
            QStringList expected;
            for (QString form : before.at(i).targets)
                expected.append(form.replace(re, QStringLiteral("\\1-\\2")));
            QCOMPARE(now.targets, expected);
        }
        QVERIFY2(dialog()->message().contains(QStringLiteral("Skipped 1")), qPrintable(dialog()->message()));
        QVERIFY(dialog()->message().contains(QStringLiteral("locked")));
        // The grid shows the new text.
        const int row = m_page->segments()->rowForId(changing.at(0));
        QCOMPARE(m_page->segments()->index(row, SegmentTableModel::TargetColumn).data().toString(),
                 storedId(changing.at(0)).targets.value(0));

        // One Ctrl+Z (in the editor, the window closed) takes all of it back, state included; redo
        // does it again.
        dialog()->close();
        m_page->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
        m_page->table()->setFocus();
        QTest::keyClick(m_page->table(), Qt::Key_Z, Qt::ControlModifier);
        for (int i = 0; i < changing.size(); ++i) {
            QCOMPARE(storedId(changing.at(i)).targets, before.at(i).targets);
            QCOMPARE(storedId(changing.at(i)).state, before.at(i).state);
        }
        m_page->editController()->redo();
        QVERIFY(storedId(changing.at(0)).targets != before.at(0).targets);
    }

    void aReplacementThatBreaksAPlaceableIsRefused()
    {
        action(QStringLiteral("replaceText"))->trigger();
        // Dropping " (%s)" would lose the placeable: every such row is refused and shown.
        setQuery(QStringLiteral(" (%s)"), false, int(editing::FindIn::Target), QString());
        QVERIFY(m_page->findReplace()->preview());
        QTreeWidget* list = dialog()->previewList();
        QVERIFY(list->topLevelItemCount() >= 2);
        QList<Segment> before;
        for (const auto& candidate : dialog()->preview()) {
            before.append(storedId(candidate.segmentId));
            QVERIFY(!candidate.applicable());
        }
        for (int row = 0; row < list->topLevelItemCount(); ++row)
            QVERIFY2(list->topLevelItem(row)->text(3).contains(QStringLiteral("%s")),
                     qPrintable(list->topLevelItem(row)->text(3)));
        QVERIFY(!dialog()->findChild<QPushButton*>(QStringLiteral("replaceAllButton"))->isEnabled());
        QCOMPARE(m_page->findReplace()->replaceChosen(), 0);
        for (const Segment& segment : std::as_const(before))
            QCOMPARE(storedId(segment.id).targets, segment.targets);
        QVERIFY(dialog()->message().contains(QStringLiteral("placeable")));
    }

    void projectReplaceIsUndoneInEveryDocument()
    {
        // A second German catalog in the same project: Replace All over the project changes both.
        formats::FilterRegistry filters;
        const QByteArray glib = testsupport::readTestData(QStringLiteral("po"), QStringLiteral("glib20-de.po"));
        auto imported =
            project::DocumentImporter(**m_ws, filters).import(m_projectId, QStringLiteral("glib20-de.po"), glib);
        QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().describe()));
        const QString otherId = imported->documents.first().id;
        auto snapshot = [&](const QString& documentId) {
            QHash<QString, Segment> byId;
            for (const Segment& s : (*m_ws)->segments().listForDocument(documentId).value_or(QList<Segment>()))
                if (s.targets.join(QString()).contains(QStringLiteral("Datei")))
                    byId.insert(s.id, s);
            return byId;
        };
        const auto here = snapshot(m_documentId), there = snapshot(otherId);
        QVERIFY(here.size() >= 5 && there.size() >= 5);
        auto unchanged = [&](const QHash<QString, Segment>& before) {
            for (const Segment& s : before)
                if (storedId(s.id).targets != s.targets || storedId(s.id).state != s.state)
                    return false;
            return true;
        };
        auto replaceAll = [&] {
            action(QStringLiteral("replaceText"))->trigger();
            dialog()->scopeBox()->setCurrentIndex(1); // the whole project
            setQuery(QStringLiteral("Datei"), false, int(editing::FindIn::Target), QStringLiteral("Akte"));
            QVERIFY(m_page->findReplace()->preview());
            QVERIFY(m_page->findReplace()->replaceChosen() > 0);
        };
        auto* undoButton = dialog()->findChild<QPushButton*>(QStringLiteral("undoReplaceButton"));
        QVERIFY(undoButton && !undoButton->isEnabled());

        replaceAll();
        QVERIFY(!unchanged(here) && !unchanged(there));
        QVERIFY(undoButton->isEnabled());
        // Ctrl+Z in the open document takes its part back; Undo Replace then takes back the rest, in
        // the document that was never opened, without opening it.
        m_page->editController()->undo();
        QVERIFY(unchanged(here));
        QVERIFY(!unchanged(there));
        QTest::mouseClick(undoButton, Qt::LeftButton);
        QVERIFY(unchanged(there));
        QCOMPARE(m_page->currentDocumentId(), m_documentId);
        QVERIFY2(dialog()->message().contains(QStringLiteral("1 document")), qPrintable(dialog()->message()));
        QVERIFY(!undoButton->isEnabled());

        // Edited since in the open document: only the other document is undone, and the window says
        // where to undo by hand.
        replaceAll();
        m_page->editController()->copySource();
        QCOMPARE(m_page->findReplace()->undoReplace(), 1);
        QVERIFY(unchanged(there));
        QVERIFY(!unchanged(here));
        QVERIFY2(dialog()->message().contains(QStringLiteral("gdk-pixbuf-de.po")), qPrintable(dialog()->message()));
    }

    void restoringAVersionIsUndoable()
    {
        QVERIFY(select(s_pnmHeight));
        field()->setFocus();
        field()->selectAll();
        typeText(field(), QStringLiteral("Neue Fassung"));
        pane()->flush();
        QCOMPARE(stored(s_pnmHeight).targets, QStringList{QStringLiteral("Neue Fassung")});
        auto* history = m_page->contextPanel()->findChild<QTreeWidget*>(QStringLiteral("historyTree"));
        typeText(field(), QStringLiteral(" zwei"));
        pane()->flush();
        // Newest first: the second edit, then the first.
        QTRY_COMPARE(history->topLevelItemCount(), 2);
        QVERIFY(history->topLevelItem(1)->text(3).contains(QStringLiteral("Neue Fassung")));
        QUndoStack* stack = m_page->editController()->undoStack();
        const int steps = stack->count();
        history->setCurrentItem(history->topLevelItem(1)); // "Neue Fassung"
        QTest::mouseClick(m_page->contextPanel()->findChild<QPushButton*>(QStringLiteral("restoreRevision")),
                          Qt::LeftButton);
        QCOMPARE(stored(s_pnmHeight).targets, QStringList{QStringLiteral("Neue Fassung")});
        QCOMPARE(stack->count(), steps + 1);
        m_page->editController()->undo();
        QCOMPARE(stored(s_pnmHeight).targets, QStringList{QStringLiteral("Neue Fassung zwei")});
        QCOMPARE(field()->toPlainText(), QStringLiteral("Neue Fassung zwei"));
        m_page->editController()->redo();
        QCOMPARE(stored(s_pnmHeight).targets, QStringList{QStringLiteral("Neue Fassung")});
    }

    void confirmedTranslationsAreSuggestedAtOnceWithTheirOrigin()
    {
        for (const QString& key : {s_pnmHeight, s_pnmWidth, s_tiffHeight, s_tiffWidth})
            QVERIFY(blank(key));
        m_page->reloadSegments();
        auto* suggestions = m_page->suggestionsPanel();
        // The first confirmation makes the project TM (opened by the suggestions only now).
        QVERIFY(select(s_pnmHeight));
        field()->setFocus();
        typeText(field(), QStringLiteral("PNM-Datei hat eine Bildhöhe von 0"));
        QTest::keyClick(field(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(stored(s_pnmHeight).state, SegmentState::Translated);
        QVERIFY(select(s_pnmWidth));
        QTRY_VERIFY(suggestions->suggestionCount() > 0);
        QCOMPARE(suggestions->suggestionText(1), QStringLiteral("PNM-Datei hat eine Bildhöhe von 0"));
        QVERIFY(suggestions->suggestionOrigin(1).startsWith(QStringLiteral("tm:gdk-pixbuf ")));
        // A second one goes into the TM the suggestions already have open.
        QVERIFY(select(s_tiffHeight));
        field()->setFocus();
        typeText(field(), QStringLiteral("Bildhöhe konnte nicht ermittelt werden (ungültige TIFF-Datei)"));
        QTest::keyClick(field(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(select(s_tiffWidth));
        QTRY_VERIFY(suggestions->suggestionCount() > 0);
        QCOMPARE(suggestions->suggestionText(1),
                 QStringLiteral("Bildhöhe konnte nicht ermittelt werden (ungültige TIFF-Datei)"));

        // Ctrl+1 inserts it and records where it came from: the store, the pane and the context panel.
        const QString origin = suggestions->suggestionOrigin(1);
        QVERIFY(QRegularExpression(QStringLiteral("^tm:gdk-pixbuf \\d+%$")).match(origin).hasMatch());
        field()->setFocus();
        QTest::keyClick(field(), Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(stored(s_tiffWidth).targets.value(0),
                 QStringLiteral("Bildhöhe konnte nicht ermittelt werden (ungültige TIFF-Datei)"));
        QCOMPARE(stored(s_tiffWidth).origin, origin);
        QVERIFY(pane()->findChild<QLabel*>(QStringLiteral("paneState"))->text().contains(origin));
        QTRY_COMPARE(m_page->contextPanel()->findChild<QLabel*>(QStringLiteral("contextOrigin"))->text(), origin);
        const int row = m_page->segments()->rowForId(stored(s_tiffWidth).id);
        QCOMPARE(m_page->segments()->index(row, 0).data(SegmentTableModel::OriginRole).toString(), origin);
        // Typing over it makes it the translator's own again.
        typeText(field(), QStringLiteral("!"));
        pane()->flush();
        QVERIFY(stored(s_tiffWidth).origin.isEmpty());
    }

    void placeablesAreEditedAsUnits()
    {
        const QString key = QStringLiteral("Failed to open file “%s”: %s");
        QVERIFY(select(key));
        field()->setFocus();
        field()->selectAll();
        typeText(field(), QStringLiteral("Datei »%s« kann nicht geöffnet werden: %s"));
        const QString text = field()->toPlainText();
        const int first = int(text.indexOf(QStringLiteral("%s")));
        // Left arrow from right after the placeable: the cursor jumps over it, never inside.
        QTextCursor cursor = field()->textCursor();
        cursor.setPosition(first + 2);
        field()->setTextCursor(cursor);
        QTest::keyClick(field(), Qt::Key_Left);
        QCOMPARE(field()->textCursor().position(), first);
        QTest::keyClick(field(), Qt::Key_Right);
        QCOMPARE(field()->textCursor().position(), first + 2);
        // A click (cursor) inside it lands at an edge.
        cursor.setPosition(first + 1);
        field()->setTextCursor(cursor);
        QVERIFY(field()->textCursor().position() == first || field()->textCursor().position() == first + 2);
        // Backspace right after it removes all of it; Delete right before the other one too.
        cursor.setPosition(first + 2);
        field()->setTextCursor(cursor);
        QTest::keyClick(field(), Qt::Key_Backspace);
        QCOMPARE(field()->toPlainText(), QString(text).remove(first, 2));
        const QString shorter = field()->toPlainText();
        const int last = int(shorter.lastIndexOf(QStringLiteral("%s")));
        cursor.setPosition(last);
        field()->setTextCursor(cursor);
        QTest::keyClick(field(), Qt::Key_Delete);
        QCOMPARE(field()->toPlainText(), QString(shorter).remove(last, 2));
        // Ordinary letters are still deleted one by one.
        QTest::keyClick(field(), Qt::Key_Backspace);
        QCOMPARE(field()->toPlainText(), QString(shorter).remove(last - 1, 3));
        // Ctrl+Backspace right after a placeable removes it whole, not just its letter.
        field()->selectAll();
        typeText(field(), QStringLiteral("Datei %s fehlt"));
        cursor = field()->textCursor();
        cursor.setPosition(8);
        field()->setTextCursor(cursor);
        QTest::keyClick(field(), Qt::Key_Backspace, Qt::ControlModifier);
        QCOMPARE(field()->toPlainText(), QStringLiteral("Datei  fehlt"));
        // A selection that starts inside a placeable (as a double click on its letter makes) takes it
        // whole, so a paste replaces all of it.
        field()->selectAll();
        typeText(field(), QStringLiteral("Datei %s fehlt"));
        QTextCursor inside = field()->textCursor();
        inside.setPosition(7); // between % and s
        inside.setPosition(8, QTextCursor::KeepAnchor);
        field()->setTextCursor(inside);
        QCOMPARE(field()->textCursor().selectedText(), QStringLiteral("%s"));
        QApplication::clipboard()->setText(QStringLiteral("%d"));
        QTest::keyClick(field(), Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(field()->toPlainText(), QStringLiteral("Datei %d fehlt"));
        // The source field is not touched by this (read-only, selectable anywhere).
        QVERIFY(!pane()->sourceField(0)->protectsPlaceables());
    }

    void propagationIsUndoableAndTheSettingKept()
    {
        m_page.reset();
        m_documentId =
            importCatalog(QStringLiteral("kodi-estuary-en_gb.po"), QStringLiteral("kodi"), QStringLiteral("en-GB"));
        QVERIFY(!m_documentId.isEmpty());
        QList<Segment> same;
        for (const Segment& s : (*m_ws)->segments().listForDocument(m_documentId).value_or(QList<Segment>()))
            if (s.source == QStringLiteral("Recently played channels"))
                same.append(s);
        QCOMPARE(same.size(), 2); // msgctxt #31016 and #31018, both untranslated
        for (const Segment& s : same)
            QCOMPARE(s.state, SegmentState::New);
        QVERIFY(openPage());
        QAction* propagate = action(QStringLiteral("propagateTranslations"));
        QVERIFY(!propagate->isChecked());
        propagate->setChecked(true);
        QVERIFY(QSettings().value(QStringLiteral("editor/propagateTranslations")).toBool());
        QVERIFY(select(same.at(0).key));
        field()->setFocus();
        typeText(field(), QStringLiteral("Channels played recently"));
        QTest::keyClick(field(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(stored(same.at(0).key).state, SegmentState::Translated);
        QCOMPARE(stored(same.at(1).key).targets, QStringList{QStringLiteral("Channels played recently")});
        QCOMPARE(stored(same.at(1).key).origin, QStringLiteral("propagated"));
        // One undo takes back the confirmation and the propagation.
        m_page->editController()->undo();
        QVERIFY(stored(same.at(1).key).targets.value(0).isEmpty());
        QCOMPARE(stored(same.at(1).key).state, SegmentState::New);
        QCOMPARE(stored(same.at(0).key).state, SegmentState::Draft);
        // A new window (the next start) has the setting as it was left.
        m_page.reset();
        QVERIFY(openPage());
        QVERIFY(action(QStringLiteral("propagateTranslations"))->isChecked());
    }
};

QTEST_MAIN(TestEditorFind)
#include "TestEditorFind.moc"
