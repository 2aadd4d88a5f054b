#include "EditorFixture.h"

#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QThreadPool>

#include "CatalogFixture.h"
#include "models/SegmentTableModel.h"
#include "store/SegmentRepository.h"
#include "ui/editor/EditController.h"
#include "ui/editor/EditorPage.h"
#include "ui/editor/SegmentEditPane.h"

namespace tessera::testsupport {

using domain::Segment;
using domain::SegmentState;

EditorFixture::~EditorFixture() = default;

bool EditorFixture::makeWorkspace()
{
    m_ws = std::make_unique<TempWorkspace>();
    return m_ws->isValid();
}

QString EditorFixture::importCatalog(const QString& name, const QString& project, const QString& language)
{
    const ImportedCatalog imported = testsupport::importCatalog(**m_ws, name, project, language);
    m_importError = imported.error;
    if (!imported.projectId.isEmpty())
        m_projectId = imported.projectId;
    return imported.documentId;
}

bool EditorFixture::openPage(QSize size, PageWait wait)
{
    m_page = std::make_unique<ui::editor::EditorPage>(**m_ws, QStringLiteral("tester"));
    m_page->resize(size);
    QSignalSpy counted(m_page->editController(), &ui::editor::EditController::qaCountsReady);
    QSignalSpy consistent(m_page->editController(), &ui::editor::EditController::qaConsistencyReady);
    m_page->setProject(m_projectId);
    if (!m_page->openDocument(m_documentId))
        return false;
    m_page->show();
    if (wait == PageWait::Exposed)
        return QTest::qWaitForWindowExposed(m_page.get());
    m_page->activateWindow();
    if (!QTest::qWaitForWindowActive(m_page.get()))
        return false;
    auto arrived = [](QSignalSpy& spy, const QString& documentId) {
        if (spy.isEmpty() && !spy.wait(10000))
            return false;
        return spy.last().first().toString() == documentId;
    };
    if (wait == PageWait::QaCounts)
        return arrived(counted, m_documentId);
    if (wait == PageWait::Consistency)
        return arrived(consistent, m_documentId);
    return true;
}

void EditorFixture::closeAll()
{
    m_page.reset();
    QThreadPool::globalInstance()->waitForDone();
    m_ws.reset();
}

ui::editor::SegmentEditPane* EditorFixture::pane() const
{
    return m_page->editPane();
}

ui::widgets::SegmentTextEdit* EditorFixture::field(int form) const
{
    return pane()->targetField(form);
}

Segment EditorFixture::stored(const QString& key) const
{
    return (*m_ws)->segments().findByKey(m_documentId, key).value_or(Segment());
}

Segment EditorFixture::storedId(const QString& id) const
{
    return (*m_ws)->segments().find(id).value_or(Segment());
}

bool EditorFixture::select(const QString& key)
{
    const int row = m_page->segments()->rowForId(stored(key).id);
    if (row < 0)
        return false;
    m_page->table()->setCurrentIndex(m_page->segments()->index(row, models::SegmentTableModel::TargetColumn));
    return pane()->segment().key == key;
}

bool EditorFixture::blank(const QString& key)
{
    const Segment s = stored(key);
    auto draft = (*m_ws)->segments().applyEdit({s.id, {}, SegmentState::Draft, s.rev, QStringLiteral("setup")});
    return draft && (*m_ws)->segments().applyEdit({s.id, {}, SegmentState::New, draft->rev, QStringLiteral("setup")});
}

bool EditorFixture::write(const QString& key, const QString& target, SegmentState state)
{
    const Segment s = stored(key);
    return bool((*m_ws)->segments().applyEdit({s.id, {target}, state, s.rev, QStringLiteral("setup")}));
}

} // namespace tessera::testsupport
