// AsciiWordBreak: the word boundaries of ASCII text by Unicode's rules (UAX #29), without ICU's break
// iterator, which costs the TM tokenizer a third of its time on the ASCII text most TMs are full of.
#pragma once

#include <array>

#include <QStringView>

namespace tessera::tm {

class AsciiWordBreak {
public:
    // What a segment holds, as ICU's rule status tells it: letters (with digits or connectors), only
    // numbers, or neither (space, punctuation).
    enum class Kind { None, Number, Word };

    // Whether `text` can be split here: ASCII without a colon (a few locales, Swedish and Finnish,
    // keep "EU:s" whole; ICU knows their rules).
    static bool handles(QStringView text);
    // Calls `segment(start, end, kind)` for each segment of `text` (which handles() accepted), as
    // ICU's word break iterator (root rules) splits it.
    template <typename F> static void split(QStringView text, F&& segment);

private:
    enum class Class : quint8 {
        Other,
        Letter,
        Numeric,
        ExtendNumLet,
        MidNumLet,
        SingleQuote,
        MidNum,
        Space,
        CR,
        LF,
        Newline
    };
    // The class of an ASCII character, by table: the split calls it several times a character.
    static Class classOf(char16_t c) { return c < 128 ? s_classes[c] : Class::Other; }
    static constexpr Class classify(char16_t c);
    static const std::array<Class, 128> s_classes;
    // Whether there is no boundary between text[i - 1] (of class a) and text[i] (of class b).
    static bool joined(QStringView text, qsizetype i, Class a, Class b);
    // ICU's rule status goes by the last rule that joined: the kind of a segment of one character of
    // class `c`, and of a segment after `c` joined `previous` (`kind` so far).
    static Kind alone(Class c);
    static Kind after(Class previous, Class c, Kind kind);
};

constexpr AsciiWordBreak::Class AsciiWordBreak::classify(char16_t c)
{
    if ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z'))
        return Class::Letter;
    if (c >= u'0' && c <= u'9')
        return Class::Numeric;
    switch (c) {
    case u'_':
        return Class::ExtendNumLet;
    case u'.':
        return Class::MidNumLet;
    case u'\'':
        return Class::SingleQuote;
    case u',':
    case u';':
        return Class::MidNum;
    case u' ':
        return Class::Space;
    case u'\r':
        return Class::CR;
    case u'\n':
        return Class::LF;
    case u'\v':
    case u'\f':
        return Class::Newline;
    default:
        return Class::Other;
    }
}

inline const std::array<AsciiWordBreak::Class, 128> AsciiWordBreak::s_classes = [] {
    std::array<Class, 128> classes{};
    for (char16_t c = 0; c < 128; ++c)
        classes[c] = classify(c);
    return classes;
}();

template <typename F> void AsciiWordBreak::split(QStringView text, F&& segment)
{
    const qsizetype n = text.size();
    if (n == 0)
        return;
    qsizetype start = 0;
    Class previous = classOf(text[0].unicode());
    Kind kind = alone(previous);
    for (qsizetype i = 1; i < n; ++i) {
        const Class c = classOf(text[i].unicode());
        if (joined(text, i, previous, c)) {
            kind = after(previous, c, kind);
        } else {
            segment(start, i, kind);
            start = i;
            kind = alone(c);
        }
        previous = c;
    }
    segment(start, n, kind);
}

} // namespace tessera::tm
