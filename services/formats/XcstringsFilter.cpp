// XcstringsFilter: Apple String Catalogs: reads one language of a catalog, splices edits back.
#include "XcstringsFilter.h"

#include <QSet>

#include "JsonEdit.h"
#include "JsonKeys.h"
#include "text/PluralRules.h"

namespace tessera::formats {

using domain::Error;
using domain::ErrorCode;
using domain::Result;
using domain::Segment;
using domain::SegmentFlag;
using domain::SegmentState;

namespace {

// A unit of a localization: the stringUnit object and its "state" and "value" string nodes.
struct Unit {
    int object = -1;
    int state = -1;
    int value = -1;
};

struct Catalog {
    JsonScan scan;
    QString sourceLanguage;
    int strings = -1;
};

int stringMember(const JsonScan& scan, int object, const QString& key)
{
    const int node = scan.member(object, key);
    return node >= 0 && scan.nodes[node].isString() ? node : -1;
}

int objectMember(const JsonScan& scan, int object, const QString& key)
{
    const int node = scan.member(object, key);
    return node >= 0 && scan.nodes[node].isObject() ? node : -1;
}

Unit unitOf(const JsonScan& scan, int holder)
{
    Unit unit;
    unit.object = objectMember(scan, holder, QStringLiteral("stringUnit"));
    unit.state = stringMember(scan, unit.object, QStringLiteral("state"));
    unit.value = stringMember(scan, unit.object, QStringLiteral("value"));
    return unit;
}

// variations/plural object of a localization, -1 if none.
int pluralOf(const JsonScan& scan, int localization)
{
    return objectMember(scan, objectMember(scan, localization, QStringLiteral("variations")), QStringLiteral("plural"));
}

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
    const int source = stringMember(s, 0, QStringLiteral("sourceLanguage"));
    catalog.strings = objectMember(s, 0, QStringLiteral("strings"));
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
        const int localizations = objectMember(s, entry, QStringLiteral("localizations"));
        for (int l = localizations >= 0 ? s.nodes[localizations].firstChild : -1; l >= 0; l = s.nodes[l].nextSibling) {
            if (s.nodes[l].key != catalog.sourceLanguage)
                found.insert(s.nodes[l].key);
        }
    }
    QStringList result(found.begin(), found.end());
    result.sort();
    return result;
}

SegmentState xcState(const QString& name)
{
    if (name == QLatin1StringView("translated"))
        return SegmentState::Translated;
    if (name == QLatin1StringView("needs_review") || name == QLatin1StringView("stale"))
        return SegmentState::Draft;
    return SegmentState::New;
}

QString xcStateName(SegmentState state)
{
    switch (state) {
    case SegmentState::New:
        return QStringLiteral("new");
    case SegmentState::Draft:
    case SegmentState::Rejected:
        return QStringLiteral("needs_review");
    case SegmentState::Translated:
    case SegmentState::Reviewed:
    case SegmentState::Approved:
        return QStringLiteral("translated");
    }
    return QStringLiteral("new");
}

// Everything read() says about one entry for one language.
struct EntryView {
    int entry = -1;
    int localization = -1; // target localization object, -1 if none
    int plural = -1;       // target variations/plural object
    bool isPlural = false;
    QStringList categories;
    QList<Unit> units; // parallel to categories (plural) or one (singular)
    SegmentState state = SegmentState::New;
};

