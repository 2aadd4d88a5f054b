// SourceSnippetView: the lines of a source file around one location ("src/main.c:42" → lines 37–47),
// highlighted by file type with KSyntaxHighlighting in a theme that follows the palette, the
// location's line marked.
#pragma once

#include <QPlainTextEdit>

namespace KSyntaxHighlighting {
class Repository;
class SyntaxHighlighter;
} // namespace KSyntaxHighlighting

namespace tessera::ui::editor {

class SourceSnippetView final : public QPlainTextEdit {
    Q_OBJECT

public:
    struct Location {
        QString file;
        int line = 0; // 1-based; 0 when the location names no line
    };
    static constexpr int contextLines = 5;

    // "hello.c:51" → {hello.c, 51}; "hello.c" → {hello.c, 0}.
    static Location parse(const QString& location);

    // The repository must outlive the view.
    SourceSnippetView(const KSyntaxHighlighting::Repository& repository, QWidget* parent = nullptr);

    // Shows the lines around `line` of `path` (the first lines when 0); false when the file cannot be
    // read (the view is then empty).
    bool showFile(const QString& path, int line);
    int firstLine() const { return m_firstLine; }
    QString definitionName() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyTheme();
    void markLine();

    const KSyntaxHighlighting::Repository& m_repository;
    KSyntaxHighlighting::SyntaxHighlighter* m_highlighter;
    int m_firstLine = 0;
    int m_line = 0;
};

} // namespace tessera::ui::editor
