#include "TranslationMemory.h"

#include <algorithm>

#include "TmIndexFile.h"
#include "TmLog.h"
#include "text/LanguageTag.h"

namespace tessera::tm {

using domain::Result;

namespace {

// 0 when the tags are the same language and variant, 1 when only the variant (region, script)
// differs, -1 when the languages differ.
int variantDistance(const QString& a, const QString& b)
{
    const QString left = text::LanguageTag::normalize(a).value_or(a);
    const QString right = text::LanguageTag::normalize(b).value_or(b);
    if (left.compare(right, Qt::CaseInsensitive) == 0)
        return 0;
    return text::LanguageTag::sameLanguage(left, right) ? 1 : -1;
}

} // namespace

TranslationMemory::TranslationMemory(store::TmRepository& repository, store::TmRepository::Memory info)
    : m_repository(repository)
    , m_info(std::move(info))
{}

TranslationMemory::~TranslationMemory()
{
    waitForIndexing();
}

Result<std::unique_ptr<TranslationMemory>> TranslationMemory::open(store::TmRepository& repository, const QString& name,
                                                                   const QString& indexFile)
{
    auto info = repository.memory(name);
    if (!info && info.error().code == domain::ErrorCode::NotFound) {
        store::TmRepository::Memory made;
        made.name = name;
        info = repository.saveMemory(made);
    }
    if (!info)
        return std::unexpected(info.error());
    std::unique_ptr<TranslationMemory> tm(new TranslationMemory(repository, *info));
    tm->m_indexFile = indexFile;
    if (indexFile.isEmpty()) {
        if (auto built = tm->buildIndex(0); !built)
            return std::unexpected(built.error());
        return tm;
    }
    auto loaded = TmIndexFile::load(indexFile);
    if (loaded && loaded->stamp.unitsRev == info->unitsRev) {
        tm->m_indexes = std::move(loaded->indexes);
        tm->m_concordance = std::move(loaded->concordance);
        tm->m_origin = IndexOrigin::Loaded;
        return tm;
    }
    if (loaded && loaded->stamp.unitsRev < info->unitsRev) {
        // Units added since the file was written bump the revision by one each and have greater row
        // ids; anything else (a removal, a changed source) leaves the counts apart: rebuild then.
        auto added = repository.countAfter(name, loaded->stamp.maxRowId);
        if (!added)
            return std::unexpected(added.error());
        if (*added == info->unitsRev - loaded->stamp.unitsRev) {
            tm->m_indexes = std::move(loaded->indexes);
            tm->m_concordance = std::move(loaded->concordance);
            if (auto built = tm->buildIndex(loaded->stamp.maxRowId); !built)
                return std::unexpected(built.error());
            tm->m_origin = IndexOrigin::CaughtUp;
            if (auto saved = tm->saveIndex(info->unitsRev); !saved)
                qCWarning(lcTm) << saved.error().describe();
            return tm;
        }
    }
    if (auto built = tm->buildIndex(0); !built)
        return std::unexpected(built.error());
    // Stamped with the revision read before the units: should another program add units meanwhile,
    // the file looks older than it is and the next open indexes again, never the other way round.
    if (auto saved = tm->saveIndex(info->unitsRev); !saved)
        qCWarning(lcTm) << saved.error().describe();
    return tm;
}

Result<void> TranslationMemory::buildIndex(qint64 afterRowId)
{
    auto loaded =
        m_repository.forEachText(m_info.name, afterRowId,
                                 [&](qint64 rowId, const QString& sourceLanguage, const QString& targetLanguage,
                                     const QString& source, const QString& target) {
                                     TmIndex& index = indexFor(sourceLanguage, targetLanguage);
                                     index.setBulkLoading(true);
                                     index.add(source, quint64(rowId));
                                     m_concordance.add(source, target, quint64(rowId));
                                 });
    if (!loaded)
        return loaded;
    for (auto& [pair, index] : m_indexes) {
        index->setBulkLoading(false);
        if (index->sideSize() > 0)
            index->merge();
    }
    return {};
}

Result<qsizetype> TranslationMemory::catchUp()
{
    waitForIndexing();
    qint64 after = 0;
    for (const auto& [pair, index] : m_indexes)
        for (qsizetype unit = 0; unit < index->size(); ++unit)
            after = std::max(after, qint64(index->payload(quint32(unit))));
    qsizetype added = 0;
    auto read = m_repository.forEachText(m_info.name, after,
                                         [&](qint64 rowId, const QString& sourceLanguage, const QString& targetLanguage,
                                             const QString& source, const QString& target) {
                                             // Into each index's small side segment, as add() does.
                                             indexFor(sourceLanguage, targetLanguage).add(source, quint64(rowId));
                                             m_concordance.add(source, target, quint64(rowId));
                                             ++added;
                                         });
    if (!read)
        return std::unexpected(read.error());
    return added;
}

Result<void> TranslationMemory::saveIndex()
{
    if (m_indexFile.isEmpty())
        return {};
    auto info = m_repository.memory(m_info.name);
    if (!info)
        return std::unexpected(info.error());
    return saveIndex(info->unitsRev);
}

Result<void> TranslationMemory::saveIndex(qint64 unitsRev)
{
    if (m_indexFile.isEmpty())
        return {};
    waitForIndexing();
    // The index holds exactly the units of revision `unitsRev`; their greatest row id is where a
    // later catch-up starts.
    qint64 maxRowId = 0;
    for (const auto& [pair, index] : m_indexes)
        for (qsizetype unit = 0; unit < index->size(); ++unit)
            maxRowId = std::max(maxRowId, qint64(index->payload(quint32(unit))));
    return TmIndexFile::save(m_indexFile, TmIndexFile::Stamp{unitsRev, maxRowId}, m_indexes, m_concordance);
}

Result<void> TranslationMemory::configure(int priority, int penalty, bool readOnly)
{
    store::TmRepository::Memory changed = m_info;
    changed.priority = priority;
    changed.penalty = penalty;
    changed.readOnly = readOnly;
    auto saved = m_repository.saveMemory(changed);
    if (!saved)
        return std::unexpected(saved.error());
    m_info = *saved;
    return {};
}

TmIndex& TranslationMemory::indexFor(const QString& sourceLanguage, const QString& targetLanguage)
{
    auto& slot = m_indexes[{sourceLanguage, targetLanguage}];
    if (!slot)
        slot = std::make_unique<TmIndex>(sourceLanguage);
    return *slot;
}

Result<store::TmRepository::Stored> TranslationMemory::add(domain::TmUnit unit)
{
    if (m_info.readOnly)
        return domain::fail(domain::ErrorCode::InvalidInput,
                            QStringLiteral("translation memory \"%1\" is read-only").arg(m_info.name));
    for (QString* tag : {&unit.sourceLanguage, &unit.targetLanguage}) {
        auto normalized = text::LanguageTag::normalize(*tag);
        if (!normalized)
            return std::unexpected(normalized.error());
        // Stored as given when canonical already; otherwise canonical, so en_US and en-US are one pair.
        *tag = *normalized;
    }
    unit.tmName = m_info.name;
    auto stored = m_repository.store(std::move(unit));
    if (stored && stored->inserted) {
        waitForIndexing();
        indexFor(stored->unit.sourceLanguage, stored->unit.targetLanguage)
            .add(stored->unit.source, quint64(stored->rowId));
        m_concordance.add(stored->unit.source, stored->unit.target, quint64(stored->rowId));
    }
    return stored;
}

Result<QString> TranslationMemory::canonicalTag(const QString& tag)
{
    const auto known = m_canonicalTags.constFind(tag);
    if (known != m_canonicalTags.cend())
        return *known;
    auto normalized = text::LanguageTag::normalize(tag);
    if (!normalized)
        return std::unexpected(normalized.error());
    m_canonicalTags.insert(tag, *normalized);
    return *normalized;
}

Result<void> TranslationMemory::beginBulk()
{
    if (m_info.readOnly)
        return domain::fail(domain::ErrorCode::InvalidInput,
                            QStringLiteral("translation memory \"%1\" is read-only").arg(m_info.name));
    m_bulk = true;
    m_bulkAdded.clear();
    m_bulkAddedWords.clear();
    return {};
}

Result<void> TranslationMemory::bulkLoad(const std::function<Result<void>()>& work)
{
    if (!m_bulk)
        return domain::fail(domain::ErrorCode::Internal, QStringLiteral("bulkLoad() outside beginBulk()"));
    return m_repository.bulkLoad([&]() -> Result<void> {
        auto done = work();
        if (done)
            mergeWhenIndexed();
        return done;
    });
}

void TranslationMemory::mergeWhenIndexed()
{
    // Once the last batch is indexed, the fuzzy indexes merge their side segments on the indexing
    // thread while the caller's thread finishes the store's bulk load and commits; endBulk() waits.
    std::future<void> lastBatch = std::move(m_indexing);
    m_indexing = std::async(std::launch::async, [this, lastBatch = std::move(lastBatch)]() mutable {
        if (lastBatch.valid())
            lastBatch.get();
        for (auto& [pair, index] : m_indexes) {
            index->setBulkLoading(false);
            if (index->sideSize() > 0)
                index->merge();
        }
    });
}

Result<void> TranslationMemory::addBatch(QList<domain::TmUnit>& units, store::TmRepository::BatchCounts& counts)
{
    if (!m_bulk)
        return domain::fail(domain::ErrorCode::Internal, QStringLiteral("addBatch() outside beginBulk()"));
    for (domain::TmUnit& unit : units) {
        for (QString* tag : {&unit.sourceLanguage, &unit.targetLanguage}) {
            auto canonical = canonicalTag(*tag);
            if (!canonical)
                return std::unexpected(canonical.error());
            *tag = *canonical;
        }
        unit.tmName = m_info.name;
    }
    auto pending = std::make_shared<std::vector<Pending>>();
    pending->reserve(std::size_t(units.size()));
    auto done = m_repository.storeBatch(units, [&](const store::TmRepository::Stored& one) {
        pending->push_back(Pending{&indexFor(one.unit.sourceLanguage, one.unit.targetLanguage), one.unit.source,
                                   one.unit.target, one.rowId});
    });
    if (!done)
        return std::unexpected(done.error());
    counts = *done;
    // One batch is indexed at a time, in order, while the caller goes on reading and storing: the
    // fuzzy indexes on one thread, the concordance index on another.
    waitForIndexing();
    m_indexing = std::async(std::launch::async, [this, pending] {
        for (const Pending& p : *pending) {
            p.index->setBulkLoading(true);
            m_bulkAdded.emplace_back(p.index, p.index->add(p.source, quint64(p.rowId)));
        }
    });
    m_indexingWords = std::async(std::launch::async, [this, pending] {
        for (const Pending& p : *pending)
            m_bulkAddedWords.push_back(m_concordance.add(p.source, p.target, quint64(p.rowId)));
    });
    return {};
}

void TranslationMemory::waitForIndexing()
{
    if (m_indexing.valid())
        m_indexing.get();
    if (m_indexingWords.valid())
        m_indexingWords.get();
}

void TranslationMemory::endBulk(bool committed)
{
    waitForIndexing();
    if (!committed) {
        for (const auto& [index, unit] : m_bulkAdded)
            index->remove(unit);
        for (quint32 unit : m_bulkAddedWords)
            m_concordance.remove(unit);
    }
    m_bulkAdded.clear();
    m_bulkAddedWords.clear();
    m_bulk = false;
    for (auto& [pair, index] : m_indexes) {
        index->setBulkLoading(false);
        if (index->sideSize() > 0)
            index->merge();
    }
}

Result<void> TranslationMemory::markUsed(const TmMatch& match)
{
    return m_repository.markUsed(match.rowId);
}

Result<QList<TmMatch>> TranslationMemory::lookup(const QString& query, const QString& sourceLanguage,
                                                 const QString& targetLanguage, const LookupOptions& options)
{
    QList<TmMatch> matches;
    for (auto& [pair, index] : m_indexes) {
        const int sourceVariant = variantDistance(pair.first, sourceLanguage);
        const int targetVariant = variantDistance(pair.second, targetLanguage);
        if (sourceVariant < 0 || targetVariant < 0)
            continue;
        const int penalty = m_info.penalty + options.regionPenalty * (sourceVariant + targetVariant);
        if (options.threshold + penalty > 100)
            continue; // nothing from this pair can reach the threshold after the penalty
        const TokenizedText tokens = index->tokenizer().tokenize(query);
        QList<TmIndex::Hit> hits =
            index->lookup(tokens, std::min(100, options.threshold + penalty), options.maxResults);
        auto& targetTokenizer = m_targetTokenizers[pair.second];
        if (!targetTokenizer)
            targetTokenizer = std::make_unique<TmTokenizer>(pair.second);
        for (TmIndex::Hit& hit : hits) {
            auto unit = m_repository.findByRowId(qint64(hit.payload));
            if (!unit) {
                if (unit.error().code == domain::ErrorCode::NotFound) {
                    index->remove(hit.unit); // deleted from the store behind our back
                    continue;
                }
                return std::unexpected(unit.error());
            }
            TmMatch match;
            match.rowId = qint64(hit.payload);
            match.unit = std::move(*unit);
            match.penalty = penalty;
            match.priority = m_info.priority;
            match.score = std::max(0, hit.score() - penalty);
            match.repair = AutoRepair::repair(tokens, index->tokenizer().tokenize(match.unit.source),
                                              targetTokenizer->tokenize(match.unit.target));
            if (hit.score() == 100 && penalty == 0) {
                match.contextMatch = options.isContextMatch ? options.isContextMatch(match.unit)
                                                            : (!options.contextKey.isEmpty() &&
                                                               options.contextKey == match.unit.contextKey);
                if (match.contextMatch)
                    match.score = 101;
            }
            match.details = std::move(hit.details);
            matches.append(std::move(match));
        }
    }
    std::stable_sort(matches.begin(), matches.end(), [](const TmMatch& a, const TmMatch& b) {
        if (a.score != b.score)
            return a.score > b.score;
        if (a.unit.changedAt != b.unit.changedAt)
            return a.unit.changedAt > b.unit.changedAt;
        return a.rowId < b.rowId;
    });
    if (matches.size() > options.maxResults)
        matches.resize(options.maxResults);
    return matches;
}

qsizetype TranslationMemory::size() const
{
    qsizetype n = 0;
    for (const auto& [pair, index] : m_indexes)
        n += index->liveSize();
    return n;
}

const ConcordanceIndex& TranslationMemory::concordanceIndex()
{
    waitForIndexing();
    return m_concordance;
}

qsizetype TranslationMemory::memoryBytes() const
{
    qsizetype n = m_concordance.memoryBytes();
    for (const auto& [pair, index] : m_indexes)
        n += index->memoryBytes();
    return n;
}

QList<std::pair<QString, QString>> TranslationMemory::languagePairs() const
{
    QList<std::pair<QString, QString>> pairs;
    for (const auto& [pair, index] : m_indexes)
        pairs.append(pair);
    return pairs;
}

} // namespace tessera::tm
