// CommentThreadView: a segment's comments as threads (replies under the comment they answer), and a
// field to add a comment or reply to the selected thread.
#pragma once

#include <QList>
#include <QWidget>

#include "domain/Comment.h"

class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace tessera::ui::editor {

class CommentThreadView final : public QWidget {
    Q_OBJECT

public:
    explicit CommentThreadView(QWidget* parent = nullptr);

    // Oldest first, as the store lists them; `now` for "3 days ago".
    void setComments(const QList<domain::Comment>& comments, const QDateTime& now);
    void setEnabledForSegment(bool enabled);
    QTreeWidget* tree() const { return m_tree; }
    // After a successful add: empties the field.
    void clearInput();

Q_SIGNALS:
    // `parentId` empty for a new thread.
    void addRequested(const QString& text, const QString& parentId);

private:
    void requestAdd(bool reply);
    void updateButtons();

    QTreeWidget* m_tree;
    QPlainTextEdit* m_input;
    QPushButton* m_add;
    QPushButton* m_reply;
};

} // namespace tessera::ui::editor
