#include "AsciiWordBreak.h"

namespace tessera::tm {

bool AsciiWordBreak::handles(QStringView text)
{
    for (const QChar c : text)
        if (c.unicode() >= 0x80 || c == QLatin1Char(':'))
            return false;
    return true;
}

AsciiWordBreak::Kind AsciiWordBreak::alone(Class c)
{
    switch (c) {
    case Class::Letter:
        return Kind::Word;
    case Class::Numeric:
        return Kind::Number;
    default:
        return Kind::None; // "_" alone too
    }
}

AsciiWordBreak::Kind AsciiWordBreak::after(Class previous, Class c, Kind kind)
{
    switch (c) {
    case Class::Letter:
        return Kind::Word;
    case Class::Numeric:
        return Kind::Number; // "IPv6" too
    case Class::ExtendNumLet:
        return previous == Class::Numeric ? Kind::Number : Kind::Word;
    default:
        return kind; // the middle of "a.b" or "1,5" (the next character decides), CR LF, spaces
    }
}

bool AsciiWordBreak::joined(QStringView text, qsizetype i, Class a, Class b)
{
    // The rules of UAX #29 in order (WB3…WB13b); WB4 (extend and format characters) has no ASCII.
    if (a == Class::Letter && b == Class::Letter)
        return true; // WB5, first: most pairs
    auto at = [&](qsizetype k) { return k >= 0 && k < text.size() ? classOf(text[k].unicode()) : Class::Other; };
    auto midLetter = [](Class c) { return c == Class::MidNumLet || c == Class::SingleQuote; };
    auto midNum = [](Class c) { return c == Class::MidNum || c == Class::MidNumLet || c == Class::SingleQuote; };
    if (a == Class::CR && b == Class::LF)
        return true; // WB3
    if (a == Class::CR || a == Class::LF || a == Class::Newline || b == Class::CR || b == Class::LF ||
        b == Class::Newline)
        return false; // WB3a, WB3b
    if (a == Class::Space && b == Class::Space)
        return true; // WB3d
    if (a == Class::Letter && b == Class::Letter)
        return true; // WB5
    if (a == Class::Letter && midLetter(b) && at(i + 1) == Class::Letter)
        return true; // WB6
    if (midLetter(a) && b == Class::Letter && at(i - 2) == Class::Letter)
        return true; // WB7
    if ((a == Class::Numeric || a == Class::Letter) && (b == Class::Numeric || b == Class::Letter))
        return true; // WB8, WB9, WB10
    if (midNum(a) && b == Class::Numeric && at(i - 2) == Class::Numeric)
        return true; // WB11
    if (a == Class::Numeric && midNum(b) && at(i + 1) == Class::Numeric)
        return true; // WB12
    if ((a == Class::Letter || a == Class::Numeric || a == Class::ExtendNumLet) && b == Class::ExtendNumLet)
        return true; // WB13a
    if (a == Class::ExtendNumLet && (b == Class::Letter || b == Class::Numeric))
        return true; // WB13b
    return false;    // WB999
}

} // namespace tessera::tm
