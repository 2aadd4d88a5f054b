// BracketsCheck: brackets of every width ( ) [ ] { } （ ） 「 」 『 』 【 】 《 》 〈 〉 must nest; double
// quotes, whose opening and closing forms differ by language (“English”, „German“, „Polish”,
// ”Swedish”), only need to come in pairs; « » and » « must be as many each. Placeables are masked
// first, and a text whose source is out of balance (a list item "1)", a smiley) is left alone.
#include "BracketsCheck.h"

#include <algorithm>

#include "qa/CheckInput.h"
#include "qa/TextScan.h"

namespace tessera::qa::checks {

namespace {

struct Problem {
    qsizetype at = -1; // -1: none
    QString message;
};

QChar closerOf(QChar c)
{
    switch (c.unicode()) {
    case u'(':
        return QLatin1Char(')');
    case u'[':
        return QLatin1Char(']');
    case u'{':
        return QLatin1Char('}');
    case 0xFF08:
        return QChar(0xFF09);
    case 0x300C:
        return QChar(0x300D);
    case 0x300E:
        return QChar(0x300F);
    case 0x3010:
        return QChar(0x3011);
    case 0x300A:
        return QChar(0x300B);
    case 0x3008:
        return QChar(0x3009);
    case 0xFF3B:
        return QChar(0xFF3D);
    default:
        return QChar();
    }
}

bool isCloser(QChar c)
{
    switch (c.unicode()) {
    case u')':
    case u']':
    case u'}':
    case 0xFF09:
    case 0x300D:
    case 0x300F:
    case 0x3011:
    case 0x300B:
    case 0x3009:
    case 0xFF3D:
        return true;
    default:
        return false;
    }
}

// ASCII ( and full-width （ are one bracket to a reader: the translation may switch between them.
QChar family(QChar c)
{
    switch (c.unicode()) {
    case 0xFF08:
        return QLatin1Char('(');
    case 0xFF09:
        return QLatin1Char(')');
    case 0xFF3B:
        return QLatin1Char('[');
    case 0xFF3D:
        return QLatin1Char(']');
    default:
        return c;
    }
}

Problem brackets(const QString& t)
{
    QList<qsizetype> open;
    for (qsizetype i = 0; i < t.size(); ++i) {
        const QChar c = t.at(i);
        if (!closerOf(c).isNull()) {
            open.append(i);
        } else if (isCloser(c)) {
            if (open.isEmpty())
                return {i, QStringLiteral("\u201C%1\u201D closes no bracket").arg(c)};
            const QChar expected = closerOf(t.at(open.last()));
            if (family(expected) != family(c))
                return {i, QStringLiteral("\u201C%1\u201D closes \u201C%2\u201D").arg(c, t.at(open.last()))};
            open.removeLast();
        }
    }
    if (!open.isEmpty())
        return {open.last(), QStringLiteral("\u201C%1\u201D is not closed").arg(t.at(open.last()))};
    return {};
}

Problem quotes(const QString& t)
{
    qsizetype doubles = 0, lastDouble = -1, guillemetsLeft = 0, guillemetsRight = 0, lastGuillemet = -1;
    qsizetype ascii = 0, lastAscii = -1;
    for (qsizetype i = 0; i < t.size(); ++i) {
        switch (t.at(i).unicode()) {
        case 0x201C: // “
        case 0x201D: // ”
        case 0x201E: // „
            ++doubles;
            lastDouble = i;
            break;
        case 0x00AB:
            ++guillemetsLeft;
            lastGuillemet = i;
            break;
        case 0x00BB:
            ++guillemetsRight;
            lastGuillemet = i;
            break;
        case u'"':
            ++ascii;
            lastAscii = i;
            break;
        default:
            break;
        }
    }
    if (doubles % 2 != 0)
        return {lastDouble, QStringLiteral("a quotation mark is not closed")};
    if (guillemetsLeft != guillemetsRight)
        return {lastGuillemet, QStringLiteral("\u00AB and \u00BB do not pair up")};
    if (ascii % 2 != 0)
        return {lastAscii, QStringLiteral("a \" is not closed")};
    return {};
}

} // namespace

QString BracketsCheck::description() const
{
    return QStringLiteral("Brackets or quotation marks do not pair up in the translation although they do in the "
                          "source.");
}

void BracketsCheck::run(const CheckInput& input, QList<Issue>& issues) const
{
    for (const FormText& form : input.forms()) {
        if (form.target.isEmpty())
            continue;
        const QString source = TextScan::masked(form.source, form.sourcePlaceables);
        const QString target = TextScan::masked(form.target, form.targetPlaceables);
        // A source of punctuation alone ("`" and "'" in gnulib's quote catalogue) is a single mark to
        // localize, not a pair.
        if (!std::ranges::any_of(source, [](QChar c) { return c.isLetterOrNumber(); }))
            continue;
        for (auto test : {brackets, quotes}) {
            if (test(source).at >= 0)
                continue;
            const Problem problem = test(target);
            if (problem.at < 0)
                continue;
            Issue issue;
            issue.form = form.form;
            issue.start = problem.at;
            issue.length = 1;
            issue.message = problem.message;
            issues.append(issue);
        }
    }
}

} // namespace tessera::qa::checks
