#include "PoWrapper.h"

#include <vector>

#include <QChar>

#include "PoEscape.h"

namespace tessera::formats {

namespace {

// A simplified UAX #14 (Unicode 14, as libunistring 1.0 under msgcat 0.21 applies it) for the characters
// PO strings are made of: breaks after spaces unless a closing mark follows or an opening one precedes;
// after - / . , : ; ! ? | … before letters and brackets; around CJK ideographs except before closing
// punctuation and small kana; never next to quotation marks, joiners or before no-break spaces.
// Checked against 96 real catalogs rewrapped byte for byte (tests/data/po/README.md).
bool isWide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF) ||
           (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF) ||
           (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) ||
           (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F) ||
           (c >= 0x20000 && c <= 0x3FFFD);
}

bool isOpening(char32_t c)
{
    static constexpr char32_t list[] = {U'(',   U'[',   U'{',   U'"',   U'\'',  U'\\',  0xFF08, 0x300C, 0x300E,
                                        0x3010, 0x3014, 0x3008, 0x300A, 0x3018, 0x3016, 0xFF3B, 0xFF5B};
    for (char32_t o : list) {
        if (c == o)
            return true;
    }
    return false;
}

bool isClosingOrNonStarter(char32_t c)
{
    static constexpr char32_t list[] = {0x3001, 0x3002, 0xFF0C, 0xFF0E, 0x30FB, 0xFF1A, 0xFF1B, 0xFF1F, 0xFF01, 0x30FC,
                                        0xFF09, 0x300D, 0x300F, 0x3011, 0x3015, 0x3009, 0x300B, 0x3019, 0x3017, 0x309D,
                                        0x309E, 0x3005, 0x3041, 0x3043, 0x3045, 0x3047, 0x3049, 0x3063, 0x3083, 0x3085,
                                        0x3087, 0x308E, 0x30A1, 0x30A3, 0x30A5, 0x30A7, 0x30A9, 0x30C3, 0x30E3, 0x30E5,
                                        0x30E7, 0x30EE, 0x30F5, 0x30F6, 0xFF5E, 0xFF3D, 0xFF5D, 0x301C};
    for (char32_t o : list) {
        if (c == o)
            return true;
    }
    return false;
}

// Hyphens, slashes, infix and exclamation marks, ellipses and bars allow a break after them.
bool breaksAfter(char32_t c)
{
    switch (c) {
    case U'-':
    case U'/':
    case U'.':
    case U',':
    case U':':
    case U';':
    case U'!':
    case U'?':
    case U'|':
    case 0x2010: // hyphen
    case 0x2013: // en dash
    case 0x2026: // ellipsis
        return true;
    default:
        return false;
    }
}

// Closing brackets and infix, exclamation and slash marks never start a line, even after spaces
// (UAX #14 LB13), nor do closing CJK punctuation and small kana.
bool neverStartsLine(char32_t c)
{
    switch (c) {
    case U')':
    case U']':
    case U'}':
    case U',':
    case U'.':
    case U':':
    case U';':
    case U'!':
    case U'?':
    case U'/':
        return true;
    default:
        return isClosingOrNonStarter(c);
    }
}

// Characters after which no break comes, even after spaces between (UAX #14 LB14): opening brackets.
bool holdsNext(char32_t c)
{
    return c == U'(' || c == U'[' || c == U'{' || c == 0x201E || c == 0x201A || c == 0xFF08 || c == 0x300C ||
           c == 0x300E || c == 0x3010 || c == 0x3014 || c == 0x3008 || c == 0x300A || c == 0xFF3B || c == 0xFF5B;
}

// Quotation marks: no break before or after them except across spaces (UAX #14 LB19).
bool isQuote(char32_t c)
{
    return c == U'"' || c == U'\'' || c == 0x201C || c == 0x201D || c == 0x2018 || c == 0x2019 || c == 0x00AB ||
           c == 0x00BB || c == 0x2039 || c == 0x203A || c == 0x201B || c == 0x201F;
}

// Word joiners glue both neighbours (LB11); no-break spaces what follows them and, unless a space
// or hyphen comes first, what precedes them (LB12, LB12a).
bool isJoiner(char32_t c)
{
    return c == 0x2060 || c == 0xFEFF || c == 0x200D;
}

bool isGlue(char32_t c)
{
    return c == 0x00A0 || c == 0x202F || c == 0x2007 || c == 0x2011 || c == 0x180E || c == 0x0F0C;
}

bool isOpeningBracket(char32_t c)
{
    return c == U'(' || c == U'[' || c == U'{';
}

bool isClosingBracket(char32_t c)
{
    return c == U')' || c == U']' || c == U'}';
}

