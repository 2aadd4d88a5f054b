// JsonKeyIndex: what the streamed JSON writer must know of a key-value JSON file (flat, i18next, ARB)
// before it writes: which members and objects it has, which entry keys (JsonKeys::collect's), which
// forms each i18next plural group has, and the file's style. Names, paths and keys are held as
// 128-bit hashes, not as strings.
#pragma once

#include <functional>
#include <vector>

#include <QByteArray>
#include <QHash>
#include <QString>

#include "JsonEntryVisitor.h"

namespace tessera::formats {

class JsonKeyIndex final : private JsonEntryVisitor {
public:
    explicit JsonKeyIndex(JsonKeys::Mode mode)
        : JsonEntryVisitor(mode)
    {}

    enum class Outcome { Indexed, Unusable, Stopped };
    // Indexes `data`, calling `entry` with each entry's key in file order (false from it stops the
    // walk: Stopped). Unusable: invalid JSON, a root that is no object, a member name twice in an
    // object, or two entries of one key (which JsonKeys::collect tells apart with "#2").
    Outcome build(const QByteArray& data, const std::function<bool(const QString& key)>& entry = {});

    // Whether object member `path` exists (any value), whether it is an object.
    bool hasMember(const JsonHash& path) const;
    bool isObject(const JsonHash& path) const;
    bool hasEntry(const QString& key) const;
    // Whether an object is nested in the root's members (i18next inserts nested objects then).
    bool nested() const { return m_nested; }
    const JsonStyle& style() const { return m_style; }
    // The root member keys start in ({"de": {…}}, JsonKeys::languageRoot; empty for none), the path
    // of the object they start in and its depth.
    const QString& languageRoot() const { return m_languageRoot; }
    JsonHash keyRoot() const;
    int keyRootDepth() const { return JsonEntryVisitor::keyRootDepth(); }

    // The forms a plural group has (bit i: JsonKeys::categoryOrder()[i]) and the name of its first
    // form in the file.
    struct Group {
        quint8 forms = 0;
        qsizetype firstKey = -1;
        int parent = -1;
    };
    const Group* group(const QString& key) const;

private:
    bool onScalar(const JsonWalkValue& value, const JsonEntryRole& role) override;
    bool onOpen(const JsonWalkValue& value) override;
    bool onClose(const Frame& frame, qsizetype close, qsizetype end) override;
    bool addEntry(const QString& key);
    void addMember(const JsonWalkValue& value);

    std::function<bool(const QString&)> m_entry;
    std::vector<JsonHash> m_members;
    std::vector<JsonHash> m_objects;
    std::vector<JsonHash> m_entries;
    QHash<JsonHash, Group> m_groups;
    JsonStyle m_style;
    QString m_languageRoot;
    bool m_nested = false;
    bool m_rootObject = false;
    bool m_repeated = false; // a plural group's key in two objects
};

} // namespace tessera::formats
