#include "SegmentCursor.h"

#include "Database.h"
#include "Json.h"
#include "SegmentRepository.h"
#include "Statement.h"

namespace tessera::store {

using domain::Result;
using domain::Segment;

namespace {

const std::string s_cursorTranslationColumns =
    "SELECT key, ord, targets, state, flags, translator_comment FROM segments s ";
const std::string s_cursorOrder = "WHERE s.document_id = ?1 AND (s.flags & ?2) = 0 ORDER BY s.ord";
const std::string s_cursorKey = "WHERE s.document_id = ?1 AND (s.flags & ?2) = 0 AND s.key = ?3";

} // namespace

SegmentCursor::SegmentCursor(Database& db, QString documentId, bool translationsOnly)
    : m_db(db)
    , m_documentId(std::move(documentId))
    , m_translationsOnly(translationsOnly)
{}

SegmentCursor::~SegmentCursor()
{
    if (m_cursor)
        m_cursor->reset(); // ends the read that the open statement holds
}

const std::string& SegmentCursor::sql(bool byKey) const
{
    static const std::string sqls[4] = {
        "SELECT " + SegmentRepository::columns() + " FROM segments s " + s_cursorOrder,
        "SELECT " + SegmentRepository::columns() + " FROM segments s " + s_cursorKey,
        s_cursorTranslationColumns + s_cursorOrder,
        s_cursorTranslationColumns + s_cursorKey,
    };
    return sqls[(m_translationsOnly ? 2 : 0) + (byKey ? 1 : 0)];
}

Segment SegmentCursor::read(const Statement& row) const
{
    if (!m_translationsOnly)
        return SegmentRepository::read(row);
    Segment segment;
    segment.key = row.text(0);
    segment.order = int(row.int64(1));
    segment.targets = json::toList(row.text(2));
    segment.state = static_cast<domain::SegmentState>(row.int64(3));
    segment.flags = domain::SegmentFlags::fromInt(int(row.int64(4)));
    segment.translatorComment = row.text(5);
    return segment;
}

Result<void> SegmentCursor::advance()
{
    if (!m_started) {
        m_started = true;
        auto statement = m_db.prepareOwned(sql(false));
        if (!statement)
            return std::unexpected(statement.error());
        m_statement = *std::move(statement);
        m_cursor = m_statement.get();
        m_cursor->bindAll(m_documentId, int(domain::SegmentFlag::Obsolete));
    }
    m_hasNext = false;
    if (!m_cursor)
        return {};
    auto row = m_cursor->step();
    if (!row || !*row) {
        m_cursor->reset();
        m_cursor = nullptr;
        if (!row)
            return std::unexpected(row.error());
        return {};
    }
    m_next = read(*m_cursor);
    m_hasNext = true;
    return {};
}

Result<const Segment*> SegmentCursor::find(const QString& key)
{
    if (!m_started) {
        if (auto moved = advance(); !moved)
            return std::unexpected(moved.error());
    }
    if (m_hasNext && m_next.key == key) {
        std::swap(m_found, m_next);
        if (auto moved = advance(); !moved)
            return std::unexpected(moved.error());
        return &m_found;
    }
    // Out of the cursor's order (or not in the document): by key.
    ++m_lookups;
    auto statement = m_db.prepare(sql(true));
    if (!statement)
        return std::unexpected(statement.error());
    bool found = false;
    auto looked =
        (*statement)->bindAll(m_documentId, int(domain::SegmentFlag::Obsolete), key).each([&](const Statement& row) {
            m_found = read(row);
            found = true;
            return false;
        });
    if (!looked)
        return std::unexpected(looked.error());
    if (!found)
        return nullptr;
    // Segments the cursor would give before this one are not in the file's order (or not in the
    // file): skip them, so that the entries after this one meet the cursor again.
    while (m_hasNext && m_next.order <= m_found.order) {
        if (auto moved = advance(); !moved)
            return std::unexpected(moved.error());
    }
    return &m_found;
}

Result<QList<Segment>> SegmentCursor::all()
{
    auto statement = m_db.prepare(sql(false) + " ");
    if (!statement)
        return std::unexpected(statement.error());
    return (*statement)->bindAll(m_documentId, int(domain::SegmentFlag::Obsolete)).collect([&](const Statement& row) {
        return read(row);
    });
}

} // namespace tessera::store
