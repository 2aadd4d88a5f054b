// XcstringsFilter: Apple String Catalogs: reads one language of a catalog, splices edits back.
#include "XcstringsFilter.h"

#include <QSet>

#include "ByteOutput.h"
#include "JsonEdit.h"
#include "JsonKeys.h"
#include "XcstringsEntry.h"
#include "XcstringsStreamReader.h"
#include "XcstringsStreamWriter.h"
#include "text/PluralRules.h"

namespace tessera::formats {

using domain::Error;
using domain::ErrorCode;
using domain::Result;
using domain::Segment;
using domain::SegmentFlag;
using domain::SegmentState;

namespace {

struct Catalog {
    JsonScan scan;
    QString sourceLanguage;
    int strings = -1;
};

Result<Catalog> parse(const QByteArray& data, const QString& fileName)
{
    auto scan = JsonScanner::scan(data, fileName);
    if (!scan)
        return std::unexpected(scan.error());
    Catalog catalog;
    catalog.scan = std::move(*scan);
    const JsonScan& s = catalog.scan;
    const auto fail = [&](const QString& message) {
        return std::unexpected(Error{ErrorCode::InvalidInput, message, fileName, 1, 1, {}});
    };
    if (!s.nodes[0].isObject())
        return fail(QStringLiteral("a string catalog must hold a JSON object"));
    const int source = XcstringsEntry::stringMember(s, 0, QStringLiteral("sourceLanguage"));
    catalog.strings = XcstringsEntry::objectMember(s, 0, QStringLiteral("strings"));
    if (source < 0 || catalog.strings < 0)
        return fail(QStringLiteral("a string catalog needs \"sourceLanguage\" and \"strings\""));
    catalog.sourceLanguage = s.nodes[source].text;
    return catalog;
}

QStringList languagesOf(const Catalog& catalog)
{
    QSet<QString> found;
    const JsonScan& s = catalog.scan;
    for (int entry = s.nodes[catalog.strings].firstChild; entry >= 0; entry = s.nodes[entry].nextSibling) {
        const int localizations = XcstringsEntry::objectMember(s, entry, QStringLiteral("localizations"));
        for (int l = localizations >= 0 ? s.nodes[localizations].firstChild : -1; l >= 0; l = s.nodes[l].nextSibling) {
            if (s.nodes[l].key != catalog.sourceLanguage)
                found.insert(s.nodes[l].key);
        }
    }
    QStringList result(found.begin(), found.end());
    result.sort();
    return result;
}

ParsedDocument readCatalog(const Catalog& catalog, const QString& language);
QByteArray writeCatalog(const QByteArray& original, const Catalog& catalog, const QList<Segment>& segments,
                        const QString& language);

} // namespace

QString XcstringsFilter::id() const
{
    return QStringLiteral("xcstrings");
}

QString XcstringsFilter::name() const
{
    return QStringLiteral("Apple String Catalog");
}

QStringList XcstringsFilter::extensions() const
{
    return {QStringLiteral("xcstrings")};
}

int XcstringsFilter::detect(const QString& fileName, const QByteArray& head) const
{
    const bool extension = fileName.endsWith(QLatin1StringView(".xcstrings"), Qt::CaseInsensitive);
    const JsonShape shape = JsonKeys::shape(head);
    if (shape.xcstrings)
        return extension ? 100 : 90;
    return extension && shape.object ? 40 : 0;
}

Result<QStringList> XcstringsFilter::languages(const QByteArray& data, const QString& fileName) const
{
    auto catalog = parse(data, fileName);
    if (!catalog)
        return std::unexpected(catalog.error());
    return languagesOf(*catalog);
}

Result<ParsedDocument> XcstringsFilter::read(const QByteArray& data, const QString& fileName) const
{
    auto catalog = parse(data, fileName);
    if (!catalog)
        return std::unexpected(catalog.error());
    return readCatalog(*catalog, languagesOf(*catalog).value(0));
}

Result<ParsedDocument> XcstringsFilter::readLanguage(const QByteArray& data, const QString& fileName,
                                                     const QString& language) const
{
    auto parsed = parse(data, fileName);
    if (!parsed)
        return std::unexpected(parsed.error());
    return readCatalog(*parsed, language);
}

namespace {

ParsedDocument readCatalog(const Catalog& catalog, const QString& language)
{
    const JsonScan& s = catalog.scan;
    ParsedDocument document;
    document.format = QStringLiteral("xcstrings");
    document.sourceLanguage = catalog.sourceLanguage;
    document.targetLanguage = language;
    for (int entry = s.nodes[catalog.strings].firstChild; entry >= 0; entry = s.nodes[entry].nextSibling) {
        if (!s.nodes[entry].isObject())
            continue;
        Segment segment = XcstringsEntry::segment(s, catalog.sourceLanguage, entry, s.nodes[entry].key, language);
        segment.order = int(document.segments.size()) + 1;
        document.segments.append(std::move(segment));
    }
    if (!language.isEmpty())
        document.pluralForms = int(text::PluralRules::formCount(language));
    return document;
}

} // namespace

Result<QByteArray> XcstringsFilter::write(const QByteArray& original, const QList<Segment>& segments,
                                          const QString& fileName) const
{
    auto catalog = parse(original, fileName);
    if (!catalog)
        return std::unexpected(catalog.error());
    return writeCatalog(original, *catalog, segments, languagesOf(*catalog).value(0));
}

Result<ParsedDocument> XcstringsFilter::readPair(const QByteArray& source, const QString& sourceName,
                                                 const QByteArray& translation, const QString& translationName,
                                                 const QString& language) const
{
    Q_UNUSED(translation);
    Q_UNUSED(translationName);
    return readLanguage(source, sourceName, language);
}

Result<QByteArray> XcstringsFilter::writePair(const QByteArray& source, const QString& sourceName,
                                              const QByteArray& translation, const QList<Segment>& segments,
                                              const QString& translationName, const QString& language) const
{
    Q_UNUSED(translation);
    Q_UNUSED(translationName);
    return writeLanguage(source, segments, sourceName, language);
}

Result<void> XcstringsFilter::readPairTo(SegmentSink& sink, const QByteArray& source, const QString& sourceName,
                                         const QByteArray& translation, const QString& translationName,
                                         const QString& language) const
{
    auto streamed = XcstringsStreamReader::read(source, sourceName, language, sink);
    if (!streamed)
        return std::unexpected(streamed.error());
    switch (*streamed) {
    case XcstringsStreamReader::Outcome::Read:
        return {};
    case XcstringsStreamReader::Outcome::Whole:
        break;
    case XcstringsStreamReader::Outcome::Invalid: {
        auto whole = readPair(source, sourceName, translation, translationName, language);
        if (!whole)
            return std::unexpected(whole.error());
        return domain::fail(ErrorCode::Internal, QStringLiteral("%1 changed while read").arg(sourceName));
    }
    }
    return Filter::readPairTo(sink, source, sourceName, translation, translationName, language);
}

Result<void> XcstringsFilter::writeLanguagesTo(QIODevice& out, const QByteArray& original, const QString& fileName,
                                               const QList<LanguageSegments>& languages) const
{
    ByteOutput output(out);
    auto streamed = XcstringsStreamWriter::write(original, fileName, languages, output);
    if (!streamed)
        return std::unexpected(streamed.error());
    if (!*streamed) // nothing written
        return Filter::writeLanguagesTo(out, original, fileName, languages);
    return output.finish(fileName);
}

Result<QByteArray> XcstringsFilter::writeLanguage(const QByteArray& original, const QList<Segment>& segments,
                                                  const QString& fileName, const QString& language) const
{
    auto parsed = parse(original, fileName);
    if (!parsed)
        return std::unexpected(parsed.error());
    return writeCatalog(original, *parsed, segments, language);
}

namespace {

QByteArray writeCatalog(const QByteArray& original, const Catalog& catalog, const QList<Segment>& segments,
                        const QString& language)
{
    if (language.isEmpty())
        return original;
    const JsonScan& s = catalog.scan;
    JsonEdit edit(original, s);
    QHash<QString, int> entries;
    for (int entry = s.nodes[catalog.strings].firstChild; entry >= 0; entry = s.nodes[entry].nextSibling)
        entries.insert(s.nodes[entry].key, entry);
    for (const Segment& segment : segments) {
        const int entry = entries.value(segment.key, -1);
        if (entry >= 0 && s.nodes[entry].isObject())
            XcstringsEntry::writeSegment(edit, s, catalog.sourceLanguage, entry, s.nodes[entry].depth, segment,
                                         language);
    }
    return edit.result();
}

} // namespace

Result<QByteArray> XcstringsFilter::create(const ParsedDocument& document, const QString&) const
{
    JsonStyle style;
    style.colon = " : ";
    const JsonScan none{{}, style};
    const QByteArray empty;
    const JsonEdit edit(empty, none);
    const QString sourceLanguage = document.sourceLanguage.isEmpty() ? QStringLiteral("en") : document.sourceLanguage;
    const QString language = document.targetLanguage;
    const auto unit = [&](const QString& state, const QString& text, int depth) {
        return edit.object(
            {{QStringLiteral("stringUnit"), XcstringsEntry::unitJson(edit, style, state, text, depth + 1)}}, depth);
    };
    // A localization at depth 4: a stringUnit, or variations/plural/<category> (categories sorted).
    const auto localization = [&](const QStringList& categories, const QStringList& texts, const QString& state) {
        if (categories.isEmpty())
            return unit(state, texts.value(0), 4);
        QList<std::pair<QString, QByteArray>> forms;
        for (qsizetype i = 0; i < categories.size(); ++i)
            forms.append({categories[i], unit(state, texts.value(i), 7)});
        std::sort(forms.begin(), forms.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        return edit.object(
            {{QStringLiteral("variations"), edit.object({{QStringLiteral("plural"), edit.object(forms, 6)}}, 5)}}, 4);
    };
    QList<std::pair<QString, QByteArray>> strings;
    for (const Segment& segment : document.segments) {
        QList<std::pair<QString, QByteArray>> members;
        if (!segment.context.note.isEmpty())
            members.append({QStringLiteral("comment"), JsonEdit::quote(segment.context.note, style)});
        if (segment.flags.testFlag(SegmentFlag::Obsolete))
            members.append({QStringLiteral("extractionState"), JsonEdit::quote(QStringLiteral("stale"), style)});
        QList<std::pair<QString, QByteArray>> localizations;
        QStringList targetCategories;
        if (segment.isPlural()) {
            targetCategories = JsonKeys::categories(JsonEntry{}, language);
            if (targetCategories.size() != segment.targets.size())
                targetCategories = JsonKeys::categoryOrder().mid(0, 0);
        }
        const bool hasTarget = !language.isEmpty() && std::any_of(segment.targets.begin(), segment.targets.end(),
                                                                  [](const QString& t) { return !t.isEmpty(); });
        if (hasTarget && (!segment.isPlural() || !targetCategories.isEmpty()))
            localizations.append(
                {language, localization(targetCategories, segment.targets, XcstringsEntry::stateName(segment.state))});
        const QStringList sourceCategories =
            segment.isPlural() ? QStringList{QStringLiteral("one"), QStringLiteral("other")} : QStringList{};
        if (segment.isPlural() || segment.source != segment.key) // Xcode leaves out a source equal to the key
            localizations.append({sourceLanguage, localization(sourceCategories, {segment.source, segment.sourcePlural},
                                                               QStringLiteral("translated"))});
        std::sort(localizations.begin(), localizations.end(),
                  [](const auto& a, const auto& b) { return a.first < b.first; });
        if (!localizations.isEmpty())
            members.append({QStringLiteral("localizations"), edit.object(localizations, 3)});
        if (segment.flags.testFlag(SegmentFlag::Locked))
            members.append({QStringLiteral("shouldTranslate"), "false"});
        // Xcode writes an entry with nothing in it as an empty line between the braces.
        strings.append({segment.key, members.isEmpty() ? QByteArray("{\n\n    }") : edit.object(members, 2)});
    }
    return edit.object({{QStringLiteral("sourceLanguage"), JsonEdit::quote(sourceLanguage, style)},
                        {QStringLiteral("strings"), edit.object(strings, 1)},
                        {QStringLiteral("version"), JsonEdit::quote(QStringLiteral("1.0"), style)}},
                       0);
}

} // namespace tessera::formats
