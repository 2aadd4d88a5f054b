// PlaceableHighlighter: colours a segment field's placeables through KSyntaxHighlighting (the "Tessera
// Placeables" definition shipped in resources/syntax/, a default theme matching the palette) and,
// for a target, underlines the words the target language's dictionary does not know. One highlighter
// does both because a QTextDocument takes the formats of one QSyntaxHighlighter: Sonnet's own
// Highlighter would overwrite the placeables' colours (and they its underlines).
#pragma once

#include <memory>

#include <KSyntaxHighlighting/SyntaxHighlighter>

#include "qa/LanguageInfo.h"

class QPalette;

namespace KSyntaxHighlighting {
class Repository;
}

namespace tessera::qa {
class SpellChecker;
}

namespace tessera::ui::widgets {

class PlaceableHighlighter final : public KSyntaxHighlighting::SyntaxHighlighter {
    Q_OBJECT

public:
    // The name of the definition in resources/syntax/tessera-placeables.xml.
    static QString definitionName();
    // A repository that also finds Tessera's definition (from the application's resources).
    static std::unique_ptr<KSyntaxHighlighting::Repository> createRepository();

    // The repository must outlive the highlighter.
    PlaceableHighlighter(QTextDocument* document, const KSyntaxHighlighting::Repository& repository);

    // The default light or dark theme, by the lightness of the palette's base colour.
    void followPalette(const QPalette& palette);
    // Marks misspelled words of the target (null: no spelling). `source` is the text it translates:
    // a word the source has too (a name) is never marked, as the QA check does.
    void setSpelling(std::shared_ptr<const qa::SpellChecker> checker, const QString& sourceLanguage,
                     const QString& targetLanguage, const QString& source);
    const qa::SpellChecker* spellChecker() const { return m_spelling.get(); }

protected:
    void highlightBlock(const QString& text) override;

private:
    void markMisspelled(const QString& text);

    const KSyntaxHighlighting::Repository& m_repository;
    std::shared_ptr<const qa::SpellChecker> m_spelling;
    qa::LanguageInfo m_source;
    qa::LanguageInfo m_target;
    QString m_sourceText;
};

} // namespace tessera::ui::widgets
