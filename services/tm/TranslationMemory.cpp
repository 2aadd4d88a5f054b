#include "TranslationMemory.h"

#include <algorithm>

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

TranslationMemory::~TranslationMemory() = default;

Result<std::unique_ptr<TranslationMemory>> TranslationMemory::open(store::TmRepository& repository, const QString& name)
{
    auto info = repository.memory(name);
    if (!info && info.error().code == domain::ErrorCode::NotFound)
        info = repository.saveMemory(store::TmRepository::Memory{name, 0, 0, false, {}});
    if (!info)
        return std::unexpected(info.error());
    std::unique_ptr<TranslationMemory> tm(new TranslationMemory(repository, *info));
    auto loaded = repository.forEachSource(
        name, [&](qint64 rowId, const QString& sourceLanguage, const QString& targetLanguage, const QString& source) {
            TmIndex& index = tm->indexFor(sourceLanguage, targetLanguage);
            index.setBulkLoading(true);
            index.add(source, quint64(rowId));
        });
    if (!loaded)
        return std::unexpected(loaded.error());
    for (auto& [pair, index] : tm->m_indexes) {
        index->setBulkLoading(false);
        index->merge();
    }
    return tm;
}

Result<void> TranslationMemory::configure(int priority, int penalty, bool readOnly)
{
    auto saved = m_repository.saveMemory(
        store::TmRepository::Memory{m_info.name, priority, penalty, readOnly, m_info.createdAt});
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
    if (stored && stored->inserted)
        indexFor(stored->unit.sourceLanguage, stored->unit.targetLanguage)
            .add(stored->unit.source, quint64(stored->rowId));
    return stored;
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

qsizetype TranslationMemory::memoryBytes() const
{
    qsizetype n = 0;
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
