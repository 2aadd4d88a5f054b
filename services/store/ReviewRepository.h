// ReviewRepository: reviewers' approve/reject decisions per segment.
#pragma once

#include <QList>

#include "domain/Result.h"
#include "domain/ReviewDecision.h"

namespace tessera::domain {
class Clock;
}

namespace tessera::store {

class Database;

class ReviewRepository {
public:
    ReviewRepository(Database& db, const domain::Clock& clock);

    domain::Result<domain::ReviewDecision> add(domain::ReviewDecision decision);
    domain::Result<QList<domain::ReviewDecision>> listForSegment(const QString& segmentId);

private:
    Database& m_db;
    const domain::Clock& m_clock;
};

} // namespace tessera::store
