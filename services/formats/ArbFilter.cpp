// ArbFilter: Flutter .arb files: messages, "@key" descriptions as notes, "@@locale".
#include "ArbFilter.h"

#include <QHash>

#include "LanguagePath.h"

#include "ByteOutput.h"
#include "JsonEdit.h"
#include "JsonKeyWriter.h"
#include "JsonKeys.h"
#include "JsonPairReader.h"
#include "JsonStreamWriter.h"

namespace tessera::formats {

using domain::Result;
using domain::Segment;

namespace {

QString locale(const JsonScan& scan)
{
    const int node = scan.member(0, QStringLiteral("@@locale"));
    return node >= 0 && scan.nodes[node].isString() ? scan.nodes[node].text : QString();
}

// The "description" strings of the root's "@key" objects, by key (one walk of the root's members
// rather than a search of them for each key).
QHash<QString, QString> arbDescriptions(const JsonScan& scan)
{
    QHash<QString, QString> result;
    for (int child = scan.nodes[0].firstChild; child >= 0; child = scan.nodes[child].nextSibling) {
        const JsonNode& meta = scan.nodes[child];
        if (!meta.key.startsWith(QLatin1Char('@')) || result.contains(meta.key.mid(1)))
            continue;
        const int node = scan.member(child, QStringLiteral("description"));
        if (node >= 0 && scan.nodes[node].isString())
            result.insert(meta.key.mid(1), scan.nodes[node].text);
    }
    return result;
}

Result<JsonScan> scanObject(const QByteArray& data, const QString& fileName)
{
    auto scan = JsonScanner::scan(data, fileName);
    if (scan && !scan->nodes[0].isObject())
        return std::unexpected(domain::Error{
            domain::ErrorCode::InvalidInput, QStringLiteral("the file must hold a JSON object"), fileName, 1, 1, {}});
    return scan;
}

} // namespace

QString ArbFilter::id() const
{
    return QStringLiteral("arb");
}

QString ArbFilter::name() const
{
    return QStringLiteral("Flutter ARB");
}

QStringList ArbFilter::extensions() const
{
    return {QStringLiteral("arb")};
}

int ArbFilter::detect(const QString& fileName, const QByteArray& head) const
{
    const bool extension = fileName.endsWith(QLatin1StringView(".arb"), Qt::CaseInsensitive);
    const JsonShape shape = JsonKeys::shape(head);
    if (!shape.object || shape.xcstrings)
        return extension ? 10 : 0;
    if (extension)
        return 100;
    return shape.arbLocale ? 70 : 0;
}

Result<ParsedDocument> ArbFilter::read(const QByteArray& data, const QString& fileName) const
{
    return readPair({}, {}, data, fileName);
}

Result<ParsedDocument> ArbFilter::readPair(const QByteArray& sourceData, const QString& sourceFileName,
                                           const QByteArray& targetData, const QString& targetFileName) const
{
    const bool paired = !sourceFileName.isEmpty();
    auto target = scanObject(targetData, targetFileName);
    if (!target)
        return std::unexpected(target.error());
    Result<JsonScan> source = paired ? scanObject(sourceData, sourceFileName) : Result<JsonScan>{};
    if (!source)
        return std::unexpected(source.error());
    ParsedDocument document;
    document.format = id();
    document.targetLanguage = locale(*target);
    if (document.targetLanguage.isEmpty())
        document.targetLanguage = JsonKeys::languageFromFileName(targetFileName);
    const JsonEntries targetEntries = JsonKeys::collect(*target, JsonKeys::Mode::Arb);
    if (paired) {
        document.sourceLanguage = locale(*source);
        if (document.sourceLanguage.isEmpty())
            document.sourceLanguage = JsonKeys::languageFromFileName(sourceFileName);
        const JsonEntries sourceEntries = JsonKeys::collect(*source, JsonKeys::Mode::Arb);
        document.segments = JsonKeys::segments(*target, targetEntries, &*source, &sourceEntries, {});
    } else {
        document.sourceLanguage = document.targetLanguage;
        document.segments = JsonKeys::segments(*target, targetEntries, nullptr, nullptr, {});
    }
    const QHash<QString, QString> sourceNotes = paired ? arbDescriptions(*source) : QHash<QString, QString>{};
    const QHash<QString, QString> targetNotes = arbDescriptions(*target);
    for (Segment& segment : document.segments) {
        if (paired)
            segment.context.note = sourceNotes.value(segment.key);
        if (segment.context.note.isEmpty())
            segment.context.note = targetNotes.value(segment.key);
    }
    return document;
}

Result<QByteArray> ArbFilter::write(const QByteArray& original, const QList<Segment>& segments,
                                    const QString& fileName) const
{
    return JsonKeyWriter::write(original, segments, fileName, JsonKeys::Mode::Arb, {});
}

Result<QByteArray> ArbFilter::create(const ParsedDocument& document, const QString& fileName) const
{
    // As Flutter's gen-l10n templates are laid out: "@@locale" first, each message followed by its
    // "@key" metadata, two-space indentation.
    const JsonStyle style;
    QString language = document.targetLanguage;
    if (language.isEmpty())
        language = JsonKeys::languageFromFileName(fileName);
    QByteArray out = "{";
    bool first = true;
    const auto member = [&](const QString& name, const QByteArray& value) {
        out += first ? "\n  " : ",\n  ";
        first = false;
        out += JsonEdit::quote(name, style) + ": " + value;
    };
    if (!language.isEmpty())
        member(QStringLiteral("@@locale"), JsonEdit::quote(language, style));
    for (const Segment& segment : document.segments) {
        member(segment.key, JsonEdit::quote(segment.targets.value(0), style));
        if (!segment.context.note.isEmpty())
            member(QLatin1Char('@') + segment.key,
                   "{\n    \"description\": " + JsonEdit::quote(segment.context.note, style) + "\n  }");
    }
    out += first ? "}\n" : "\n}\n";
    return out;
}

domain::Result<ParsedDocument> ArbFilter::readPair(const QByteArray& source, const QString& sourceName,
                                                   const QByteArray& translation, const QString& translationName,
                                                   const QString& language) const
{
    return readWithTranslation(translation, translationName, language, [&](const QByteArray& base) {
        return readPair(source, sourceName, base, translationName);
    });
}

QString ArbFilter::translationPath(const QString& sourcePath, const QString& language) const
{
    return LanguagePath::arb(sourcePath, language);
}

domain::Result<void> ArbFilter::writePairTo(QIODevice& out, const QByteArray& source, const QString& sourceName,
                                            const QByteArray& translation, SegmentSource& segments,
                                            const QString& translationName, const QString& language) const
{
    return streamPair(out, source, sourceName, translation, segments, translationName, language,
                      [&](const QByteArray& base, ByteOutput& output) {
                          return JsonStreamWriter::writePair(source, base, segments, JsonKeys::Mode::Arb, QString(),
                                                             output);
                      });
}

domain::Result<void> ArbFilter::readPairTo(SegmentSink& sink, const QByteArray& source, const QString& sourceName,
                                           const QByteArray& translation, const QString& translationName,
                                           const QString& language) const
{
    if (sourceName.isEmpty()) // readPair reads the translation alone then
        return Filter::readPairTo(sink, source, sourceName, translation, translationName, language);
    return readStreamedPair(sink, source, sourceName, translation, translationName, language,
                            [&](const QByteArray& base) {
                                return JsonPairReader::read(sink, source, sourceName, base, translationName,
                                                            JsonKeys::Mode::Arb, id(), language);
                            });
}

} // namespace tessera::formats
