// JsonStreamWriter: writePair of the key-value JSON filters written as the translation file is copied.
#include "JsonStreamWriter.h"

#include <algorithm>
#include <array>
#include <bit>
#include <optional>
#include <vector>

#include "ByteOutput.h"
#include "JsonEdit.h"
#include "JsonKeyIndex.h"
#include "JsonKeyWriter.h"

namespace tessera::formats {

using domain::Result;
using domain::Segment;

namespace {

// Where inserts at one place go, as JsonEdit orders its splices: by the segment's place in the
// document (`order`; then the source file's order), then in the order the segment made them.
struct JsonInsertRank {
    int order = 0;
    qsizetype ordinal = 0;
    int sequence = 0;
    friend auto operator<=>(const JsonInsertRank&, const JsonInsertRank&) = default;
};

// A member (name, colon and value) to insert into an object.
struct JsonPlannedMember {
    JsonInsertRank rank;
    QByteArray member;
};

// Copies the translation file out with splices, which come in the order of their positions; those
// at one position are held until the next and written in rank order.
class JsonSpliceCopier {
public:
    JsonSpliceCopier(const QByteArray& text, ByteOutput& out)
        : m_text(text)
        , m_out(out)
    {}

    void splice(qsizetype begin, qsizetype end, JsonInsertRank rank, QByteArray text)
    {
        if (!m_held.empty() && m_held.front().begin != begin)
            release();
        m_held.push_back(Held{begin, end, rank, std::move(text)});
    }
    void finish()
    {
        release();
        m_out.append(QByteArrayView(m_text).sliced(m_copied));
    }

private:
    struct Held {
        qsizetype begin;
        qsizetype end;
        JsonInsertRank rank;
        QByteArray text;
    };

    void release()
    {
        std::stable_sort(m_held.begin(), m_held.end(), [](const Held& a, const Held& b) { return a.rank < b.rank; });
        for (const Held& held : m_held) {
            if (held.begin < m_copied)
                continue; // overlaps the splice before (as JsonEdit::result)
            m_out.append(QByteArrayView(m_text).sliced(m_copied, held.begin - m_copied));
            m_out.append(held.text);
            m_copied = held.end;
        }
        m_held.clear();
    }

    const QByteArray& m_text;
    ByteOutput& m_out;
    qsizetype m_copied = 0;
    std::vector<Held> m_held;
};

// What the segment of a plural group the translation has wants of its forms that come later.
struct JsonGroupEdits {
    std::array<std::optional<QString>, 6> targets; // by category: the form's new text
    std::array<QList<JsonPlannedMember>, 6> after; // by category: forms inserted after it
    int remaining = 0;                             // forms not yet met
};

bool anyTarget(const Segment& segment)
{
    return std::any_of(segment.targets.cbegin(), segment.targets.cend(), [](const QString& t) { return !t.isEmpty(); });
}

// The members that JsonKeyWriter's insertMissing adds for `segment`, whose key the translation lacks,
// by the object they go into (its path).
void planMissing(const Segment& segment, qsizetype ordinal, const JsonKeyIndex& target, JsonKeys::Mode mode,
                 const QString& language, QHash<JsonHash, QList<JsonPlannedMember>>& plan)
{
    if (!anyTarget(segment))
        return;
    const JsonStyle& style = target.style();
    QStringList parts =
        mode == JsonKeys::Mode::I18next ? segment.key.split(QLatin1Char('.')) : QStringList{segment.key};
    JsonHash object = target.keyRoot();
    int depth = target.keyRootDepth();
    while (parts.size() > 1) {
        const JsonHash child = object.child(parts.first());
        if (!target.isObject(child))
            break;
        object = child;
        ++depth;
        parts.removeFirst();
    }
    if (!(mode == JsonKeys::Mode::I18next && target.nested()) && parts.size() > 1)
        parts = QStringList{parts.join(QLatin1Char('.'))};
    const QList<std::pair<QString, QString>> leaves = JsonKeyWriter::leafMembers(segment, parts.last(), language);
    int sequence = 0;
    const auto add = [&](const QString& name, const QByteArray& value) {
        plan[object].append(JsonPlannedMember{JsonInsertRank{segment.order, ordinal, sequence++},
                                              JsonEdit::quote(name, style) + style.colon + value});
    };
    if (parts.size() == 1) {
        for (const auto& [name, text] : leaves) {
            if (!text.isEmpty() && !target.hasMember(object.child(name)))
                add(name, JsonEdit::quote(text, style));
        }
        return;
    }
    QList<std::pair<QString, QByteArray>> members;
    for (const auto& [name, text] : leaves) {
        if (!text.isEmpty())
            members.append({name, JsonEdit::quote(text, style)});
    }
    QByteArray value = JsonEdit::object(members, depth + int(parts.size()) - 1, style);
    for (qsizetype i = parts.size() - 2; i >= 1; --i)
        value = JsonEdit::object({{parts[i], value}}, depth + int(i), style);
    if (!target.hasMember(object.child(parts.first())))
        add(parts.first(), value);
}

// The last walk: copies the translation file out with the edits spliced in.
class JsonPairCopy final : public JsonEntryVisitor {
public:
    JsonPairCopy(const QByteArray& text, const JsonKeyIndex& index, SegmentSource& segments, JsonKeys::Mode mode,
                 const QString& language, QHash<JsonHash, QList<JsonPlannedMember>>& plan, ByteOutput& out)
        : JsonEntryVisitor(mode)
        , m_text(text)
        , m_index(index)
        , m_segments(segments)
        , m_language(language)
        , m_plan(plan)
        , m_out(out)
        , m_copier(text, out)
    {
        setLanguageRoot(index.languageRoot());
    }

