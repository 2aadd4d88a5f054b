// AppleStringsStreamReader: a .strings pair read into a sink, the source's entries as they are met.
#include "AppleStringsStreamReader.h"

#include <algorithm>
#include <cstring>
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

// A text in the index: UTF-8, or its UTF-16 code units as they are (`raw`) when UTF-8 would not
// give it back: it holds a lone surrogate, or begins with U+FEFF (which decoding drops as a BOM).
void appendAppleText(QByteArray& to, QStringView text, bool& raw)
{
    raw = !text.isValidUtf16() || text.startsWith(QChar(0xFEFF));
    if (raw)
        to.append(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
    else
        to.append(text.toUtf8());
}

QString appleTextOf(QByteArrayView bytes, bool raw)
{
    if (!raw)
        return QString::fromUtf8(bytes);
    QString text(bytes.size() / 2, Qt::Uninitialized);
    std::memcpy(text.data(), bytes.data(), size_t(bytes.size()));
    return text;
}

// The translation file's entries: key, value and comment of each in one buffer (UTF-8), in file
// order, and found by key through a sorted list of key hashes.
class AppleTargetIndex {
public:
    explicit AppleTargetIndex(qsizetype fileSize) { m_texts.reserve(fileSize); }

    void add(const AppleStringsEntry& entry)
    {
        Entry e;
        e.at = m_texts.size();
        appendAppleText(m_texts, entry.key, e.rawKey);
        e.keyLength = m_texts.size() - e.at;
        appendAppleText(m_texts, entry.value, e.rawValue);
        e.valueLength = m_texts.size() - e.at - e.keyLength;
        appendAppleText(m_texts, entry.comment, e.rawComment);
        e.commentLength = m_texts.size() - e.at - e.keyLength - e.valueLength;
        m_entries.push_back(e);
    }

    // Once every entry is added.
    void seal()
    {
        m_byHash.reserve(m_entries.size());
        for (size_t i = 0; i < m_entries.size(); ++i)
            m_byHash.push_back({qHash(keyBytes(i), m_entries[i].rawKey ? 1 : 0), i});
        std::sort(m_byHash.begin(), m_byHash.end());
        m_seen.assign(m_entries.size(), false);
    }

    size_t size() const { return m_entries.size(); }
    QString key(size_t i) const { return appleTextOf(keyBytes(i), m_entries[i].rawKey); }
    QString value(size_t i) const
    {
        const Entry& e = m_entries[i];
        return appleTextOf(QByteArrayView(m_texts).sliced(e.at + e.keyLength, e.valueLength), e.rawValue);
    }
    QString comment(size_t i) const
    {
        const Entry& e = m_entries[i];
        return appleTextOf(QByteArrayView(m_texts).sliced(e.at + e.keyLength + e.valueLength, e.commentLength),
                           e.rawComment);
    }
    bool seen(size_t i) const { return m_seen[i]; }

    // The entry of `key` (keys are unique: the parser refuses a key twice), marked as seen; -1 if none.
    qsizetype take(const QString& key)
    {
        QByteArray bytes;
        bool raw = false;
        appendAppleText(bytes, key, raw);
        const size_t hash = qHash(QByteArrayView(bytes), raw ? 1 : 0);
        auto it = std::lower_bound(m_byHash.begin(), m_byHash.end(), std::pair<size_t, size_t>{hash, 0});
        for (; it != m_byHash.end() && it->first == hash; ++it) {
            if (m_entries[it->second].rawKey == raw && keyBytes(it->second) == QByteArrayView(bytes)) {
                m_seen[it->second] = true;
                return qsizetype(it->second);
            }
        }
        return -1;
    }

private:
    struct Entry {
        qsizetype at = 0; // of the key in m_texts; the value and the comment follow it
        qsizetype keyLength = 0;
        qsizetype valueLength = 0;
        qsizetype commentLength = 0;
        bool rawKey = false;
        bool rawValue = false;
        bool rawComment = false;
    };
    QByteArrayView keyBytes(size_t i) const
    {
        return QByteArrayView(m_texts).sliced(m_entries[i].at, m_entries[i].keyLength);
    }

    QByteArray m_texts;
    std::vector<Entry> m_entries;
    std::vector<std::pair<size_t, size_t>> m_byHash; // key hash, entry
    std::vector<bool> m_seen;                        // entries the source has
};

} // namespace

Result<void> AppleStringsStreamReader::readPair(const QByteArray& source, const QString& sourceName,
                                                const QByteArray& translation, const QString& translationName,
                                                const QString& language, SegmentSink& sink)
{
    AppleTargetIndex targets(translation.size());
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
            segment.targets = {t >= 0 ? targets.value(size_t(t)) : QString()};
            segment.state = appleStreamState(segment.targets.first());
            segment.context.note =
                entry.comment.isEmpty() && t >= 0 ? targets.comment(size_t(t)) : std::move(entry.comment);
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
        segment.key = targets.key(i);
        segment.order = ++order;
        segment.source = targets.value(i);
        segment.targets = {segment.source};
        segment.state = appleStreamState(segment.source);
        segment.context.note = targets.comment(i);
        segment.flags |= SegmentFlag::Obsolete;
        if (auto taken = sink.segment(std::move(segment)); !taken)
            return taken;
    }
    return {};
}

} // namespace tessera::formats
