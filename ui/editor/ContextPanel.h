// ContextPanel: what a translator needs to know about the current segment: key, developer notes,
// source locations with the code around them (when the project has a source folder), the attached
// screenshot, the segments before and after it, its history (with Restore) and its comment threads.
#pragma once

#include <memory>

#include <QWidget>

#include "domain/Segment.h"

class QLabel;
class QSplitter;
class QVBoxLayout;

namespace KSyntaxHighlighting {
class Repository;
}

namespace tessera::store {
class Workspace;
}

namespace tessera::ui::editor {

class CommentThreadView;
class SegmentHistoryView;

class ContextPanel final : public QWidget {
    Q_OBJECT

public:
    // The workspace and the syntax repository (the editor's one, which highlights the source code
    // around a location) must outlive the panel; `author` signs restores and comments.
    ContextPanel(store::Workspace& workspace, const KSyntaxHighlighting::Repository& syntax, QString author,
                 QWidget* parent = nullptr);
    ~ContextPanel() override;

    // Shows `segment`; `sourceDir` is its project's source folder (empty: none), where the
    // segment's locations are looked up.
    void setSegment(const domain::Segment& segment, const QString& sourceDir);
    void clear();
    QString segmentId() const { return m_segment.id; }

    SegmentHistoryView* history() const { return m_history; }
    CommentThreadView* comments() const { return m_comments; }

Q_SIGNALS:
    // A version from the history was written back (`before` as the segment was): undoable.
    void revisionRestored(const domain::Segment& before, const domain::Segment& after);
    void commentsChanged(const QString& segmentId);
    void failed(const QString& message);

protected:
    // The first time the panel is shown, its parts get their share of the height it has then.
    void showEvent(QShowEvent* event) override;

private:
    QWidget* createDetails();
    void showDetails();
    void showLocations();
    void showScreenshot();
    void showNeighbours();
    void loadHistory();
    void loadComments();
    void restore(const QString& revisionId, qint64 rev);
    void addComment(const QString& text, const QString& parentId);

    store::Workspace& m_workspace;
    QString m_author;
    domain::Segment m_segment;
    QString m_sourceDir;
    const KSyntaxHighlighting::Repository& m_syntax;

    QLabel* m_key = nullptr;
    QLabel* m_note = nullptr;
    QLabel* m_limits = nullptr;
    QLabel* m_origin = nullptr;
    QWidget* m_locations = nullptr;
    QLabel* m_screenshot = nullptr;
    QLabel* m_previous = nullptr;
    QLabel* m_next = nullptr;
    SegmentHistoryView* m_history = nullptr;
    CommentThreadView* m_comments = nullptr;
    QSplitter* m_splitter = nullptr;
    bool m_sized = false;
};

} // namespace tessera::ui::editor
