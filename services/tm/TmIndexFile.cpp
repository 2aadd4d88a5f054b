#include "TmIndexFile.h"

#include <algorithm>
#include <bit>
#include <cstring>
#include <filesystem>
#include <vector>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include "MappedFile.h"
#include "TmIndex.h"

namespace tessera::tm {

using domain::ErrorCode;
using domain::Result;

namespace {

constexpr char s_magic[8] = {'T', 'S', 'T', 'M', 'I', 'D', 'X', '\0'};
constexpr char s_end[8] = {'T', 'S', 'T', 'M', 'E', 'N', 'D', '\0'};

} // namespace

// The checksum of an index file, in its last 8 bytes: every byte before them goes through it, so a
// damaged byte anywhere (a source text too, which no other check would notice) refuses the file.
// xxHash64's rounds over four lanes of 8 bytes: a 400 MiB file in a small part of a second.
class TmIndexFile::Checksum {
public:
    void add(const char* data, std::size_t n)
    {
        m_length += n;
        if (m_buffered > 0) {
            const std::size_t take = std::min(n, s_block - m_buffered);
            std::memcpy(m_buffer + m_buffered, data, take);
            m_buffered += take;
            data += take;
            n -= take;
            if (m_buffered < s_block)
                return;
            block(m_buffer);
            m_buffered = 0;
        }
        for (; n >= s_block; data += s_block, n -= s_block)
            block(data);
        if (n > 0)
            std::memcpy(m_buffer, data, n);
        m_buffered = n;
    }
    quint64 value() const
    {
        quint64 h = std::rotl(m_lanes[0], 1) + std::rotl(m_lanes[1], 7) + std::rotl(m_lanes[2], 12) +
                    std::rotl(m_lanes[3], 18) + m_length;
        for (std::size_t i = 0; i < m_buffered; ++i)
            h = std::rotl((h ^ quint8(m_buffer[i])) * s_prime1, 11);
        h ^= h >> 33;
        h *= s_prime2;
        h ^= h >> 29;
        h *= s_prime3;
        return h ^ (h >> 32);
    }

private:
    static constexpr std::size_t s_block = 32;
    static constexpr quint64 s_prime1 = 0x9E3779B185EBCA87ULL;
    static constexpr quint64 s_prime2 = 0xC2B2AE3D27D4EB4FULL;
    static constexpr quint64 s_prime3 = 0x165667B19E3779F9ULL;
    void block(const char* p)
    {
        for (std::size_t lane = 0; lane < 4; ++lane) {
            quint64 word = 0;
            std::memcpy(&word, p + 8 * lane, 8);
            m_lanes[lane] = std::rotl(m_lanes[lane] + word * s_prime2, 31) * s_prime1;
        }
    }
    quint64 m_lanes[4] = {s_prime1 + s_prime2, s_prime2, 0, 0 - s_prime1};
    quint64 m_length = 0;
    char m_buffer[s_block] = {};
    std::size_t m_buffered = 0;
};

// Writes through a buffer: the dictionary is many small strings. Every array is its length, zeros up to
// the next multiple of 8 bytes in the file, then its elements: aligned, so a mapping reads them in place.
class TmIndexFile::Writer {
public:
    explicit Writer(QIODevice& device)
        : m_device(device)
    {}
    void raw(const void* data, qint64 bytes)
    {
        m_position += bytes;
        m_checksum.add(static_cast<const char*>(data), std::size_t(bytes));
        if (bytes > s_direct) {
            flush();
            m_ok = m_ok && m_device.write(static_cast<const char*>(data), bytes) == bytes;
            return;
        }
        m_buffer.append(static_cast<const char*>(data), bytes);
        if (m_buffer.size() > s_direct)
            flush();
    }
    template <typename T> void value(T v) { raw(&v, sizeof v); }
    // The length of an array whose elements follow: then the padding.
    void arrayLength(quint64 n)
    {
        static constexpr char zeros[8] = {};
        value(n);
        raw(zeros, (8 - m_position % 8) % 8);
    }
    template <typename T> void array(const std::vector<T>& v)
    {
        arrayLength(v.size());
        raw(v.data(), qint64(v.size() * sizeof(T)));
    }
    template <typename T> void array(const SplitArray<T>& a)
    {
        arrayLength(a.size());
        a.forEachPart([&](const T* data, std::size_t n) { raw(data, qint64(n * sizeof(T))); });
    }
    void string(const QString& s)
    {
        value(quint32(s.size()));
        raw(s.utf16(), s.size() * 2);
    }
    // Of every byte written so far.
    quint64 checksum() const { return m_checksum.value(); }
    bool finish()
    {
        flush();
        return m_ok;
    }

private:
    static constexpr qint64 s_direct = 1 << 16;
    void flush()
    {
        if (!m_buffer.isEmpty())
            m_ok = m_ok && m_device.write(m_buffer) == m_buffer.size();
        m_buffer.clear();
    }
    QIODevice& m_device;
    QByteArray m_buffer;
    Checksum m_checksum;
    qint64 m_position = 0;
    bool m_ok = true;
};

// Reads the mapped file: every length is checked against what is left of the file before it is used.
// Arrays are read in place (kept alive by `keep`, the mapping) when their elements are aligned, and
// copied when not (a file not written by Writer).
class TmIndexFile::Reader {
public:
    Reader(const char* data, qint64 size, std::shared_ptr<const void> keep)
        : m_data(data)
        , m_size(size)
        , m_keep(std::move(keep))
    {}
    bool raw(void* out, qint64 bytes)
    {
        if (!m_ok || bytes < 0 || bytes > left())
            return m_ok = false;
        if (bytes > 0)
            std::memcpy(out, m_data + m_position, std::size_t(bytes));
        m_position += bytes;
        return true;
    }
    template <typename T> bool value(T& v) { return raw(&v, sizeof v); }
    template <typename T> bool array(SplitArray<T>& out)
    {
        const char* at = nullptr;
        quint64 n = 0;
        if (!locate(sizeof(T), at, n))
            return false;
        if (reinterpret_cast<quintptr>(at) % alignof(T) == 0) {
            out.view(reinterpret_cast<const T*>(at), std::size_t(n), m_keep);
        } else {
            std::vector<T> owned(static_cast<std::size_t>(n));
            if (n > 0)
                std::memcpy(owned.data(), at, std::size_t(n * sizeof(T)));
            out.assign(std::move(owned));
        }
        return true;
    }
    template <typename T> bool array(std::vector<T>& out)
    {
        const char* at = nullptr;
        quint64 n = 0;
        if (!locate(sizeof(T), at, n))
            return false;
        out.resize(std::size_t(n));
        if (n > 0)
            std::memcpy(out.data(), at, std::size_t(n * sizeof(T)));
        return true;
    }
    bool string(QString& s)
    {
        quint32 n = 0;
        if (!value(n) || qint64(n) * 2 > left())
            return m_ok = false;
        s.resize(qsizetype(n));
        return raw(s.data(), qint64(n) * 2);
    }
    bool atEnd() const { return m_ok && m_position == m_size; }

private:
    qint64 left() const { return m_size - m_position; }
    // An array's length and padding; `at` its first element, n elements of `size` bytes each in the file.
    bool locate(std::size_t size, const char*& at, quint64& n)
    {
        if (!value(n))
            return false;
        const qint64 padding = (8 - m_position % 8) % 8;
        if (padding > left() || n > quint64(left() - padding) / size)
            return m_ok = false;
        at = m_data + m_position + padding;
        m_position += padding + qint64(n * size);
        return true;
    }
    const char* m_data;
    qint64 m_size;
    qint64 m_position = 0;
    std::shared_ptr<const void> m_keep;
    bool m_ok = true;
};

namespace {

// A loaded array is in one part (read in place, or copied): its elements from here.
template <typename T> const T* loadedElements(const SplitArray<T>& a)
{
    return a.at(0);
}

// `starts` begins at 0, never goes down and ends at `total`.
bool startsAscend(const SplitArray<quint64>& starts, quint64 total)
{
    const quint64* s = loadedElements(starts);
    const std::size_t n = starts.size();
    if (n == 0 || s[0] != 0 || s[n - 1] != total)
        return false;
    for (std::size_t i = 1; i < n; ++i)
        if (s[i] < s[i - 1])
            return false;
    return true;
}

// Every element below `bound`.
bool allBelow(const SplitArray<quint32>& values, quint64 bound)
{
    const quint32* v = loadedElements(values);
    for (std::size_t i = 0; i < values.size(); ++i)
        if (v[i] >= bound)
            return false;
    return true;
}

} // namespace

void TmIndexFile::saveConcordance(Writer& out, const ConcordanceIndex& index)
{
    out.array(index.m_dictionary.characters());
    out.array(index.m_dictionary.starts());
    out.array(index.m_payload);
    out.array(std::vector<quint8>(index.m_removed.begin(), index.m_removed.end()));
    // The postings of every word one after the other, and where each word's start.
    const quint32 vocabulary = index.m_dictionary.size();
    std::vector<quint64> offsets{0};
    offsets.reserve(std::size_t(vocabulary) + 1);
    for (quint32 id = 0; id < vocabulary; ++id)
        offsets.push_back(offsets.back() + index.list(id).size());
    out.array(offsets);
    out.arrayLength(offsets.back());
    for (quint32 id = 0; id < vocabulary; ++id) {
        const ConcordanceIndex::List list = index.list(id);
        out.raw(list.main, qint64(list.mainSize * sizeof(quint32)));
        if (list.side)
            out.raw(list.side->data(), qint64(list.side->size() * sizeof(quint32)));
    }
}

const char* TmIndexFile::loadConcordance(Reader& in, ConcordanceIndex& index)
{
    SplitArray<char16_t> characters;
    SplitArray<quint64> starts;
    if (!in.array(characters) || !in.array(starts))
        return "truncated concordance dictionary";
    if (!index.m_dictionary.assign(std::move(characters), std::move(starts)))
        return "inconsistent concordance dictionary";
    const quint32 vocabulary = index.m_dictionary.size();
    std::vector<quint8> removed;
    if (!in.array(index.m_payload) || !in.array(removed) || !in.array(index.m_mainOffsets) ||
        !in.array(index.m_mainPostings))
        return "truncated concordance arrays";
    const std::size_t units = index.m_payload.size();
    if (units >= quint64(quint32(-1)) / 2 || removed.size() != units ||
        index.m_mainOffsets.size() != std::size_t(vocabulary) + 1 ||
        !startsAscend(index.m_mainOffsets, index.m_mainPostings.size()))
        return "inconsistent concordance arrays";
    index.m_removed.assign(removed.begin(), removed.end());
    // Ascending and in range: a search binary-searches the lists and indexes units by them.
    const quint64* offsets = loadedElements(index.m_mainOffsets);
    const quint32* postings = loadedElements(index.m_mainPostings);
    for (quint32 id = 0; id < vocabulary; ++id)
        for (quint64 i = offsets[id]; i < offsets[id + 1]; ++i)
            if (postings[i] / 2 >= units || (i > offsets[id] && postings[i] <= postings[i - 1]))
                return "concordance postings out of order";
    index.m_side.clear();
    return nullptr;
}

QString TmIndexFile::pathFor(const QString& databasePath, const QString& tmName)
{
    const QByteArray hash = QCryptographicHash::hash(tmName.toUtf8(), QCryptographicHash::Sha256).toHex().left(32);
    return databasePath + QStringLiteral(".tm-index/") + QString::fromLatin1(hash) + QStringLiteral(".idx");
}

Result<void> TmIndexFile::save(const QString& path, const Stamp& stamp, Indexes& indexes,
                               const ConcordanceIndex& concordance)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return domain::fail(ErrorCode::Io, QStringLiteral("%1: cannot make the folder").arg(path));
    // Written beside its place and renamed over it, so that readers (and mappings) of the old file
    // keep it whole. Not synced to disk (QSaveFile syncs, 0.07–0.1 s for the 41 MiB of 100k units):
    // the file is a cache of the store, and load() checks its checksum before anything else, so a
    // file a crash left half written is refused and the index rebuilt from the store.
    QTemporaryFile file(path + QStringLiteral(".XXXXXX"));
    if (!file.open())
        return domain::fail(ErrorCode::Io, QStringLiteral("%1: cannot write: %2").arg(path, file.errorString()));
    Writer out(file);
    out.raw(s_magic, sizeof s_magic);
    out.value(s_version);
    out.value(quint32(indexes.size()));
    out.value(stamp.unitsRev);
    out.value(stamp.maxRowId);
    for (auto& [pair, index] : indexes) {
        if (index->sideSize() > 0 || index->m_mainUnits != index->size())
            index->merge();
        out.string(pair.first);
        out.string(pair.second);
        const WordDictionary& dictionary = index->m_dictionary.words();
        out.array(dictionary.characters());
        out.array(dictionary.starts());
        out.array(index->m_tokens);
        out.array(index->m_tokenStart);
        out.array(index->m_text);
        out.array(index->m_textStart);
        out.array(index->m_payload);
        out.array(std::vector<quint8>(index->m_removed.begin(), index->m_removed.end()));
        out.array(index->m_emptyUnits);
        out.array(index->m_offsets);
        out.array(index->m_postings);
    }
    saveConcordance(out, concordance);
    out.raw(s_end, sizeof s_end);
    out.value(out.checksum());
    const bool written = out.finish() && file.flush();
    file.close();
    if (!written || file.error() != QFileDevice::NoError)
        return domain::fail(ErrorCode::Io, QStringLiteral("%1: cannot write: %2").arg(path, file.errorString()));
    std::error_code failed; // std::filesystem::rename replaces an existing file, atomically on POSIX
    std::filesystem::rename(file.fileName().toStdU16String(), path.toStdU16String(), failed);
    if (failed)
        return domain::fail(
            ErrorCode::Io,
            QStringLiteral("%1: cannot write: %2").arg(path, QString::fromLocal8Bit(failed.message().c_str())));
    file.setAutoRemove(false); // it has its final name now
    return {};
}

