#include "SegmentBrowser.h"

#include <algorithm>
#include <string>

#include <QRegularExpression>

#include "Database.h"
#include "Json.h"
#include "SegmentRepository.h"
#include "Statement.h"
#include "TextMatch.h"

namespace tessera::store {

using domain::ErrorCode;
using domain::Result;

namespace {

// Parameters of the index query; numbered so that each filter binds only its own.
enum Parameter { DocumentParam = 1, StatesParam, SinceParam, PatternParam, ModeParam };

std::string orderBy(const SegmentFilter& filter)
{
    const char* direction = filter.descending ? " DESC" : "";
    std::string key;
    switch (filter.sort) {
    case SegmentFilter::Sort::Order:
        return std::string(" ORDER BY s.ord") + direction;
    case SegmentFilter::Sort::Key:
        key = "s.key";
        break;
    case SegmentFilter::Sort::Length:
        key = "length(s.source)";
        break;
    case SegmentFilter::Sort::State:
        key = "s.state";
        break;
    }
    return " ORDER BY " + key + direction + ", s.ord" + direction;
}

std::string indexSql(const SegmentFilter& filter)
{
    std::string sql = filter.onlyIds ? "SELECT s.rowid, s.ord, s.id" : "SELECT s.rowid, s.ord";
    sql += " FROM segments s WHERE s.document_id = ?1";
    if (!filter.states.isEmpty())
        sql += " AND ((1 << s.state) & ?2) != 0";
    if (filter.changedSince.isValid())
        sql += " AND s.updated_at >= ?3";
    if (filter.withComments)
        sql += " AND EXISTS (SELECT 1 FROM comments c WHERE c.segment_id = s.id)";
    if (!filter.text.isEmpty())
        sql += " AND (tessera_find(?4, ?5, s.source) OR tessera_find(?4, ?5, s.source_plural) OR "
               "tessera_find_list(?4, ?5, s.targets))";
    return sql + orderBy(filter);
}

Result<void> checkPattern(const SegmentFilter& filter)
{
    if (!filter.regex)
        return {};
    const QRegularExpression regex(filter.text);
    if (regex.isValid())
        return {};
    domain::Error error{ErrorCode::InvalidInput,
                        QStringLiteral("invalid regular expression \"%1\": %2 at column %3")
                            .arg(filter.text, regex.errorString())
                            .arg(regex.patternErrorOffset() + 1),
                        {},
                        1,
                        int(regex.patternErrorOffset()) + 1,
                        QStringLiteral("text")};
    return std::unexpected(error);
}

std::string pageSql()
{
    std::string sql = "SELECT " + SegmentRepository::columns() +
                      ", s.rowid, (SELECT count(*) FROM comments c WHERE c.segment_id = s.id) "
                      "FROM segments s WHERE s.rowid IN (";
    for (int i = 1; i <= SegmentBrowser::pageSize; ++i)
        sql += (i > 1 ? ",?" : "?") + std::to_string(i);
    return sql + ")";
}

} // namespace

SegmentBrowser::SegmentBrowser(Database& db)
    : m_db(db)
{}

Result<QList<SegmentIndexEntry>> SegmentBrowser::index(const QString& documentId, const SegmentFilter& filter)
{
    if (auto valid = checkPattern(filter); !valid)
        return std::unexpected(valid.error());
    auto statement = m_db.prepare(indexSql(filter));
    if (!statement)
        return std::unexpected(statement.error());
    Statement& s = **statement;
    s.bind(DocumentParam, documentId);
    if (!filter.states.isEmpty()) {
        qint64 mask = 0;
        for (domain::SegmentState state : filter.states)
            mask |= qint64(1) << int(state);
        s.bind(StatesParam, mask);
    }
    if (filter.changedSince.isValid())
        s.bind(SinceParam, json::fromDateTime(filter.changedSince));
    if (!filter.text.isEmpty()) {
        s.bind(PatternParam, filter.text);
        s.bind(ModeParam,
               (filter.regex ? TextMatch::Regex : 0) | (filter.caseSensitive ? TextMatch::CaseSensitive : 0));
    }
    QList<SegmentIndexEntry> entries;
    for (;;) {
        auto row = s.step();
        if (!row) {
            s.reset();
            return std::unexpected(row.error());
        }
        if (!*row)
            break;
        if (filter.onlyIds && !filter.onlyIds->contains(s.text(2)))
            continue;
        entries.append(SegmentIndexEntry{s.int64(0), int(s.int64(1))});
    }
    s.reset();
    entries.squeeze();
    return entries;
}

Result<std::vector<int>> SegmentBrowser::orders(const QString& documentId)
{
    auto statement = m_db.prepare("SELECT ord FROM segments WHERE document_id = ? ORDER BY ord");
    if (!statement)
        return std::unexpected(statement.error());
    Statement& s = **statement;
    s.bindAll(documentId);
    std::vector<int> orders;
    for (;;) {
        auto row = s.step();
        if (!row) {
            s.reset();
            return std::unexpected(row.error());
        }
        if (!*row)
            break;
        orders.push_back(int(s.int64(0)));
    }
    s.reset();
    orders.shrink_to_fit();
    return orders;
}

Result<QList<SegmentRow>> SegmentBrowser::rows(std::span<const qint64> rowIds)
{
    QList<SegmentRow> out;
    out.reserve(qsizetype(rowIds.size()));
    for (std::size_t first = 0; first < rowIds.size(); first += pageSize) {
        const auto page = rowIds.subspan(first, std::min<std::size_t>(pageSize, rowIds.size() - first));
        if (auto fetched = fetchPage(page, out); !fetched)
            return std::unexpected(fetched.error());
    }
    return out;
}

Result<void> SegmentBrowser::fetchPage(std::span<const qint64> rowIds, QList<SegmentRow>& out)
{
    static const std::string sql = pageSql();
    auto statement = m_db.prepare(sql);
    if (!statement)
        return std::unexpected(statement.error());
    Statement& s = **statement;
    for (int i = 0; i < pageSize; ++i) {
        if (std::size_t(i) < rowIds.size())
            s.bind(i + 1, rowIds[std::size_t(i)]);
        else
            s.bindNull(i + 1);
    }
    const int rowIdColumn = 19;
    auto fetched = s.collect([&](const Statement& row) {
        return SegmentRow{row.int64(rowIdColumn), SegmentRepository::read(row), int(row.int64(rowIdColumn + 1))};
    });
    if (!fetched)
        return std::unexpected(fetched.error());
    // SQLite returns them in rowid order; the caller asked in view order.
    for (qint64 rowId : rowIds) {
        auto found =
            std::find_if(fetched->begin(), fetched->end(), [&](const SegmentRow& r) { return r.rowId == rowId; });
        if (found != fetched->end())
            out.append(std::move(*found));
    }
    return {};
}

Result<qint64> SegmentBrowser::rowIdOf(const QString& segmentId)
{
    return m_db.prepare("SELECT rowid FROM segments WHERE id = ?").and_then([&](Statement* s) {
        return s->bindAll(segmentId).one([](const Statement& row) { return row.int64(0); },
                                         QStringLiteral("no segment with id %1").arg(segmentId));
    });
}

} // namespace tessera::store
