#include "Xliff12Filter.h"

#include <QRegularExpression>

#include "Xliff12Creator.h"
#include "Xliff12Reader.h"
#include "Xliff12Writer.h"

namespace tessera::formats {

QString Xliff12Filter::id() const
{
    return QStringLiteral("xliff12");
}

QString Xliff12Filter::name() const
{
    return QStringLiteral("XLIFF 1.2");
}

QStringList Xliff12Filter::extensions() const
{
    return {QStringLiteral("xlf"), QStringLiteral("xliff")};
}

int Xliff12Filter::xliffVersion(const QByteArray& head)
{
    QString text;
    if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF")) {
        text = QString::fromUtf16(reinterpret_cast<const char16_t*>(head.constData() + 2), (head.size() - 2) / 2);
        if (head.startsWith("\xFE\xFF")) {
            for (QChar& ch : text)
                ch = QChar(char16_t((ch.unicode() >> 8) | (ch.unicode() << 8)));
        }
    } else {
        text = QString::fromUtf8(head);
    }
    static const QRegularExpression root(QStringLiteral("<(?:[\\w.-]+:)?xliff\\s([^>]*)"));
    const auto match = root.match(text);
    if (!match.hasMatch())
        return 0;
    const QString attributes = match.captured(1);
    if (attributes.contains(QLatin1StringView("xliff:document:2")))
        return 2;
    if (attributes.contains(QLatin1StringView("xliff:document:1")))
        return 1;
    static const QRegularExpression version(QStringLiteral("\\sversion\\s*=\\s*[\"']\\s*(\\d)"));
    const auto number = version.match(QLatin1Char(' ') + attributes);
    if (number.hasMatch())
        return number.captured(1) == QLatin1StringView("2") ? 2 : number.captured(1) == QLatin1StringView("1") ? 1 : 0;
    return 0;
}

int Xliff12Filter::detect(const QString& fileName, const QByteArray& head) const
{
    const QString lower = fileName.toLower();
    const bool extension = lower.endsWith(QLatin1StringView(".xlf")) || lower.endsWith(QLatin1StringView(".xliff"));
    const int version = xliffVersion(head);
    if (version == 1)
        return extension ? 100 : 90;
    if (version == 2)
        return 0;
    return extension ? 20 : 0;
}

domain::Result<ParsedDocument> Xliff12Filter::read(const QByteArray& data, const QString& fileName) const
{
    return Xliff12Reader::read(data, fileName);
}

domain::Result<void> Xliff12Filter::stream(const QByteArray& data, const QString& fileName, SegmentSink& sink) const
{
    return Xliff12Reader::stream(data, fileName, sink);
}

domain::Result<QByteArray> Xliff12Filter::write(const QByteArray& original, const QList<domain::Segment>& segments,
                                                const QString& fileName) const
{
    return Xliff12Writer::write(original, segments, fileName);
}

domain::Result<void> Xliff12Filter::writeTo(QIODevice& out, const QByteArray& original, SegmentSource& segments,
                                            const QString& fileName, const QString& language) const
{
    ByteOutput output(out);
    return Xliff12Writer::write(original, segments, fileName, output, false, language);
}

domain::Result<QByteArray> Xliff12Filter::writeDocument(const QByteArray& original,
                                                        const QList<domain::Segment>& segments, const QString& fileName,
                                                        const QString& language) const
{
    return Xliff12Writer::write(original, segments, fileName, language);
}

domain::Result<QByteArray> Xliff12Filter::create(const ParsedDocument& document, const QString& fileName) const
{
    return Xliff12Creator::create(document, fileName);
}

} // namespace tessera::formats
