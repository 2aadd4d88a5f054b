// JsonValueIndex: the byte ranges of a key-value JSON file's entry values, by hashed key.
#include "JsonValueIndex.h"

#include <algorithm>

namespace tessera::formats {

bool JsonValueIndex::build(const QByteArray& data)
{
    m_languageRoot = JsonKeys::languageRoot(data, mode());
    setLanguageRoot(m_languageRoot);
    if (JsonWalk::run(data, *this) != JsonWalk::Outcome::Done || !m_rootObject || m_repeated)
        return false;
    std::sort(m_members.begin(), m_members.end());
    const bool unique = std::adjacent_find(m_members.begin(), m_members.end()) == m_members.end();
    m_members = {};
    return unique;
}

const JsonValueIndex::Range* JsonValueIndex::single(const JsonHash& key) const
{
    const auto found = m_singles.constFind(key);
    return found == m_singles.cend() ? nullptr : &*found;
}

const JsonValueIndex::Plural* JsonValueIndex::plural(const JsonHash& key) const
{
    const auto found = m_plurals.constFind(key);
    return found == m_plurals.cend() ? nullptr : &*found;
}

bool JsonValueIndex::within(const JsonValueIndex& other) const
{
    for (auto it = m_singles.cbegin(); it != m_singles.cend(); ++it) {
        if (!other.single(it.key()))
            return false;
    }
    for (auto it = m_plurals.cbegin(); it != m_plurals.cend(); ++it) {
        if (!other.plural(it.key()))
            return false;
    }
    return true;
}

QString JsonValueIndex::text(const QByteArray& data, const Range& range)
{
    return range.valid() ? JsonWalk::text(data, range.begin, range.end) : QString();
}

void JsonValueIndex::addMember(const JsonWalkValue& value)
{
    if (!atRoot() && parent().object)
        m_members.push_back(parent().path.child(value.name));
}

bool JsonValueIndex::onOpen(const JsonWalkValue& value)
{
    if (atRoot()) {
        m_rootObject = value.kind == JsonNode::Kind::Object;
        return true;
    }
    addMember(value);
    if (mode() == JsonKeys::Mode::Arb && value.depth == 1 && value.kind == JsonNode::Kind::Object &&
        value.name.startsWith(QLatin1Char('@'))) {
        m_inMeta = true;
        m_meta = JsonHash::of(value.name.mid(1));
    }
    return true;
}

bool JsonValueIndex::onClose(const Frame& frame, qsizetype, qsizetype)
{
    if (frame.depth == 1)
        m_inMeta = false;
    return true;
}

bool JsonValueIndex::onScalar(const JsonWalkValue& value, const JsonEntryRole& role)
{
    if (atRoot())
        return true;
    addMember(value);
    const Range range{value.begin, value.end};
    if (mode() == JsonKeys::Mode::Arb && value.kind == JsonNode::Kind::String) {
        if (value.depth == 1 && value.name == QLatin1StringView("@@locale"))
            m_locale = range;
        else if (m_inMeta && value.depth == 2 && value.name == QLatin1StringView("description"))
            m_descriptions.insert(m_meta, range);
    }
    if (role.kind == JsonEntryRole::Kind::None)
        return true;
    const JsonHash key = JsonHash::of(role.key);
    if (role.kind == JsonEntryRole::Kind::Single) {
        if (m_plurals.contains(key) || m_singles.contains(key))
            m_repeated = true;
        m_singles.insert(key, range);
        return true;
    }
    auto found = m_plurals.find(key);
    if (found == m_plurals.end()) {
        if (m_singles.contains(key))
            m_repeated = true;
        Plural group;
        group.first = qint8(role.category);
        group.firstKey = value.keyBegin;
        group.parent = parent().instance;
        found = m_plurals.insert(key, group);
    } else if (found->parent != parent().instance) {
        m_repeated = true; // collect's groups are by object: this key twice
    }
    found->forms[size_t(role.category)] = range;
    found->mask |= quint8(1u << role.category);
    found->last = qint8(role.category);
    return true;
}

} // namespace tessera::formats
