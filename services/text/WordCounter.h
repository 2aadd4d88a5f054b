// WordCounter: word and character counts of a segment as CAT tools count them, for analysis and quotes.
#pragma once

#include <memory>

#include <QString>

namespace tessera::text {

// Words come from ICU's word break iterator (UAX #29 plus ICU's dictionaries for Thai, Lao, Khmer,
// Burmese and CJK): a segment is a word when ICU tags it as a number, letters, kana or ideographs;
// punctuation and space are not words. Chinese and Japanese count one word per character (kanji,
// kana, hanzi), as CAT tools count them. A number ("1,000.50") is one word. Placeables (see
// Placeables) count no words and no characters: each is replaced by a space first, so "Click<br/>here"
// is two words. An apostrophe between letters joins them (UAX #29): "l'ordinateur" and "don't" are
// one word each; tools that split elisions would say two for the first.
//
// Characters are the Unicode code points that are not white space, placeables left out.
//
// Building the break iterator costs far more than using it, so keep a WordCounter for many
// segments. Not thread-safe: one per thread.
class WordCounter {
public:
    struct Counts {
        qsizetype words = 0;
        qsizetype characters = 0;
        friend bool operator==(const Counts&, const Counts&) = default;
    };

    // language: a BCP 47 tag; it only tunes the break rules (empty or unknown: ICU's root rules).
    explicit WordCounter(const QString& language = {});
    ~WordCounter();
    WordCounter(WordCounter&&) noexcept;
    WordCounter& operator=(WordCounter&&) noexcept;

    Counts count(const QString& text) const;
    qsizetype words(const QString& text) const { return count(text).words; }
    qsizetype characters(const QString& text) const { return count(text).characters; }

private:
    struct Icu;
    std::unique_ptr<Icu> m_icu;
};

} // namespace tessera::text
