#include "Placeables.h"

#include <algorithm>

#include <QRegularExpression>
#include <QStringView>

namespace tessera::text {

namespace {

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

bool isAsciiLetter(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
}

bool isHexDigit(QChar c)
{
    return isAsciiDigit(c) || (c >= QLatin1Char('a') && c <= QLatin1Char('f')) ||
           (c >= QLatin1Char('A') && c <= QLatin1Char('F'));
}

bool isIdentifierStart(QChar c)
{
    return c.isLetter() || c == QLatin1Char('_');
}

bool isIdentifierChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

bool isInlineSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r');
}

// Bounds on how far one construct may reach, so that text full of unclosed openers ("{a, select, b {"
// ten thousand times) costs linear time, not quadratic. Real placeables are far shorter.
constexpr qsizetype s_maxBranch = 8192;
constexpr qsizetype s_maxAttribute = 2048;
constexpr qsizetype s_maxComment = 4096;
constexpr qsizetype s_maxFormatSpec = 64;

struct Match {
    qsizetype length = 0;
    PlaceableKind kind = PlaceableKind::Printf;
};

// One pass over a text (or a branch of an ICU argument) that appends spans in order.
class Scanner {
public:
    Scanner(QStringView text, QList<Placeable>& out)
        : m_text(text)
        , m_out(out)
    {}

    void scan(qsizetype from, qsizetype to, bool inPluralBranch)
    {
        qsizetype pos = from;
        while (pos < to) {
            const QChar c = m_text[pos];
            if (c == QLatin1Char('{')) {
                if (const qsizetype end = icuComplex(pos, to); end > pos) {
                    pos = end;
                    continue;
                }
                // "{{" that is no i18next placeholder is an escaped brace (Python, .NET): "{{}}" is prose.
                if (at(pos + 1, to) == QLatin1Char('{') && i18next(pos, to) == 0) {
                    pos += 2;
                    continue;
                }
            }
            Match best;
            auto consider = [&](qsizetype length, PlaceableKind kind) {
                if (length > best.length)
                    best = Match{length, kind};
            };
            switch (c.unicode()) {
            case '%':
                if (pos + 1 < to && m_text[pos + 1] == QLatin1Char('%'))
                    consider(2, PlaceableKind::Escape);
                consider(printf(pos, to), PlaceableKind::Printf);
                consider(qt(pos, to), PlaceableKind::Qt);
                consider(pythonPercent(pos, to), PlaceableKind::Python);
                consider(ruby(pos, to), PlaceableKind::Ruby);
                break;
            case '{':
                consider(i18next(pos, to), PlaceableKind::I18next);
                consider(icuSimple(pos, to), PlaceableKind::Icu);
                consider(pythonBrace(pos, to), PlaceableKind::Python);
                break;
            case '<':
                consider(tag(pos, to), PlaceableKind::Tag);
                break;
            case '&':
                consider(entity(pos, to), PlaceableKind::Entity);
                break;
            case '\\':
                consider(escape(pos, to), PlaceableKind::Escape);
                break;
            case '#':
                if (inPluralBranch)
                    consider(1, PlaceableKind::Icu);
                break;
            default:
                break;
            }
            if (best.length > 0) {
                m_out.append(Placeable{pos, best.length, best.kind});
                pos += best.length;
            } else {
                ++pos;
            }
        }
    }

private:
    QChar at(qsizetype i, qsizetype to) const { return i < to ? m_text[i] : QChar(); }

    // The first c in [from, min(to, from + reach)), or -1.
    qsizetype find(QChar c, qsizetype from, qsizetype to, qsizetype reach) const
    {
        const qsizetype end = std::min(to, from + reach);
        if (from >= end)
            return -1;
        const qsizetype found = m_text.sliced(from, end - from).indexOf(c);
        return found < 0 ? -1 : from + found;
    }

    qsizetype skipSpaces(qsizetype i, qsizetype to) const
    {
        while (i < to && isInlineSpace(m_text[i]))
            ++i;
        return i;
    }

    qsizetype skipDigits(qsizetype i, qsizetype to) const
    {
        while (i < to && isAsciiDigit(m_text[i]))
            ++i;
        return i;
    }

