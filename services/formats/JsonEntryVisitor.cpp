// JsonEntryVisitor: the walk over a key-value JSON file that knows each string's entry key.
#include "JsonEntryVisitor.h"

namespace tessera::formats {

JsonEntryRole JsonEntryVisitor::roleOf(const JsonWalkValue& value) const
{
    JsonEntryRole role;
    if (m_frames.empty())
        return role;
    const Frame& frame = m_frames.back();
    if (frame.depth < m_rootDepth)
        return role; // the root of {"de": {…}}
    if (frame.depth == m_rootDepth ? JsonKeys::isFileMetadata(value.name) : frame.metadata)
        return role; // not text, as JsonKeys::collect
    if (m_mode != JsonKeys::Mode::I18next) {
        if (frame.depth != m_rootDepth || !frame.object)
            return role;
        if (m_mode == JsonKeys::Mode::Arb && value.name.startsWith(QLatin1Char('@')))
            return role;
        role.kind = JsonEntryRole::Kind::Single;
        role.key = value.name;
        return role;
    }
    const auto key = [&](const QString& name) {
        return frame.depth == m_rootDepth ? name : frame.joined + QLatin1Char('.') + name;
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
        frame.joined = up.depth <= m_rootDepth ? value.name : up.joined + QLatin1Char('.') + value.name;
        frame.metadata = up.depth == m_rootDepth ? JsonKeys::isFileMetadata(value.name) : up.metadata;
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

} // namespace tessera::formats
