#include "ReviewRepository.h"

#include "Database.h"
#include "Json.h"
#include "Statement.h"
#include "domain/Clock.h"
#include "domain/Id.h"

namespace tessera::store {

using domain::Result;
using domain::ReviewDecision;

ReviewRepository::ReviewRepository(Database& db, const domain::Clock& clock)
    : m_db(db)
    , m_clock(clock)
{}

Result<ReviewDecision> ReviewRepository::add(ReviewDecision decision)
{
    if (decision.id.isEmpty())
        decision.id = domain::newId();
    if (!decision.createdAt.isValid())
        decision.createdAt = m_clock.now();
    return m_db
        .prepare("INSERT INTO review_decisions(id, segment_id, reviewer, approved, mqm_category, severity, comment, "
                 "created_at, rev) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .and_then([&](Statement* s) {
            return s
                ->bindAll(decision.id, decision.segmentId, OrNull{decision.reviewer}, int(decision.approved),
                          decision.mqmCategory, decision.severity, decision.comment,
                          json::fromDateTime(decision.createdAt), decision.rev)
                .run();
        })
        .transform([&] { return decision; });
}

Result<QList<ReviewDecision>> ReviewRepository::listForSegment(const QString& segmentId)
{
    return m_db
        .prepare("SELECT id, segment_id, reviewer, approved, mqm_category, severity, comment, created_at, rev FROM "
                 "review_decisions WHERE segment_id = ? ORDER BY created_at")
        .and_then([&](Statement* s) {
            return s->bindAll(segmentId).collect([](const Statement& row) {
                return ReviewDecision{row.text(0), row.text(1), row.text(2), row.int64(3) != 0,
                                      row.text(4), row.text(5), row.text(6), json::toDateTime(row.text(7)),
                                      row.int64(8)};
            });
        });
}

} // namespace tessera::store
