#include "DocumentLoader.h"

#include <algorithm>

#include "domain/Clock.h"
#include "store/Workspace.h"

namespace tessera::project {

using domain::Result;
using domain::Segment;
using domain::SegmentFlag;

namespace {

constexpr qsizetype s_batchSize = 2000;

using domain::hasText;

bool sameFileContext(const domain::SegmentContext& a, const domain::SegmentContext& b)
{
    return a.note == b.note && a.locations == b.locations && a.maxLength == b.maxLength;
}

// The stored segment `s` brought up to date with the file's `in`; returns whether anything but the
// order changed.
bool merge(Segment& s, const Segment& in)
{
    const Segment before = s;
    s.order = in.order;
    s.flags.setFlag(SegmentFlag::Obsolete, false);
    if (in.flags.testFlag(SegmentFlag::Locked))
        s.flags |= SegmentFlag::Locked;
    s.context.note = in.context.note;
    s.context.locations = in.context.locations;
    s.context.maxLength = in.context.maxLength;

    bool targetsFromFile = false;
    if (!hasText(s.targets) && hasText(in.targets)) {
        s.targets = in.targets;
        s.state = in.state;
        s.flags.setFlag(SegmentFlag::NeedsWork, in.flags.testFlag(SegmentFlag::NeedsWork));
        targetsFromFile = true;
    }
    // The translator comment is Tessera's like the target, and follows the target's rule: the file's
    // is taken only where Tessera has none, so a re-import never overwrites one kept or edited here.
    if (s.translatorComment.isEmpty())
        s.translatorComment = in.translatorComment;
    if (s.source != in.source || s.sourcePlural != in.sourcePlural) {
        // The translation was made for the oldest source not yet reviewed, so that one is kept.
        if (targetsFromFile)
            s.previousSource.clear();
        else if (s.previousSource.isEmpty() || !s.flags.testFlag(SegmentFlag::NeedsWork))
            s.previousSource = s.source;
        s.source = in.source;
        s.sourcePlural = in.sourcePlural;
        if (!targetsFromFile)
            s.flags |= SegmentFlag::NeedsWork;
    }
    return s.source != before.source || s.sourcePlural != before.sourcePlural || s.targets != before.targets ||
           s.state != before.state || s.flags != before.flags || s.previousSource != before.previousSource ||
           s.translatorComment != before.translatorComment || !sameFileContext(s.context, before.context);
}

} // namespace

DocumentLoader::DocumentLoader(store::Workspace& workspace, ImportedDocument& summary)
    : m_workspace(workspace)
    , m_summary(summary)
    , m_now(workspace.clock().now())
{}

Result<void> DocumentLoader::start(bool reimport)
{
    m_reimport = reimport;
    if (!reimport)
        return {};
    auto stored = m_workspace.segments().keys(m_summary.id);
    if (!stored)
        return std::unexpected(stored.error());
    m_stored = *std::move(stored);
    m_storedByKey.reserve(m_stored.size());
    for (qsizetype i = 0; i < m_stored.size(); ++i)
        m_storedByKey.insert(m_stored.at(i).key, i);
    m_seen.fill(false, m_stored.size());
    return {};
}

Result<void> DocumentLoader::add(const Segment& incoming)
{
    Segment in = incoming;
    in.id.clear();
    in.documentId.clear();
    in.rev = 0;
    in.updatedBy.clear();
    in.updatedAt = {};
    in.flags.setFlag(SegmentFlag::Obsolete, false);
    if (!m_takeTargets) {
        m_summary.targetsLeftOut += domain::hasText(in.targets) ? 1 : 0;
        in.targets.clear();
        in.state = domain::SegmentState::New;
        in.flags.setFlag(SegmentFlag::NeedsWork, false);
        in.translatorComment.clear(); // the other language's translator wrote it
    }
    ++m_summary.segments;

    const auto found = m_reimport ? m_storedByKey.constFind(in.key) : m_storedByKey.constEnd();
    if (found == m_storedByKey.constEnd()) {
        // New orders may still be held by stored segments further on: negated until finish().
        if (m_reimport)
            in.order = -in.order;
        ++m_summary.added;
        m_batch.append(std::move(in));
        return m_batch.size() >= s_batchSize ? flush() : Result<void>{};
    }
    m_seen[*found] = true;
    auto stored = m_workspace.segments().find(m_stored.at(*found).id);
    if (!stored)
        return std::unexpected(stored.error());
    const bool changed = merge(*stored, in);
    if (changed) {
        stored->rev += 1;
        stored->updatedAt = m_now;
        ++m_summary.updated;
    }
    return write(*stored, m_stored.at(*found).order, changed);
}

Result<void> DocumentLoader::write(Segment& segment, int storedOrder, bool changed)
{
    const bool moved = segment.order != storedOrder;
    if (!changed && !moved)
        return {}; // re-importing an unchanged file writes nothing
    if (moved)
        segment.order = -segment.order; // see add()
    return m_workspace.segments().updateFromImport(segment);
}

Result<void> DocumentLoader::flush()
{
    if (m_batch.isEmpty())
        return {};
    auto inserted = m_workspace.segments().insertAll(m_summary.id, m_batch);
    m_batch.clear();
    return inserted;
}

Result<void> DocumentLoader::finish()
{
    if (auto flushed = flush(); !flushed)
        return flushed;
    if (!m_reimport)
        return {};
    // What the file no longer has stays, after everything it has, in its old order.
    int order = m_summary.segments;
    for (qsizetype i = 0; i < m_stored.size(); ++i) {
        if (m_seen.at(i))
            continue;
        auto stored = m_workspace.segments().find(m_stored.at(i).id);
        if (!stored)
            return std::unexpected(stored.error());
        stored->order = ++order;
        const bool obsoleted = !stored->flags.testFlag(SegmentFlag::Obsolete);
        if (obsoleted) {
            stored->flags |= SegmentFlag::Obsolete;
            stored->rev += 1;
            stored->updatedAt = m_now;
            ++m_summary.obsoleted;
        }
        if (auto written = write(*stored, m_stored.at(i).order, obsoleted); !written)
            return written;
    }
    return m_workspace.segments().restoreNegatedOrders(m_summary.id);
}

} // namespace tessera::project
