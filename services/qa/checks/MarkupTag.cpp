// MarkupTag: the tokenizer already checked the tag's shape, so this reading is lenient.
#include "MarkupTag.h"

namespace tessera::qa::checks {

QList<MarkupTag> MarkupTag::read(const QString& text, const QList<text::Placeable>& placeables)
{
    QList<MarkupTag> tags;
    for (const text::Placeable& p : placeables) {
        if (p.kind != text::PlaceableKind::Tag)
            continue;
        const QStringView span = QStringView(text).sliced(p.start, p.length);
        MarkupTag tag;
        tag.start = p.start;
        tag.length = p.length;
        if (span.startsWith(QLatin1String("<!--"))) {
            tag.type = Type::Comment;
            tags.append(tag);
            continue;
        }
        qsizetype i = 1;
        if (span.at(i) == QLatin1Char('/')) {
            tag.type = Type::Close;
            ++i;
        } else if (span.endsWith(QLatin1String("/>"))) {
            tag.type = Type::Empty;
        }
        const qsizetype nameStart = i;
        while (i < span.size() && !span.at(i).isSpace() && span.at(i) != QLatin1Char('>') &&
               span.at(i) != QLatin1Char('/'))
            ++i;
        tag.name = span.sliced(nameStart, i - nameStart).toString();
        if (!tag.name.contains(QLatin1Char(':')))
            tag.name = tag.name.toLower();
        // Attributes: name = "value" | 'value' | value.
        while (i < span.size()) {
            while (i < span.size() &&
                   (span.at(i).isSpace() || span.at(i) == QLatin1Char('/') || span.at(i) == QLatin1Char('>')))
                ++i;
            const qsizetype attrStart = i;
            while (i < span.size() && !span.at(i).isSpace() && span.at(i) != QLatin1Char('=') &&
                   span.at(i) != QLatin1Char('>'))
                ++i;
            if (i == attrStart)
                break;
            const QString attr = span.sliced(attrStart, i - attrStart).toString().toLower();
            while (i < span.size() && span.at(i).isSpace())
                ++i;
            QString value;
            if (i < span.size() && span.at(i) == QLatin1Char('=')) {
                ++i;
                while (i < span.size() && span.at(i).isSpace())
                    ++i;
                if (i < span.size() && (span.at(i) == QLatin1Char('"') || span.at(i) == QLatin1Char('\''))) {
                    const QChar quote = span.at(i);
                    const qsizetype close = span.indexOf(quote, i + 1);
                    const qsizetype end = close < 0 ? span.size() : close;
                    value = span.sliced(i + 1, end - i - 1).toString();
                    i = end + 1;
                } else {
                    const qsizetype valueStart = i;
                    while (i < span.size() && !span.at(i).isSpace() && span.at(i) != QLatin1Char('>'))
                        ++i;
                    value = span.sliced(valueStart, i - valueStart).toString();
                }
            }
            tag.attributes.insert(attr, value);
        }
        if (tag.type == Type::Empty && isVoid(tag.name))
            tag.type = Type::Open; // <br/> and <br> are the same element
        tags.append(tag);
    }
    return tags;
}

bool MarkupTag::isVoid(const QString& name)
{
    static const QStringList names{QStringLiteral("br"),    QStringLiteral("img"),  QStringLiteral("hr"),
                                   QStringLiteral("input"), QStringLiteral("meta"), QStringLiteral("link"),
                                   QStringLiteral("wbr"),   QStringLiteral("area"), QStringLiteral("col"),
                                   QStringLiteral("source")};
    return names.contains(name);
}

bool MarkupTag::isTranslatableAttribute(const QString& name)
{
    static const QStringList names{
        QStringLiteral("alt"),        QStringLiteral("title"),   QStringLiteral("placeholder"),
        QStringLiteral("aria-label"), QStringLiteral("label"),   QStringLiteral("summary"),
        QStringLiteral("abbr"),       QStringLiteral("content"), QStringLiteral("value")};
    return names.contains(name);
}

bool MarkupTag::isDisplayAttribute(const QString& element, const QString& name)
{
    static const QStringList inlineCodes{QStringLiteral("x"),   QStringLiteral("ph"), QStringLiteral("bx"),
                                         QStringLiteral("ex"),  QStringLiteral("g"),  QStringLiteral("pc"),
                                         QStringLiteral("sc"),  QStringLiteral("ec"), QStringLiteral("bpt"),
                                         QStringLiteral("ept"), QStringLiteral("it"), QStringLiteral("mrk")};
    static const QStringList names{
        QStringLiteral("equiv-text"), QStringLiteral("xid"),        QStringLiteral("ctype"),
        QStringLiteral("disp"),       QStringLiteral("equiv"),      QStringLiteral("dispStart"),
        QStringLiteral("dispEnd"),    QStringLiteral("equivStart"), QStringLiteral("equivEnd"),
        QStringLiteral("canCopy"),    QStringLiteral("canDelete"),  QStringLiteral("canReorder"),
        QStringLiteral("canOverlap"), QStringLiteral("subFlows"),   QStringLiteral("subFlowsStart"),
        QStringLiteral("subFlowsEnd")};
    return inlineCodes.contains(element) && names.contains(name);
}

QString MarkupTag::display() const
{
    switch (type) {
    case Type::Close:
        return QStringLiteral("</%1>").arg(name);
    case Type::Empty:
        return QStringLiteral("<%1/>").arg(name);
    case Type::Comment:
        return QStringLiteral("<!--…-->");
    case Type::Open:
        break;
    }
    return QStringLiteral("<%1>").arg(name);
}

} // namespace tessera::qa::checks