    void finish() { m_copier.finish(); }
    std::optional<domain::Error> error;

private:
    bool onScalar(const JsonWalkValue& value, const JsonEntryRole& role) override;
    bool onOpen(const JsonWalkValue&) override { return !m_out.failed(); }
    bool onClose(const Frame& frame, qsizetype close, qsizetype end) override;

    Result<const Segment*> find(const QString& key)
    {
        auto found = m_segments.find(key);
        if (!found)
            error = found.error();
        return found;
    }
    void setString(const JsonWalkValue& value, const QString& text)
    {
        if (JsonWalk::text(m_text, value.begin, value.end) != text)
            m_copier.splice(value.begin, value.end, {}, JsonEdit::quote(text, m_index.style()));
    }
    // A member inserted after the value that ends at `end`, whose name begins at `keyBegin`.
    QByteArray afterMember(qsizetype keyBegin, const QByteArray& member) const
    {
        const JsonStyle& style = m_index.style();
        return style.compact ? ',' + member : ',' + style.newline + JsonEdit::lineIndent(m_text, keyBegin) + member;
    }
    bool pluralForm(const JsonWalkValue& value, const JsonEntryRole& role);
    bool firstForm(const JsonWalkValue& value, const JsonEntryRole& role, const JsonKeyIndex::Group& group);

