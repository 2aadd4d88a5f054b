// AppleStringsStreamReader: a .strings pair read into a sink, the source's entries as they are met.
#include "AppleStringsStreamReader.h"

#include <algorithm>
#include <utility>
#include <vector>

#include <QHashFunctions>

#include "AppleStringsParser.h"
#include "JsonKeys.h"

namespace tessera::formats {

using domain::Result;
using domain::Segment;
using domain::SegmentFlag;
using domain::SegmentState;

namespace {

SegmentState appleStreamState(const QString& target)
{
    return target.isEmpty() ? SegmentState::New : SegmentState::Translated;
}

// The translation file's entries: key, value and comment of each in one buffer, in file order, and
// found by key through a sorted list of key hashes.
class AppleTargetIndex {
public:
    void add(const AppleStringsEntry& entry)
    {
        m_entries.push_back({m_texts.size(), entry.key.size(), entry.value.size(), entry.comment.size()});
        m_texts += entry.key;
        m_texts += entry.value;
        m_texts += entry.comment;
    }

    // Once every entry is added.
    void seal()
    {
        m_texts.squeeze();
        m_byHash.reserve(m_entries.size());
        for (size_t i = 0; i < m_entries.size(); ++i)
            m_byHash.push_back({qHash(key(i)), i});
        std::sort(m_byHash.begin(), m_byHash.end());
        m_seen.assign(m_entries.size(), false);
    }

    size_t size() const { return m_entries.size(); }
    QStringView key(size_t i) const
    {
        const Entry& e = m_entries[i];
        return QStringView(m_texts).sliced(e.at, e.keyLength);
    }
    QStringView value(size_t i) const
    {
        const Entry& e = m_entries[i];
        return QStringView(m_texts).sliced(e.at + e.keyLength, e.valueLength);
    }
    QStringView comment(size_t i) const
    {
        const Entry& e = m_entries[i];
        return QStringView(m_texts).sliced(e.at + e.keyLength + e.valueLength, e.commentLength);
    }
    bool seen(size_t i) const { return m_seen[i]; }

    // The entry of `key` (keys are unique: the parser refuses a key twice), marked as seen; -1 if none.
    qsizetype take(const QString& text)
    {
        const size_t hash = qHash(QStringView(text));
        auto it = std::lower_bound(m_byHash.begin(), m_byHash.end(), std::pair<size_t, size_t>{hash, 0});
        for (; it != m_byHash.end() && it->first == hash; ++it) {
            if (key(it->second) == text) {
                m_seen[it->second] = true;
                return qsizetype(it->second);
            }
        }
        return -1;
    }

private:
    struct Entry {
        qsizetype at; // of the key in m_texts; the value and the comment follow it
        qsizetype keyLength;
        qsizetype valueLength;
        qsizetype commentLength;
    };
    QString m_texts;
    std::vector<Entry> m_entries;
    std::vector<std::pair<size_t, size_t>> m_byHash; // key hash, entry
    std::vector<bool> m_seen;                        // entries the source has
};

} // namespace

Result<void> AppleStringsStreamReader::readPair(const QByteArray& source, const QString& sourceName,
                                                const QByteArray& translation, const QString& translationName,
                                                const QString& language, SegmentSink& sink)
{
    AppleTargetIndex targets;
    {
        auto file = AppleStringsParser::decode(translation, translationName);
        if (!file)
            return std::unexpected(file.error());
        auto scanned =
            AppleStringsParser::scan(file->text, translationName, [&](AppleStringsEntry&& entry) -> Result<void> {
                targets.add(entry);
                return {};
            });
        if (!scanned)
            return scanned;
    }
    targets.seal();

    ParsedDocument header;
    header.format = QStringLiteral("strings");
    header.targetLanguage = language.isEmpty() ? JsonKeys::languageFromFileName(translationName) : language;
    int order = 0;
    {
        auto file = AppleStringsParser::decode(source, sourceName);
        if (!file)
            return std::unexpected(file.error());
        header.sourceLanguage = JsonKeys::languageFromFileName(sourceName);
        if (auto begun = sink.begin(header); !begun)
            return begun;
        auto scanned = AppleStringsParser::scan(file->text, sourceName, [&](AppleStringsEntry&& entry) -> Result<void> {
            Segment segment;
            segment.order = ++order;
            const qsizetype t = targets.take(entry.key);
            segment.targets = {t >= 0 ? targets.value(size_t(t)).toString() : QString()};
            segment.state = appleStreamState(segment.targets.first());
            segment.context.note =
                entry.comment.isEmpty() && t >= 0 ? targets.comment(size_t(t)).toString() : std::move(entry.comment);
            segment.key = std::move(entry.key);
            segment.source = std::move(entry.value);
            return sink.segment(std::move(segment));
        });
        if (!scanned)
            return scanned;
    }
    // The entries the source lacks, obsolete, after the source's.
    for (size_t i = 0; i < targets.size(); ++i) {
        if (targets.seen(i))
            continue;
        Segment segment;
        segment.key = targets.key(i).toString();
        segment.order = ++order;
        segment.source = targets.value(i).toString();
        segment.targets = {segment.source};
        segment.state = appleStreamState(segment.source);
        segment.context.note = targets.comment(i).toString();
        segment.flags |= SegmentFlag::Obsolete;
        if (auto taken = sink.segment(std::move(segment)); !taken)
            return taken;
    }
    return {};
}

} // namespace tessera::formats