Result<TmIndexFile::Contents> TmIndexFile::load(const QString& path)
{
    auto mapped = MappedFile::map(path);
    if (!mapped)
        return std::unexpected(mapped.error());
    auto bad = [&](const char* what) {
        return domain::fail(ErrorCode::InvalidInput,
                            QStringLiteral("%1: not a usable TM index (%2)").arg(path, QLatin1String(what)));
    };
    const MappedFile& file = **mapped;
    Reader in(file.data(), file.size(), *mapped);
    char magic[8] = {};
    quint32 version = 0;
    quint32 pairs = 0;
    Contents contents;
    if (!in.raw(magic, sizeof magic) || std::memcmp(magic, s_magic, sizeof magic) != 0)
        return bad("no TM index header");
    if (!in.value(version) || version != s_version)
        return bad("another format version");
    // Every byte, before anything is read from the arrays.
    quint64 stored = 0;
    if (file.size() < qint64(sizeof stored))
        return bad("truncated");
    std::memcpy(&stored, file.data() + file.size() - sizeof stored, sizeof stored);
    Checksum checksum;
    checksum.add(file.data(), std::size_t(file.size()) - sizeof stored);
    if (checksum.value() != stored)
        return bad("damaged: checksum mismatch");
    if (!in.value(pairs) || !in.value(contents.stamp.unitsRev) || !in.value(contents.stamp.maxRowId))
        return bad("truncated header");
    for (quint32 p = 0; p < pairs; ++p) {
        QString source;
        QString target;
        if (!in.string(source) || !in.string(target))
            return bad("truncated");
        auto index = std::make_unique<TmIndex>(source);
        SplitArray<char16_t> characters;
        SplitArray<quint64> starts;
        if (!in.array(characters) || !in.array(starts))
            return bad("truncated dictionary");
        if (!index->m_dictionary.m_words.assign(std::move(characters), std::move(starts)))
            return bad("inconsistent dictionary");
        const quint32 vocabulary = index->m_dictionary.size();
        std::vector<quint8> removed;
        if (!in.array(index->m_tokens) || !in.array(index->m_tokenStart) || !in.array(index->m_text) ||
            !in.array(index->m_textStart) || !in.array(index->m_payload) || !in.array(removed) ||
            !in.array(index->m_emptyUnits) || !in.array(index->m_offsets) || !in.array(index->m_postings))
            return bad("truncated arrays");
        // Consistency, so that a damaged file cannot make a lookup read out of bounds.
        const std::size_t units = index->m_payload.size();
        if (units >= quint64(quint32(-1)) || index->m_tokenStart.size() != units + 1 ||
            index->m_textStart.size() != units + 1 || removed.size() != units ||
            index->m_offsets.size() != std::size_t(vocabulary) + 1 ||
            !startsAscend(index->m_tokenStart, index->m_tokens.size()) ||
            !startsAscend(index->m_textStart, index->m_text.size()) ||
            !startsAscend(index->m_offsets, index->m_postings.size()))
            return bad("inconsistent arrays");
        if (!allBelow(index->m_tokens, vocabulary))
            return bad("token id out of range");
        if (!allBelow(index->m_postings, units))
            return bad("posting out of range");
        for (quint32 u : index->m_emptyUnits)
            if (u >= units)
                return bad("unit out of range");
        index->m_removed.assign(removed.begin(), removed.end());
        index->m_removedCount = 0;
        for (quint8 r : removed)
            index->m_removedCount += r ? 1 : 0;
        index->m_mainUnits = quint32(units);
        index->m_side.assign(vocabulary, {});
        index->m_marks.clear();
        index->m_epoch = 0;
        contents.indexes[{source, target}] = std::move(index);
    }
    if (const char* damage = loadConcordance(in, contents.concordance))
        return bad(damage);
    char end[8] = {};
    if (!in.raw(end, sizeof end) || std::memcmp(end, s_end, sizeof end) != 0 || !in.value(stored) || !in.atEnd())
        return bad("truncated end");
    return contents;
}

} // namespace tessera::tm
