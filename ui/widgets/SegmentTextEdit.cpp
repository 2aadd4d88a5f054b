#include "SegmentTextEdit.h"

#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QTextBlock>
#include <QTextLayout>

#include "qa/SpellChecker.h"
#include "text/Placeables.h"
#include "ui/widgets/PlaceableHighlighter.h"

namespace tessera::ui::widgets {

namespace {
constexpr int s_suggestions = 6;
constexpr int s_minimumLines = 2;
} // namespace

SegmentTextEdit::SegmentTextEdit(const KSyntaxHighlighting::Repository& repository, QWidget* parent)
    : QPlainTextEdit(parent)
    , m_highlighter(new PlaceableHighlighter(document(), repository))
{
    setUndoRedoEnabled(false);
    setTabChangesFocus(true);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_highlighter->followPalette(palette());
    connect(this, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_quiet && !isReadOnly())
            Q_EMIT edited();
    });
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, &SegmentTextEdit::snapCursor);
    connect(this, &QPlainTextEdit::selectionChanged, this, &SegmentTextEdit::snapCursor);
}

void SegmentTextEdit::setProtectPlaceables(bool protect)
{
    m_protect = protect;
}

namespace {

// [start, end) widened so that no placeable is cut: one it overlaps is taken whole.
std::pair<qsizetype, qsizetype> wholePlaceables(const QList<text::Placeable>& placeables, qsizetype start,
                                                qsizetype end)
{
    for (const text::Placeable& placeable : placeables) {
        if (placeable.start < end && start < placeable.end()) {
            start = std::min(start, placeable.start);
            end = std::max(end, placeable.end());
        }
    }
    return {start, end};
}

} // namespace

void SegmentTextEdit::snapCursor()
{
    if (m_snapping)
        return;
    QTextCursor cursor = textCursor();
    const int position = cursor.position();
    if (m_protect && !isReadOnly()) {
        // Placeables found afresh: a segment is short, and a cached list would lag behind typing.
        const QList<text::Placeable> placeables = text::Placeables::find(toPlainText());
        int anchor = position;
        int to = position;
        if (cursor.hasSelection()) {
            // A selection (made by keys, a drag or a double click) never cuts a placeable, so cutting,
            // pasting, dropping or typing over it takes the placeable whole.
            const auto [start, end] = wholePlaceables(placeables, cursor.selectionStart(), cursor.selectionEnd());
            const bool forward = cursor.anchor() <= position;
            anchor = int(forward ? start : end);
            to = int(forward ? end : start);
        } else {
            for (const text::Placeable& placeable : placeables) {
                // Out the side it was entered from: moving right lands after it, left before it.
                if (placeable.start < position && position < placeable.end()) {
                    to = int(position >= m_lastPosition ? placeable.end() : placeable.start);
                    anchor = to;
                    break;
                }
            }
        }
        if (to != position || (cursor.hasSelection() && anchor != cursor.anchor())) {
            cursor.setPosition(anchor);
            cursor.setPosition(to, QTextCursor::KeepAnchor);
            m_snapping = true;
            setTextCursor(cursor);
            m_snapping = false;
        }
    }
    m_lastPosition = textCursor().position();
}

void SegmentTextEdit::keyPressEvent(QKeyEvent* event)
{
    if (!m_protect || isReadOnly()) {
        QPlainTextEdit::keyPressEvent(event);
        return;
    }
    QTextCursor cursor = textCursor();
    const bool erase =
        (event->key() == Qt::Key_Backspace || event->key() == Qt::Key_Delete) && event->modifiers() == Qt::NoModifier;
    const bool eraseWord =
        event->matches(QKeySequence::DeleteStartOfWord) || event->matches(QKeySequence::DeleteEndOfWord);
    if (eraseWord && !cursor.hasSelection()) {
        // Ctrl+Backspace and Ctrl+Delete remove up to the word's edge, and a placeable they reach whole.
        cursor.movePosition(event->matches(QKeySequence::DeleteStartOfWord) ? QTextCursor::PreviousWord
                                                                            : QTextCursor::NextWord,
                            QTextCursor::KeepAnchor);
        const auto [start, end] =
            wholePlaceables(text::Placeables::find(toPlainText()), cursor.selectionStart(), cursor.selectionEnd());
        cursor.setPosition(int(start));
        cursor.setPosition(int(end), QTextCursor::KeepAnchor);
        cursor.removeSelectedText();
        setTextCursor(cursor);
        event->accept();
        return;
    }
    if (!erase || cursor.hasSelection()) {
        QPlainTextEdit::keyPressEvent(event); // a selection already holds whole placeables (snapCursor)
        return;
    }
    const int position = cursor.position();
    for (const text::Placeable& placeable : text::Placeables::find(toPlainText())) {
        const bool touched = event->key() == Qt::Key_Backspace
                                 ? placeable.start < position && position <= placeable.end()
                                 : placeable.start <= position && position < placeable.end();
        if (touched) {
            cursor.setPosition(int(placeable.start));
            cursor.setPosition(int(placeable.end()), QTextCursor::KeepAnchor);
            cursor.removeSelectedText();
            setTextCursor(cursor);
            event->accept();
            return;
        }
    }
    QPlainTextEdit::keyPressEvent(event);
}

