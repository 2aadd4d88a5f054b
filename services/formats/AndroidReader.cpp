#include "AndroidReader.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include "AndroidParser.h"
#include "TextHash.h"
#include "text/LanguageTag.h"
#include "text/PluralRules.h"

namespace tessera::formats {

using domain::Error;
using domain::Result;
using domain::Segment;
using domain::SegmentFlag;
using domain::SegmentState;

namespace {

const QStringList cldrOrder = {QStringLiteral("zero"), QStringLiteral("one"),  QStringLiteral("two"),
                               QStringLiteral("few"),  QStringLiteral("many"), QStringLiteral("other")};

const AndroidValue* itemFor(const AndroidEntry& entry, const QString& quantity)
{
    for (const AndroidValue& value : entry.values) {
        if (value.quantity == quantity)
            return &value;
    }
    return nullptr;
}

// The segments of a source entry, with targets from `target` (may be the same entry, or null),
// handed to `emit` in order; `order` counts the document's segments so far.
template <typename Emit>
Result<void> emitSegments(const AndroidEntry& source, const AndroidEntry* target, const QString& language, int& order,
                          Emit&& emit)
{
    auto base = [&](qsizetype index) {
        Segment segment;
        segment.key = source.key(index);
        segment.context.note = source.note;
        if (!source.translatable)
            segment.flags |= SegmentFlag::Locked;
        segment.order = ++order;
        return segment;
    };
    if (source.kind == AndroidEntry::Kind::Plurals) {
        Segment segment = base(0);
        const AndroidValue* one = itemFor(source, QStringLiteral("one"));
        const AndroidValue* other = itemFor(source, QStringLiteral("other"));
        if (!one && !source.values.isEmpty())
            one = &source.values.first();
        if (!other && !source.values.isEmpty())
            other = &source.values.last();
        segment.source = one ? one->text : QString();
        segment.sourcePlural = other ? other->text : QString();
        // Without a language, the categories the translated file has, or else those of the default
        // file (as AndroidWriter::writePair inserts them).
        const QStringList categories = AndroidReader::pluralCategories(language, target ? *target : source);
        for (const QString& category : categories) {
            const AndroidValue* item = target ? itemFor(*target, category) : nullptr;
            segment.targets.append(item ? item->text : QString());
        }
        segment.state = domain::stateOfTargets(segment.targets);
        return emit(std::move(segment));
    }
    for (qsizetype i = 0; i < source.values.size(); ++i) {
        Segment segment = base(i);
        segment.source = source.values[i].text;
        const bool present = target && target->kind == source.kind && i < target->values.size();
        segment.targets = {present ? target->values[i].text : QString()};
        segment.state = domain::stateOfTargets(segment.targets);
        if (auto taken = emit(std::move(segment)); !taken)
            return taken;
    }
    return {};
}

void appendSegments(const AndroidEntry& source, const AndroidEntry* target, const QString& language,
                    ParsedDocument& document)
{
    int order = int(document.segments.size());
    (void)emitSegments(source, target, language, order, [&document](Segment&& segment) -> Result<void> {
        document.segments.append(std::move(segment));
        return {};
    });
}

// The header of a pair's document: languages from the folders (the translation's, else `language`).
ParsedDocument pairHeader(const QString& sourceFileName, const QString& targetFileName, const QString& language)
{
    ParsedDocument document;
    document.format = QStringLiteral("android");
    document.sourceLanguage = AndroidReader::languageOf(sourceFileName);
    const QString folderLanguage = AndroidReader::languageOf(targetFileName);
    document.targetLanguage = folderLanguage.isEmpty() ? language : folderLanguage;
    if (!document.targetLanguage.isEmpty())
        document.pluralForms = int(text::PluralRules::formCount(document.targetLanguage));
    return document;
}

Error duplicateName(const AndroidParser& parser, const AndroidEntry& entry, qint64 firstLine)
{
    return parser.error(entry.line, entry.column,
                        QStringLiteral("duplicate name \"%1\" (first at line %2)").arg(entry.name).arg(firstLine));
}

} // namespace

QString AndroidReader::languageOf(const QString& fileName)
{
    const QString folder = QFileInfo(fileName).dir().dirName();
    if (!folder.startsWith(QLatin1StringView("values-")))
        return {};
    const QStringList qualifiers = folder.mid(7).split(QLatin1Char('-'));
    QString tag;
    static const QRegularExpression language(QStringLiteral("^[a-z]{2,3}$"));
    static const QRegularExpression region(QStringLiteral("^r([A-Z]{2}|[0-9]{3})$"));
    const QString first = qualifiers.value(0);
    if (first.startsWith(QLatin1StringView("b+"))) {
        tag = first.mid(2).replace(QLatin1Char('+'), QLatin1Char('-'));
    } else if (language.match(first).hasMatch()) {
        tag = first;
        const auto match = region.match(qualifiers.value(1));
        if (match.hasMatch())
            tag += QLatin1Char('-') + match.captured(1);
    } else {
        return {};
    }
    auto normalized = text::LanguageTag::normalize(tag);
    return normalized ? *normalized : QString();
}

QStringList AndroidReader::pluralCategories(const QString& language, const AndroidEntry& entry)
{
    if (!language.isEmpty()) {
        // Building ICU's rules takes a while; a file asks for the same language thousands of times.
        thread_local QHash<QString, QStringList> cache;
        auto found = cache.constFind(language);
        if (found == cache.cend())
            found = cache.insert(language, text::PluralRules::categories(language));
        return *found;
    }
    QStringList categories;
    for (const QString& category : cldrOrder) {
        if (category == QLatin1StringView("other") || itemFor(entry, category))
            categories.append(category);
    }
    return categories;
}

Result<QList<AndroidEntry>> AndroidReader::entries(const QByteArray& text, const QString& fileName)
{
    QList<AndroidEntry> result;
    QHash<QString, qsizetype> names;
    AndroidParser parser(text, fileName);
    AndroidEntry entry;
    while (true) {
        auto more = parser.next(entry);
        if (!more)
            return std::unexpected(more.error());
        if (!*more)
            break;
        if (const auto seen = names.constFind(entry.name); seen != names.cend())
            return std::unexpected(duplicateName(parser, entry, result[*seen].line));
        names.insert(entry.name, result.size());
        result.append(std::move(entry));
    }
    return result;
}

Result<ParsedDocument> AndroidReader::read(const QByteArray& data, const QString& fileName, const QString& language)
{
    auto text = AndroidParser::decode(data, fileName);
    if (!text)
        return std::unexpected(text.error());
    auto list = entries(*text, fileName);
    if (!list)
        return std::unexpected(list.error());
    ParsedDocument document;
    document.format = QStringLiteral("android");
    const QString folderLanguage = languageOf(fileName);
    document.targetLanguage = folderLanguage.isEmpty() ? language : folderLanguage;
    if (!document.targetLanguage.isEmpty())
        document.pluralForms = int(text::PluralRules::formCount(document.targetLanguage));
    document.segments.reserve(list->size());
    for (const AndroidEntry& entry : *list)
        appendSegments(entry, &entry, document.targetLanguage, document);
    return document;
}

Result<ParsedDocument> AndroidReader::readPair(const QByteArray& sourceData, const QString& sourceFileName,
                                               const QByteArray& targetData, const QString& targetFileName,
                                               const QString& language)
{
    auto sourceText = AndroidParser::decode(sourceData, sourceFileName);
    if (!sourceText)
        return std::unexpected(sourceText.error());
    auto sources = entries(*sourceText, sourceFileName);
    if (!sources)
        return std::unexpected(sources.error());
    auto targetText = AndroidParser::decode(targetData, targetFileName);
    if (!targetText)
        return std::unexpected(targetText.error());
    auto targets = entries(*targetText, targetFileName);
    if (!targets)
        return std::unexpected(targets.error());
    QHash<QString, const AndroidEntry*> byName;
    for (const AndroidEntry& entry : *targets)
        byName.insert(entry.name, &entry);

    ParsedDocument document = pairHeader(sourceFileName, targetFileName, language);
    for (const AndroidEntry& entry : *sources) {
        const AndroidEntry* target = byName.value(entry.name);
        if (target && target->kind != entry.kind)
            target = nullptr;
        appendSegments(entry, target, document.targetLanguage, document);
    }
    return document;
}

Result<void> AndroidReader::readPairTo(SegmentSink& sink, const QByteArray& sourceData, const QString& sourceFileName,
                                       const QByteArray& targetData, const QString& targetFileName,
                                       const QString& language)
{
    // Before anything is handed over, where a file is wrong: readPair, so that the error is its
    // (the source's first one, else the translation's).
    const auto whole = [&]() -> Result<void> {
        auto document = readPair(sourceData, sourceFileName, targetData, targetFileName, language);
        if (!document)
            return std::unexpected(document.error());
        return handOver(*std::move(document), sink);
    };
    auto sourceText = AndroidParser::decode(sourceData, sourceFileName);
    if (!sourceText)
        return std::unexpected(sourceText.error());
    auto targetText = AndroidParser::decode(targetData, targetFileName);
    if (!targetText)
        return whole();
    // First the names the translation has, so that looking for one it lacks reads nothing ahead
    // (by hash: two names that collided would only make it read ahead).
    QSet<TextHash> translated;
    {
        AndroidParser parser(*targetText, targetFileName);
        AndroidEntry entry;
        while (true) {
            auto more = parser.next(entry);
            if (!more)
                return whole();
            if (!*more)
                break;
            const TextHash name = TextHash::of(entry.name);
            if (translated.contains(name))
                return whole(); // a name twice
            translated.insert(name);
        }
    }
    const ParsedDocument header = pairHeader(sourceFileName, targetFileName, language);
    if (auto begun = sink.begin(header); !begun)
        return begun;
    // Then both files in step: the translation read as far as the entry asked for, the entries met
    // on the way kept until the source asks for them (none when the two have the same order).
    AndroidParser sources(*sourceText, sourceFileName);
    AndroidParser targets(*targetText, targetFileName);
    QHash<QString, AndroidEntry> ahead;
    QHash<TextHash, qint64> lines; // of the source's names
    int order = 0;
    AndroidEntry entry;
    AndroidEntry target;
    while (true) {
        auto more = sources.next(entry);
        if (!more)
            return std::unexpected(more.error());
        if (!*more)
            return {};
        const TextHash name = TextHash::of(entry.name);
        if (const auto seen = lines.constFind(name); seen != lines.cend())
            return std::unexpected(duplicateName(sources, entry, *seen));
        lines.insert(name, entry.line);
        bool found = false;
        if (translated.contains(name)) {
            if (auto kept = ahead.find(entry.name); kept != ahead.end()) {
                target = std::move(*kept);
                ahead.erase(kept);
                found = true;
            }
            while (!found) {
                auto next = targets.next(target);
                if (!next)
                    return std::unexpected(next.error()); // cannot be: the first reading found none
                if (!*next)
                    break;
                if (target.name == entry.name)
                    found = true;
                else
                    ahead.insert(target.name, std::move(target));
            }
        }
        const AndroidEntry* paired = found && target.kind == entry.kind ? &target : nullptr;
        auto emitted = emitSegments(entry, paired, header.targetLanguage, order,
                                    [&sink](Segment&& segment) { return sink.segment(std::move(segment)); });
        if (!emitted)
            return emitted;
    }
}

} // namespace tessera::formats
