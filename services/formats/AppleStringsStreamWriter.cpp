#include "AppleStringsStreamWriter.h"

#include <QSet>
#include <QStringList>

#include "AppleStringsFilter.h"
#include "AppleStringsParser.h"

namespace tessera::formats {

using domain::Result;
using domain::Segment;

Result<bool> AppleStringsStreamWriter::writePair(const QByteArray& source, const QString& sourceName,
                                                 const QByteArray& base, SegmentSource& segments,
                                                 const QString& translationName, ByteOutput& out)
{
    // The source file's keys in order, first, so that its text is gone before the translation's is
    // decoded (a source that cannot be read: writePair says why).
    QStringList sourceKeys;
    {
        auto sourceFile = AppleStringsParser::decode(source, sourceName);
        if (!sourceFile)
            return false;
        auto scanned =
            AppleStringsParser::scan(sourceFile->text, sourceName, [&](AppleStringsEntry&& entry) -> Result<void> {
                sourceKeys.append(std::move(entry.key));
                return {};
            });
        if (!scanned)
            return false;
    }
    auto file = AppleStringsParser::decode(base, translationName);
    if (!file)
        return std::unexpected(file.error());
    const QString& text = file->text;

    // The keys the translation file has (which also checks it as write() does); the source's keys
    // it lacks, in the source's order.
    QStringList missing;
    {
        QSet<QString> present;
        auto scanned = AppleStringsParser::scan(text, translationName, [&](AppleStringsEntry&& entry) -> Result<void> {
            present.insert(std::move(entry.key));
            return {};
        });
        if (!scanned)
            return std::unexpected(scanned.error());
        for (QString& key : sourceKeys) {
            if (!present.contains(key))
                missing.append(std::move(key));
        }
        sourceKeys = QStringList();
    }

    const AppleStringsFile::Encoding encoding = file->encoding;
    const auto write = [&](QStringView piece) { out.append(AppleStringsParser::encode(encoding, piece)); };
    out.append(AppleStringsParser::byteOrderMark(*file));
    qsizetype copied = 0;
    auto scanned = AppleStringsParser::scan(text, translationName, [&](AppleStringsEntry&& entry) -> Result<void> {
        auto found = segments.find(entry.key);
        if (!found)
            return std::unexpected(found.error());
        const Segment* segment = *found;
        if (!segment || segment->targets.isEmpty() || segment->targets.first() == entry.value)
            return {};
        write(QStringView(text).sliced(copied, (entry.hasValue ? entry.valueBegin : entry.valueEnd) - copied));
        const QString quoted = AppleStringsParser::quote(segment->targets.first());
        write(entry.hasValue ? quoted : QStringLiteral(" = ") + quoted); // `key;` becomes `key = "value";`
        copied = entry.valueEnd;
        return {};
    });
    if (!scanned)
        return std::unexpected(scanned.error());
    write(QStringView(text).sliced(copied));

    // The entries the file lacks, after a blank line, one blank line between them.
    const QString newline = text.contains(QLatin1StringView("\r\n")) ? QStringLiteral("\r\n") : QStringLiteral("\n");
    bool first = true;
    for (const QString& key : std::as_const(missing)) {
        if (out.failed())
            break; // finish() says why
        auto found = segments.find(key);
        if (!found)
            return std::unexpected(found.error());
        const Segment* segment = *found;
        if (!segment || segment->targets.isEmpty() || segment->targets.first().isEmpty())
            continue;
        if (first && !text.isEmpty()) {
            // The file ends in a line end and a blank line before them. Its last characters are
            // the file's own whatever was spliced in: an edited value is followed by its ';'.
            QString tail = text.right(4);
            if (!tail.endsWith(QLatin1Char('\n'))) {
                tail += newline;
                write(newline);
            }
            if (!tail.endsWith(newline + newline))
                write(newline);
        } else if (!first) {
            write(newline);
        }
        first = false;
        write(AppleStringsFilter::newEntry(*segment, newline));
    }
    return true;
}

} // namespace tessera::formats
