// SegmentTextEdit: one field of a segment (a source form, read-only, or a target form) with placeables
// coloured, optional visible whitespace and, for targets, spelling suggestions in the context menu.
// Its own undo is off: the editor's undo stack (per document) is the only one, so Ctrl+Z here undoes
// saved edits in the store rather than keystrokes the store never saw. With placeables protected (the
// target fields), each placeable is edited as a unit, as tags are in the best CAT tools: the cursor
// never stops inside one, Backspace and Delete remove it whole, and typing over a selection that cuts
// one replaces the whole placeable.
#pragma once

#include <memory>

#include <QPlainTextEdit>

namespace KSyntaxHighlighting {
class Repository;
}

namespace tessera::qa {
class SpellChecker;
}

namespace tessera::ui::widgets {

class PlaceableHighlighter;

class SegmentTextEdit final : public QPlainTextEdit {
    Q_OBJECT

public:
    SegmentTextEdit(const KSyntaxHighlighting::Repository& repository, QWidget* parent = nullptr);

    // Replaces the text without emitting edited().
    void setTextQuietly(const QString& text);
    QString text() const { return toPlainText(); }
    void setShowWhitespace(bool show);
    void setProtectPlaceables(bool protect);
    bool protectsPlaceables() const { return m_protect; }
    bool showsWhitespace() const { return m_showWhitespace; }
    PlaceableHighlighter* highlighter() const { return m_highlighter; }
    // Inserts at the cursor as one typing step (emits edited()).
    void insertAtCursor(const QString& text);
    // The span [start, end) of the underlined (misspelled) word at a document position; {-1, -1} if none.
    std::pair<int, int> misspelledWordAt(int position) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    // The user changed the text (typing, pasting, a suggestion taken).
    void edited();
    void focusLeft();
    void focusEntered();

protected:
    bool event(QEvent* event) override;
    void changeEvent(QEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    PlaceableHighlighter* m_highlighter;
    bool m_quiet = false;
    bool m_showWhitespace = false;
    bool m_protect = false;
    bool m_snapping = false;
    int m_lastPosition = 0;

    void snapCursor();
};

} // namespace tessera::ui::widgets
