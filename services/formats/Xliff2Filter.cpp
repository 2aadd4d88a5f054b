#include "Xliff2Filter.h"

#include "Xliff12Filter.h"
#include "Xliff2Creator.h"
#include "Xliff2Reader.h"
#include "Xliff2Writer.h"

namespace tessera::formats {

QString Xliff2Filter::id() const
{
    return QStringLiteral("xliff2");
}

QString Xliff2Filter::name() const
{
    return QStringLiteral("XLIFF 2");
}

QStringList Xliff2Filter::extensions() const
{
    return {QStringLiteral("xlf"), QStringLiteral("xliff")};
}

int Xliff2Filter::detect(const QString& fileName, const QByteArray& head) const
{
    const QString lower = fileName.toLower();
    const bool extension = lower.endsWith(QLatin1StringView(".xlf")) || lower.endsWith(QLatin1StringView(".xliff"));
    if (Xliff12Filter::xliffVersion(head) == 2)
        return extension ? 100 : 90;
    return 0;
}

domain::Result<ParsedDocument> Xliff2Filter::read(const QByteArray& data, const QString& fileName) const
{
    return Xliff2Reader::read(data, fileName);
}

domain::Result<void> Xliff2Filter::stream(const QByteArray& data, const QString& fileName, SegmentSink& sink) const
{
    return Xliff2Reader::stream(data, fileName, sink);
}

domain::Result<QByteArray> Xliff2Filter::write(const QByteArray& original, const QList<domain::Segment>& segments,
                                               const QString& fileName) const
{
    return Xliff2Writer::write(original, segments, fileName);
}

domain::Result<QByteArray> Xliff2Filter::writeDocument(const QByteArray& original,
                                                       const QList<domain::Segment>& segments, const QString& fileName,
                                                       const QString& language) const
{
    return Xliff2Writer::write(original, segments, fileName, language);
}

domain::Result<void> Xliff2Filter::writeTo(QIODevice& out, const QByteArray& original, SegmentSource& segments,
                                           const QString& fileName, const QString& language) const
{
    ByteOutput output(out);
    return Xliff2Writer::write(original, segments, fileName, language, output, false);
}

domain::Result<QByteArray> Xliff2Filter::create(const ParsedDocument& document, const QString& fileName) const
{
    return Xliff2Creator::create(document, fileName);
}

} // namespace tessera::formats