    qsizetype skipIdentifier(qsizetype i, qsizetype to) const
    {
        if (i >= to || !isIdentifierStart(m_text[i]))
            return i;
        while (i < to && isIdentifierChar(m_text[i]))
            ++i;
        return i;
    }

    // [flags][width][.precision][length] after the '%' (or after a Ruby %<name>); returns the index
    // of the conversion character.
    qsizetype printfSpec(qsizetype i, qsizetype to, QLatin1StringView flags) const
    {
        while (i < to && flags.contains(m_text[i]))
            ++i;
        if (at(i, to) == QLatin1Char('*'))
            ++i;
        else
            i = skipDigits(i, to);
        if (at(i, to) == QLatin1Char('.')) {
            ++i;
            if (at(i, to) == QLatin1Char('*'))
                ++i;
            else
                i = skipDigits(i, to);
        }
        return i;
    }

    // %s %d %5.2f %-10s %.*s %ld %llu %zu %1$s %2$@ (Apple); %n belongs to Qt.
    qsizetype printf(qsizetype pos, qsizetype to) const
    {
        qsizetype i = pos + 1;
        if (at(i, to) >= QLatin1Char('1') && at(i, to) <= QLatin1Char('9')) {
            const qsizetype afterDigits = skipDigits(i, to);
            if (at(afterDigits, to) == QLatin1Char('$'))
                i = afterDigits + 1;
        }
        // No space flag: "100% sure" is prose far more often than "% s" is code.
        i = printfSpec(i, to, QLatin1StringView("-+#0'"));
        static const QLatin1StringView lengths[] = {
            QLatin1StringView("hh"), QLatin1StringView("ll"), QLatin1StringView("h"),
            QLatin1StringView("l"),  QLatin1StringView("L"),  QLatin1StringView("q"),
            QLatin1StringView("j"),  QLatin1StringView("z"),  QLatin1StringView("t")};
        if (const qsizetype macro = inttypesMacro(i, to); macro > 0)
            return macro - pos;
        for (QLatin1StringView length : lengths) {
            if (m_text.sliced(i, to - i).startsWith(length)) {
                i += length.size();
                break;
            }
        }
        if (i < to && QLatin1StringView("diouxXeEfFgGaAcsSp@").contains(m_text[i]))
            return i + 1 - pos;
        return 0;
    }

    // gettext's <inttypes.h> macros in place of the length and conversion: "%<PRIuMAX>",
    // "%10<PRId64>", "%1$<PRIxPTR>" (xgettext writes them so, msgfmt expands them per platform).
    // Returns the index after the '>', or 0.
    qsizetype inttypesMacro(qsizetype i, qsizetype to) const
    {
        if (!m_text.sliced(i, to - i).startsWith(QLatin1StringView("<PRI")))
            return 0;
        qsizetype j = i + 4;
        if (!QLatin1StringView("diouxX").contains(at(j, to)))
            return 0;
        ++j;
        const qsizetype end = std::min(to, j + 8); // MAX, PTR, 64, LEAST32, FAST16
        while (j < end && (isAsciiDigit(m_text[j]) || (m_text[j] >= QLatin1Char('A') && m_text[j] <= QLatin1Char('Z'))))
            ++j;
        return at(j, to) == QLatin1Char('>') ? j + 1 : 0;
    }

    static bool isInttypesName(QStringView name)
    {
        return name.size() >= 4 && name.startsWith(QLatin1StringView("PRI")) &&
               QLatin1StringView("diouxX").contains(name[3]);
    }

    // %1 … %99, %L1, %n, %Ln.
    qsizetype qt(qsizetype pos, qsizetype to) const
    {
        qsizetype i = pos + 1;
        if (at(i, to) == QLatin1Char('L'))
            ++i;
        if (at(i, to) == QLatin1Char('n'))
            return i + 1 - pos;
        if (at(i, to) < QLatin1Char('1') || at(i, to) > QLatin1Char('9'))
            return 0;
        ++i;
        if (isAsciiDigit(at(i, to)))
            ++i;
        return i - pos;
    }

