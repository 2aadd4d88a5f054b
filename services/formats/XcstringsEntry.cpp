// XcstringsEntry: one String Catalog entry for one language: its view and its edits.
#include "XcstringsEntry.h"

#include <algorithm>
#include <optional>

#include "JsonKeys.h"

namespace tessera::formats {

using domain::Segment;
using domain::SegmentState;

int XcstringsEntry::stringMember(const JsonScan& scan, int object, const QString& key)
{
    const int node = scan.member(object, key);
    return node >= 0 && scan.nodes[node].isString() ? node : -1;
}

int XcstringsEntry::objectMember(const JsonScan& scan, int object, const QString& key)
{
    const int node = scan.member(object, key);
    return node >= 0 && scan.nodes[node].isObject() ? node : -1;
}

XcstringsEntry::Unit XcstringsEntry::unitOf(const JsonScan& scan, int holder)
{
    Unit unit;
    unit.object = objectMember(scan, holder, QStringLiteral("stringUnit"));
    unit.state = stringMember(scan, unit.object, QStringLiteral("state"));
    unit.value = stringMember(scan, unit.object, QStringLiteral("value"));
    return unit;
}

int XcstringsEntry::pluralOf(const JsonScan& scan, int localization)
{
    return objectMember(scan, objectMember(scan, localization, QStringLiteral("variations")), QStringLiteral("plural"));
}

SegmentState XcstringsEntry::state(const QString& name)
{
    if (name == QLatin1StringView("translated"))
        return SegmentState::Translated;
    if (name == QLatin1StringView("needs_review") || name == QLatin1StringView("stale"))
        return SegmentState::Draft;
    return SegmentState::New;
}

QString XcstringsEntry::stateName(SegmentState segmentState)
{
    switch (segmentState) {
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

XcstringsEntry::View XcstringsEntry::view(const JsonScan& s, const QString& sourceLanguage, int entry,
                                          const QString& language)
{
    View v;
    v.entry = entry;
    const int localizations = objectMember(s, entry, QStringLiteral("localizations"));
    const int source = objectMember(s, localizations, sourceLanguage);
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
        const SegmentState unitState = state(JsonKeys::text(s, unit.state));
        if (!lowest || int(unitState) < int(*lowest))
            lowest = unitState;
    }
    if (!any)
        v.state = SegmentState::New;
    else if (!all)
        v.state = SegmentState::Draft;
    else
        v.state = *lowest;
    return v;
}

Segment XcstringsEntry::segment(const JsonScan& s, const QString& sourceLanguage, int entry, const QString& key,
                                const QString& language)
{
    const View v = view(s, sourceLanguage, entry, language);
    Segment segment;
    segment.key = key;
    const int localizations = objectMember(s, entry, QStringLiteral("localizations"));
    const int source = objectMember(s, localizations, sourceLanguage);
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
        segment.flags |= domain::SegmentFlag::Obsolete;
    const int translate = s.member(entry, QStringLiteral("shouldTranslate"));
    if (translate >= 0 && s.nodes[translate].kind == JsonNode::Kind::False)
        segment.flags |= domain::SegmentFlag::Locked;
    return segment;
}

QByteArray XcstringsEntry::unitJson(const JsonEdit& edit, const JsonStyle& style, const QString& stateText,
                                    const QString& text, int depth)
{
    return edit.object({{QStringLiteral("state"), JsonEdit::quote(stateText, style)},
                        {QStringLiteral("value"), JsonEdit::quote(text, style)}},
                       depth);
}

namespace {

// Inserts member `key` into `object` where Xcode's sorted order puts it.
void insertXcSorted(JsonEdit& edit, const JsonScan& s, int object, const QString& key, const QByteArray& value)
{
    for (int c = s.nodes[object].firstChild; c >= 0; c = s.nodes[c].nextSibling) {
        if (s.nodes[c].key > key) {
            edit.insertBefore(c, key, value);
            return;
        }
    }
    edit.insertMember(object, -1, false, key, value);
}

} // namespace

void XcstringsEntry::writeSegment(JsonEdit& edit, const JsonScan& s, const QString& sourceLanguage, int entry,
                                  int depth, const Segment& segment, const QString& language)
{
    const JsonStyle& style = s.style;
    const View v = view(s, sourceLanguage, entry, language);
    const bool stateChanged = segment.state != v.state;
    const QString newState = stateName(segment.state);
    QList<std::pair<QString, QByteArray>> newForms; // when the localization has no plural object
    // A new localization for `language`: into "localizations", or a new "localizations" with it.
    const auto addLocalization = [&](const QByteArray& localization) {
        const int localizations = objectMember(s, entry, QStringLiteral("localizations"));
        if (localizations >= 0)
            insertXcSorted(edit, s, localizations, language, localization);
        else
            insertXcSorted(edit, s, entry, QStringLiteral("localizations"),
                           edit.object({{language, localization}}, depth + 1));
    };
    for (qsizetype i = 0; i < v.units.size() && i < segment.targets.size(); ++i) {
        const Unit& unit = v.units[i];
        const QString& text = segment.targets[i];
        if (unit.value >= 0) {
            edit.setString(unit.value, text);
            if (stateChanged && unit.state >= 0)
                edit.setString(unit.state, newState);
            continue;
        }
        if (text.isEmpty())
            continue;
        if (!v.isPlural) {
            // singular without a stringUnit: add one to the localization, or add the localization
            if (v.localization >= 0) {
                insertXcSorted(edit, s, v.localization, QStringLiteral("stringUnit"),
                               unitJson(edit, style, newState, text, depth + 3));
            } else {
                addLocalization(edit.object(
                    {{QStringLiteral("stringUnit"), unitJson(edit, style, newState, text, depth + 3)}}, depth + 2));
            }
            continue;
        }
        const QString& category = v.categories[i];
        if (v.plural >= 0) {
            const int form = objectMember(s, v.plural, category);
            const QByteArray unitValue = unitJson(edit, style, newState, text, depth + 6);
            if (form >= 0)
                insertXcSorted(edit, s, form, QStringLiteral("stringUnit"), unitValue);
            else
                insertXcSorted(edit, s, v.plural, category,
                               edit.object({{QStringLiteral("stringUnit"), unitValue}}, depth + 5));
        } else {
            newForms.append({category, {}});
            newForms.last().second = edit.object(
                {{QStringLiteral("stringUnit"), unitJson(edit, style, newState, text, depth + 6)}}, depth + 5);
        }
    }
    if (newForms.isEmpty())
        return;
    std::sort(newForms.begin(), newForms.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    const QByteArray variations =
        edit.object({{QStringLiteral("plural"), edit.object(newForms, depth + 4)}}, depth + 3);
    if (v.localization >= 0) {
        insertXcSorted(edit, s, v.localization, QStringLiteral("variations"), variations);
        return;
    }
    addLocalization(edit.object({{QStringLiteral("variations"), variations}}, depth + 2));
}

} // namespace tessera::formats
