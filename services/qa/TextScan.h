// TextScan: small text helpers the checks share: placeables masked out without moving offsets,
// white space at the ends, quoting a piece of text for a message.
#pragma once

#include <QList>
#include <QString>

#include "text/Placeable.h"

namespace tessera::qa {

class TextScan {
public:
    // The character that stands for a masked placeable: a private-use code point no check treats as
    // a letter, digit, space or punctuation.
    static constexpr char16_t maskChar = 0xE000;

    // `text` with each placeable's characters replaced by maskChar (offsets unchanged).
    static QString masked(const QString& text, const QList<text::Placeable>& placeables);

    // Space, tab, newline, no-break spaces, thin spaces and the ideographic space.
    static bool isSpace(QChar c);
    static qsizetype leadingSpace(QStringView text);  // length of the white space at the start
    static qsizetype trailingSpace(QStringView text); // … at the end

    // Characters of Han, Hiragana, Katakana or Hangul (full-width typography, no repeated-word rule).
    static bool isCjk(QChar c);

    // “text”, cut to 40 characters with "…", newlines shown as ⏎, for messages.
    static QString quote(QStringView text);
};

} // namespace tessera::qa
