// EditorFixture: what the offscreen editor tests share: a temporary workspace with a real catalogue
// imported, the editor page opened on it, and the segment helpers (stored, select, blank, write).
// A test class derives from QObject and from this.
#pragma once

#include <memory>

#include <QSize>
#include <QString>

#include "TempWorkspace.h"
#include "domain/Segment.h"

namespace tessera::ui::editor {
class EditorPage;
class SegmentEditPane;
} // namespace tessera::ui::editor

namespace tessera::ui::widgets {
class SegmentTextEdit;
}

namespace tessera::testsupport {

class EditorFixture {
public:
    virtual ~EditorFixture();

protected:
    enum class PageWait {
        Exposed,     // the window is shown
        Active,      // … and active (keyboard focus works)
        QaCounts,    // … and the grid has counted the QA issues of the document
        Consistency, // … and the live consistency checks can see the project
    };

    // A new temporary workspace (false: see m_ws->error()).
    bool makeWorkspace();
    // Imports tests/data/po/`name` into a new project (en → `language`); sets m_projectId and returns the
    // document's id (empty on failure, with the reason in m_importError).
    QString importCatalog(const QString& name, const QString& project, const QString& language);
    // Opens m_documentId of m_projectId in a new editor page of `size` and waits as `wait` says.
    bool openPage(QSize size = QSize(1400, 900), PageWait wait = PageWait::Active);
    // Closes the page, lets pool threads end, removes the workspace.
    void closeAll();

    ui::editor::SegmentEditPane* pane() const;
    ui::widgets::SegmentTextEdit* field(int form = 0) const;
    domain::Segment stored(const QString& key) const;
    domain::Segment storedId(const QString& id) const;
    // Makes the segment with `key` the grid's current one (the pane shows it).
    bool select(const QString& key);
    // Untranslated again, as a new catalogue would have it: Draft without text, then New.
    bool blank(const QString& key);
    // Writes a translation in `state` as another user would (not through the editor).
    bool write(const QString& key, const QString& target, domain::SegmentState state);

    std::unique_ptr<TempWorkspace> m_ws;
    std::unique_ptr<ui::editor::EditorPage> m_page;
    QString m_projectId;
    QString m_documentId;
    QString m_importError;
};

} // namespace tessera::testsupport
