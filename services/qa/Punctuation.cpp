// Punctuation: tables of sentence marks by kind across scripts.
#include "Punctuation.h"

#include "LanguageInfo.h"
#include "TextScan.h"

namespace tessera::qa {

Punctuation::Kind Punctuation::kindOf(QChar c, const LanguageInfo& language)
{
    switch (c.unicode()) {
    case u'.':
    case 0x3002: // 。
    case 0xFF0E: // ．
    case 0xFF61: // ｡
    case 0x0964: // । Devanagari danda
    case 0x06D4: // ۔ Urdu
    case 0x1362: // ። Ethiopic
    case 0x0589: // ։ Armenian
    case 0x104B: // ။ Myanmar
    case 0x0F0D: // ། Tibetan
        return Kind::Stop;
    case u'?':
    case 0xFF1F: // ？
    case 0x061F: // ؟ Arabic
    case 0x037E: // ; Greek question mark
    case 0x055E: // ՞ Armenian
    case 0x1367: // ፧ Ethiopic
        return Kind::Question;
    case u'!':
    case 0xFF01: // ！
    case 0x055C: // ՜ Armenian
        return Kind::Exclamation;
    case u':':
    case 0xFF1A: // ：
    case 0x1365: // ፥
        return Kind::Colon;
    case u';':
        return language.greekQuestionMark() ? Kind::Question : Kind::Semicolon;
    case 0xFF1B: // ；
    case 0x061B: // ؛ Arabic
        return Kind::Semicolon;
    case u',':
    case 0xFF0C: // ，
    case 0x3001: // 、
    case 0x060C: // ، Arabic
    case 0x1363: // ፣
        return Kind::Comma;
    case 0x2026: // …
    case 0x22EF: // ⋯
        return Kind::Ellipsis;
    default:
        return Kind::None;
    }
}

bool Punctuation::isClosing(QChar c)
{
    switch (c.unicode()) {
    case u')':
    case u']':
    case u'"':
    case u'\'':
    case 0x00BB: // »
    case 0x00AB: // « (closing in »German«)
    case 0x201C: // “ (closing in „German“)
    case 0x201D: // ”
    case 0x2019: // ’
    case 0x2018: // ‘
    case 0x203A: // ›
    case 0xFF09: // ）
    case 0x300D: // 」
    case 0x300F: // 』
    case 0x3011: // 】
    case 0x300B: // 》
        return true;
    default:
        return false;
    }
}

bool Punctuation::isOpening(QChar c)
{
    switch (c.unicode()) {
    case u'(':
    case u'[':
    case u'"':
    case u'\'':
    case u'`':   // GNU `quote'
    case 0x00AB: // «
    case 0x00BB: // » (opening in »German«)
    case 0x201C: // “
    case 0x201E: // „
    case 0x2018: // ‘
    case 0x201A: // ‚
    case 0xFF08: // （
    case 0x300C: // 「
    case 0x300E: // 『
        return true;
    default:
        return false;
    }
}

Punctuation::Ending Punctuation::ending(QStringView masked, const LanguageInfo& language)
{
    qsizetype i = masked.size();
    while (i > 0 &&
           (TextScan::isSpace(masked[i - 1]) || isClosing(masked[i - 1]) || masked[i - 1] == QChar(TextScan::maskChar)))
        --i;
    if (i == 0)
        return Ending{Kind::None, 0, 0};
    // "..." and "…" are one ellipsis; "?!" and "!!" count as their first mark's kind.
    if (i >= 3 && masked.sliced(i - 3, 3) == QLatin1String("..."))
        return Ending{Kind::Ellipsis, i - 3, 3};
    const Kind kind = kindOf(masked[i - 1], language);
    if (kind == Kind::None)
        return Ending{Kind::None, i, 0};
    qsizetype start = i - 1;
    while (start > 0 &&
           (kindOf(masked[start - 1], language) == Kind::Question ||
            kindOf(masked[start - 1], language) == Kind::Exclamation) &&
           (kind == Kind::Question || kind == Kind::Exclamation))
        --start;
    // A mark quoted or in brackets ("“.”", "(:)") is named, not ending the sentence.
    if (start > 0 && isOpening(masked[start - 1]) && i < masked.size() && isClosing(masked[i]))
        return Ending{Kind::None, i, 0};
    return Ending{kindOf(masked[start], language), start, i - start};
}

QString Punctuation::markFor(Kind kind, const LanguageInfo& language)
{
    const bool wide = language.fullWidthPunctuation();
    const QString& l = language.language();
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Stop:
        if (wide)
            return QStringLiteral("\u3002");
        if (l == QLatin1String("hi") || l == QLatin1String("mr") || l == QLatin1String("ne"))
            return QStringLiteral("\u0964");
        if (l == QLatin1String("ur"))
            return QStringLiteral("\u06D4");
        if (l == QLatin1String("hy"))
            return QStringLiteral("\u0589");
        if (l == QLatin1String("am"))
            return QStringLiteral("\u1362");
        if (l == QLatin1String("my"))
            return QStringLiteral("\u104B");
        return QStringLiteral(".");
    case Kind::Question:
        if (wide)
            return QStringLiteral("\uFF1F");
        if (l == QLatin1String("ar") || l == QLatin1String("fa") || l == QLatin1String("ur"))
            return QStringLiteral("\u061F");
        if (l == QLatin1String("el"))
            return QStringLiteral(";");
        return QStringLiteral("?");
    case Kind::Exclamation:
        return wide ? QStringLiteral("\uFF01") : QStringLiteral("!");
    case Kind::Colon:
        return wide ? QStringLiteral("\uFF1A") : QStringLiteral(":");
    case Kind::Semicolon:
        if (wide)
            return QStringLiteral("\uFF1B");
        if (l == QLatin1String("ar") || l == QLatin1String("fa"))
            return QStringLiteral("\u061B");
        return QStringLiteral(";");
    case Kind::Comma:
        if (wide)
            return QStringLiteral("\uFF0C");
        if (l == QLatin1String("ar") || l == QLatin1String("fa") || l == QLatin1String("ur"))
            return QStringLiteral("\u060C");
        return QStringLiteral(",");
    case Kind::Ellipsis:
        return QStringLiteral("\u2026");
    }
    return {};
}

QString Punctuation::name(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("no closing punctuation");
    case Kind::Stop:
        return QStringLiteral("a full stop");
    case Kind::Question:
        return QStringLiteral("a question mark");
    case Kind::Exclamation:
        return QStringLiteral("an exclamation mark");
    case Kind::Colon:
        return QStringLiteral("a colon");
    case Kind::Semicolon:
        return QStringLiteral("a semicolon");
    case Kind::Comma:
        return QStringLiteral("a comma");
    case Kind::Ellipsis:
        return QStringLiteral("an ellipsis");
    }
    return {};
}

} // namespace tessera::qa
