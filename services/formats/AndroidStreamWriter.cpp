#include "AndroidStreamWriter.h"

#include <algorithm>
#include <memory>
#include <optional>
#include <vector>

#include <QHash>

#include "AndroidParser.h"
#include "AndroidReader.h"
#include "AndroidSplicer.h"
#include "ByteOutput.h"
#include "XmlText.h"

namespace tessera::formats {

using domain::Result;

namespace {

// A name by two 64-bit hashes: equal keys are equal names but with a chance far below that of a
// flipped bit in memory.
struct AndroidNameKey {
    size_t first = 0;
    size_t second = 0;
    friend bool operator==(const AndroidNameKey&, const AndroidNameKey&) = default;
    friend auto operator<=>(const AndroidNameKey&, const AndroidNameKey&) = default;
};

size_t qHash(const AndroidNameKey& key, size_t seed = 0) noexcept
{
    return key.first ^ seed;
}

AndroidNameKey androidNameKey(const QString& name)
{
    return {qHash(name, size_t(0x9E3779B97F4A7C15ULL)), qHash(name, size_t(0xC2B2AE3D27D4EB4FULL))};
}

// At least as many as the file has entries (each starts with "<string" or "<plurals"), so that the
// name vectors are made once, at their size, instead of doubling.
qsizetype androidEntryBound(const QByteArray& text)
{
    return QByteArrayView(text).count("<string") + QByteArrayView(text).count("<plurals");
}

// Entries of the default file that the translation file lacks, one after another: `count` of them
// from the `first`th entry of the file.
struct AndroidRun {
    qsizetype first = 0;
    qsizetype count = 0;
};

// Reads the default file's entries forward, from the start again when asked for an earlier one.
class AndroidSourceWalk {
public:
    AndroidSourceWalk(const QByteArray& text, const QString& fileName)
        : m_text(text)
        , m_fileName(fileName)
    {}

