#include "AndroidFilter.h"

#include <QRegularExpression>

#include "AndroidCreator.h"
#include "AndroidReader.h"
#include "AndroidStreamWriter.h"
#include "AndroidWriter.h"
#include "ByteOutput.h"

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

QString AndroidFilter::translationPath(const QString& sourcePath, const QString& language) const
{
    const QStringList subtags = QString(language).replace(QLatin1Char('_'), QLatin1Char('-')).split(QLatin1Char('-'));
    QString qualifier = subtags.value(0).toLower();
    if (subtags.size() == 2 && subtags[1].size() == 2)
        qualifier += QStringLiteral("-r") + subtags[1].toUpper(); // pt-BR → pt-rBR
    else if (subtags.size() > 1)
        qualifier = QStringLiteral("b+") + subtags.join(QLatin1Char('+')); // BCP 47 form, API 24+

    const qsizetype slash = sourcePath.lastIndexOf(QLatin1Char('/'));
    const QString folder = sourcePath.left(qMax<qsizetype>(slash, 0));
    const QString file = sourcePath.mid(slash + 1);
    const qsizetype parentSlash = folder.lastIndexOf(QLatin1Char('/'));
    const QString parent = folder.mid(parentSlash + 1);
    if (parent == QLatin1StringView("values"))
        return folder + QLatin1Char('-') + qualifier + QLatin1Char('/') + file;
    const qsizetype dot = file.lastIndexOf(QLatin1Char('.'));
    const QString renamed =
        dot > 0 ? file.left(dot) + QLatin1Char('-') + qualifier + file.mid(dot) : file + QLatin1Char('-') + qualifier;
    return slash < 0 ? renamed : folder + QLatin1Char('/') + renamed;
}

QByteArray AndroidFilter::translationOrNew(const QByteArray& source, const QByteArray& translation)
{
    if (!translation.isEmpty())
        return translation;
    static const QRegularExpression root(QStringLiteral("<resources\\b([^>]*)>"));
    static const QRegularExpression xmlns(QStringLiteral("\\sxmlns:[\\w.-]+\\s*=\\s*(\"[^\"]*\"|'[^']*')"));
    QString namespaces;
    const auto rootMatch = root.match(QString::fromUtf8(source.left(64 * 1024)));
    for (auto it = xmlns.globalMatch(rootMatch.captured(1)); it.hasNext();)
        namespaces += it.next().captured(0);
    return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<resources" + namespaces.toUtf8() + ">\n</resources>\n";
}

domain::Result<ParsedDocument> AndroidFilter::readPair(const QByteArray& source, const QString& sourceName,
                                                       const QByteArray& translation, const QString& translationName,
                                                       const QString& language) const
{
    return AndroidReader::readPair(source, sourceName, translationOrNew(source, translation), translationName,
                                   language);
}

domain::Result<void> AndroidFilter::readPairTo(SegmentSink& sink, const QByteArray& source, const QString& sourceName,
                                               const QByteArray& translation, const QString& translationName,
                                               const QString& language) const
{
    return AndroidReader::readPairTo(sink, source, sourceName, translationOrNew(source, translation), translationName,
                                     language);
}

domain::Result<QByteArray> AndroidFilter::writePair(const QByteArray& source, const QString& sourceName,
                                                    const QByteArray& translation,
                                                    const QList<domain::Segment>& segments,
                                                    const QString& translationName, const QString& language) const
{
    return AndroidWriter::writePair(source, sourceName, translationOrNew(source, translation), segments,
                                    translationName, language);
}

domain::Result<void> AndroidFilter::writePairTo(QIODevice& out, const QByteArray& source, const QString& sourceName,
                                                const QByteArray& translation, SegmentSource& segments,
                                                const QString& translationName, const QString& language) const
{
    const QByteArray base = translationOrNew(source, translation);
    ByteOutput output(out);
    auto streamed =
        AndroidStreamWriter::writePair(source, sourceName, base, segments, translationName, language, output);
    if (streamed && !*streamed) // nothing written
        return Filter::writePairTo(out, source, sourceName, translation, segments, translationName, language);
    if (!streamed && streamed.error().code == domain::ErrorCode::InvalidInput) {
        // The error writePair gives (which of several wrong entries it names first, say).
        auto list = segments.all();
        if (!list)
            return std::unexpected(list.error());
        auto whole = writePair(source, sourceName, translation, *list, translationName, language);
        if (!whole)
            return std::unexpected(whole.error());
    }
    if (!streamed)
        return std::unexpected(streamed.error());
    return output.finish(translationName);
}

} // namespace tessera::formats
