// TranslationLookup: the segments table has no index on its texts (that would need a migration), so
// the whole language is read once by the caller's index builder; lookups then go by rowid, the
// table's own key, in one statement of at most s_lookupBatch rowids.
#include "TranslationLookup.h"

#include <algorithm>

#include "Database.h"
#include "Json.h"
#include "Statement.h"

namespace tessera::store {

using domain::Result;

namespace {

constexpr qsizetype s_lookupBatch = 64;

const std::string s_lookupColumns =
    "SELECT s.rowid, s.id, d.name, s.key, s.ord, s.source, s.source_plural, s.targets, s.state, "
    "s.flags FROM segments s JOIN documents d ON d.id = s.document_id ";

TranslationRow readTranslationRow(const Statement& row)
{
    TranslationRow r;
    r.rowId = row.int64(0);
    r.segmentId = row.text(1);
    r.documentName = row.text(2);
    r.key = row.text(3);
    r.order = int(row.int64(4));
    r.source = row.text(5);
    r.sourcePlural = row.text(6);
    r.targets = json::toList(row.text(7));
    r.state = static_cast<domain::SegmentState>(row.int64(8));
    r.flags = domain::SegmentFlags::fromInt(int(row.int64(9)));
    return r;
}

} // namespace

bool TranslationRow::isConfirmed() const
{
    if (flags.testFlag(domain::SegmentFlag::Obsolete))
        return false;
    if (state != domain::SegmentState::Translated && state != domain::SegmentState::Reviewed &&
        state != domain::SegmentState::Approved)
        return false;
    return std::any_of(targets.begin(), targets.end(), [](const QString& t) { return !t.isEmpty(); });
}

TranslationLookup::TranslationLookup(Database& db)
    : m_db(db)
{}

Result<void> TranslationLookup::forEachConfirmed(const QString& projectId, const QString& language,
                                                 const std::function<void(const TranslationRow&)>& visit)
{
    return m_db
        .prepare(s_lookupColumns + "WHERE d.project_id = ?1 AND d.target_lang = ?2 AND (s.flags & ?3) = 0 "
                                   "AND s.state IN (?4, ?5, ?6) ORDER BY s.rowid")
        .and_then([&](Statement* s) {
            s->bindAll(projectId, language, int(domain::SegmentFlag::Obsolete), int(domain::SegmentState::Translated),
                       int(domain::SegmentState::Reviewed), int(domain::SegmentState::Approved));
            return s->each([&](const Statement& row) {
                const TranslationRow r = readTranslationRow(row);
                if (r.isConfirmed())
                    visit(r);
            });
        });
}

Result<QList<TranslationRow>> TranslationLookup::rows(const QList<qint64>& rowIds)
{
    QList<TranslationRow> found;
    for (qsizetype from = 0; from < rowIds.size(); from += s_lookupBatch) {
        const qsizetype count = std::min(s_lookupBatch, rowIds.size() - from);
        std::string sql = s_lookupColumns + "WHERE s.rowid IN (";
        for (qsizetype i = 0; i < count; ++i)
            sql += i == 0 ? "?" : ", ?";
        sql += ") ORDER BY s.rowid";
        auto statement = m_db.prepare(sql);
        if (!statement)
            return std::unexpected(statement.error());
        for (qsizetype i = 0; i < count; ++i)
            (*statement)->bind(int(i + 1), rowIds.at(from + i));
        auto read = (*statement)->each([&](const Statement& row) { found.append(readTranslationRow(row)); });
        if (!read)
            return std::unexpected(read.error());
    }
    return found;
}

Result<qint64> TranslationLookup::rowIdOf(const QString& segmentId)
{
    return m_db.prepare("SELECT rowid FROM segments WHERE id = ?").and_then([&](Statement* s) -> Result<qint64> {
        auto rowId = s->bindAll(segmentId).one([](const Statement& row) { return row.int64(0); }, QString());
        if (!rowId && rowId.error().code == domain::ErrorCode::NotFound)
            return qint64(0);
        return rowId;
    });
}

} // namespace tessera::store