// Whether a line may break before chars[i].
bool breakBefore(const std::vector<char32_t>& chars, size_t i)
{
    const char32_t prev = chars[i - 1];
    const char32_t cur = chars[i];
    if (cur == U' ' || isJoiner(cur) || isJoiner(prev) || isGlue(prev))
        return false;
    if (isGlue(cur))
        return prev == U' ' || prev == U'-' || prev == U'|' || prev == 0x2010 || prev == 0x2013;
    if (prev == U' ') {
        if (neverStartsLine(cur))
            return false;
        size_t j = i - 1;
        while (j > 0 && chars[j] == U' ')
            --j;
        if (chars[j] == U' ')
            return true;
        // An opening bracket holds what follows it; a quote holds an opening bracket (LB14, LB15).
        return !holdsNext(chars[j]) && !(isQuote(chars[j]) && holdsNext(cur));
    }
    if (isQuote(prev) || isQuote(cur))
        return false;
    // Prefix signs ($ + \\) break before another prefix or a percent sign, as libunistring's table has it.
    const auto isPrefix = [](char32_t c) { return c == U'$' || c == U'+' || c == U'\\'; };
    if (isPrefix(prev) && (isPrefix(cur) || cur == U'%'))
        return true;
    if (breaksAfter(prev)) {
        if (QChar::isDigit(cur) || neverStartsLine(cur) || breaksAfter(cur) || cur == U'\'' || cur == U'"' ||
            cur == 0x201C || cur == 0x201D || cur == 0x00BB)
            return false;
        return !isWide(cur) || !isClosingOrNonStarter(cur);
    }
    if (isClosingBracket(prev) && isOpeningBracket(cur))
        return true;
    const bool prevWide = isWide(prev);
    const bool curWide = isWide(cur);
    if (prevWide && curWide)
        return !isClosingOrNonStarter(cur) && !isOpening(prev);
    if (curWide) // a narrow character, then an ideograph: UAX #14 breaks unless OP, QU or PR comes first
        return !isClosingOrNonStarter(cur) && !isOpening(prev) && prev != U'$' && prev != U'+';
    if (prevWide) { // an ideograph, then a narrow character: no break before closing and infix marks
        static constexpr char32_t noBreakBefore[] = {U')', U']', U'}',  U',', U'.', U':', U';', U'!',
                                                     U'?', U'%', U'\'', U'"', U'-', U'/', U'|', 0x2026};
        for (char32_t c : noBreakBefore) {
            if (cur == c)
                return false;
        }
        if (isClosingOrNonStarter(prev) && (cur == U'\\' || cur == U'$' || cur == U'+')) // LB25: CL × PR
            return false;
        return !isOpening(prev);
    }
    return false;
}

struct Portion {
    std::vector<char32_t> chars;
    std::vector<bool> noBreakBefore; // overrides: inside an escape sequence
};

// Marks where lines break so that no line passes `width` columns, as libunistring's
// u8_width_linebreaks does: greedy, one piece per break opportunity.
std::vector<bool> lineBreaks(const Portion& portion, int width, int startColumn)
{
    const size_t n = portion.chars.size();
    std::vector<bool> breaks(n, false);
    qsizetype lastPiece = -1;
    int lastColumn = startColumn;
    int pieceWidth = 0;
    for (size_t i = 0; i < n; ++i) {
        const bool opportunity = i > 0 && !portion.noBreakBefore[i] && breakBefore(portion.chars, i);
        if (opportunity) {
            if (lastPiece >= 0 && lastColumn + pieceWidth > width) {
                breaks[size_t(lastPiece)] = true;
                lastColumn = 0;
            }
            lastPiece = qsizetype(i);
            lastColumn += pieceWidth;
            pieceWidth = 0;
        }
        pieceWidth += PoWrapper::width(portion.chars[i]);
    }
    if (lastPiece >= 0 && lastColumn + pieceWidth > width)
        breaks[size_t(lastPiece)] = true;
    return breaks;
}

bool any(const std::vector<bool>& v)
{
    for (bool b : v) {
        if (b)
            return true;
    }
    return false;
}

} // namespace

int PoWrapper::width(char32_t c)
{
    if (c < 0x20 || (c >= 0x7F && c < 0xA0))
        return 0;
    const QChar::Category category = QChar::category(c);
    if (category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing || c == 0x200B)
        return 0;
    return isWide(c) ? 2 : 1;
}

QStringList PoWrapper::wrap(const QString& keyword, const QString& value, bool noWrap, int pageWidth)
{
    QStringList lines;
    const QList<uint> codePoints = value.toUcs4();
    const qsizetype total = codePoints.size();
    // The content of a line may fill the page but for its two quotes.
    const int width = noWrap ? (1 << 29) : pageWidth - 2;
    bool firstLine = true;
    qsizetype s = 0;
    do {
        qsizetype es = s;
        while (es < total) {
            if (codePoints[es++] == U'\n')
                break;
        }
        Portion portion;
        for (qsizetype i = s; i < es; ++i) {
            const char32_t c = codePoints[i];
            if (c < 0x10000 && PoEscape::isEscaped(QChar(char16_t(c)))) {
                const QString escaped = PoEscape::encode(QString(QChar(char16_t(c))));
                portion.chars.push_back(escaped[0].unicode());
                portion.noBreakBefore.push_back(false);
                portion.chars.push_back(escaped[1].unicode());
                portion.noBreakBefore.push_back(true);
            } else {
                portion.chars.push_back(c);
                portion.noBreakBefore.push_back(false);
            }
        }
        // No break just before the "\n" that ends a portion.
        if (es > s && codePoints[es - 1] == U'\n')
            portion.noBreakBefore[portion.chars.size() - 2] = true;

        std::vector<bool> breaks = lineBreaks(portion, width, firstLine ? int(keyword.size()) + 1 : 0);
        if (firstLine && !portion.chars.empty() && (es < total || any(breaks))) {
            lines.append(keyword + QLatin1StringView(" \"\""));
            firstLine = false;
            breaks = lineBreaks(portion, width, 0);
        }
        QString line = firstLine ? keyword + QLatin1StringView(" \"") : QStringLiteral("\"");
        for (size_t i = 0; i < portion.chars.size(); ++i) {
            if (breaks[i]) {
                line += QLatin1Char('"');
                lines.append(line);
                line = QStringLiteral("\"");
            }
            // Not QString::fromUcs4: it would take a U+FEFF for a byte order mark and drop it.
            const char32_t c = portion.chars[i];
            if (QChar::requiresSurrogates(c)) {
                line += QChar(QChar::highSurrogate(c));
                line += QChar(QChar::lowSurrogate(c));
            } else {
                line += QChar(char16_t(c));
            }
        }
        line += QLatin1Char('"');
        lines.append(line);
        firstLine = false;
        s = es;
    } while (s < total);
    return lines;
}

} // namespace tessera::formats
