#include "PoFilter.h"

#include <QList>

#include "PoCreator.h"
#include "PoReader.h"
#include "PoWriter.h"

namespace tessera::formats {

QString PoFilter::id() const
{
    return QStringLiteral("po");
}

QString PoFilter::name() const
{
    return QStringLiteral("gettext PO");
}

QStringList PoFilter::extensions() const
{
    return {QStringLiteral("po"), QStringLiteral("pot")};
}

int PoFilter::detect(const QString& fileName, const QByteArray& head) const
{
    const QString lower = fileName.toLower();
    const bool extension = lower.endsWith(QLatin1StringView(".po")) || lower.endsWith(QLatin1StringView(".pot"));
    // A PO file starts with comments and a msgid/msgctxt line; XML, JSON and binary files do not.
    QByteArray text = head;
    if (text.startsWith("\xEF\xBB\xBF"))
        text.remove(0, 3);
    bool content = false;
    const bool bad = text.contains('\0');
    for (const QByteArray& rawLine : text.split('\n')) {
        const QByteArray line = rawLine.trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        content = line.startsWith("msgid ") || line.startsWith("msgctxt ");
        break;
    }
    if (bad)
        return extension ? 10 : 0;
    if (content)
        return extension ? 100 : 80;
    return extension ? 50 : 0;
}

domain::Result<ParsedDocument> PoFilter::read(const QByteArray& data, const QString& fileName) const
{
    return PoReader::read(data, fileName);
}

domain::Result<void> PoFilter::stream(const QByteArray& data, const QString& fileName, SegmentSink& sink) const
{
    return PoReader::stream(data, fileName, sink);
}

domain::Result<QByteArray> PoFilter::write(const QByteArray& original, const QList<domain::Segment>& segments,
                                           const QString& fileName) const
{
    return PoWriter::write(original, segments, fileName);
}

domain::Result<void> PoFilter::writeTo(QIODevice& out, const QByteArray& original, SegmentSource& segments,
                                       const QString& fileName, const QString& language) const
{
    ByteOutput output(out);
    return PoWriter::write(original, segments, fileName, output, language);
}

domain::Result<QByteArray> PoFilter::writeDocument(const QByteArray& original, const QList<domain::Segment>& segments,
                                                   const QString& fileName, const QString& language) const
{
    return PoWriter::write(original, segments, fileName, language);
}

QString PoFilter::exportName(const QString& name) const
{
    return name.endsWith(QLatin1StringView(".pot"), Qt::CaseInsensitive) ? name.chopped(1) : name;
}

domain::Result<QByteArray> PoFilter::create(const ParsedDocument& document, const QString& fileName) const
{
    return PoCreator::create(document, fileName);
}

} // namespace tessera::formats
