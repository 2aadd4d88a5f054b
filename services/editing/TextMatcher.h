// TextMatcher: one find-and-replace pattern compiled once (plain text or QRegularExpression, case,
// whole words) and applied to segment texts: where it matches, and what a replacement makes of a text,
// with the capture references \1 or $1 of a regular expression expanded.
#pragma once

#include <QList>
#include <QRegularExpression>
#include <QString>

#include "domain/Result.h"

namespace tessera::editing {

struct FindPattern {
    QString text;
    bool caseSensitive = false;
    bool wholeWord = false; // not inside a longer word: no letter, digit or _ right before or after
    bool regex = false;     // QRegularExpression (PCRE2) syntax, else the text as it is
    friend bool operator==(const FindPattern&, const FindPattern&) = default;
};

// A span of a text: [start, start + length).
struct TextSpan {
    qsizetype start = 0;
    qsizetype length = 0;
    friend bool operator==(const TextSpan&, const TextSpan&) = default;
};

class TextMatcher {
public:
    // An empty pattern, an invalid regular expression (column = where in the pattern) or a replacement
    // naming a group the pattern does not have is InvalidInput with field "pattern" or "replacement".
    // Without `replacement` only finding works.
    static domain::Result<TextMatcher> compile(const FindPattern& pattern, const QString& replacement = {});

    // Every match, left to right, none overlapping (an empty match of a regular expression is skipped).
    QList<TextSpan> find(const QString& text) const;
    bool matches(const QString& text) const;
    // The text with every match replaced; `before` and `after` get where the matches were and where
    // their replacements are (for highlighting a preview).
    QString replace(const QString& text, QList<TextSpan>* before = nullptr, QList<TextSpan>* after = nullptr) const;

    const FindPattern& pattern() const { return m_pattern; }

private:
    // A piece of the replacement: literal text, or a capture group's text (group >= 0).
    struct Piece {
        QString literal;
        int group = -1;
    };
    static domain::Result<QList<Piece>> parseReplacement(const QString& replacement, bool regex, int groups);
    QString expand(const QRegularExpressionMatch& match) const;

    FindPattern m_pattern;
    QRegularExpression m_expression;
    QList<Piece> m_replacement;
};

} // namespace tessera::editing