void SegmentTextEdit::setTextQuietly(const QString& text)
{
    if (text == toPlainText())
        return;
    m_quiet = true;
    setPlainText(text);
    m_quiet = false;
}

void SegmentTextEdit::setShowWhitespace(bool show)
{
    m_showWhitespace = show;
    QTextOption option = document()->defaultTextOption();
    QTextOption::Flags flags = option.flags();
    flags.setFlag(QTextOption::ShowTabsAndSpaces, show);
    flags.setFlag(QTextOption::ShowLineAndParagraphSeparators, show);
    option.setFlags(flags);
    document()->setDefaultTextOption(option);
}

void SegmentTextEdit::insertAtCursor(const QString& text)
{
    textCursor().insertText(text);
    ensureCursorVisible();
}

std::pair<int, int> SegmentTextEdit::misspelledWordAt(int position) const
{
    const QTextBlock block = document()->findBlock(position);
    if (!block.isValid() || !block.layout())
        return {-1, -1};
    const int inBlock = position - block.position();
    for (const QTextLayout::FormatRange& range : block.layout()->formats()) {
        if (range.format.underlineStyle() != QTextCharFormat::SpellCheckUnderline)
            continue;
        if (inBlock >= range.start && inBlock <= range.start + range.length) {
            // Runs of one character each: widen to the whole underlined word.
            int start = range.start;
            int end = range.start + range.length;
            for (const QTextLayout::FormatRange& other : block.layout()->formats()) {
                if (other.format.underlineStyle() != QTextCharFormat::SpellCheckUnderline)
                    continue;
                if (other.start + other.length == start)
                    start = other.start;
            }
            bool grown = true;
            while (grown) {
                grown = false;
                for (const QTextLayout::FormatRange& other : block.layout()->formats()) {
                    if (other.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline && other.start == end) {
                        end = other.start + other.length;
                        grown = true;
                    }
                }
            }
            return {block.position() + start, block.position() + end};
        }
    }
    return {-1, -1};
}

bool SegmentTextEdit::event(QEvent* event)
{
    // Undo and redo are the document's (the editor's actions); the field would swallow their keys.
    if (event->type() == QEvent::ShortcutOverride) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
            event->ignore();
            return true;
        }
    }
    return QPlainTextEdit::event(event);
}

void SegmentTextEdit::changeEvent(QEvent* event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        m_highlighter->followPalette(palette());
}

void SegmentTextEdit::contextMenuEvent(QContextMenuEvent* event)
{
    QMenu* menu = createStandardContextMenu(event->pos());
    const QTextCursor clicked = cursorForPosition(event->pos());
    const auto [start, end] = m_highlighter->spellChecker() && !isReadOnly() ? misspelledWordAt(clicked.position())
                                                                             : std::pair<int, int>{-1, -1};
    if (start >= 0) {
        QTextCursor word(document());
        word.setPosition(start);
        word.setPosition(end, QTextCursor::KeepAnchor);
        const QStringList suggestions = m_highlighter->spellChecker()->suggestions(word.selectedText(), s_suggestions);
        QAction* first = menu->actions().value(0);
        if (suggestions.isEmpty()) {
            auto* none = new QAction(tr("No spelling suggestions"), menu);
            none->setEnabled(false);
            menu->insertAction(first, none);
        }
        for (const QString& suggestion : suggestions) {
            auto* take = new QAction(suggestion, menu);
            take->setObjectName(QStringLiteral("spellingSuggestion"));
            connect(take, &QAction::triggered, this, [this, word, suggestion]() mutable {
                word.insertText(suggestion);
                setTextCursor(word);
            });
            menu->insertAction(first, take);
        }
        menu->insertSeparator(first);
    }
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->globalPos());
}

void SegmentTextEdit::focusInEvent(QFocusEvent* event)
{
    QPlainTextEdit::focusInEvent(event);
    Q_EMIT focusEntered();
}

void SegmentTextEdit::focusOutEvent(QFocusEvent* event)
{
    QPlainTextEdit::focusOutEvent(event);
    if (event->reason() != Qt::PopupFocusReason)
        Q_EMIT focusLeft();
}

QSize SegmentTextEdit::sizeHint() const
{
    const QSize hint = QPlainTextEdit::sizeHint();
    return {hint.width(), fontMetrics().lineSpacing() * 3 + 2 * frameWidth() + 8};
}

QSize SegmentTextEdit::minimumSizeHint() const
{
    const QSize hint = QPlainTextEdit::minimumSizeHint();
    return {hint.width(), fontMetrics().lineSpacing() * s_minimumLines + 2 * frameWidth() + 8};
}

} // namespace tessera::ui::widgets
