// JsonKeyIndex: the members, objects, entry keys and plural groups of a key-value JSON file, hashed.
#include "JsonKeyIndex.h"

#include <algorithm>

namespace tessera::formats {

JsonKeyIndex::Outcome JsonKeyIndex::build(const QByteArray& data, const std::function<bool(const QString&)>& entry)
{
    m_entry = entry;
    m_languageRoot = JsonKeys::languageRoot(data, mode());
    setLanguageRoot(m_languageRoot);
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

JsonHash JsonKeyIndex::keyRoot() const
{
    const JsonHash root = JsonHash::of(QString());
    return m_languageRoot.isEmpty() ? root : root.child(m_languageRoot);
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
        m_nested = m_nested || value.depth > keyRootDepth(); // not "de" of {"de": {…}} itself
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
