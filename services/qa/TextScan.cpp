// TextScan: shared helpers of the checks.
#include "TextScan.h"

namespace tessera::qa {

QString TextScan::masked(const QString& text, const QList<text::Placeable>& placeables)
{
    if (placeables.isEmpty())
        return text;
    QString result = text;
    for (const text::Placeable& p : placeables) {
        for (qsizetype i = p.start; i < p.end() && i < result.size(); ++i)
            result[i] = QChar(maskChar);
    }
    return result;
}

bool TextScan::isSpace(QChar c)
{
    switch (c.unicode()) {
    case u' ':
    case u'\t':
    case u'\n':
    case u'\r':
    case 0x00A0:
    case 0x2007:
    case 0x2009:
    case 0x200A:
    case 0x202F:
    case 0x3000:
        return true;
    default:
        return false;
    }
}

qsizetype TextScan::leadingSpace(QStringView text)
{
    qsizetype i = 0;
    while (i < text.size() && isSpace(text[i]))
        ++i;
    return i;
}

qsizetype TextScan::trailingSpace(QStringView text)
{
    qsizetype i = text.size();
    while (i > 0 && isSpace(text[i - 1]))
        --i;
    return text.size() - i;
}

bool TextScan::isCjk(QChar c)
{
    switch (c.script()) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Hangul:
    case QChar::Script_Bopomofo:
        return true;
    default:
        // Full-width forms, CJK punctuation and the prolonged sound mark are Common script.
        return (c.unicode() >= 0x3000 && c.unicode() <= 0x303F) || (c.unicode() >= 0xFF00 && c.unicode() <= 0xFFEF) ||
               c.unicode() == 0x30FC;
    }
}

QString TextScan::quote(QStringView text)
{
    QString shown = text.size() > 40 ? text.first(39).toString() + QChar(0x2026) : text.toString();
    shown.replace(QLatin1Char('\n'), QChar(0x23CE));
    return QChar(0x201C) + shown + QChar(0x201D);
}

} // namespace tessera::qa