    // The `ordinal`th entry of the file into `entry`.
    Result<void> read(qsizetype ordinal, AndroidEntry& entry)
    {
        if (!m_parser || m_next > ordinal) {
            m_parser = std::make_unique<AndroidParser>(m_text, m_fileName);
            m_next = 0;
        }
        while (m_next <= ordinal) {
            auto more = m_parser->next(entry);
            if (!more)
                return std::unexpected(more.error());
            if (!*more)
                return domain::fail(domain::ErrorCode::Internal,
                                    QStringLiteral("%1 ended before its entry %2").arg(m_fileName).arg(ordinal));
            ++m_next;
        }
        return {};
    }

private:
    const QByteArray& m_text;
    QString m_fileName;
    std::unique_ptr<AndroidParser> m_parser;
    qsizetype m_next = 0;
};

// Copies the translation file out with edits spliced in, in the order of their positions.
class AndroidCopier {
public:
    AndroidCopier(const QByteArray& text, ByteOutput& out)
        : m_text(text)
        , m_out(out)
    {}
    void splice(qsizetype begin, qsizetype end, const QString& text)
    {
        copyTo(begin);
        m_out.append(text.toUtf8());
        m_copied = qMax(m_copied, end);
    }
    void copyTo(qsizetype position)
    {
        if (position > m_copied)
            m_out.append(QByteArrayView(m_text).sliced(m_copied, position - m_copied));
    }
    void skipTo(qsizetype position) { m_copied = qMax(m_copied, position); }
    void finish() { m_out.append(QByteArrayView(m_text).sliced(m_copied)); }

private:
    const QByteArray& m_text;
    ByteOutput& m_out;
    qsizetype m_copied = 0;
};

} // namespace

Result<bool> AndroidStreamWriter::writePair(const QByteArray& sourceData, const QString& sourceFileName,
                                            const QByteArray& original, SegmentSource& segments,
                                            const QString& fileName, const QString& language, ByteOutput& out)
{
    auto decoded = AndroidParser::decode(original, fileName);
    auto decodedSource = AndroidParser::decode(sourceData, sourceFileName);
    if (!decoded || !decodedSource)
        return false;
    const QByteArray& text = *decoded; // the bytes themselves: UTF-8 is not copied
    const QByteArray& sourceText = *decodedSource;

    // The translation file's names; its first entry's indentation.
    std::vector<AndroidNameKey> names;
    names.reserve(androidEntryBound(text));
    QString entryIndent = QStringLiteral("    ");
    AndroidEntry entry;
    {
        AndroidParser parser(text, fileName);
        while (true) {
            auto more = parser.next(entry);
            if (!more)
                return false;
            if (!*more)
                break;
            if (names.empty())
                entryIndent = XmlText::indentAt(QByteArrayView(text), entry.begin);
            names.push_back(androidNameKey(entry.name));
        }
    }
    std::sort(names.begin(), names.end());
    if (std::adjacent_find(names.begin(), names.end()) != names.end())
        return false;
    const auto inTranslation = [&](const AndroidNameKey& key) {
        return std::binary_search(names.begin(), names.end(), key);
    };

    // The default file: where its entries that the translation lacks go (after the translation's
    // entry of the name before them there, or first), and its string-arrays' item modes.
    AndroidRun leading; // before every entry of the translation
    QHash<AndroidNameKey, AndroidRun> runs;
    QHash<AndroidNameKey, QList<AndroidTextMode>> arrays;
    {
        std::vector<AndroidNameKey> sourceNames;
        sourceNames.reserve(androidEntryBound(sourceText));
        AndroidParser parser(sourceText, sourceFileName);
        // The translation's entry the next missing entries go after (none yet: first), and their run
        // once one is missing (runs only for entries that missing ones follow).
        std::optional<AndroidNameKey> anchor;
        AndroidRun* run = &leading;
        for (qsizetype ordinal = 0;; ++ordinal) {
            auto more = parser.next(entry);
            if (!more)
                return false;
            if (!*more)
                break;
            const AndroidNameKey key = androidNameKey(entry.name);
            sourceNames.push_back(key);
            if (inTranslation(key)) {
                if (entry.kind == AndroidEntry::Kind::Array)
                    arrays.insert(key, AndroidSplicer::itemModes(entry));
                anchor = key;
                run = nullptr;
                continue;
            }
            if (!run)
                run = &runs[*anchor];
            if (run->count == 0)
                run->first = ordinal;
            ++run->count;
        }
        std::sort(sourceNames.begin(), sourceNames.end());
        if (std::adjacent_find(sourceNames.begin(), sourceNames.end()) != sourceNames.end())
            return false;
    }

    const QString folderLanguage = AndroidReader::languageOf(fileName);
    const QString targetLanguage = folderLanguage.isEmpty() ? language : folderLanguage;
    const QString unit = AndroidSplicer::indentUnit(entryIndent);
    AndroidSplicer splicer(text, fileName, targetLanguage);
    out.writeUtf16Like(original); // a UTF-16 file is written back in UTF-16, as it is written
    AndroidCopier copier(text, out);
    AndroidSourceWalk walk(sourceText, sourceFileName);
    AndroidEntry source;

    // The run's entries written at `position` (after an entry, or first in <resources>); into a
    // self-closing <resources/> (a file with no entries) they become its content.
    bool selfClosing = false;
    qsizetype resourcesEnd = -1;
    qsizetype contentBegin = -1;
    const auto writeRun = [&](const AndroidRun& run, qsizetype position) -> Result<void> {
        bool any = false;
        for (qsizetype i = 0; i < run.count && !out.failed(); ++i) {
            if (auto read = walk.read(run.first + i, source); !read)
                return read;
            auto made = splicer.newEntry(source, segments, entryIndent, unit);
            if (!made)
                return std::unexpected(made.error());
            if (made->isEmpty())
                continue;
            if (selfClosing && !any)
                copier.splice(resourcesEnd, resourcesEnd, QStringLiteral(">"));
            any = true;
            copier.splice(selfClosing ? resourcesEnd : position, position, splicer.eol() + entryIndent + *made);
        }
        if (selfClosing && any) {
            copier.splice(resourcesEnd, resourcesEnd, splicer.eol() + QStringLiteral("</resources>"));
            copier.skipTo(contentBegin);
        }
        return {};
    };

    AndroidParser parser(text, fileName);
    auto more = parser.next(entry);
    if (!more)
        return std::unexpected(more.error());
    contentBegin = parser.resourcesContentBegin();
    resourcesEnd = parser.resourcesEnd();
    selfClosing = parser.resourcesSelfClosing();
    if (leading.count > 0) {
        if (auto written = writeRun(leading, contentBegin); !written)
            return std::unexpected(written.error());
    }
    while (*more && !out.failed()) {
        const AndroidNameKey key = androidNameKey(entry.name);
        const auto array = arrays.constFind(key);
        splicer.edits.clear();
        if (auto written = splicer.writeEntry(entry, segments, array == arrays.cend() ? nullptr : &*array, unit);
            !written)
            return std::unexpected(written.error());
        std::stable_sort(splicer.edits.begin(), splicer.edits.end(),
                         [](const AndroidEdit& a, const AndroidEdit& b) { return a.begin < b.begin; });
        for (const AndroidEdit& edit : std::as_const(splicer.edits))
            copier.splice(edit.begin, edit.end, edit.text);
        if (const auto run = runs.constFind(key); run != runs.cend() && run->count > 0) {
            if (auto written = writeRun(*run, entry.end); !written)
                return std::unexpected(written.error());
        }
        more = parser.next(entry);
        if (!more)
            return std::unexpected(more.error());
    }
    copier.finish();
    return true;
}

} // namespace tessera::formats