    // %(name)s, %(count)d, %(price).2f.
    qsizetype pythonPercent(qsizetype pos, qsizetype to) const
    {
        qsizetype i = pos + 1;
        if (at(i, to) != QLatin1Char('('))
            return 0;
        const qsizetype nameEnd = skipIdentifier(i + 1, to);
        if (nameEnd == i + 1 || at(nameEnd, to) != QLatin1Char(')'))
            return 0;
        i = printfSpec(nameEnd + 1, to, QLatin1StringView("-+ #0"));
        if (i < to && (m_text[i] == QLatin1Char('l') || m_text[i] == QLatin1Char('h') || m_text[i] == QLatin1Char('L')))
            ++i;
        if (i < to && QLatin1StringView("diouxXeEfFgGcrsa").contains(m_text[i]))
            return i + 1 - pos;
        return 0;
    }

    // %{name}, %<name>d.
    qsizetype ruby(qsizetype pos, qsizetype to) const
    {
        const QChar open = at(pos + 1, to);
        if (open != QLatin1Char('{') && open != QLatin1Char('<'))
            return 0;
        const qsizetype nameEnd = skipIdentifier(pos + 2, to);
        if (nameEnd == pos + 2)
            return 0;
        if (open == QLatin1Char('{'))
            return at(nameEnd, to) == QLatin1Char('}') ? nameEnd + 1 - pos : 0;
        // "%<PRIuMAX> bytes" is gettext's printf macro, not Ruby's %<name> with a " b" format.
        if (at(nameEnd, to) != QLatin1Char('>') || isInttypesName(m_text.sliced(pos + 2, nameEnd - pos - 2)))
            return 0;
        const qsizetype i = printfSpec(nameEnd + 1, to, QLatin1StringView("-+ #0"));
        if (i < to && QLatin1StringView("bBdiouxXeEfgGaAcps").contains(m_text[i]))
            return i + 1 - pos;
        return 0;
    }

    // {{name}}, {{ name }}, {{- html}}, {{user.name}}, {{value, number}}.
    qsizetype i18next(qsizetype pos, qsizetype to) const
    {
        if (at(pos + 1, to) != QLatin1Char('{'))
            return 0;
        qsizetype i = skipSpaces(pos + 2, to);
        if (at(i, to) == QLatin1Char('-'))
            i = skipSpaces(i + 1, to);
        const qsizetype nameStart = i;
        while (i < to && (isIdentifierChar(m_text[i]) || m_text[i] == QLatin1Char('.') ||
                          m_text[i] == QLatin1Char('$') || m_text[i] == QLatin1Char('-')))
            ++i;
        if (i == nameStart)
            return 0;
        i = skipSpaces(i, to);
        if (at(i, to) == QLatin1Char(',')) {
            while (i < to && m_text[i] != QLatin1Char('}') && m_text[i] != QLatin1Char('{') &&
                   m_text[i] != QLatin1Char('\n'))
                ++i;
        }
        if (at(i, to) == QLatin1Char('}') && at(i + 1, to) == QLatin1Char('}'))
            return i + 2 - pos;
        return 0;
    }

    // An ICU argument name or number; returns its end, or start when there is none.
    qsizetype icuName(qsizetype i, qsizetype to) const
    {
        const qsizetype start = i;
        while (i < to && isIdentifierChar(m_text[i]))
            ++i;
        return i == start ? start : i;
    }

