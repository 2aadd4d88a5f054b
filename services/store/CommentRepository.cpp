#include "CommentRepository.h"

#include "Database.h"
#include "Json.h"
#include "Statement.h"
#include "domain/Clock.h"
#include "domain/Id.h"

namespace tessera::store {

using domain::Comment;
using domain::Result;

CommentRepository::CommentRepository(Database& db, const domain::Clock& clock)
    : m_db(db)
    , m_clock(clock)
{}

Result<Comment> CommentRepository::add(Comment comment)
{
    if (comment.id.isEmpty())
        comment.id = domain::newId();
    if (!comment.createdAt.isValid())
        comment.createdAt = m_clock.now();
    return m_db
        .prepare("INSERT INTO comments(id, segment_id, parent_id, author, text, created_at, resolved, rev) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        .and_then([&](Statement* s) {
            return s
                ->bindAll(comment.id, comment.segmentId, OrNull{comment.parentId}, OrNull{comment.author}, comment.text,
                          json::fromDateTime(comment.createdAt), int(comment.resolved), comment.rev)
                .run();
        })
        .transform([&] { return comment; });
}

Result<QList<Comment>> CommentRepository::listForSegment(const QString& segmentId)
{
    return m_db
        .prepare("SELECT id, segment_id, parent_id, author, text, created_at, resolved, rev FROM comments "
                 "WHERE segment_id = ? ORDER BY created_at, rowid")
        .and_then([&](Statement* s) {
            return s->bindAll(segmentId).collect([](const Statement& row) {
                return Comment{row.text(0),       row.text(1), row.text(2),
                               row.text(3),       row.text(4), json::toDateTime(row.text(5)),
                               row.int64(6) != 0, row.int64(7)};
            });
        });
}

} // namespace tessera::store
