// PlaceableKey: reads each placeholder's text once more to pull out what must match: argument
// position and conversion for printf (flags and width may change), the number for Qt, the name for
// the named syntaxes.
#include "PlaceableKey.h"

#include <algorithm>

namespace tessera::qa::checks {

using text::PlaceableKind;

namespace {

// printf: position (or 0), length modifier + conversion with %i read as %d.
void readPrintf(QStringView p, int& position, QString& conversion)
{
    qsizetype i = 1;
    position = 0;
    qsizetype digits = i;
    while (digits < p.size() && p[digits].isDigit())
        ++digits;
    if (digits > i && digits < p.size() && p[digits] == QLatin1Char('$')) {
        position = p.sliced(i, digits - i).toInt();
        i = digits + 1;
    }
    while (i < p.size() && QLatin1StringView("-+#0' ").contains(p[i]))
        ++i;
    while (i < p.size() && (p[i].isDigit() || p[i] == QLatin1Char('.') || p[i] == QLatin1Char('*')))
        ++i;
    conversion = p.sliced(i).toString();
    if (conversion.endsWith(QLatin1Char('i')))
        conversion.back() = QLatin1Char('d');
}

QString nameIn(QStringView inner)
{
    qsizetype end = 0;
    while (end < inner.size() && !QLatin1StringView(",:!}").contains(inner[end]))
        ++end;
    return inner.first(end).trimmed().toString();
}

// i18next nesting "$t(key)" or "$t(key, {\"count\": 2})": another message's text, by its key.
void addNestings(const QString& text, QList<PlaceableKey>& keys)
{
    qsizetype at = 0;
    while ((at = text.indexOf(QLatin1String("$t("), at)) >= 0) {
        if (at > 0 && (text.at(at - 1).isLetterOrNumber() || text.at(at - 1) == QLatin1Char('_'))) {
            at += 3;
            continue;
        }
        int depth = 0;
        qsizetype end = at + 2;
        for (; end < text.size(); ++end) {
            if (text.at(end) == QLatin1Char('('))
                ++depth;
            else if (text.at(end) == QLatin1Char(')') && --depth == 0)
                break;
        }
        if (end >= text.size())
            return;
        PlaceableKey k;
        k.start = at;
        k.length = end + 1 - at;
        k.key = QStringLiteral("i18next-nesting:") + nameIn(QStringView(text).sliced(at + 3, end - at - 3));
        k.named = true;
        keys.append(k);
        at = end + 1;
    }
}

} // namespace

QList<PlaceableKey> PlaceableKey::placeholders(const QString& text, const QList<text::Placeable>& placeables)
{
    QList<PlaceableKey> keys;
    int sequence = 0;
    int pythonSequence = 0;
    for (const text::Placeable& p : placeables) {
        const QStringView span = QStringView(text).sliced(p.start, p.length);
        PlaceableKey k;
        k.start = p.start;
        k.length = p.length;
        switch (p.kind) {
        case PlaceableKind::Printf: {
            int position = 0;
            QString conversion;
            readPrintf(span, position, conversion);
            if (position == 0)
                position = ++sequence;
            k.key = QStringLiteral("printf:%1:%2").arg(position).arg(conversion);
            k.isCount = QLatin1StringView("diouxX").contains(conversion.back());
            break;
        }
        case PlaceableKind::Qt: {
            const QStringView rest = span.sliced(span.at(1) == QLatin1Char('L') ? 2 : 1);
            k.key = QStringLiteral("qt:") + rest.toString();
            k.isCount = rest == QLatin1String("n");
            k.named = !k.isCount;
            break;
        }
        case PlaceableKind::Icu:
            if (span == QLatin1String("#")) // a branch may say the count in words ("one file")
                continue;
            k.key = QStringLiteral("icu:") + nameIn(span.sliced(1));
            k.named = true;
            break;
        case PlaceableKind::I18next: {
            QStringView inner = span.sliced(2, span.size() - 4).trimmed();
            if (inner.startsWith(QLatin1Char('-')))
                inner = inner.sliced(1).trimmed();
            k.key = QStringLiteral("i18next:") + nameIn(inner);
            k.named = true;
            break;
        }
        case PlaceableKind::Python:
            if (span.startsWith(QLatin1Char('%'))) { // %(name)s
                const qsizetype close = span.indexOf(QLatin1Char(')'));
                k.key = QStringLiteral("python:") + span.sliced(2, close - 2).toString();
                k.isCount = QLatin1StringView("diouxX").contains(span.back());
            } else {
                const QString name = nameIn(span.sliced(1));
                k.key =
                    QStringLiteral("python:") + (name.isEmpty() ? QStringLiteral("#%1").arg(++pythonSequence) : name);
            }
            k.named = true;
            break;
        case PlaceableKind::Ruby:
            k.key = QStringLiteral("ruby:") +
                    nameIn(span.sliced(2, span.size() - 2).toString().replace(QLatin1Char('>'), QLatin1Char('}')));
            k.named = true;
            break;
        case PlaceableKind::IcuSyntax:
        case PlaceableKind::Tag:
        case PlaceableKind::Entity:
        case PlaceableKind::Escape:
            continue;
        }
        keys.append(k);
    }
    if (text.contains(QLatin1String("$t("))) {
        addNestings(text, keys);
        std::ranges::sort(keys, {}, &PlaceableKey::start);
    }
    return keys;
}

} // namespace tessera::qa::checks
