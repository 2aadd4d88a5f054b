// JsonValueIndex: where the string values of a key-value JSON file's entries (flat, i18next, ARB)
// are, by entry key: the byte range of each singular entry's value, of each form of each i18next
// plural group, and (ARB) of "@@locale" and of each "@key" metadata's description. Keys are held as
// JsonHashes, values as byte ranges into the file: what the streamed reader needs to give a
// segment its targets (or its source) without a list of the file's nodes.
#pragma once

#include <array>
#include <vector>

#include <QByteArray>
#include <QHash>

#include "JsonEntryVisitor.h"

namespace tessera::formats {

class JsonValueIndex final : private JsonEntryVisitor {
public:
    explicit JsonValueIndex(JsonKeys::Mode mode)
        : JsonEntryVisitor(mode)
    {}

    // A string value's literal, quotes included; begin -1 for none.
    struct Range {
        qsizetype begin = -1;
        qsizetype end = -1;
        bool valid() const { return begin >= 0; }
    };
    // An i18next plural group: its forms by category (JsonKeys::categoryOrder()).
    struct Plural {
        std::array<Range, 6> forms;
        quint8 mask = 0;         // bit i: the group has form i
        qint8 first = -1;        // category of the group's first form in the file
        qint8 last = -1;         // of its last
        qsizetype firstKey = -1; // the name of its first form
        int parent = -1;         // the container it is in
    };

    // Indexes `data`. False when JsonKeys::collect would not give the entries as the walk sees them
    // or JsonScanner would not read the file: invalid JSON, a root that is no object, a member name
    // twice in an object, two entries of one key (collect's "#2").
    bool build(const QByteArray& data);
    // The root member keys start in ({"de": {…}}, JsonKeys::languageRoot); empty for none.
    const QString& languageRoot() const { return m_languageRoot; }

    const Range* single(const JsonHash& key) const;
    const Plural* plural(const JsonHash& key) const;
    bool hasEntry(const JsonHash& key) const { return single(key) || plural(key); }
    // Whether every entry of this file is an entry of `other`.
    bool within(const JsonValueIndex& other) const;
    // ARB: the root "@@locale" string, the "description" string of the root "@key" object.
    Range locale() const { return m_locale; }
    Range description(const JsonHash& key) const { return m_descriptions.value(key); }

    // The decoded text of `range` in `data` (the indexed file); empty for none.
    static QString text(const QByteArray& data, const Range& range);

private:
    bool onScalar(const JsonWalkValue& value, const JsonEntryRole& role) override;
    bool onOpen(const JsonWalkValue& value) override;
    bool onClose(const Frame& frame, qsizetype close, qsizetype end) override;
    void addMember(const JsonWalkValue& value);

    QHash<JsonHash, Range> m_singles;
    QHash<JsonHash, Plural> m_plurals;
    QHash<JsonHash, Range> m_descriptions;
    std::vector<JsonHash> m_members;
    Range m_locale;
    QString m_languageRoot;
    JsonHash m_meta; // the key of the "@key" object being walked
    bool m_inMeta = false;
    bool m_rootObject = false;
    bool m_repeated = false; // an entry key twice
};

} // namespace tessera::formats
