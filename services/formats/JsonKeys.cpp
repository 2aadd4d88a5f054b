// JsonKeys: the translatable strings of a key-value JSON file, plural groups and source pairing.
#include "JsonKeys.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include "JsonEdit.h"
#include "JsonWalk.h"
#include "text/LanguageTag.h"
#include "text/PluralRules.h"

namespace tessera::formats {

using domain::Segment;
using domain::SegmentFlag;
using domain::SegmentState;

const QStringList& JsonKeys::categoryOrder()
{
    static const QStringList order{QStringLiteral("zero"), QStringLiteral("one"),  QStringLiteral("two"),
                                   QStringLiteral("few"),  QStringLiteral("many"), QStringLiteral("other")};
    return order;
}

// "item_one" → base "item", category "one"; "place_ordinal_two" → "place", "two", ordinal.
bool JsonKeys::splitPlural(const QString& name, QString& base, QString& category, bool& ordinal)
{
    const qsizetype underscore = name.lastIndexOf(QLatin1Char('_'));
    if (underscore <= 0)
        return false;
    category = name.mid(underscore + 1);
    if (!JsonKeys::categoryOrder().contains(category))
        return false;
    base = name.left(underscore);
    ordinal = base.endsWith(QLatin1StringView("_ordinal")) && base.size() > 8;
    if (ordinal)
        base.chop(8);
    return true;
}

QString JsonKeys::text(const JsonScan& scan, int node)
{
    return node >= 0 ? scan.nodes[node].text : QString();
}

bool JsonKeys::isLanguageName(const QString& name)
{
    if (name.isEmpty() || name.size() > 20)
        return false;
    const auto tag = text::LanguageTag::normalize(name);
    return tag && text::LanguageTag::isKnownLanguage(tag->section(QLatin1Char('-'), 0, 0));
}

int JsonKeys::keyRootNode(const JsonScan& scan, Mode mode)
{
    if (mode == Mode::Arb || scan.nodes.size() < 2 || !scan.nodes[0].isObject())
        return 0;
    const JsonNode& first = scan.nodes[1];
    if (first.parent != 0 || !first.isObject() || !isLanguageName(first.key))
        return 0;
    for (int i = 2; i < scan.nodes.size(); ++i) {
        if (scan.nodes[i].parent == 0)
            return 0; // a second root member
    }
    return 1;
}

QString JsonKeys::languageRoot(const JsonScan& scan, Mode mode)
{
    const int node = keyRootNode(scan, mode);
    return node > 0 ? scan.nodes[node].key : QString();
}

namespace {

// Counts the root's members, stopping at the first that is not an object named by a language.
class JsonLanguageRootProbe final : public JsonWalkVisitor {
public:
    QString name;
    int members = 0;