    // {name}, {0}, { name }, {count, number}, {when, date, short}, {n, number, ::currency/EUR}.
    qsizetype icuSimple(qsizetype pos, qsizetype to) const
    {
        qsizetype i = skipSpaces(pos + 1, to);
        const qsizetype nameEnd = icuName(i, to);
        if (nameEnd == i)
            return 0;
        i = skipSpaces(nameEnd, to);
        if (at(i, to) == QLatin1Char('}'))
            return i + 1 - pos;
        if (at(i, to) != QLatin1Char(','))
            return 0;
        i = skipSpaces(i + 1, to);
        const qsizetype typeEnd = skipIdentifier(i, to);
        static const QStringList types = {QStringLiteral("number"),  QStringLiteral("date"),
                                          QStringLiteral("time"),    QStringLiteral("spellout"),
                                          QStringLiteral("ordinal"), QStringLiteral("duration")};
        if (!types.contains(m_text.sliced(i, typeEnd - i)))
            return 0;
        i = skipSpaces(typeEnd, to);
        if (at(i, to) == QLatin1Char(',')) {
            bool quoted = false; // date patterns quote literal text: 'at'
            const qsizetype styleEnd = std::min(to, i + s_maxFormatSpec);
            for (++i; i < styleEnd; ++i) {
                const QChar c = m_text[i];
                if (c == QLatin1Char('\''))
                    quoted = !quoted;
                else if (!quoted && (c == QLatin1Char('{') || c == QLatin1Char('}')))
                    break;
            }
        }
        return at(i, to) == QLatin1Char('}') ? i + 1 - pos : 0;
    }

    // The '}' closing a branch whose text starts at i, honouring ICU's apostrophe quoting ("'{'"
    // is a literal brace, "''" an apostrophe); -1 when there is none.
    qsizetype branchEnd(qsizetype i, qsizetype to) const
    {
        to = std::min(to, i + s_maxBranch);
        int depth = 0;
        while (i < to) {
            const QChar c = m_text[i];
            if (c == QLatin1Char('\'') && i + 1 < to) {
                const QChar next = m_text[i + 1];
                if (next == QLatin1Char('\'')) {
                    i += 2;
                    continue;
                }
                if (next == QLatin1Char('{') || next == QLatin1Char('}') || next == QLatin1Char('#') ||
                    next == QLatin1Char('|')) {
                    i += 2;
                    while (i < to && m_text[i] != QLatin1Char('\''))
                        ++i;
                    ++i;
                    continue;
                }
            }
            if (c == QLatin1Char('{')) {
                ++depth;
            } else if (c == QLatin1Char('}')) {
                if (depth == 0)
                    return i;
                --depth;
            }
            ++i;
        }
        return -1;
    }

    // {n, plural, [offset:1] =0 {…} one {…} other {…}}, selectordinal and select. Appends the
    // structure as IcuSyntax spans and the placeables of each branch; returns the end of the
    // argument, or pos when there is no such argument here (nothing appended).
    qsizetype icuComplex(qsizetype pos, qsizetype to)
    {
        qsizetype i = skipSpaces(pos + 1, to);
        const qsizetype nameEnd = icuName(i, to);
        if (nameEnd == i)
            return pos;
        i = skipSpaces(nameEnd, to);
        if (at(i, to) != QLatin1Char(','))
            return pos;
        i = skipSpaces(i + 1, to);
        const qsizetype typeEnd = skipIdentifier(i, to);
        const QStringView type = m_text.sliced(i, typeEnd - i);
        const bool plural = type == QLatin1String("plural") || type == QLatin1String("selectordinal");
        if (!plural && type != QLatin1String("select"))
            return pos;
        i = skipSpaces(typeEnd, to);
        if (at(i, to) != QLatin1Char(','))
            return pos;
        i = skipSpaces(i + 1, to);
        if (plural && m_text.sliced(i, to - i).startsWith(QLatin1String("offset:"))) {
            const qsizetype digitsEnd = skipDigits(skipSpaces(i + 7, to), to);
            if (digitsEnd == skipSpaces(i + 7, to))
                return pos;
            i = skipSpaces(digitsEnd, to);
        }

        struct Branch {
            qsizetype start; // first character of the branch text
            qsizetype end;   // its closing '}'
        };
        QList<Branch> branches;
        while (true) {
            i = skipSpaces(i, to);
            if (at(i, to) == QLatin1Char('}'))
                break;
            const qsizetype selectorStart = i;
            if (at(i, to) == QLatin1Char('=')) {
                i = skipDigits(i + 1, to);
                if (at(i, to) == QLatin1Char('.'))
                    i = skipDigits(i + 1, to);
            } else {
                i = skipIdentifier(i, to);
            }
            if (i == selectorStart || (i == selectorStart + 1 && m_text[selectorStart] == QLatin1Char('=')))
                return pos;
            i = skipSpaces(i, to);
            if (at(i, to) != QLatin1Char('{'))
                return pos;
            const qsizetype end = branchEnd(i + 1, to);
            if (end < 0)
                return pos;
            branches.append(Branch{i + 1, end});
            i = end + 1;
        }
        if (branches.isEmpty())
            return pos;

        const qsizetype argumentEnd = i + 1;
        qsizetype syntaxStart = pos;
        for (const Branch& branch : branches) {
            m_out.append(Placeable{syntaxStart, branch.start - syntaxStart, PlaceableKind::IcuSyntax});
            scan(branch.start, branch.end, plural);
            syntaxStart = branch.end;
        }
        m_out.append(Placeable{syntaxStart, argumentEnd - syntaxStart, PlaceableKind::IcuSyntax});
        return argumentEnd;
    }

