// JsonKeyIndex: the members, objects, entry keys and plural groups of a key-value JSON file, hashed.
#include "JsonKeyIndex.h"

#include <algorithm>

namespace tessera::formats {

JsonHash JsonHash::of(const QString& text)
{
    return {quint64(qHash(text, size_t(0x9E3779B97F4A7C15ULL))), quint64(qHash(text, size_t(0xC2B2AE3D27D4EB4FULL)))};
}

JsonHash JsonHash::child(const QString& name) const
{
    return {quint64(qHash(name, size_t(first * 0x100000001B3ULL + 0x27D4EB2F165667C5ULL))),
            quint64(qHash(name, size_t(second ^ 0x94D049BB133111EBULL)))};
}

JsonEntryRole JsonEntryVisitor::roleOf(const JsonWalkValue& value) const
{
    JsonEntryRole role;
    if (m_frames.empty())
        return role;
    const Frame& frame = m_frames.back();
    if (frame.depth == 0 && value.name == QLatin1StringView("$schema"))
        return role; // the file's JSON Schema, as JsonKeys::collect
    if (m_mode != JsonKeys::Mode::I18next) {
        if (frame.depth != 0 || !frame.object)
            return role;
        if (m_mode == JsonKeys::Mode::Arb && value.name.startsWith(QLatin1Char('@')))
            return role;
        role.kind = JsonEntryRole::Kind::Single;
        role.key = value.name;
        return role;
    }
    const auto key = [&](const QString& name) {
        return frame.depth == 0 ? name : frame.joined + QLatin1Char('.') + name;
    };
    QString base;
    QString category;
    if (value.keyBegin >= 0 && JsonKeys::splitPlural(value.name, base, category, role.ordinal)) {
        role.kind = JsonEntryRole::Kind::PluralForm;
        role.key = key(role.ordinal ? base + QStringLiteral("_ordinal") : base);
        role.category = int(JsonKeys::categoryOrder().indexOf(category));
        return role;
    }
    role.kind = JsonEntryRole::Kind::Single;
    role.key = key(value.name);
    return role;
}

void JsonEntryVisitor::ended(qsizetype keyBegin, qsizetype end)
{
    if (m_frames.empty())
        return;
    Frame& frame = m_frames.back();
    ++frame.members;
    frame.lastEnd = end;
    frame.lastKeyBegin = keyBegin;
}

bool JsonEntryVisitor::scalar(const JsonWalkValue& value)
{
    const JsonEntryRole role = value.kind == JsonNode::Kind::String ? roleOf(value) : JsonEntryRole{};
    if (!onScalar(value, role))
        return false;
    ended(value.keyBegin, value.end);
    return true;
}

bool JsonEntryVisitor::open(const JsonWalkValue& value)
{
    if (!onOpen(value))
        return false;
    Frame frame;
    frame.object = value.kind == JsonNode::Kind::Object;
    frame.instance = m_instances++;
    frame.begin = value.begin;
    frame.depth = value.depth;
    frame.keyBegin = value.keyBegin;
    if (m_frames.empty()) {
        frame.path = JsonHash::of(QString());
    } else {
        const Frame& up = m_frames.back();
        frame.path = up.path.child(value.name);
        frame.joined = up.depth == 0 ? value.name : up.joined + QLatin1Char('.') + value.name;
    }
    m_frames.push_back(std::move(frame));
    return true;
}

bool JsonEntryVisitor::close(qsizetype close, qsizetype end)
{
    if (!onClose(m_frames.back(), close, end))
        return false;
    const qsizetype keyBegin = m_frames.back().keyBegin;
    m_frames.pop_back();
    ended(keyBegin, end);
    return true;
}

JsonKeyIndex::Outcome JsonKeyIndex::build(const QByteArray& data, const std::function<bool(const QString&)>& entry)
{
    m_entry = entry;
    const JsonWalk::Outcome walked = JsonWalk::run(data, *this, &m_style);
    m_entry = nullptr;
    if (walked == JsonWalk::Outcome::Stopped)
        return Outcome::Stopped;
    if (walked != JsonWalk::Outcome::Done || !m_rootObject || m_repeated)
        return Outcome::Unusable;
    const auto sortedUnique = [](std::vector<JsonHash>& hashes) {
        std::sort(hashes.begin(), hashes.end());
        return std::adjacent_find(hashes.begin(), hashes.end()) == hashes.end();
    };
    if (!sortedUnique(m_members) || !sortedUnique(m_entries))
        return Outcome::Unusable;
    std::sort(m_objects.begin(), m_objects.end());
    return Outcome::Indexed;
}

bool JsonKeyIndex::hasMember(const JsonHash& path) const
{
    return std::binary_search(m_members.begin(), m_members.end(), path);
}

bool JsonKeyIndex::isObject(const JsonHash& path) const
{
    return std::binary_search(m_objects.begin(), m_objects.end(), path);
}

bool JsonKeyIndex::hasEntry(const QString& key) const
{
    return std::binary_search(m_entries.begin(), m_entries.end(), JsonHash::of(key));
}

const JsonKeyIndex::Group* JsonKeyIndex::group(const QString& key) const
{
    const auto found = m_groups.constFind(JsonHash::of(key));
    return found == m_groups.cend() ? nullptr : &*found;
}

void JsonKeyIndex::addMember(const JsonWalkValue& value)
{
    if (!atRoot() && parent().object)
        m_members.push_back(parent().path.child(value.name));
}

bool JsonKeyIndex::addEntry(const QString& key)
{
    m_entries.push_back(JsonHash::of(key));
    return !m_entry || m_entry(key);
}

bool JsonKeyIndex::onOpen(const JsonWalkValue& value)
{
    const bool object = value.kind == JsonNode::Kind::Object;
    if (atRoot()) {
        m_rootObject = object;
        if (object)
            m_objects.push_back(JsonHash::of(QString()));
        return true;
    }
    addMember(value);
    if (object) {
        m_nested = true;
        m_objects.push_back(parent().path.child(value.name));
    }
    return true;
}

bool JsonKeyIndex::onScalar(const JsonWalkValue& value, const JsonEntryRole& role)
{
    if (atRoot())
        return true;
    addMember(value);
    switch (role.kind) {
    case JsonEntryRole::Kind::None:
        return true;
    case JsonEntryRole::Kind::Single:
        return addEntry(role.key);
    case JsonEntryRole::Kind::PluralForm:
        break;
    }
    const JsonHash hash = JsonHash::of(role.key);
    const auto found = m_groups.find(hash);
    if (found == m_groups.end()) {
        m_groups.insert(hash, Group{quint8(1u << role.category), value.keyBegin, parent().instance});
        return addEntry(role.key);
    }
    if (found->parent != parent().instance)
        m_repeated = true;
    found->forms |= quint8(1u << role.category);
    return true;
}

bool JsonKeyIndex::onClose(const Frame&, qsizetype, qsizetype)
{
    return true;
}

} // namespace tessera::formats
