// WordBreaker: the words of a text by ICU's word boundaries for a language (dictionary-based for
// Thai, Chinese and Japanese), reusing one break iterator per thread and language.
#pragma once

#include <QList>
#include <QString>

namespace tessera::qa {

struct Word {
    qsizetype start = 0;
    qsizetype length = 0;
    bool letters = false; // ICU's "letter", "kana" or "ideo" word status (not a number or punctuation)
};

class WordBreaker {
public:
    // Words and numbers of `text` (spans of punctuation and space left out). Thread-safe: each thread
    // keeps its own iterators.
    static QList<Word> words(const QString& text, const QString& languageTag);
};

} // namespace tessera::qa
