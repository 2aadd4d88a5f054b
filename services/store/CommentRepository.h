// CommentRepository: threaded comments on segments.
#pragma once

#include <QList>

#include "domain/Comment.h"
#include "domain/Result.h"

namespace tessera::domain {
class Clock;
}

namespace tessera::store {

class Database;

class CommentRepository {
public:
    CommentRepository(Database& db, const domain::Clock& clock);

    domain::Result<domain::Comment> add(domain::Comment comment);
    domain::Result<QList<domain::Comment>> listForSegment(const QString& segmentId);

private:
    Database& m_db;
    const domain::Clock& m_clock;
};

} // namespace tessera::store
