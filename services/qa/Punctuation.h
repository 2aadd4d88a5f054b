// Punctuation: sentence punctuation across scripts: which mark ends a text, what kind of mark it is
// (a stop in English, Chinese, Hindi, Arabic, Armenian…), and how a language writes each kind.
#pragma once

#include <QString>

namespace tessera::qa {

class LanguageInfo;

class Punctuation {
public:
    enum class Kind { None, Stop, Question, Exclamation, Colon, Semicolon, Comma, Ellipsis };

    struct Ending {
        Kind kind = Kind::None;
        qsizetype start = 0;  // of the mark in the text (after it only spaces, closing quotes, brackets, tags)
        qsizetype length = 0; // 0 when Kind::None; then start is where one would go
    };

    // The sentence mark the text ends with, looking past trailing white space, closing quotes and
    // brackets and masked placeables (TextScan::maskChar). `language` decides what ';' is (Greek: a
    // question mark).
    static Ending ending(QStringView masked, const LanguageInfo& language);
    static Kind kindOf(QChar c, const LanguageInfo& language);
    // How `language` writes a kind ("。" in Chinese, "." elsewhere); empty for None.
    static QString markFor(Kind kind, const LanguageInfo& language);
    static QString name(Kind kind); // "full stop", "question mark", …
    // Closing quotes and brackets that may follow the sentence mark.
    static bool isClosing(QChar c);
    static bool isOpening(QChar c);
};

} // namespace tessera::qa
