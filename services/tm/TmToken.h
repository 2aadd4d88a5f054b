// TmToken: one token of a segment as the translation memory sees it (kind, normalized key, span).
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include "text/Placeable.h"

namespace tessera::tm {

enum class TokenKind : quint8 {
    Word,        // letters (case-folded key), or one CJK character
    Number,      // any number: key is the class s_numberKey
    Placeable,   // a placeholder, tag, entity or escape: key is s_placeableKey or s_tagKey
    Punctuation, // one punctuation or symbol character: kept, but weightless for the score
};

// What precedes a token: nothing, one plain space, or other white space.
enum class Gap : quint8 { None, Space, Other };

struct TmToken {
    QString key; // what matching compares
    qint32 start = 0;
    qint32 length = 0;
    TokenKind kind = TokenKind::Word;
    Gap gapBefore = Gap::None;
    text::PlaceableKind placeableKind = text::PlaceableKind::Printf; // when kind == Placeable

    qint32 end() const { return start + length; }
    // Weighted tokens count in the edit distance; punctuation only costs a small penalty.
    bool isWeighted() const { return kind != TokenKind::Punctuation; }
    // Placeables and numbers: normalized to their class, auto-repaired.
    bool isNormalized() const { return kind == TokenKind::Number || kind == TokenKind::Placeable; }
};

// A text and its tokens; spans index into `text`.
struct TokenizedText {
    QString text;
    QList<TmToken> tokens;
    Gap gapAfter = Gap::None; // white space after the last token

    QStringView surface(qsizetype i) const { return QStringView(text).sliced(tokens[i].start, tokens[i].length); }
    qsizetype weightedCount() const
    {
        qsizetype n = 0;
        for (const TmToken& t : tokens)
            n += t.isWeighted() ? 1 : 0;
        return n;
    }
};

inline const QString s_numberKey = QStringLiteral("\u0001#");
inline const QString s_placeableKey = QStringLiteral("\u0001ph");
inline const QString s_tagKey = QStringLiteral("\u0001tag");

} // namespace tessera::tm
