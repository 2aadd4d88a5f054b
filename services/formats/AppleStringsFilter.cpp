// AppleStringsFilter: Apple .strings files: entries as segments, edits spliced back in the file's encoding.
#include "AppleStringsFilter.h"

#include "LanguagePath.h"

#include <algorithm>

#include <QHash>
#include <QSet>

#include "AppleStringsParser.h"
#include "AppleStringsStreamReader.h"
#include "AppleStringsStreamWriter.h"
#include "ByteOutput.h"
#include "JsonKeys.h"

namespace tessera::formats {

using domain::Result;
using domain::Segment;
using domain::SegmentFlag;
using domain::SegmentState;

QString AppleStringsFilter::id() const
{
    return QStringLiteral("strings");
}

QString AppleStringsFilter::name() const
{
    return QStringLiteral("Apple strings");
}

QStringList AppleStringsFilter::extensions() const
{
    return {QStringLiteral("strings")};
}

int AppleStringsFilter::detect(const QString& fileName, const QByteArray& head) const
{
    const bool extension = fileName.endsWith(QLatin1StringView(".strings"), Qt::CaseInsensitive);
    if (head.startsWith("bplist"))
        return 0; // a compiled (binary property list) strings file
    if (!extension)
        return 0; // `"a" = "b";` is too plain a shape to claim other files by content
    const bool utf16 = head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF");
    return utf16 || head.contains('=') || head.trimmed().isEmpty() ? 100 : 60;
}

Result<ParsedDocument> AppleStringsFilter::read(const QByteArray& data, const QString& fileName) const
{
    return readPair({}, {}, data, fileName);
}

namespace {

SegmentState stateOf(const QString& target)
{
    return target.isEmpty() ? SegmentState::New : SegmentState::Translated;
}

} // namespace

Result<ParsedDocument> AppleStringsFilter::readPair(const QByteArray& sourceData, const QString& sourceFileName,
                                                    const QByteArray& targetData, const QString& targetFileName) const
{
    auto target = AppleStringsParser::parse(targetData, targetFileName);
    if (!target)
        return std::unexpected(target.error());
    ParsedDocument document;
    document.format = id();
    document.targetLanguage = JsonKeys::languageFromFileName(targetFileName);
    if (sourceFileName.isEmpty()) {
        document.sourceLanguage = document.targetLanguage;
        for (const AppleStringsEntry& entry : std::as_const(target->entries)) {
            Segment segment;
            segment.key = entry.key;
            segment.order = int(document.segments.size()) + 1;
            segment.source = entry.value;
            segment.targets = {entry.value};
            segment.state = stateOf(entry.value);
            segment.context.note = entry.comment;
            document.segments.append(std::move(segment));
        }
        return document;
    }
    auto source = AppleStringsParser::parse(sourceData, sourceFileName);
    if (!source)
        return std::unexpected(source.error());
    document.sourceLanguage = JsonKeys::languageFromFileName(sourceFileName);
    QHash<QString, qsizetype> targets;
    for (qsizetype i = 0; i < target->entries.size(); ++i)
        targets.insert(target->entries[i].key, i);
    QSet<QString> seen;
    for (const AppleStringsEntry& entry : std::as_const(source->entries)) {
        Segment segment;
        segment.key = entry.key;
        segment.order = int(document.segments.size()) + 1;
        segment.source = entry.value;
        const qsizetype t = targets.value(entry.key, -1);
        segment.targets = {t >= 0 ? target->entries[t].value : QString()};
        segment.state = stateOf(segment.targets.first());
        segment.context.note = entry.comment.isEmpty() && t >= 0 ? target->entries[t].comment : entry.comment;
        seen.insert(entry.key);
        document.segments.append(std::move(segment));
    }
    for (const AppleStringsEntry& entry : std::as_const(target->entries)) {
        if (seen.contains(entry.key))
            continue;
        Segment segment;
        segment.key = entry.key;
        segment.order = int(document.segments.size()) + 1;
        segment.source = entry.value;
        segment.targets = {entry.value};
        segment.state = stateOf(entry.value);
        segment.context.note = entry.comment;
        segment.flags |= SegmentFlag::Obsolete;
        document.segments.append(std::move(segment));
    }
    return document;
}

Result<QByteArray> AppleStringsFilter::write(const QByteArray& original, const QList<Segment>& segments,
                                             const QString& fileName) const
{
    auto file = AppleStringsParser::parse(original, fileName);
    if (!file)
        return std::unexpected(file.error());
    QHash<QString, qsizetype> byKey;
    for (qsizetype i = 0; i < file->entries.size(); ++i)
        byKey.insert(file->entries[i].key, i);
    struct Splice {
        qsizetype begin;
        qsizetype end;
        QString text;
    };
    QList<Splice> splices;
    QString appended;
    const QString newline =
        file->text.contains(QLatin1StringView("\r\n")) ? QStringLiteral("\r\n") : QStringLiteral("\n");
    for (const Segment& segment : segments) {
        if (segment.targets.isEmpty())
            continue;
        const QString& target = segment.targets.first();
        const qsizetype index = byKey.value(segment.key, -1);
        if (index < 0) {
            if (target.isEmpty())
                continue;
            appended += newEntry(segment, newline) + newline;
            byKey.insert(segment.key, -2);
            continue;
        }
        if (index < 0)
            continue;
        const AppleStringsEntry& entry = file->entries[index];
        if (entry.value == target)
            continue;
        if (entry.hasValue)
            splices.append({entry.valueBegin, entry.valueEnd, AppleStringsParser::quote(target)});
        else // `key;` becomes `key = "value";`
            splices.append({entry.valueEnd, entry.valueEnd, QStringLiteral(" = ") + AppleStringsParser::quote(target)});
    }
    if (splices.isEmpty() && appended.isEmpty())
        return original;
    std::sort(splices.begin(), splices.end(), [](const Splice& a, const Splice& b) { return a.begin < b.begin; });
    QString text;
    text.reserve(file->text.size() + appended.size() + 64);
    qsizetype pos = 0;
    for (const Splice& s : std::as_const(splices)) {
        text += QStringView(file->text).mid(pos, s.begin - pos);
        text += s.text;
        pos = s.end;
    }
    text += QStringView(file->text).mid(pos);
    if (!appended.isEmpty()) {
        if (!text.isEmpty() && !text.endsWith(QLatin1Char('\n')))
            text += newline;
        if (!text.isEmpty() && !text.endsWith(newline + newline))
            text += newline;
        appended.chop(newline.size()); // no blank line after the last entry
        text += appended;
    }
    return AppleStringsParser::encode(*file, text);
}

QString AppleStringsFilter::newEntry(const Segment& segment, const QString& newline)
{
    QString entry;
    if (!segment.context.note.isEmpty())
        entry += QStringLiteral("/* ") +
                 QString(segment.context.note).replace(QLatin1StringView("*/"), QLatin1StringView("* /")) +
                 QStringLiteral(" */") + newline;
    entry += AppleStringsParser::quote(segment.key) + QStringLiteral(" = ") +
             AppleStringsParser::quote(segment.targets.value(0)) + QLatin1Char(';') + newline;
    return entry;
}

domain::Result<QByteArray> AppleStringsFilter::writePair(const QByteArray& source, const QString& sourceName,
                                                         const QByteArray& translation, const QList<Segment>& segments,
                                                         const QString& translationName, const QString& language) const
{
    auto sourceFile = AppleStringsParser::parse(source, sourceName);
    if (!sourceFile)
        return Filter::writePair(source, sourceName, translation, segments, translationName, language);
    QHash<QString, qsizetype> position;
    for (qsizetype i = 0; i < sourceFile->entries.size(); ++i)
        position.insert(sourceFile->entries[i].key, i);
    QList<Segment> ordered = segments;
    std::stable_sort(ordered.begin(), ordered.end(), [&](const Segment& a, const Segment& b) {
        return position.value(a.key, position.size()) < position.value(b.key, position.size());
    });
    return Filter::writePair(source, sourceName, translation, ordered, translationName, language);
}

domain::Result<void> AppleStringsFilter::writePairTo(QIODevice& out, const QByteArray& source,
                                                     const QString& sourceName, const QByteArray& translation,
                                                     SegmentSource& segments, const QString& translationName,
                                                     const QString& language) const
{
    return streamPair(out, source, sourceName, translation, segments, translationName, language,
                      [&](const QByteArray& base, ByteOutput& output) {
                          return AppleStringsStreamWriter::writePair(source, sourceName, base, segments,
                                                                     translationName, output);
                      });
}

Result<QByteArray> AppleStringsFilter::create(const ParsedDocument& document, const QString&) const
{
    QString text;
    for (const Segment& segment : document.segments) {
        if (!text.isEmpty())
            text += QLatin1Char('\n');
        text += newEntry(segment, QStringLiteral("\n"));
    }
    return text.toUtf8();
}

domain::Result<ParsedDocument> AppleStringsFilter::readPair(const QByteArray& source, const QString& sourceName,
                                                            const QByteArray& translation,
                                                            const QString& translationName,
                                                            const QString& language) const
{
    return readWithTranslation(translation, translationName, language, [&](const QByteArray& base) {
        return readPair(source, sourceName, base, translationName);
    });
}

domain::Result<void> AppleStringsFilter::readPairTo(SegmentSink& sink, const QByteArray& source,
                                                    const QString& sourceName, const QByteArray& translation,
                                                    const QString& translationName, const QString& language) const
{
    if (sourceName.isEmpty())
        return Filter::readPairTo(sink, source, sourceName, translation, translationName, language);
    auto base = translationOrEmpty(translation, translationName, language);
    if (!base)
        return std::unexpected(base.error());
    return AppleStringsStreamReader::readPair(source, sourceName, *base, translationName, language, sink);
}

QString AppleStringsFilter::translationPath(const QString& sourcePath, const QString& language) const
{
    return LanguagePath::lproj(sourcePath, language);
}

} // namespace tessera::formats
