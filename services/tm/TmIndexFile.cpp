#include "TmIndexFile.h"

#include <cstring>
#include <vector>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include "TmIndex.h"

namespace tessera::tm {

using domain::ErrorCode;
using domain::Result;

namespace {

constexpr char s_magic[8] = {'T', 'S', 'T', 'M', 'I', 'D', 'X', '\0'};
constexpr char s_end[8] = {'T', 'S', 'T', 'M', 'E', 'N', 'D', '\0'};

} // namespace

// Writes through a buffer: the dictionary is many small strings.
class TmIndexFile::Writer {
public:
    explicit Writer(QIODevice& device)
        : m_device(device)
    {}
    void raw(const void* data, qint64 bytes)
    {
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
    template <typename T> void vector(const std::vector<T>& v)
    {
        value(quint64(v.size()));
        raw(v.data(), qint64(v.size() * sizeof(T)));
    }
    void string(const QString& s)
    {
        value(quint32(s.size()));
        raw(s.utf16(), s.size() * 2);
    }
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
    bool m_ok = true;
};

// Reads straight into the arrays (no copy of the whole file); every length is checked against what
// is left of the file before anything is allocated.
class TmIndexFile::Reader {
public:
    explicit Reader(QIODevice& device)
        : m_device(device)
        , m_left(device.size())
    {}
    bool raw(void* out, qint64 bytes)
    {
        if (!m_ok || bytes < 0 || bytes > m_left || m_device.read(static_cast<char*>(out), bytes) != bytes)
            return m_ok = false;
        m_left -= bytes;
        return true;
    }
    template <typename T> bool value(T& v) { return raw(&v, sizeof v); }
    template <typename T> bool vector(std::vector<T>& v)
    {
        quint64 n = 0;
        if (!value(n) || n > quint64(m_left) / sizeof(T))
            return m_ok = false;
        v.resize(n);
        return raw(v.data(), qint64(n * sizeof(T)));
    }
    bool string(QString& s)
    {
        quint32 n = 0;
        if (!value(n) || qint64(n) * 2 > m_left)
            return m_ok = false;
        s.resize(qsizetype(n));
        return raw(s.data(), qint64(n) * 2);
    }
    bool atEnd() const { return m_left == 0; }

private:
    QIODevice& m_device;
    qint64 m_left;
    bool m_ok = true;
};

namespace {

template <typename T> bool ascending(const std::vector<T>& starts, quint64 total)
{
    if (starts.empty() || starts.front() != 0 || starts.back() != total)
        return false;
    for (std::size_t i = 1; i < starts.size(); ++i)
        if (starts[i] < starts[i - 1])
            return false;
    return true;
}

} // namespace

void TmIndexFile::saveConcordance(Writer& out, const ConcordanceIndex& index)
{
    out.vector(index.m_dictionary.characters());
    out.vector(index.m_dictionary.starts());
    out.vector(index.m_payload);
    out.vector(std::vector<quint8>(index.m_removed.begin(), index.m_removed.end()));
    // The postings of every word one after the other, and where each word's start.
    const quint32 vocabulary = index.m_dictionary.size();
    std::vector<quint64> offsets{0};
    offsets.reserve(std::size_t(vocabulary) + 1);
    for (quint32 id = 0; id < vocabulary; ++id)
        offsets.push_back(offsets.back() + index.list(id).size());
    out.vector(offsets);
    out.value(offsets.back());
    for (quint32 id = 0; id < vocabulary; ++id) {
        const ConcordanceIndex::List list = index.list(id);
        out.raw(list.main, qint64(list.mainSize * sizeof(quint32)));
        if (list.side)
            out.raw(list.side->data(), qint64(list.side->size() * sizeof(quint32)));
    }
}

const char* TmIndexFile::loadConcordance(Reader& in, ConcordanceIndex& index)
{
    std::vector<char16_t> characters;
    std::vector<quint64> starts;
    if (!in.vector(characters) || !in.vector(starts))
        return "truncated concordance dictionary";
    if (!index.m_dictionary.assign(std::move(characters), std::move(starts)))
        return "inconsistent concordance dictionary";
    const quint32 vocabulary = index.m_dictionary.size();
    std::vector<quint8> removed;
    std::vector<quint64> offsets;
    std::vector<quint32> postings;
    if (!in.vector(index.m_payload) || !in.vector(removed) || !in.vector(offsets) || !in.vector(postings))
        return "truncated concordance arrays";
    const std::size_t units = index.m_payload.size();
    if (units >= quint64(quint32(-1)) / 2 || removed.size() != units || offsets.size() != std::size_t(vocabulary) + 1 ||
        !ascending(offsets, postings.size()))
        return "inconsistent concordance arrays";
    index.m_removed.assign(removed.begin(), removed.end());
    // Ascending and in range: a search binary-searches the lists and indexes units by them.
    for (quint32 id = 0; id < vocabulary; ++id)
        for (quint64 i = offsets[id]; i < offsets[id + 1]; ++i)
            if (postings[i] / 2 >= units || (i > offsets[id] && postings[i] <= postings[i - 1]))
                return "concordance postings out of order";
    index.m_mainOffsets = std::move(offsets);
    index.m_mainPostings = std::move(postings);
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
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
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
        const TokenDictionary& dictionary = index->m_dictionary;
        out.value(dictionary.size());
        for (quint32 id = 0; id < dictionary.size(); ++id)
            out.string(dictionary.key(id));
        out.vector(index->m_tokens);
        out.vector(index->m_tokenStart);
        out.vector(index->m_text);
        out.vector(index->m_textStart);
        out.vector(index->m_payload);
        std::vector<quint8> removed(index->m_removed.begin(), index->m_removed.end());
        out.vector(removed);
        out.vector(index->m_emptyUnits);
        out.vector(index->m_offsets);
        out.vector(index->m_postings);
    }
    saveConcordance(out, concordance);
    out.raw(s_end, sizeof s_end);
    if (!out.finish() || !file.commit())
        return domain::fail(ErrorCode::Io, QStringLiteral("%1: cannot write: %2").arg(path, file.errorString()));
    return {};
}

Result<TmIndexFile::Contents> TmIndexFile::load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return domain::fail(ErrorCode::NotFound, QStringLiteral("%1: cannot read: %2").arg(path, file.errorString()));
    auto bad = [&](const char* what) {
        return domain::fail(ErrorCode::InvalidInput,
                            QStringLiteral("%1: not a usable TM index (%2)").arg(path, QLatin1String(what)));
    };
    Reader in(file);
    char magic[8] = {};
    quint32 version = 0;
    quint32 pairs = 0;
    Contents contents;
    if (!in.raw(magic, sizeof magic) || std::memcmp(magic, s_magic, sizeof magic) != 0)
        return bad("no TM index header");
    if (!in.value(version) || version != s_version)
        return bad("another format version");
    if (!in.value(pairs) || !in.value(contents.stamp.unitsRev) || !in.value(contents.stamp.maxRowId))
        return bad("truncated header");
    for (quint32 p = 0; p < pairs; ++p) {
        QString source;
        QString target;
        quint32 vocabulary = 0;
        if (!in.string(source) || !in.string(target) || !in.value(vocabulary))
            return bad("truncated");
        auto index = std::make_unique<TmIndex>(source);
        for (quint32 id = 0; id < vocabulary; ++id) {
            QString key;
            if (!in.string(key))
                return bad("truncated dictionary");
            if (index->m_dictionary.intern(key) != id)
                return bad("a token twice in the dictionary");
        }
        std::vector<quint8> removed;
        if (!in.vector(index->m_tokens) || !in.vector(index->m_tokenStart) || !in.vector(index->m_text) ||
            !in.vector(index->m_textStart) || !in.vector(index->m_payload) || !in.vector(removed) ||
            !in.vector(index->m_emptyUnits) || !in.vector(index->m_offsets) || !in.vector(index->m_postings))
            return bad("truncated arrays");
        // Consistency, so that a damaged file cannot make a lookup read out of bounds.
        const std::size_t units = index->m_payload.size();
        if (units >= quint64(quint32(-1)) || index->m_tokenStart.size() != units + 1 ||
            index->m_textStart.size() != units + 1 || removed.size() != units ||
            index->m_offsets.size() != std::size_t(vocabulary) + 1 ||
            !ascending(index->m_tokenStart, index->m_tokens.size()) ||
            !ascending(index->m_textStart, index->m_text.size()) ||
            !ascending(index->m_offsets, index->m_postings.size()))
            return bad("inconsistent arrays");
        for (quint32 t : index->m_tokens)
            if (t >= vocabulary)
                return bad("token id out of range");
        for (quint32 u : index->m_postings)
            if (u >= units)
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
        index->m_marks.assign(units, TmIndex::Mark{});
        index->m_epoch = 0;
        contents.indexes[{source, target}] = std::move(index);
    }
    if (const char* damage = loadConcordance(in, contents.concordance))
        return bad(damage);
    char end[8] = {};
    if (!in.raw(end, sizeof end) || std::memcmp(end, s_end, sizeof end) != 0 || !in.atEnd())
        return bad("truncated end");
    return contents;
}

} // namespace tessera::tm
