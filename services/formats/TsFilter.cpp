#include "TsFilter.h"

#include <QRegularExpression>
#include <QStringDecoder>

#include "TsCreator.h"
#include "TsReader.h"
#include "TsWriter.h"

namespace tessera::formats {

QString TsFilter::id() const
{
    return QStringLiteral("ts");
}

QString TsFilter::name() const
{
    return QStringLiteral("Qt Linguist TS");
}

QStringList TsFilter::extensions() const
{
    return {QStringLiteral("ts")};
}

int TsFilter::detect(const QString& fileName, const QByteArray& head) const
{
    // .ts is also TypeScript: the content decides.
    const bool extension = fileName.toLower().endsWith(QLatin1StringView(".ts"));
    static const QRegularExpression root(QStringLiteral("<TS[\\s>]"));
    // TsReader reads UTF-16 files too (with their byte order mark): so does this.
    QStringDecoder decoder(head.startsWith("\xFF\xFE")   ? QStringConverter::Utf16LE
                           : head.startsWith("\xFE\xFF") ? QStringConverter::Utf16BE
                                                         : QStringConverter::Utf8);
    const QString text = decoder(head);
    if (root.match(text).hasMatch() || text.contains(QLatin1StringView("<!DOCTYPE TS")))
        return extension ? 100 : 90;
    if (extension && text.trimmed().startsWith(QLatin1StringView("<?xml")))
        return 30;
    return 0;
}

domain::Result<ParsedDocument> TsFilter::read(const QByteArray& data, const QString& fileName) const
{
    return TsReader::read(data, fileName);
}

domain::Result<void> TsFilter::stream(const QByteArray& data, const QString& fileName, SegmentSink& sink) const
{
    return TsReader::stream(data, fileName, sink);
}

domain::Result<QByteArray> TsFilter::write(const QByteArray& original, const QList<domain::Segment>& segments,
                                           const QString& fileName) const
{
    return TsWriter::write(original, segments, fileName);
}

domain::Result<void> TsFilter::writeTo(QIODevice& out, const QByteArray& original, SegmentSource& segments,
                                       const QString& fileName, const QString& language) const
{
    ByteOutput output(out);
    return TsWriter::write(original, segments, fileName, output, language);
}

domain::Result<QByteArray> TsFilter::writeDocument(const QByteArray& original, const QList<domain::Segment>& segments,
                                                   const QString& fileName, const QString& language) const
{
    return TsWriter::write(original, segments, fileName, language);
}

domain::Result<QByteArray> TsFilter::create(const ParsedDocument& document, const QString& fileName) const
{
    return TsCreator::create(document, fileName);
}

} // namespace tessera::formats
