#include "AndroidFilter.h"

#include "AndroidCreator.h"
#include "AndroidReader.h"
#include "AndroidWriter.h"

namespace tessera::formats {

QString AndroidFilter::id() const
{
    return QStringLiteral("android");
}

QString AndroidFilter::name() const
{
    return QStringLiteral("Android string resources");
}

QStringList AndroidFilter::extensions() const
{
    return {QStringLiteral("xml")};
}

int AndroidFilter::detect(const QString& fileName, const QByteArray& head) const
{
    // The first element decides: <resources>; the declaration, comments and a DOCTYPE may come first.
    const QString text = QString::fromUtf8(head);
    qsizetype at = 0;
    while (true) {
        at = text.indexOf(QLatin1Char('<'), at);
        if (at < 0)
            return 0;
        if (text.mid(at, 4) == QLatin1StringView("<!--")) {
            const qsizetype end = text.indexOf(QStringLiteral("-->"), at + 4);
            if (end < 0)
                return 0;
            at = end + 3;
        } else if (text.mid(at, 2) == QLatin1StringView("<?") || text.mid(at, 2) == QLatin1StringView("<!")) {
            ++at;
        } else {
            break;
        }
    }
    const QStringView root = QStringView(text).mid(at, 11);
    if (!root.startsWith(QLatin1StringView("<resources")) ||
        (root.size() > 10 && !root[10].isSpace() && root[10] != QLatin1Char('>') && root[10] != QLatin1Char('/')))
        return 0;
    const bool extension = fileName.toLower().endsWith(QLatin1StringView(".xml"));
    const bool strings = text.contains(QLatin1StringView("<string")) || text.contains(QLatin1StringView("<plurals"));
    if (strings)
        return extension ? 95 : 80;
    return extension ? 40 : 20;
}

domain::Result<ParsedDocument> AndroidFilter::read(const QByteArray& data, const QString& fileName) const
{
    return AndroidReader::read(data, fileName);
}

domain::Result<QByteArray> AndroidFilter::write(const QByteArray& original, const QList<domain::Segment>& segments,
                                                const QString& fileName) const
{
    return AndroidWriter::write(original, segments, fileName);
}

domain::Result<QByteArray> AndroidFilter::create(const ParsedDocument& document, const QString& fileName) const
{
    return AndroidCreator::create(document, fileName);
}

} // namespace tessera::formats