    // {} {0} {name} {x:>10} {0!r} {user.name} {items[0]} {when:%Y-%m-%d}.
    qsizetype pythonBrace(qsizetype pos, qsizetype to) const
    {
        qsizetype i = pos + 1;
        if (isAsciiDigit(at(i, to)))
            i = skipDigits(i, to);
        else
            i = skipIdentifier(i, to);
        while (i < to) {
            if (m_text[i] == QLatin1Char('.') && isIdentifierStart(at(i + 1, to))) {
                i = skipIdentifier(i + 1, to);
            } else if (m_text[i] == QLatin1Char('[')) {
                const qsizetype close = find(QLatin1Char(']'), i, to, 32);
                if (close < 0 || close == i + 1)
                    return 0;
                i = close + 1;
            } else {
                break;
            }
        }
        if (at(i, to) == QLatin1Char('!')) {
            if (!QLatin1StringView("rsa").contains(at(i + 1, to)))
                return 0;
            i += 2;
        }
        if (at(i, to) == QLatin1Char(':')) {
            const qsizetype close = find(QLatin1Char('}'), i, to, s_maxFormatSpec);
            if (close < 0)
                return 0;
            const QStringView spec = m_text.sliced(i + 1, close - i - 1);
            // The standard mini-language, or a strftime-style spec for dates.
            static const QRegularExpression standard(
                QStringLiteral(R"(^(.?[<>=^])?[-+ ]?z?#?0?\d*[,_]?(\.\d+)?[bcdeEfFgGnosxX%]?$)"));
            if (spec.contains(QLatin1Char('{')) || spec.contains(QLatin1Char('\n')) ||
                (!spec.startsWith(QLatin1Char('%')) && !standard.matchView(spec).hasMatch()))
                return 0;
            i = close;
        }
        return at(i, to) == QLatin1Char('}') ? i + 1 - pos : 0;
    }

    // <b> </b> <br/> <br /> <a href="…" target=_blank> <xliff:g id="x"> <!-- comment -->.
    qsizetype tag(qsizetype pos, qsizetype to) const
    {
        const QStringView rest = m_text.sliced(pos, to - pos);
        if (rest.startsWith(QLatin1String("<!--"))) {
            const qsizetype close = rest.first(std::min(rest.size(), s_maxComment)).indexOf(QLatin1String("-->"), 4);
            return close < 0 ? 0 : close + 3;
        }
        qsizetype i = pos + 1;
        const bool closing = at(i, to) == QLatin1Char('/');
        if (closing)
            ++i;
        auto skipName = [&](qsizetype k) {
            if (!isAsciiLetter(at(k, to)))
                return k;
            while (k < to &&
                   (isAsciiLetter(m_text[k]) || isAsciiDigit(m_text[k]) || m_text[k] == QLatin1Char(':') ||
                    m_text[k] == QLatin1Char('_') || m_text[k] == QLatin1Char('.') || m_text[k] == QLatin1Char('-')))
                ++k;
            return k;
        };
        const qsizetype nameEnd = skipName(i);
        if (nameEnd == i)
            return 0;
        i = nameEnd;
        if (closing) {
            i = skipSpaces(i, to);
            return at(i, to) == QLatin1Char('>') ? i + 1 - pos : 0;
        }
        while (true) {
            const qsizetype afterSpace = skipSpaces(i, to);
            const QChar c = at(afterSpace, to);
            if (c == QLatin1Char('>'))
                return afterSpace + 1 - pos;
            if (c == QLatin1Char('/'))
                return at(afterSpace + 1, to) == QLatin1Char('>') ? afterSpace + 2 - pos : 0;
            if (afterSpace == i) // attributes are separated by space
                return 0;
            const qsizetype attributeEnd = skipName(afterSpace);
            if (attributeEnd == afterSpace)
                return 0;
            i = skipSpaces(attributeEnd, to);
            if (at(i, to) != QLatin1Char('='))
                return 0;
            i = skipSpaces(i + 1, to);
            const QChar quote = at(i, to);
            if (quote == QLatin1Char('"') || quote == QLatin1Char('\'')) {
                const qsizetype close = find(quote, i + 1, to, s_maxAttribute);
                if (close < 0)
                    return 0;
                i = close + 1;
            } else {
                const qsizetype valueStart = i;
                while (i < to && !m_text[i].isSpace() && !QLatin1StringView("\"'=<>`").contains(m_text[i]))
                    ++i;
                if (i == valueStart)
                    return 0;
            }
        }
    }

