#include "SourceSnippetView.h"

#include <QEvent>
#include <QFile>
#include <QFontDatabase>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTextBlock>

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

namespace tessera::ui::editor {

namespace {
constexpr qint64 s_maxFileBytes = 8 * 1024 * 1024; // a source file, not a data dump
}

SourceSnippetView::Location SourceSnippetView::parse(const QString& location)
{
    static const QRegularExpression withLine(QStringLiteral("^(.+):(\\d+)$"));
    const QString trimmed = location.trimmed();
    const auto match = withLine.match(trimmed);
    if (match.hasMatch())
        return {match.captured(1), match.captured(2).toInt()};
    return {trimmed, 0};
}

SourceSnippetView::SourceSnippetView(const KSyntaxHighlighting::Repository& repository, QWidget* parent)
    : QPlainTextEdit(parent)
    , m_repository(repository)
    , m_highlighter(new KSyntaxHighlighting::SyntaxHighlighter(document()))
{
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    // Tall enough for all its lines and a horizontal scroll bar, so it never scrolls vertically.
    const int lines = 2 * contextLines + 1;
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFixedHeight(fontMetrics().lineSpacing() * lines + 2 * frameWidth() + int(document()->documentMargin() * 2) +
                   horizontalScrollBar()->sizeHint().height() + 4);
    applyTheme();
}

QString SourceSnippetView::definitionName() const
{
    return m_highlighter->definition().name();
}

bool SourceSnippetView::showFile(const QString& path, int line)
{
    clear();
    m_firstLine = 0;
    m_line = 0;
    QFile file(path);
    if (file.size() > s_maxFileBytes || !file.open(QIODevice::ReadOnly | QIODevice::Text))
        return false;
    const int first = std::max(1, line - contextLines);
    const int last = line > 0 ? line + contextLines : 2 * contextLines + 1;
    QStringList lines;
    for (int number = 1; number <= last && !file.atEnd(); ++number) {
        const QByteArray bytes = file.readLine();
        if (number >= first)
            lines.append(QString::fromUtf8(bytes).chopped(bytes.endsWith('\n') ? 1 : 0));
    }
    KSyntaxHighlighting::Definition definition = m_repository.definitionForFileName(path);
    if (!definition.isValid() && !lines.isEmpty() && first == 1 && lines.first().startsWith(QLatin1String("#!")))
        definition =
            m_repository.definitionForName(lines.first().contains(QLatin1String("python")) ? QStringLiteral("Python")
                                           : lines.first().contains(QLatin1String("perl")) ? QStringLiteral("Perl")
                                                                                           : QStringLiteral("Bash"));
    m_highlighter->setDefinition(definition);
    setPlainText(lines.join(QLatin1Char('\n')));
    m_firstLine = first;
    m_line = line;
    markLine();
    return true;
}

void SourceSnippetView::changeEvent(QEvent* event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyTheme();
        markLine();
    }
}

void SourceSnippetView::applyTheme()
{
    const KSyntaxHighlighting::Theme theme = m_repository.themeForPalette(palette());
    m_highlighter->setTheme(theme);
    QPalette colors = palette();
    if (const QRgb background = theme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor); background != 0)
        colors.setColor(QPalette::Base, QColor::fromRgb(background));
    if (const QRgb text = theme.textColor(KSyntaxHighlighting::Theme::Normal); text != 0)
        colors.setColor(QPalette::Text, QColor::fromRgb(text));
    // Set on the viewport only: setting it on the view would come back here as a palette change.
    viewport()->setPalette(colors);
    m_highlighter->rehighlight();
}

void SourceSnippetView::markLine()
{
    QList<QTextEdit::ExtraSelection> marks;
    if (m_line >= m_firstLine && m_firstLine > 0) {
        const QTextBlock block = document()->findBlockByNumber(m_line - m_firstLine);
        if (block.isValid()) {
            QTextEdit::ExtraSelection mark;
            const KSyntaxHighlighting::Theme theme = m_repository.themeForPalette(palette());
            QColor color = QColor::fromRgb(theme.editorColor(KSyntaxHighlighting::Theme::CurrentLine));
            if (!color.isValid() || theme.editorColor(KSyntaxHighlighting::Theme::CurrentLine) == 0)
                color = palette().color(QPalette::AlternateBase);
            mark.format.setBackground(color);
            mark.format.setProperty(QTextFormat::FullWidthSelection, true);
            mark.cursor = QTextCursor(block);
            marks.append(mark);
        }
    }
    setExtraSelections(marks);
}

} // namespace tessera::ui::editor
