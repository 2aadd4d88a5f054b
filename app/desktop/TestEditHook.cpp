#include "TestEditHook.h"

#include <cstdio>

#include <QApplication>
#include <QKeyEvent>
#include <QTableView>
#include <QTimer>

#include "domain/Document.h"
#include "models/SegmentTableModel.h"
#include "store/DocumentRepository.h"
#include "store/SegmentRepository.h"
#include "store/Workspace.h"
#include "ui/editor/EditorPage.h"
#include "ui/editor/SegmentEditPane.h"
#include "ui/shell/MainWindow.h"
#include "ui/widgets/SegmentTextEdit.h"

namespace tessera::desktop {

namespace {

constexpr int s_pollMs = 5;

void say(const char* line)
{
    std::printf("tessera-test: %s\n", line);
    std::fflush(stdout);
}

} // namespace

void TestEditHook::startIfRequested(ui::shell::MainWindow& window, store::Workspace& workspace)
{
    const QString spec = qEnvironmentVariable("TESSERA_TEST_EDIT");
    if (spec.isEmpty())
        return;
    auto* hook = new TestEditHook(window, workspace, spec);
    QTimer::singleShot(0, hook, &TestEditHook::run);
}

TestEditHook::TestEditHook(ui::shell::MainWindow& window, store::Workspace& workspace, QString spec)
    : QObject(&window)
    , m_window(window)
    , m_workspace(workspace)
    , m_spec(std::move(spec))
{}

void TestEditHook::run()
{
    const QStringList parts = m_spec.split(u'|');
    if (parts.size() != 3)
        return say("error: TESSERA_TEST_EDIT is not DOCUMENT_ID|SEGMENT_KEY|TEXT");
    auto document = m_workspace.documents().find(parts.at(0));
    auto segment = m_workspace.segments().findByKey(parts.at(0), parts.at(1));
    if (!document || !segment)
        return say("error: no such document or segment");
    ui::editor::EditorPage* page = m_window.editor();
    m_window.showPage(ui::shell::MainWindow::Page::Editor);
    page->setProject(document->projectId);
    if (!page->openDocument(document->id))
        return say("error: the document does not open");
    const int row = page->segments()->rowForId(segment->id);
    if (row < 0)
        return say("error: the segment is not in the grid");
    page->table()->setCurrentIndex(page->segments()->index(row, models::SegmentTableModel::TargetColumn));
    ui::widgets::SegmentTextEdit* field = page->editPane()->targetField(0);
    page->editPane()->focusTarget(0);
    field->moveCursor(QTextCursor::End);
    for (const QChar c : parts.at(2)) {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(field, &press);
        QApplication::sendEvent(field, &release);
    }
    say("typed");
    waitUntilSaved();
}

void TestEditHook::waitUntilSaved()
{
    const ui::editor::SegmentEditPane* pane = m_window.editor()->editPane();
    if (!pane->hasPendingEdit() && pane->forms() == pane->segment().targets)
        return say("saved");
    QTimer::singleShot(s_pollMs, this, &TestEditHook::waitUntilSaved);
}

} // namespace tessera::desktop
