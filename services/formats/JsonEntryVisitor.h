// JsonEntryVisitor: a JsonWalk that follows the member path of a key-value JSON file (flat, i18next,
// ARB) and says of each string whether it is an entry of JsonKeys::collect, and of what key (or
// which plural group and form); the walk JsonKeyIndex and JsonStreamWriter both make. Paths are
// JsonHashes: two 64-bit hashes of the member names from the root.
#pragma once

#include <vector>

#include <QString>

#include "JsonKeys.h"
#include "JsonWalk.h"
#include "TextHash.h"

namespace tessera::formats {

// Paths and keys by TextHash.
using JsonHash = TextHash;

// Which entry of JsonKeys::collect a string value is.
struct JsonEntryRole {
    enum class Kind { None, Single, PluralForm };
    Kind kind = Kind::None;
    QString key;      // the entry's key (a plural group's: its base, with _ordinal)
    int category = 0; // plural forms: index in JsonKeys::categoryOrder()
    bool ordinal = false;
};

// Walks a file following the member path: subclasses get each value with the path of its parent.
class JsonEntryVisitor : public JsonWalkVisitor {
public:
    explicit JsonEntryVisitor(JsonKeys::Mode mode)
        : m_mode(mode)
    {}

    // Keys start inside root member `name` ({"de": {…}}, JsonKeys::languageRoot); empty: at the root.
    void setLanguageRoot(const QString& name) { m_rootDepth = name.isEmpty() ? 0 : 1; }
    // The depth of the object the keys start in (1 under a language root), and its path.
    int keyRootDepth() const { return m_rootDepth; }

    bool scalar(const JsonWalkValue& value) override;
    bool open(const JsonWalkValue& value) override;
    bool close(qsizetype close, qsizetype end) override;

protected:
    struct Frame {
        JsonHash path;         // of this object or array
        QString joined;        // its member names joined with '.' (i18next keys)
        bool metadata = false; // within a root member that is file metadata ("$schema", "@metadata")
        bool object = false;
        int instance = 0;        // which container of the file it is, in order
        qsizetype begin = 0;     // its '{' or '['
        qsizetype keyBegin = -1; // its name, when it is an object member
        int depth = 0;
        int members = 0;
        qsizetype lastEnd = -1;      // one past the value of the last member so far
        qsizetype lastKeyBegin = -1; // its name
    };

    // A scalar or a container (`value.end` not yet known for containers) in the innermost frame.
    virtual bool onScalar(const JsonWalkValue& value, const JsonEntryRole& role) = 0;
    virtual bool onOpen(const JsonWalkValue& value) = 0;
    // The innermost container `frame` closes at `close`.
    virtual bool onClose(const Frame& frame, qsizetype close, qsizetype end) = 0;

    // The innermost open container (the parent of the value being visited).
    const Frame& parent() const { return m_frames.back(); }
    bool atRoot() const { return m_frames.empty(); }
    JsonKeys::Mode mode() const { return m_mode; }

private:
    JsonEntryRole roleOf(const JsonWalkValue& value) const;
    void ended(qsizetype keyBegin, qsizetype end);

    JsonKeys::Mode m_mode;
    std::vector<Frame> m_frames;
    int m_instances = 0;
    int m_rootDepth = 0;
};

} // namespace tessera::formats