    // &amp; &nbsp; &#160; &#x41;.
    qsizetype entity(qsizetype pos, qsizetype to) const
    {
        qsizetype i = pos + 1;
        if (at(i, to) == QLatin1Char('#')) {
            ++i;
            const bool hex = at(i, to) == QLatin1Char('x') || at(i, to) == QLatin1Char('X');
            if (hex)
                ++i;
            const qsizetype digitsStart = i;
            while (i < to && (hex ? isHexDigit(m_text[i]) : isAsciiDigit(m_text[i])))
                ++i;
            if (i == digitsStart || i - digitsStart > 7)
                return 0;
        } else {
            if (!isAsciiLetter(at(i, to)))
                return 0;
            const qsizetype nameStart = i;
            while (i < to && (isAsciiLetter(m_text[i]) || isAsciiDigit(m_text[i])))
                ++i;
            if (i - nameStart < 2 || i - nameStart > 32)
                return 0;
        }
        return at(i, to) == QLatin1Char(';') ? i + 1 - pos : 0;
    }

    // \n \t \r \" \' \\ \0 \a \b \f \v, \u00e9, \U0001F600, \x41.
    qsizetype escape(qsizetype pos, qsizetype to) const
    {
        const QChar c = at(pos + 1, to);
        if (c.isNull())
            return 0;
        auto hexRun = [&](qsizetype count) {
            for (qsizetype k = 0; k < count; ++k)
                if (!isHexDigit(at(pos + 2 + k, to)))
                    return qsizetype(0);
            return count + 2;
        };
        if (c == QLatin1Char('u'))
            return hexRun(4);
        if (c == QLatin1Char('U'))
            return hexRun(8);
        if (c == QLatin1Char('x'))
            return hexRun(2);
        return QLatin1StringView("ntr\"'\\0abfv").contains(c) ? 2 : 0;
    }

    QStringView m_text;
    QList<Placeable>& m_out;
};

} // namespace

QList<Placeable> Placeables::find(const QString& text)
{
    QList<Placeable> spans;
    // Every placeable starts at one of these ('#' only inside an ICU argument, which starts at '{'):
    // most texts hold none, and this loop is several times cheaper than the scanner's.
    const bool any = std::any_of(text.cbegin(), text.cend(), [](QChar c) {
        const char16_t u = c.unicode();
        return u == u'%' || u == u'{' || u == u'<' || u == u'&' || u == u'\\';
    });
    if (!any)
        return spans;
    Scanner(text, spans).scan(0, text.size(), false);
    return spans;
}

QString Placeables::withoutPlaceables(const QString& text)
{
    const QList<Placeable> spans = find(text);
    if (spans.isEmpty())
        return text;
    QString result;
    result.reserve(text.size());
    qsizetype pos = 0;
    for (const Placeable& span : spans) {
        result.append(QStringView(text).sliced(pos, span.start - pos));
        result.append(QLatin1Char(' '));
        pos = span.end();
    }
    result.append(QStringView(text).sliced(pos));
    return result;
}

} // namespace tessera::text
