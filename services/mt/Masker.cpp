// Masker: tokens in the provider's style, found again with forgiving patterns.
#include "Masker.h"

#include <QList>
#include <QRegularExpression>

#include "text/Placeables.h"

namespace tessera::mt {

namespace {

const QRegularExpression& tokenPattern(MaskStyle style)
{
    static const QRegularExpression brackets(QStringLiteral(R"(\[\[\s*(\d+)\s*\]\])"));
    static const QRegularExpression xml(QStringLiteral(R"(<\s*x\s+id\s*=\s*["']?(\d+)["']?\s*/?\s*>)"),
                                        QRegularExpression::CaseInsensitiveOption);
    return style == MaskStyle::Brackets ? brackets : xml;
}

// Pieces of a token left after the whole tokens are taken out: a provider that broke one.
const QRegularExpression& debrisPattern(MaskStyle style)
{
    static const QRegularExpression brackets(QStringLiteral(R"(\[\[|\]\])"));
    static const QRegularExpression xml(QStringLiteral(R"(<\s*/?\s*x\b|\bid\s*=\s*["']\d)"),
                                        QRegularExpression::CaseInsensitiveOption);
    return style == MaskStyle::Brackets ? brackets : xml;
}

qsizetype countMatches(const QRegularExpression& pattern, const QString& text)
{
    qsizetype count = 0;
    for (auto it = pattern.globalMatch(text); it.hasNext(); it.next())
        ++count;
    return count;
}

QString withoutTokens(const QString& text, MaskStyle style)
{
    QString copy = text;
    return copy.replace(tokenPattern(style), QStringLiteral(" "));
}

} // namespace

QString Masker::token(int number, MaskStyle style)
{
    return style == MaskStyle::Brackets ? QStringLiteral("[[%1]]").arg(number)
                                        : QStringLiteral("<x id=\"%1\"/>").arg(number);
}

MaskedText Masker::mask(const QString& text, MaskStyle style)
{
    MaskedText masked;
    masked.style = style;
    qsizetype at = 0;
    for (const text::Placeable& p : text::Placeables::find(text)) {
        masked.text += QStringView(text).mid(at, p.start - at);
        masked.placeables.append(text.mid(p.start, p.length));
        masked.text += token(int(masked.placeables.size()), style);
        at = p.end();
    }
    masked.text += QStringView(text).mid(at);
    return masked;
}

UnmaskedText Masker::unmask(const QString& translated, const MaskedText& masked)
{
    UnmaskedText out;
    const QRegularExpression& pattern = tokenPattern(masked.style);
    QList<int> seen(masked.placeables.size(), 0);
    qsizetype at = 0;
    for (auto it = pattern.globalMatch(translated); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        out.text += QStringView(translated).mid(at, match.capturedStart() - at);
        at = match.capturedEnd();
        bool ok = false;
        const int number = match.captured(1).toInt(&ok);
        if (!ok || number < 1 || number > masked.placeables.size()) {
            out.mangled = true;
            out.text += match.captured(0); // not ours: left as it came
            continue;
        }
        ++seen[number - 1];
        out.text += masked.placeables.at(number - 1);
    }
    out.text += QStringView(translated).mid(at);
    for (int i = 0; i < seen.size(); ++i) {
        if (seen.at(i) == 0)
            out.missing.append(masked.placeables.at(i));
        else if (seen.at(i) > 1)
            out.duplicated.append(masked.placeables.at(i));
    }
    // Debris the request did not have itself (a source may hold a literal "[[").
    const QRegularExpression& debris = debrisPattern(masked.style);
    if (countMatches(debris, withoutTokens(translated, masked.style)) >
        countMatches(debris, withoutTokens(masked.text, masked.style)))
        out.mangled = true;
    return out;
}

} // namespace tessera::mt