EntryView view(const Catalog& catalog, int entry, const QString& language)
{
    const JsonScan& s = catalog.scan;
    EntryView v;
    v.entry = entry;
    const int localizations = objectMember(s, entry, QStringLiteral("localizations"));
    const int source = objectMember(s, localizations, catalog.sourceLanguage);
    v.localization = objectMember(s, localizations, language);
    v.plural = pluralOf(s, v.localization);
    v.isPlural = v.plural >= 0 || pluralOf(s, source) >= 0;
    if (!v.isPlural) {
        v.units.append(unitOf(s, v.localization));
    } else {
        JsonEntry forms; // present categories, for JsonKeys::categories
        for (int c = v.plural >= 0 ? s.nodes[v.plural].firstChild : -1; c >= 0; c = s.nodes[c].nextSibling) {
            if (JsonKeys::categoryOrder().contains(s.nodes[c].key))
                forms.forms.insert(s.nodes[c].key, c);
        }
        v.categories = JsonKeys::categories(forms, language);
        for (const QString& category : std::as_const(v.categories))
            v.units.append(unitOf(s, forms.forms.value(category, -1)));
    }
    bool any = false;
    bool all = true;
    std::optional<SegmentState> lowest;
    for (const Unit& unit : std::as_const(v.units)) {
        if (unit.value < 0) {
            all = false;
            continue;
        }
        any = true;
        const SegmentState state = xcState(JsonKeys::text(s, unit.state));
        if (!lowest || int(state) < int(*lowest))
            lowest = state;
    }
    if (!any)
        v.state = SegmentState::New;
    else if (!all)
        v.state = SegmentState::Draft;
    else
        v.state = *lowest;
    return v;
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
        const EntryView v = view(catalog, entry, language);
        Segment segment;
        segment.key = s.nodes[entry].key;
        segment.order = int(document.segments.size()) + 1;
        const int localizations = objectMember(s, entry, QStringLiteral("localizations"));
        const int source = objectMember(s, localizations, catalog.sourceLanguage);
        if (v.isPlural) {
            const int plural = pluralOf(s, source);
            const Unit one = unitOf(s, objectMember(s, plural, QStringLiteral("one")));
            const Unit other = unitOf(s, objectMember(s, plural, QStringLiteral("other")));
            segment.source = one.value >= 0 ? s.nodes[one.value].text : segment.key;
            segment.sourcePlural = other.value >= 0 ? s.nodes[other.value].text : segment.key;
            for (const Unit& unit : v.units)
                segment.targets.append(JsonKeys::text(s, unit.value));
        } else {
            const Unit unit = unitOf(s, source);
            segment.source = unit.value >= 0 ? s.nodes[unit.value].text : segment.key;
            segment.targets = {JsonKeys::text(s, v.units.first().value)};
        }
        if (language.isEmpty())
            segment.targets = QStringList(segment.targets.size(), QString());
        segment.state = v.state;
        segment.context.note = JsonKeys::text(s, stringMember(s, entry, QStringLiteral("comment")));
        if (JsonKeys::text(s, stringMember(s, entry, QStringLiteral("extractionState"))) == QLatin1StringView("stale"))
            segment.flags |= SegmentFlag::Obsolete;
        const int translate = s.member(entry, QStringLiteral("shouldTranslate"));
        if (translate >= 0 && s.nodes[translate].kind == JsonNode::Kind::False)
            segment.flags |= SegmentFlag::Locked;
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

namespace {

// Inserts member `key` into `object` where Xcode's sorted order puts it.
void insertSorted(JsonEdit& edit, const JsonScan& s, int object, const QString& key, const QByteArray& value)
{
    for (int c = s.nodes[object].firstChild; c >= 0; c = s.nodes[c].nextSibling) {
        if (s.nodes[c].key > key) {
            edit.insertBefore(c, key, value);
            return;
        }
    }
    edit.insertMember(object, -1, false, key, value);
}

QByteArray unitJson(const JsonEdit& edit, const JsonStyle& style, const QString& state, const QString& text, int depth)
{
    return edit.object({{QStringLiteral("state"), JsonEdit::quote(state, style)},
                        {QStringLiteral("value"), JsonEdit::quote(text, style)}},
                       depth);
}

} // namespace

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
    const JsonStyle& style = s.style;
    JsonEdit edit(original, s);
    QHash<QString, int> entries;
    for (int entry = s.nodes[catalog.strings].firstChild; entry >= 0; entry = s.nodes[entry].nextSibling)
        entries.insert(s.nodes[entry].key, entry);
    for (const Segment& segment : segments) {
        const int entry = entries.value(segment.key, -1);
        if (entry < 0 || !s.nodes[entry].isObject())
            continue;
        const EntryView v = view(catalog, entry, language);
        const bool stateChanged = segment.state != v.state;
        const QString state = xcStateName(segment.state);
        const int depth = s.nodes[entry].depth;         // 2 in Xcode's layout
        QList<std::pair<QString, QByteArray>> newForms; // when the localization has no plural object
        for (qsizetype i = 0; i < v.units.size() && i < segment.targets.size(); ++i) {
            const Unit& unit = v.units[i];
            const QString& text = segment.targets[i];
            if (unit.value >= 0) {
                edit.setString(unit.value, text);
                if (stateChanged && unit.state >= 0)
                    edit.setString(unit.state, state);
                continue;
            }
            if (text.isEmpty())
                continue;
            if (!v.isPlural) {
                // singular without a stringUnit: add one to the localization, or add the localization
                if (v.localization >= 0) {
                    insertSorted(edit, s, v.localization, QStringLiteral("stringUnit"),
                                 unitJson(edit, style, state, text, depth + 3));
                } else {
                    const QByteArray localization = edit.object(
                        {{QStringLiteral("stringUnit"), unitJson(edit, style, state, text, depth + 3)}}, depth + 2);
                    const int localizations = objectMember(s, entry, QStringLiteral("localizations"));
                    if (localizations >= 0)
                        insertSorted(edit, s, localizations, language, localization);
                    else
                        insertSorted(edit, s, entry, QStringLiteral("localizations"),
                                     edit.object({{language, localization}}, depth + 1));
                }
                continue;
            }
            const QString& category = v.categories[i];
            if (v.plural >= 0) {
                const int form = objectMember(s, v.plural, category);
                const QByteArray unitValue = unitJson(edit, style, state, text, depth + 6);
                if (form >= 0)
                    insertSorted(edit, s, form, QStringLiteral("stringUnit"), unitValue);
                else
                    insertSorted(edit, s, v.plural, category,
                                 edit.object({{QStringLiteral("stringUnit"), unitValue}}, depth + 5));
            } else {
                newForms.append({category, {}});
                newForms.last().second = edit.object(
                    {{QStringLiteral("stringUnit"), unitJson(edit, style, state, text, depth + 6)}}, depth + 5);
            }
        }
        if (newForms.isEmpty())
            continue;
        std::sort(newForms.begin(), newForms.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        const QByteArray variations =
            edit.object({{QStringLiteral("plural"), edit.object(newForms, depth + 4)}}, depth + 3);
        if (v.localization >= 0) {
            insertSorted(edit, s, v.localization, QStringLiteral("variations"), variations);
            continue;
        }
        const QByteArray localization = edit.object({{QStringLiteral("variations"), variations}}, depth + 2);
        const int localizations = objectMember(s, entry, QStringLiteral("localizations"));
        if (localizations >= 0)
            insertSorted(edit, s, localizations, language, localization);
        else
            insertSorted(edit, s, entry, QStringLiteral("localizations"),
                         edit.object({{language, localization}}, depth + 1));
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
        return edit.object({{QStringLiteral("stringUnit"), unitJson(edit, style, state, text, depth + 1)}}, depth);
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
                {language, localization(targetCategories, segment.targets, xcStateName(segment.state))});
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
