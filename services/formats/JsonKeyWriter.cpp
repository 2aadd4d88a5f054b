// JsonKeyWriter: writes targets back into a key-value JSON file (flat, i18next, ARB) and creates new ones.
#include "JsonKeyWriter.h"

#include "JsonEdit.h"

namespace tessera::formats {

using domain::Result;
using domain::Segment;

namespace {

// Plural categories for a number of forms when the language is unknown.
QStringList categoriesForCount(qsizetype count)
{
    switch (count) {
    case 1:
        return {QStringLiteral("other")};
    case 2:
        return {QStringLiteral("one"), QStringLiteral("other")};
    case 3:
        return {QStringLiteral("one"), QStringLiteral("few"), QStringLiteral("other")};
    case 4:
        return {QStringLiteral("one"), QStringLiteral("few"), QStringLiteral("many"), QStringLiteral("other")};
    case 5:
        return {QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("few"), QStringLiteral("many"),
                QStringLiteral("other")};
    default:
        return JsonKeys::categoryOrder();
    }
}

QStringList pluralCategories(const Segment& segment, const QString& language)
{
    QStringList categories = language.isEmpty() ? QStringList() : JsonKeys::categories(JsonEntry{}, language);
    if (categories.size() != segment.targets.size())
        categories = categoriesForCount(segment.targets.size());
    return categories;
}

} // namespace

QList<std::pair<QString, QString>> JsonKeyWriter::leafMembers(const Segment& segment, const QString& leaf,
                                                              const QString& language)
{
    QList<std::pair<QString, QString>> members;
    if (!segment.isPlural() || segment.targets.size() < 1) {
        members.append({leaf, segment.targets.value(0)});
        return members;
    }
    QString base = leaf;
    if (base.endsWith(QLatin1StringView("_ordinal")))
        base.chop(8); // an ordinal group's key ends in _ordinal; its members are base_ordinal_<category>
    const bool ordinal = base.size() != leaf.size();
    const QStringList categories = pluralCategories(segment, language);
    for (qsizetype i = 0; i < categories.size(); ++i)
        members.append({base + (ordinal ? QStringLiteral("_ordinal_") : QStringLiteral("_")) + categories[i],
                        segment.targets.value(i)});
    return members;
}

namespace {

void insertMissing(JsonEdit& edit, const JsonScan& scan, const Segment& segment, JsonKeys::Mode mode,
                   const QString& language)
{
    bool any = false;
    for (const QString& t : segment.targets)
        any = any || !t.isEmpty();
    if (!any || scan.nodes.isEmpty() || !scan.nodes[0].isObject())
        return;
    // Walk down the existing objects along the key; what is left becomes new nested objects.
    QStringList parts =
        mode == JsonKeys::Mode::I18next ? segment.key.split(QLatin1Char('.')) : QStringList{segment.key};
    const int root = JsonKeys::keyRootNode(scan, mode); // {"de": {…}}: inside "de"
    int object = root;
    while (parts.size() > 1) {
        const int child = scan.member(object, parts.first());
        if (child < 0 || !scan.nodes[child].isObject())
            break;
        object = child;
        parts.removeFirst();
    }
    const bool nestedFile = mode == JsonKeys::Mode::I18next && [&] {
        for (const JsonNode& node : scan.nodes) {
            if (node.depth > scan.nodes[root].depth && node.isObject())
                return true;
        }
        return false;
    }();
    if (!nestedFile && parts.size() > 1)
        parts = QStringList{parts.join(QLatin1Char('.'))};
    QList<std::pair<QString, QString>> leaves = JsonKeyWriter::leafMembers(segment, parts.last(), language);
    const int depth = scan.nodes[object].depth;
    if (parts.size() == 1) {
        for (const auto& [name, text] : leaves) {
            if (!text.isEmpty() && scan.member(object, name) < 0)
                edit.insertMember(object, -1, false, name, JsonEdit::quote(text, scan.style));
        }
        return;
    }
    // New objects for parts[0 .. n-2], the leaves inside the innermost.
    QList<std::pair<QString, QByteArray>> members;
    for (const auto& [name, text] : leaves) {
        if (!text.isEmpty())
            members.append({name, JsonEdit::quote(text, scan.style)});
    }
    QByteArray value = edit.object(members, depth + int(parts.size()) - 1);
    for (qsizetype i = parts.size() - 2; i >= 1; --i)
        value = edit.object({{parts[i], value}}, depth + int(i));
    if (scan.member(object, parts.first()) < 0)
        edit.insertMember(object, -1, false, parts.first(), value);
}

} // namespace

Result<QByteArray> JsonKeyWriter::write(const QByteArray& original, const QList<Segment>& segments,
                                        const QString& fileName, JsonKeys::Mode mode, const QString& language)
{
    auto scan = JsonScanner::scan(original, fileName);
    if (!scan)
        return std::unexpected(scan.error());
    const JsonEntries entries = JsonKeys::collect(*scan, mode);
    JsonEdit edit(original, *scan);
    for (const Segment& segment : segments) {
        const auto found = entries.byKey.constFind(segment.key);
        if (found == entries.byKey.cend()) {
            insertMissing(edit, *scan, segment, mode, language);
            continue;
        }
        const JsonEntry& entry = entries.entries[*found];
        if (!entry.plural) {
            if (!segment.targets.isEmpty())
                edit.setString(entry.node, segment.targets.first());
            continue;
        }
        const QStringList categories = JsonKeys::categories(entry, language);
        const int parent = scan->nodes[entry.formOrder.first()].parent;
        for (qsizetype i = 0; i < categories.size() && i < segment.targets.size(); ++i) {
            const int node = entry.forms.value(categories[i], -1);
            const QString& text = segment.targets[i];
            if (node >= 0) {
                edit.setString(node, text);
                continue;
            }
            if (text.isEmpty())
                continue;
            const QString name =
                entry.leaf + (entry.ordinal ? QStringLiteral("_ordinal_") : QStringLiteral("_")) + categories[i];
            if (scan->member(parent, name) >= 0)
                continue;
            // After the nearest earlier form, else before the first form.
            int after = -1;
            for (qsizetype j = i - 1; j >= 0 && after < 0; --j)
                after = entry.forms.value(categories[j], -1);
            if (after >= 0)
                edit.insertMember(parent, after, false, name, JsonEdit::quote(text, scan->style));
            else
                edit.insertBefore(entry.formOrder.first(), name, JsonEdit::quote(text, scan->style));
        }
    }
    return edit.result();
}

namespace {

struct TreeNode {
    QString name;
    bool leaf = false;
    QString text;
    QList<TreeNode> children;
};

void addLeaf(TreeNode& root, QStringList parts, const QString& text)
{
    TreeNode* node = &root;
    while (parts.size() > 1) {
        TreeNode* next = nullptr;
        for (TreeNode& child : node->children) {
            if (child.name == parts.first())
                next = &child;
        }
        if (next && next->leaf)
            break; // "a" is a string already: keep "a.b" as one member name
        if (!next) {
            node->children.append(TreeNode{parts.first(), false, {}, {}});
            next = &node->children.last();
        }
        node = next;
        parts.removeFirst();
    }
    const QString name = parts.join(QLatin1Char('.'));
    for (const TreeNode& child : node->children) {
        if (child.name == name)
            return; // repeated key: the first wins
    }
    node->children.append(TreeNode{name, true, text, {}});
}

void render(const TreeNode& node, int depth, const JsonStyle& style, QByteArray& out)
{
    if (node.leaf) {
        out += JsonEdit::quote(node.text, style);
        return;
    }
    if (node.children.isEmpty()) {
        out += "{}";
        return;
    }
    out += '{';
    const QByteArray inner = QByteArray("  ").repeated(depth + 1);
    for (qsizetype i = 0; i < node.children.size(); ++i) {
        out += i > 0 ? ",\n" : "\n";
        out += inner + JsonEdit::quote(node.children[i].name, style) + ": ";
        render(node.children[i], depth + 1, style, out);
    }
    out += '\n' + QByteArray("  ").repeated(depth) + '}';
}

} // namespace

QByteArray JsonKeyWriter::create(const QList<Segment>& segments, JsonKeys::Mode mode, const QString& language)
{
    const JsonStyle style;
    TreeNode root;
    for (const Segment& segment : segments) {
        if (mode != JsonKeys::Mode::I18next) {
            root.children.append(TreeNode{segment.key, true, segment.targets.value(0), {}});
            continue;
        }
        QStringList parts = segment.key.split(QLatin1Char('.'));
        const QString leaf = parts.takeLast();
        for (const auto& [name, text] : JsonKeyWriter::leafMembers(segment, leaf, language)) {
            QStringList path = parts;
            path.append(name);
            addLeaf(root, path, text);
        }
    }
    QByteArray out;
    render(root, 0, style, out);
    out += '\n';
    return out;
}

} // namespace tessera::formats