    bool scalar(const JsonWalkValue& value) override
    {
        if (value.depth != 1)
            return true;
        ++members; // a root member that is not an object
        return false;
    }
    bool open(const JsonWalkValue& value) override
    {
        if (value.depth == 0)
            return value.kind == JsonNode::Kind::Object;
        if (value.depth != 1)
            return true;
        if (++members > 1 || value.kind != JsonNode::Kind::Object || !JsonKeys::isLanguageName(value.name))
            return false;
        name = value.name;
        return true;
    }
    bool close(qsizetype, qsizetype) override { return true; }
};

} // namespace

QString JsonKeys::languageRoot(const QByteArray& data, Mode mode)
{
    if (mode == Mode::Arb)
        return {};
    JsonLanguageRootProbe probe;
    if (JsonWalk::run(data, probe) != JsonWalk::Outcome::Done || probe.members != 1)
        return {};
    return probe.name;
}

QByteArray JsonKeys::newTranslation(const QByteArray& source, Mode mode, const QString& language)
{
    const QString own = languageRoot(source, mode);
    if (own.isEmpty() || language.isEmpty())
        return {};
    QString tag = language;
    if (own.contains(QLatin1Char('_')))
        tag.replace(QLatin1Char('-'), QLatin1Char('_'));
    if ((own.contains(QLatin1Char('_')) || own.contains(QLatin1Char('-'))) && own == own.toLower())
        tag = tag.toLower(); // "pt-br" beside "en-us"; beside a bare "en", the tag as it is
    return "{\n  " + JsonEdit::quote(tag, JsonStyle{}) + ": {}\n}\n";
}

QByteArray JsonKeys::translationFile(const QByteArray& source, const QByteArray& translation,
                                     const QString& translationName, Mode mode, const QString& language)
{
    if (!translation.isEmpty())
        return translation;
    return newTranslation(source, mode, language.isEmpty() ? languageFromFileName(translationName) : language);
}

JsonEntries JsonKeys::collect(const JsonScan& scan, Mode mode)
{
    JsonEntries result;
    if (scan.nodes.isEmpty() || !scan.nodes[0].isObject())
        return result;
    const int root = keyRootNode(scan, mode); // {"de": {…}}: the keys start inside "de"
    QHash<QString, qsizetype> groups;         // parent node + base (+ordinal) → entry
    QSet<QString> used;
    const auto uniqueKey = [&](const QString& key) {
        QString unique = key;
        for (int n = 2; used.contains(unique); ++n)
            unique = key + QLatin1Char('#') + QString::number(n);
        used.insert(unique);
        return unique;
    };
    for (int i = 1; i < scan.nodes.size(); ++i) {
        const JsonNode& node = scan.nodes[i];
        if (!node.isString())
            continue;
        if (mode != Mode::I18next && node.parent != root)
            continue;
        if (mode == Mode::Arb && node.key.startsWith(QLatin1Char('@')))
            continue;
        if (node.parent == root && isFileMetadata(node.key))
            continue;
        QStringList parentPath = scan.path(node.parent);
        if (root > 0)
            parentPath.removeFirst();
        if (!parentPath.isEmpty() && isFileMetadata(parentPath.first()))
            continue;
        QString base;
        QString category;
        bool ordinal = false;
        const bool isObjectMember = node.keyBegin >= 0;
        if (mode == Mode::I18next && isObjectMember && splitPlural(node.key, base, category, ordinal)) {
            const QString groupId = QString::number(node.parent) + QLatin1Char('\x01') + base +
                                    (ordinal ? QStringLiteral("\x01o") : QString());
            auto found = groups.find(groupId);
            if (found == groups.end()) {
                JsonEntry entry;
                QStringList keyPath = parentPath;
                keyPath.append(base + (ordinal ? QStringLiteral("_ordinal") : QString()));
                entry.key = uniqueKey(keyPath.join(QLatin1Char('.')));
                entry.path = parentPath;
                entry.leaf = base;
                entry.plural = true;
                entry.ordinal = ordinal;
                found = groups.insert(groupId, result.entries.size());
                result.byKey.insert(entry.key, result.entries.size());
                result.entries.append(std::move(entry));
            }
            JsonEntry& entry = result.entries[*found];
            entry.forms.insert(category, i);
            entry.formOrder.append(i);
            continue;
        }
        JsonEntry entry;
        QStringList keyPath = parentPath;
        keyPath.append(node.key);
        entry.key = uniqueKey(mode != Mode::I18next ? node.key : keyPath.join(QLatin1Char('.')));
        entry.path = parentPath;
        entry.leaf = node.key;
        entry.node = i;
        result.byKey.insert(entry.key, result.entries.size());
        result.entries.append(std::move(entry));
    }
    return result;
}

QStringList JsonKeys::categories(const JsonEntry& entry, const QString& language)
{
    QSet<QString> wanted;
    for (auto it = entry.forms.cbegin(); it != entry.forms.cend(); ++it)
        wanted.insert(it.key());
    if (!entry.ordinal && !language.isEmpty()) {
        // ICU rules are costly to build: keep the categories of the languages seen on this thread
        thread_local QHash<QString, QStringList> cache;
        auto found = cache.constFind(language);
        if (found == cache.cend())
            found = cache.insert(language, text::PluralRules::categories(language));
        for (const QString& category : *found)
            wanted.insert(category);
    }
    QStringList result;
    for (const QString& category : categoryOrder()) {
        if (wanted.contains(category))
            result.append(category);
    }
    return result;
}

QString JsonKeys::languageFromFileName(const QString& fileName)
{
    const QFileInfo info(fileName);
    const auto tryTag = [](QString name) -> QString {
        if (name.isEmpty() || name.size() > 20)
            return {};
        // "zhCN", "ptBR" (as some projects spell them) → zh-CN, pt-BR
        static const QRegularExpression camel(QStringLiteral("^([a-z]{2,3})([A-Z]{2})$"));
        const auto match = camel.match(name);
        if (match.hasMatch())
            name = match.captured(1) + QLatin1Char('-') + match.captured(2);
        auto tag = text::LanguageTag::normalize(name);
        return tag ? *tag : QString();
    };
    QString base = info.completeBaseName();
    if (base.endsWith(QLatin1StringView(".i18n")))
        base.chop(5);
    if (QString tag = tryTag(base); !tag.isEmpty())
        return tag;
    // app_de.arb, intl_pt_BR.arb, medusa-de.json: what follows a '_' or '-'
    for (qsizetype i = 1; i < base.size(); ++i) {
        if (base[i] != QLatin1Char('_') && base[i] != QLatin1Char('-'))
            continue;
        if (QString tag = tryTag(base.mid(i + 1)); !tag.isEmpty())
            return tag;
    }
    QString dir = info.path().section(QLatin1Char('/'), -1);
    if (dir.endsWith(QLatin1StringView(".lproj")))
        dir.chop(6);
    return tryTag(dir);
}

namespace {

QStringList formTexts(const JsonScan& scan, const JsonEntry& entry, const QStringList& categories)
{
    QStringList texts;
    for (const QString& category : categories)
        texts.append(JsonKeys::text(scan, entry.forms.value(category, -1)));
    return texts;
}

// Source and source plural of a plural entry: the "one" form (or the first) and the "other" form.
void pluralSource(const JsonScan& scan, const JsonEntry& entry, Segment& segment)
{
    const int one = entry.forms.value(QStringLiteral("one"), entry.formOrder.value(0, -1));
    const int other = entry.forms.value(QStringLiteral("other"), entry.formOrder.value(entry.formOrder.size() - 1, -1));
    segment.source = JsonKeys::text(scan, one);
    segment.sourcePlural = JsonKeys::text(scan, other);
}

} // namespace

QList<Segment> JsonKeys::segments(const JsonScan& target, const JsonEntries& targetEntries, const JsonScan* source,
                                  const JsonEntries* sourceEntries, const QString& targetLanguage)
{
    QList<Segment> result;
    const auto fill = [&](Segment& segment, const JsonEntry* t, const JsonEntry& shape) {
        if (shape.plural) {
            JsonEntry empty;
            empty.ordinal = shape.ordinal;
            const QStringList categories = JsonKeys::categories(t ? *t : empty, targetLanguage);
            segment.targets = t ? formTexts(target, *t, categories) : QStringList(categories.size(), QString());
            if (segment.targets.isEmpty())
                segment.targets.append(QString());
        } else {
            segment.targets = QStringList{t ? text(target, t->node) : QString()};
        }
        segment.state = domain::stateOfTargets(segment.targets);
    };
    if (!source || !sourceEntries) {
        for (const JsonEntry& entry : targetEntries.entries) {
            Segment segment;
            segment.key = entry.key;
            segment.order = int(result.size()) + 1;
            fill(segment, &entry, entry);
            if (entry.plural)
                pluralSource(target, entry, segment);
            else
                segment.source = text(target, entry.node);
            result.append(std::move(segment));
        }
        return result;
    }
    QSet<QString> seen;
    for (const JsonEntry& entry : sourceEntries->entries) {
        Segment segment;
        segment.key = entry.key;
        segment.order = int(result.size()) + 1;
        const auto found = targetEntries.byKey.constFind(entry.key);
        const JsonEntry* t = found != targetEntries.byKey.cend() ? &targetEntries.entries[*found] : nullptr;
        if (t && t->plural != entry.plural)
            t = nullptr;
        if (entry.plural)
            pluralSource(*source, entry, segment);
        else
            segment.source = text(*source, entry.node);
        fill(segment, t, entry);
        seen.insert(entry.key);
        result.append(std::move(segment));
    }
    for (const JsonEntry& entry : targetEntries.entries) {
        if (seen.contains(entry.key))
            continue;
        Segment segment;
        segment.key = entry.key;
        segment.order = int(result.size()) + 1;
        fill(segment, &entry, entry);
        if (entry.plural)
            pluralSource(target, entry, segment);
        else
            segment.source = text(target, entry.node);
        segment.flags |= SegmentFlag::Obsolete;
        result.append(std::move(segment));
    }
    return result;
}

bool JsonKeys::isFileMetadata(QStringView rootMember)
{
    return rootMember == QLatin1StringView("$schema") || rootMember == QLatin1StringView("@metadata");
}

JsonShape JsonKeys::shape(const QByteArray& head)
{
    JsonShape shape;
    auto scan = JsonScanner::scan(head, {}, true);
    if (!scan || scan->nodes.isEmpty() || !scan->nodes[0].isObject())
        return shape;
    shape.object = true;
    QString base;
    QString category;
    bool ordinal = false;
    for (const JsonNode& node : std::as_const(scan->nodes)) {
        if (node.depth == 1 && node.isObject())
            shape.nested = true;
        if (node.depth >= 1 && !node.isString() && !node.isObject())
            shape.nonString = true;
        if (node.isString())
            ++shape.strings;
        if (node.keyBegin >= 0 && splitPlural(node.key, base, category, ordinal))
            shape.pluralSuffix = true;
        // ARB's "@@locale" or "@key" metadata of a key the file has (not MediaWiki's "@metadata").
        if (node.depth == 1 && (node.key.startsWith(QLatin1StringView("@@")) ||
                                (node.key.startsWith(QLatin1Char('@')) && scan->member(0, node.key.mid(1)) >= 0)))
            shape.arbLocale = true;
    }
    shape.xcstrings =
        scan->member(0, QStringLiteral("sourceLanguage")) >= 0 && scan->member(0, QStringLiteral("strings")) >= 0;
    return shape;
}

domain::Result<ParsedDocument> JsonKeys::read(const QByteArray* source, const QString& sourceName,
                                              const QByteArray& target, const QString& targetName, Mode mode,
                                              const QString& format)
{
    auto targetScan = JsonScanner::scan(target, targetName);
    if (!targetScan)
        return std::unexpected(targetScan.error());
    const auto notObject = [](const QString& name) {
        return std::unexpected(domain::Error{
            domain::ErrorCode::InvalidInput, QStringLiteral("the file must hold a JSON object"), name, 1, 1, {}});
    };
    if (!targetScan->nodes[0].isObject())
        return notObject(targetName);
    ParsedDocument document;
    document.format = format;
    document.targetLanguage = languageFromFileName(targetName);
    const JsonEntries targetEntries = collect(*targetScan, mode);
    if (!source) {
        document.sourceLanguage = document.targetLanguage;
        document.segments = segments(*targetScan, targetEntries, nullptr, nullptr, document.targetLanguage);
    } else {
        auto sourceScan = JsonScanner::scan(*source, sourceName);
        if (!sourceScan)
            return std::unexpected(sourceScan.error());
        if (!sourceScan->nodes[0].isObject())
            return notObject(sourceName);
        document.sourceLanguage = languageFromFileName(sourceName);
        const JsonEntries sourceEntries = collect(*sourceScan, mode);
        document.segments = segments(*targetScan, targetEntries, &*sourceScan, &sourceEntries, document.targetLanguage);
    }
    if (!document.targetLanguage.isEmpty() && mode == Mode::I18next)
        document.pluralForms = int(text::PluralRules::formCount(document.targetLanguage));
    return document;
}

} // namespace tessera::formats
