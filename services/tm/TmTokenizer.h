// TmTokenizer: splits a segment into the tokens translation-memory matching compares.
#pragma once

#include <memory>

#include <QString>

#include "TmToken.h"

namespace tessera::tm {

// Rules (docs/TM-MATCHING.md has the why):
// - placeables first (text::Placeables): each placeholder, tag, entity or escape is one Placeable
//   token whose key is its class (tags one class, every other placeable another), so "%s" and "%d",
//   or "<b>" and "<i>", match each other and only cost a small penalty;
// - the prose between them goes through ICU's word break iterator (UAX #29 and ICU's dictionaries):
//   letters make a Word token keyed by the NFC, case-folded text; a number ("1,000.50", "6733") is
//   one Number token keyed by its class; kana and ideographs make one Word token per character;
//   white space makes no token but is remembered as the gap before the next token; anything else
//   (punctuation, symbols) is one Punctuation token per character, keyed by the character itself.
// Spans are UTF-16 offsets into the original text, which is kept as it was (not normalized).
//
// Building ICU's break iterator costs far more than using it: keep one tokenizer for many texts.
// Not thread-safe: one per thread.
class TmTokenizer {
public:
    // language: a BCP 47 tag; it only tunes the break rules (empty or unknown: ICU's root rules).
    explicit TmTokenizer(const QString& language = {});
    ~TmTokenizer();
    TmTokenizer(TmTokenizer&&) noexcept;
    TmTokenizer& operator=(TmTokenizer&&) noexcept;

    TokenizedText tokenize(const QString& text) const;

    // The NFC, case-folded form of a word (what a Word token's key is).
    static QString foldWord(QStringView word);

private:
    void tokenizeProse(TokenizedText& out, qint32 from, qint32 to, Gap& gap) const;

    struct Icu;
    std::unique_ptr<Icu> m_icu;
};

} // namespace tessera::tm
