// LiveConsistency: two hashes and the rowid per confirmed segment instead of their texts; a lookup
// reads at most s_liveMaxCandidates rows, so a translation used thousands of times ("OK") costs no
// more than one used 200 times.
#include "LiveConsistency.h"

#include <algorithm>

#include <QPromise>
#include <QSet>
#include <QThreadPool>

#include "ConsistencyIndex.h"
#include "domain/Clock.h"
#include "store/Workspace.h"

namespace tessera::qa {

namespace {

constexpr qsizetype s_liveMaxCandidates = 200;
constexpr std::size_t s_liveHashSeed = 0x7e55e7a;

QString liveTargetText(const QStringList& targets)
{
    return targets.join(QChar(0x1F));
}

} // namespace

std::size_t LiveConsistency::hashOf(const QString& text)
{
    return qHash(text, s_liveHashSeed);
}

bool LiveConsistency::counts(const domain::Segment& segment)
{
    if (segment.flags.testFlag(domain::SegmentFlag::Obsolete))
        return false;
    return std::ranges::any_of(segment.targets, [](const QString& t) { return !t.isEmpty(); });
}

domain::Result<std::shared_ptr<LiveConsistency>>
LiveConsistency::build(store::Workspace& workspace, const QString& projectId, const QString& language)
{
    auto index = std::make_shared<LiveConsistency>();
    store::TranslationLookup lookup(workspace.database());
    auto read = lookup.forEachConfirmed(projectId, language, [&](const store::TranslationRow& row) {
        index->add(row.rowId, ConsistencyIndex::sourceKey(row.key, row.source, row.sourcePlural),
                   ConsistencyIndex::normalized(liveTargetText(row.targets)));
    });
    if (!read)
        return std::unexpected(read.error());
    return index;
}

QFuture<LiveConsistency::Built> LiveConsistency::buildInBackground(const QString& workspacePath,
                                                                   const QString& projectId, const QString& language)
{
    auto promise = std::make_shared<QPromise<Built>>();
    QFuture<Built> future = promise->future();
    promise->start();
    QThreadPool::globalInstance()->start([promise, workspacePath, projectId, language]() {
        Built built{projectId, language, {}, {}};
        const domain::SystemClock clock; // read-only: nothing is stamped
        auto workspace = store::Workspace::open(workspacePath, store::Workspace::Access::ReadOnly, clock);
        if (!workspace) {
            built.error = workspace.error().describe();
        } else if (auto index = build(**workspace, projectId, language)) {
            built.index = *std::move(index);
        } else {
            built.error = index.error().describe();
        }
        promise->addResult(std::move(built));
        promise->finish();
    });
    return future;
}

void LiveConsistency::attach(store::Workspace* workspace)
{
    m_workspace = workspace;
    m_lookup = workspace ? std::make_unique<store::TranslationLookup>(workspace->database()) : nullptr;
    m_cachedSegment.clear();
    m_cachedSameSource.clear();
}

void LiveConsistency::add(qint64 rowId, const QString& sourceKey, const QString& normalizedTarget)
{
    Entry entry{hashOf(sourceKey), hashOf(normalizedTarget)};
    m_bySource[entry.source].append(rowId);
    if (!normalizedTarget.isEmpty())
        m_byTarget[entry.target].append(rowId);
    m_entries.insert(rowId, entry);
}

void LiveConsistency::remove(qint64 rowId)
{
    const auto it = m_entries.constFind(rowId);
    if (it == m_entries.cend())
        return;
    auto drop = [rowId](QHash<std::size_t, QList<qint64>>& map, std::size_t hash) {
        auto found = map.find(hash);
        if (found == map.end())
            return;
        found->removeOne(rowId);
        if (found->isEmpty())
            map.erase(found);
    };
    drop(m_bySource, it->source);
    drop(m_byTarget, it->target);
    m_entries.erase(it);
}

void LiveConsistency::update(const domain::Segment& segment)
{
    m_cachedSegment.clear();
    m_cachedSameSource.clear();
    if (!m_lookup)
        return;
    const auto rowId = m_lookup->rowIdOf(segment.id);
    if (!rowId || *rowId == 0)
        return;
    remove(*rowId);
    const bool confirmed = segment.state == domain::SegmentState::Translated ||
                           segment.state == domain::SegmentState::Reviewed ||
                           segment.state == domain::SegmentState::Approved;
    if (confirmed && counts(segment))
        add(*rowId, ConsistencyIndex::sourceKey(segment),
            ConsistencyIndex::normalized(liveTargetText(segment.targets)));
}

QList<store::TranslationRow> LiveConsistency::read(const QList<qint64>& rowIds) const
{
    if (!m_lookup || rowIds.isEmpty())
        return {};
    auto rows = m_lookup->rows(rowIds.mid(0, s_liveMaxCandidates));
    return rows ? *std::move(rows) : QList<store::TranslationRow>();
}

QList<ConsistencySource::Other> LiveConsistency::otherTranslations(const domain::Segment& segment) const
{
    QList<Other> others;
    if (!counts(segment))
        return others;
    const QString sourceKey = ConsistencyIndex::sourceKey(segment);
    if (m_cachedSegment != segment.id || segment.id.isEmpty()) {
        m_cachedSameSource.clear();
        for (store::TranslationRow& row : read(m_bySource.value(hashOf(sourceKey)))) {
            if (row.segmentId != segment.id && row.isConfirmed() &&
                ConsistencyIndex::sourceKey(row.key, row.source, row.sourcePlural) == sourceKey)
                m_cachedSameSource.append(std::move(row));
        }
        m_cachedSegment = segment.id;
    }
    QSet<QString> seen{ConsistencyIndex::translationForm(segment.targets)};
    for (const store::TranslationRow& row : std::as_const(m_cachedSameSource)) {
        const QString form = ConsistencyIndex::translationForm(row.targets);
        if (seen.contains(form))
            continue;
        seen.insert(form);
        others.append(Other{row.segmentId, row.key, liveTargetText(row.targets), row.documentName, row.order});
    }
    return others;
}

QList<ConsistencySource::Other> LiveConsistency::otherSources(const domain::Segment& segment) const
{
    QList<Other> others;
    if (!counts(segment))
        return others;
    const QString target = ConsistencyIndex::normalized(liveTargetText(segment.targets));
    if (target.isEmpty())
        return others;
    const auto candidates = m_byTarget.constFind(hashOf(target));
    if (candidates == m_byTarget.cend())
        return others;
    QSet<QString> seen{ConsistencyIndex::normalized(segment.source + QChar(0x1F) + segment.sourcePlural)};
    for (const store::TranslationRow& row : read(*candidates)) {
        if (row.segmentId == segment.id || !row.isConfirmed() ||
            ConsistencyIndex::normalized(liveTargetText(row.targets)) != target)
            continue;
        const QString source = ConsistencyIndex::normalized(row.source + QChar(0x1F) + row.sourcePlural);
        if (seen.contains(source))
            continue;
        seen.insert(source);
        others.append(Other{row.segmentId, row.key, row.source, row.documentName, row.order});
    }
    return others;
}

} // namespace tessera::qa