    const QByteArray& m_text;
    const JsonKeyIndex& m_index;
    SegmentSource& m_segments;
    QString m_language;
    QHash<JsonHash, QList<JsonPlannedMember>>& m_plan;
    ByteOutput& m_out;
    JsonSpliceCopier m_copier;
    QHash<JsonHash, JsonGroupEdits> m_groups; // groups whose segment wants forms not yet met
};

bool JsonPairCopy::onScalar(const JsonWalkValue& value, const JsonEntryRole& role)
{
    if (m_out.failed())
        return false;
    if (role.kind == JsonEntryRole::Kind::PluralForm)
        return pluralForm(value, role);
    if (role.kind != JsonEntryRole::Kind::Single)
        return true;
    auto segment = find(role.key);
    if (!segment)
        return false;
    if (*segment && !(*segment)->targets.isEmpty())
        setString(value, (*segment)->targets.first());
    return true;
}

// The first form of a plural group in the file: what its segment wants of every form, the forms it
// inserts before this one written now.
bool JsonPairCopy::firstForm(const JsonWalkValue& value, const JsonEntryRole& role, const JsonKeyIndex::Group& group)
{
    auto found = find(role.key);
    if (!found)
        return false;
    const Segment* segment = *found;
    if (!segment)
        return true;
    const QStringList& order = JsonKeys::categoryOrder();
    JsonEntry entry;
    entry.ordinal = role.ordinal;
    for (int c = 0; c < 6; ++c) {
        if (group.forms & (1u << c))
            entry.forms.insert(order[c], -1);
    }
    const QStringList categories = JsonKeys::categories(entry, m_language);
    const auto has = [&](const QString& category) { return entry.forms.contains(category); };
    JsonGroupEdits edits;
    edits.remaining = std::popcount(unsigned(group.forms));
    QString leaf;
    QString category;
    bool ordinal = false;
    JsonKeys::splitPlural(value.name, leaf, category, ordinal);
    const JsonStyle& style = m_index.style();
    for (qsizetype i = 0; i < categories.size() && i < segment->targets.size(); ++i) {
        const QString& text = segment->targets[i];
        if (has(categories[i])) {
            edits.targets[size_t(order.indexOf(categories[i]))] = text;
            continue;
        }
        if (text.isEmpty())
            continue;
        const QString name = leaf + (ordinal ? QStringLiteral("_ordinal_") : QStringLiteral("_")) + categories[i];
        if (m_index.hasMember(parent().path.child(name)))
            continue;
        const QByteArray member = JsonEdit::quote(name, style) + style.colon + JsonEdit::quote(text, style);
        const JsonInsertRank rank{segment->order, 0, int(i)};
        qsizetype after = i - 1;
        while (after >= 0 && !has(categories[after]))
            --after;
        if (after >= 0) {
            edits.after[size_t(order.indexOf(categories[after]))].append(JsonPlannedMember{rank, member});
            continue;
        }
        QByteArray before = member + ',';
        if (!style.compact)
            before += style.newline + JsonEdit::lineIndent(m_text, value.keyBegin);
        m_copier.splice(value.keyBegin, value.keyBegin, rank, std::move(before));
    }
    m_groups.insert(JsonHash::of(role.key), std::move(edits));
    return true;
}

bool JsonPairCopy::pluralForm(const JsonWalkValue& value, const JsonEntryRole& role)
{
    const JsonKeyIndex::Group* group = m_index.group(role.key);
    if (!group) {
        error = domain::fail(domain::ErrorCode::Internal,
                             QStringLiteral("the plural group %1 was not indexed").arg(role.key))
                    .error();
        return false;
    }
    if (value.keyBegin == group->firstKey && !firstForm(value, role, *group))
        return false;
    const auto edits = m_groups.find(JsonHash::of(role.key));
    if (edits == m_groups.end())
        return true;
    const size_t category = size_t(role.category);
    if (edits->targets[category])
        setString(value, *edits->targets[category]);
    for (JsonPlannedMember& planned : edits->after[category])
        m_copier.splice(value.end, value.end, planned.rank, afterMember(value.keyBegin, planned.member));
    if (--edits->remaining == 0)
        m_groups.erase(edits);
    return true;
}

bool JsonPairCopy::onClose(const Frame& frame, qsizetype close, qsizetype end)
{
    Q_UNUSED(end);
    if (m_out.failed())
        return false;
    if (!frame.object)
        return true;
    const auto planned = m_plan.constFind(frame.path);
    if (planned == m_plan.cend())
        return true;
    const JsonStyle& style = m_index.style();
    if (frame.members > 0) {
        for (const JsonPlannedMember& member : *planned)
            m_copier.splice(frame.lastEnd, frame.lastEnd, member.rank, afterMember(frame.lastKeyBegin, member.member));
        return true;
    }
    // An empty object is laid out afresh (JsonEdit::insertMember).
    const QByteArray own = JsonEdit::lineIndent(m_text, frame.begin);
    QByteArray text;
    for (const JsonPlannedMember& member : *planned) {
        if (!text.isEmpty())
            text += ',';
        text += style.compact ? member.member : style.newline + own + style.indentUnit + member.member;
    }
    if (!style.compact)
        text += style.newline + own;
    m_copier.splice(frame.begin + 1, close, planned->first().rank, std::move(text));
    return true;
}

} // namespace

Result<bool> JsonStreamWriter::writePair(const QByteArray& source, const QByteArray& translation,
                                         SegmentSource& segments, JsonKeys::Mode mode, const QString& language,
                                         ByteOutput& out)
{
    JsonKeyIndex target(mode);
    if (target.build(translation) != JsonKeyIndex::Outcome::Indexed)
        return false;

    // The source file's keys that the translation lacks: the members their segments insert.
    QHash<JsonHash, QList<JsonPlannedMember>> plan;
    std::optional<domain::Error> error;
    qsizetype ordinal = 0;
    {
        JsonKeyIndex sourceIndex(mode);
        const auto outcome = sourceIndex.build(source, [&](const QString& key) {
            ++ordinal;
            if (target.hasEntry(key))
                return true;
            auto segment = segments.find(key);
            if (!segment) {
                error = segment.error();
                return false;
            }
            if (*segment)
                planMissing(**segment, ordinal, target, mode, language, plan);
            return true;
        });
        if (error)
            return std::unexpected(*error);
        if (outcome != JsonKeyIndex::Outcome::Indexed)
            return false;
    }
    for (QList<JsonPlannedMember>& members : plan) {
        std::stable_sort(members.begin(), members.end(),
                         [](const JsonPlannedMember& a, const JsonPlannedMember& b) { return a.rank < b.rank; });
    }

    JsonPairCopy copy(translation, target, segments, mode, language, plan, out);
    const JsonWalk::Outcome walked = JsonWalk::run(translation, copy);
    if (copy.error)
        return std::unexpected(*copy.error);
    if (walked == JsonWalk::Outcome::Invalid)
        return domain::fail(domain::ErrorCode::Internal, QStringLiteral("the translation file changed while written"));
    if (!out.failed())
        copy.finish();
    return true;
}

} // namespace tessera::formats
