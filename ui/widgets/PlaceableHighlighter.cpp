#include "PlaceableHighlighter.h"

#include <QPalette>
#include <QTextDocument>

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include "qa/CheckInput.h"
#include "qa/Issue.h"
#include "qa/QaContext.h"
#include "qa/SpellChecker.h"
#include "qa/checks/SpellingCheck.h"

namespace tessera::ui::widgets {

namespace {
// resources/syntax/ is compiled in under this prefix (ui/CMakeLists.txt); KSyntaxHighlighting reads
// syntax/*.xml below a search path.
const QString s_searchPath = QStringLiteral(":/tessera/ksyntax");
} // namespace

QString PlaceableHighlighter::definitionName()
{
    return QStringLiteral("Tessera Placeables");
}

std::unique_ptr<KSyntaxHighlighting::Repository> PlaceableHighlighter::createRepository()
{
    auto repository = std::make_unique<KSyntaxHighlighting::Repository>();
    repository->addCustomSearchPath(s_searchPath);
    return repository;
}

PlaceableHighlighter::PlaceableHighlighter(QTextDocument* document, const KSyntaxHighlighting::Repository& repository)
    : KSyntaxHighlighting::SyntaxHighlighter(document)
    , m_repository(repository)
    , m_source(qa::LanguageInfo::forTag(QString()))
    , m_target(qa::LanguageInfo::forTag(QString()))
{
    setDefinition(repository.definitionForName(definitionName()));
}

void PlaceableHighlighter::followPalette(const QPalette& palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    setTheme(m_repository.defaultTheme(dark ? KSyntaxHighlighting::Repository::DarkTheme
                                            : KSyntaxHighlighting::Repository::LightTheme));
    rehighlight();
}

void PlaceableHighlighter::setSpelling(std::shared_ptr<const qa::SpellChecker> checker, const QString& sourceLanguage,
                                       const QString& targetLanguage, const QString& source)
{
    m_spelling = std::move(checker);
    if (m_source.tag() != sourceLanguage)
        m_source = qa::LanguageInfo::forTag(sourceLanguage);
    if (m_target.tag() != targetLanguage)
        m_target = qa::LanguageInfo::forTag(targetLanguage);
    m_sourceText = source;
    rehighlight();
}

void PlaceableHighlighter::highlightBlock(const QString& text)
{
    KSyntaxHighlighting::SyntaxHighlighter::highlightBlock(text);
    if (m_spelling && !text.isEmpty())
        markMisspelled(text);
}

void PlaceableHighlighter::markMisspelled(const QString& text)
{
    // The QA spelling check decides, so the editor underlines exactly what QA would report.
    domain::Segment segment;
    segment.source = m_sourceText;
    segment.targets = {text};
    qa::QaContext context;
    context.sourceLanguage = m_source.tag();
    context.targetLanguage = m_target.tag();
    context.spelling = m_spelling;
    const qa::CheckInput input(segment, context, m_source, m_target);
    QList<qa::Issue> issues;
    qa::checks::SpellingCheck().run(input, issues);
    for (const qa::Issue& issue : std::as_const(issues)) {
        for (qsizetype at = issue.start; at < issue.start + issue.length; ++at) {
            QTextCharFormat marked = format(int(at)); // keeps a placeable's colour under the line
            marked.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
            marked.setUnderlineColor(QColor(0xda, 0x44, 0x53));
            setFormat(int(at), 1, marked);
        }
    }
}

} // namespace tessera::ui::widgets
