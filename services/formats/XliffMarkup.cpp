#include "XliffMarkup.h"

#include <QRegularExpression>

#include "XmlPull.h"
#include "XmlText.h"

namespace tessera::formats {

namespace {

bool isInlineCode(QStringView name, XliffVersion version)
{
    static const QStringList v1 = {QStringLiteral("g"),  QStringLiteral("x"),   QStringLiteral("bx"),
                                   QStringLiteral("ex"), QStringLiteral("bpt"), QStringLiteral("ept"),
                                   QStringLiteral("ph"), QStringLiteral("it"),  QStringLiteral("mrk"),
                                   QStringLiteral("sub")};
    static const QStringList v2 = {QStringLiteral("ph"), QStringLiteral("pc"),  QStringLiteral("sc"),
                                   QStringLiteral("ec"), QStringLiteral("mrk"), QStringLiteral("sm"),
                                   QStringLiteral("em"), QStringLiteral("cp")};
    return (version == XliffVersion::V1 ? v1 : v2).contains(name);
}

bool isNativeCode(QStringView name)
{
    return name == u"bpt" || name == u"ept" || name == u"ph" || name == u"it";
}

// A start, end or empty-element tag at the start of `text`: its length, name and kind.
struct Tag {
    qsizetype length = 0;
    QString name;
    bool closing = false;
    bool empty = false;
};

std::optional<Tag> tagAt(QStringView text)
{
    static const QRegularExpression pattern(QStringLiteral(
        "\\A<(/?)([A-Za-z_][\\w.-]*)((?:\\s+[A-Za-z_:][\\w:.-]*\\s*=\\s*(?:\"[^\"<]*\"|'[^'<]*'))*)\\s*(/?)>"));
    const auto match = pattern.matchView(text);
    if (!match.hasMatch())
        return std::nullopt;
    Tag tag;
    tag.length = match.capturedLength(0);
    tag.closing = !match.capturedView(1).isEmpty();
    tag.name = match.captured(2);
    tag.empty = !match.capturedView(4).isEmpty();
    if (tag.closing && (tag.empty || !match.capturedView(3).isEmpty()))
        return std::nullopt;
    return tag;
}

bool wellFormed(const QString& content)
{
    // No DOCTYPE can come inside an element and only XML's own entities are defined, so neither
    // gets through.
    for (qsizetype i = 0; i < content.size(); ++i) { // a lone surrogate has no UTF-8 form
        if (content[i].isHighSurrogate() && i + 1 < content.size() && content[i + 1].isLowSurrogate())
            ++i;
        else if (content[i].isSurrogate())
            return false;
    }
    const QByteArray document = "<t>" + content.toUtf8() + "</t>";
    XmlPull reader(document);
    reader.setNamespaceProcessing(false);
    while (!reader.atEnd())
        reader.next();
    return !reader.hasError();
}

} // namespace

std::optional<QString> XliffMarkup::toXml(const QString& text, XliffVersion version)
{
    QString out;
    out.reserve(text.size() + 16);
    qsizetype i = 0;
    bool markup = false;
    while (i < text.size()) {
        const QChar ch = text[i];
        if (ch == u'<') {
            if (auto tag = tagAt(QStringView(text).mid(i)); tag && isInlineCode(tag->name, version)) {
                markup = true;
                out += QStringView(text).mid(i, tag->length);
                i += tag->length;
                if (version == XliffVersion::V1 && !tag->closing && !tag->empty && isNativeCode(tag->name)) {
                    // Native code: as written up to the end tag.
                    const QString endTag = QStringLiteral("</") + tag->name + QLatin1Char('>');
                    const qsizetype close = text.indexOf(endTag, i);
                    if (close < 0)
                        return std::nullopt;
                    out += QStringView(text).mid(i, close + endTag.size() - i);
                    i = close + endTag.size();
                }
                continue;
            }
        }
        switch (ch.unicode()) {
        case u'&':
            out += QStringLiteral("&amp;");
            break;
        case u'<':
            out += QStringLiteral("&lt;");
            break;
        case u'>':
            out += QStringLiteral("&gt;");
            break;
        default:
            if (ch.unicode() < 0x20 && ch != u'\n' && ch != u'\t' && ch != u'\r')
                return std::nullopt; // not allowed in XML 1.0
            if (ch == u'\r')
                out += QStringLiteral("&#13;"); // a literal CR would be read as a line break
            else
                out += ch;
        }
        ++i;
    }
    if ((markup || !isXmlSafe(text)) && !wellFormed(out))
        return std::nullopt;
    return out;
}

QString XliffMarkup::attribute(const QString& value)
{
    QString out = XmlText::escape(value, true);
    out.replace(QLatin1Char('\n'), QStringLiteral("&#10;"));
    out.replace(QLatin1Char('\r'), QStringLiteral("&#13;"));
    out.replace(QLatin1Char('\t'), QStringLiteral("&#9;"));
    return out;
}

namespace {

QRegularExpression attributePattern(const QString& name)
{
    return QRegularExpression(
        QStringLiteral("\\s%1\\s*=\\s*(\"[^\"]*\"|'[^']*')").arg(QRegularExpression::escape(name)));
}

} // namespace

QString XliffMarkup::setAttribute(QByteArrayView file, qsizetype begin, qsizetype end, const QString& name,
                                  const QString& value)
{
    return setAttribute(XmlPull::toString(file.sliced(begin, end - begin)), name, value);
}

QString XliffMarkup::setAttribute(QStringView tag, const QString& name, const QString& value)
{
    QString out = tag.toString();
    const auto match = attributePattern(name).match(out);
    const QString quoted = QLatin1Char('"') + attribute(value) + QLatin1Char('"');
    if (match.hasMatch()) {
        out.replace(match.capturedStart(1), match.capturedLength(1), quoted);
        return out;
    }
    qsizetype at = out.size() - 1; // before '>'
    if (out.endsWith(QStringLiteral("/>")))
        --at;
    while (at > 0 && out[at - 1].isSpace())
        --at;
    out.insert(at, QLatin1Char(' ') + name + QLatin1Char('=') + quoted);
    return out;
}

std::optional<QString> XliffMarkup::attributeValue(QStringView tag, const QString& name)
{
    const auto match = attributePattern(name).matchView(tag);
    if (!match.hasMatch())
        return std::nullopt;
    return match.capturedView(1).mid(1, match.capturedLength(1) - 2).toString();
}

QString XliffMarkup::openTag(QStringView tag)
{
    if (!tag.endsWith(u"/>"))
        return tag.toString();
    QStringView body = tag.first(tag.size() - 2);
    while (!body.isEmpty() && body.back().isSpace())
        body.chop(1);
    return body.toString() + QLatin1Char('>');
}

QString XliffMarkup::tagName(QStringView tag)
{
    qsizetype end = 1;
    while (end < tag.size() && !tag[end].isSpace() && tag[end] != u'>' && tag[end] != u'/')
        ++end;
    return tag.mid(1, end - 1).toString();
}

bool XliffMarkup::isXmlSafe(const QString& text)
{
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if ((c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r') || c == 0xFFFE || c == 0xFFFF)
            return false;
    }
    return true;
}

QSet<QString> XliffMarkup::safeKeys(const QList<domain::Segment>& segments)
{
    QSet<QString> keys;
    for (const domain::Segment& segment : segments) {
        if (isXmlSafe(segment.key))
            keys.insert(segment.key);
    }
    return keys;
}

QString XliffMarkup::freshId(const QString& prefix, int& number, const QSet<QString>& taken)
{
    QString id;
    do
        id = prefix + QString::number(++number);
    while (taken.contains(id));
    return id;
}

} // namespace tessera::formats
