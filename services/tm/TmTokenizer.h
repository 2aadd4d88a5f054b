// TmTokenizer: splits a segment into the tokens translation-memory matching compares.
#pragma once

#include <memory>
#include <string>
#include <type_traits>
#include <utility>

#include <QString>

#include "TmToken.h"

namespace tessera::tm {

// A non-owning reference to a callable (what std::function_ref will be): no allocation per call.
template <typename Signature> class FunctionRef;
template <typename R, typename... Args> class FunctionRef<R(Args...)> {
public:
    template <typename F>
        requires(!std::is_same_v<std::remove_cvref_t<F>, FunctionRef> && std::is_invocable_r_v<R, F&, Args...>)
    FunctionRef(F&& f) // NOLINT(google-explicit-constructor): passed like a lambda
        : m_object(const_cast<void*>(static_cast<const void*>(std::addressof(f))))
        , m_call([](void* object, Args... args) -> R {
            return (*static_cast<std::remove_reference_t<F>*>(object))(std::forward<Args>(args)...);
        })
    {}
    R operator()(Args... args) const { return m_call(m_object, std::forward<Args>(args)...); }

private:
    void* m_object;
    R (*m_call)(void*, Args...);
};

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

    // Calls `token(kind, key)` for each token tokenize() makes of `text`, in order, without making
    // them: a Word's folded key is made in a buffer of the tokenizer (no QString for ASCII words) and
    // is only valid during the call. What the fuzzy index interns.
    using KeyVisitor = FunctionRef<void(TokenKind kind, QStringView key)>;
    void forEachKey(const QString& text, KeyVisitor token) const;

    // The NFC, case-folded form of a word (what a Word token's key is).
    static QString foldWord(QStringView word);

private:
    // The tokens of `text`, each handed to `sink(kind, placeableKind, start, length, gapBefore, key)`
    // (key only valid during the call), and the gap after the last one returned. Defined and used in
    // TmTokenizer.cpp only.
    template <typename Sink> Gap scan(const QString& text, Sink& sink) const;
    template <typename Sink> void scanProse(const QString& text, qint32 from, qint32 to, Gap& gap, Sink& sink) const;
    // `word` (ASCII) folded into m_folded: A–Z lowered, as foldWord() does.
    QStringView foldAscii(QStringView word) const;

    struct Icu;
    std::unique_ptr<Icu> m_icu;
    mutable std::u16string m_folded;
};

} // namespace tessera::tm
