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

// Fast path for the store's own timestamps ("2026-03-01T08:00:00.000Z", json::fromDateTime); anything
// else goes through QDateTime.
qint64 parseMs(const QByteArray& text)
{
    const auto digits = [&](int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; ++i) {
            const char c = text[i];
            if (c < '0' || c > '9')
                return -1;
            value = value * 10 + (c - '0');
        }
        return value;
    };
    if (text.size() == 24 && text[4] == '-' && text[7] == '-' && text[10] == 'T' && text[19] == '.' &&
        text[23] == 'Z') {
        const int y = digits(0, 4), m = digits(5, 2), d = digits(8, 2);
        const int hh = digits(11, 2), mm = digits(14, 2), ss = digits(17, 2), ms = digits(20, 3);
        if (y >= 0 && m >= 1 && d >= 1 && hh >= 0 && mm >= 0 && ss >= 0 && ms >= 0) {
            // Days from the civil date (H. Hinnant's algorithm).
            const int yy = y - (m <= 2 ? 1 : 0);
            const int era = yy / 400;
            const int yoe = yy - era * 400;
            const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
            const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
            const qint64 days = qint64(era) * 146097 + doe - 719468;
            return ((days * 24 + hh) * 60 + mm) * 60000 + qint64(ss) * 1000 + ms;
        }
    }
    const QDateTime parsed = json::toDateTime(QString::fromUtf8(text));
    return parsed.isValid() ? parsed.toMSecsSinceEpoch() : 0;
}

// Steps through every row of a prepared, bound statement.
template <typename F> Result<void> forEachRow(Statement& s, F&& read)
{
    for (;;) {
        auto row = s.step();
        if (!row) {
            s.reset();
            return std::unexpected(row.error());
        }
        if (!*row)
            break;
        read(s);
    }
    s.reset();
    return {};
}

// An invalid regular expression, named with its column; any other text is fine.
Result<void> checkPattern(const QString& text, bool regexMode)
{
    if (!regexMode)
        return {};
    const QRegularExpression regex(text);
    if (regex.isValid())
        return {};
    domain::Error error{ErrorCode::InvalidInput,
                        QStringLiteral("invalid regular expression \"%1\": %2 at column %3")
                            .arg(text, regex.errorString())
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

Result<SegmentIndex> SegmentBrowser::loadIndex(const QString& documentId)
{
    // The rows are read in rowid order over the document's rowid range (a document imported at once
    // has consecutive rowids): a sequential walk of the table instead of one lookup per row through
    // the (document, order) index, which costs twice as much. Sorted by order here.
    auto range =
        m_db.prepare("SELECT min(rowid), max(rowid) FROM segments WHERE document_id = ?").and_then([&](Statement* s) {
            return s->bindAll(documentId)
                .one([](const Statement& row) { return std::pair{row.int64(0), row.int64(1)}; }, QString());
        });
    if (!range)
        return std::unexpected(range.error());
    std::vector<SegmentIndexEntry> entries;
    auto main = m_db.prepare("SELECT rowid, ord, state, flags, length(source), updated_at FROM segments "
                             "WHERE rowid BETWEEN ?2 AND ?3 AND document_id = ?1");
    if (!main)
        return std::unexpected(main.error());
    (*main)->bindAll(documentId, range->first, range->second);
    auto read = forEachRow(**main, [&](const Statement& row) {
        SegmentIndexEntry e;
        e.rowId = row.int64(0);
        e.order = int(row.int64(1));
        e.state = quint8(row.int64(2));
        e.flags = quint8(row.int64(3));
        e.sourceLength = int(row.int64(4));
        e.updatedAtMs = parseMs(row.blob(5));
        entries.push_back(e);
    });
    if (!read)
        return std::unexpected(read.error());
    entries.shrink_to_fit();
    std::sort(entries.begin(), entries.end(),
              [](const SegmentIndexEntry& a, const SegmentIndexEntry& b) { return a.order < b.order; });

    // Key ranks and comments arrive by rowid: find positions through a sorted copy, freed after.
    std::vector<std::pair<qint64, int>> byRowId;
    byRowId.reserve(entries.size());
    for (std::size_t i = 0; i < entries.size(); ++i)
        byRowId.emplace_back(entries[i].rowId, int(i));
    std::sort(byRowId.begin(), byRowId.end());
    const auto positionOf = [&](qint64 rowId) {
        const auto found = std::lower_bound(byRowId.begin(), byRowId.end(), std::pair<qint64, int>{rowId, -1});
        return found != byRowId.end() && found->first == rowId ? found->second : -1;
    };

    auto byKey = m_db.prepare("SELECT rowid FROM segments WHERE document_id = ? ORDER BY key");
    if (!byKey)
        return std::unexpected(byKey.error());
    (*byKey)->bindAll(documentId);
    int rank = 0;
    read = forEachRow(**byKey, [&](const Statement& row) {
        if (const int position = positionOf(row.int64(0)); position >= 0)
            entries[std::size_t(position)].keyRank = rank++;
    });
    if (!read)
        return std::unexpected(read.error());

    auto commented = m_db.prepare("SELECT DISTINCT s.rowid FROM comments c JOIN segments s ON s.id = c.segment_id "
                                  "WHERE s.document_id = ?");
    if (!commented)
        return std::unexpected(commented.error());
    (*commented)->bindAll(documentId);
    read = forEachRow(**commented, [&](const Statement& row) {
        if (const int position = positionOf(row.int64(0)); position >= 0)
            entries[std::size_t(position)].hasComments = true;
    });
    if (!read)
        return std::unexpected(read.error());
    return SegmentIndex(std::move(entries));
}

Result<QList<int>> SegmentBrowser::select(const QString& documentId, const SegmentIndex& index,
                                          const SegmentFilter& filter)
{
    std::vector<int> textOrders;
    std::vector<int> idOrders;
    if (!filter.text.isEmpty()) {
        auto found = findText(documentId, index.rowIdRange(), filter);
        if (!found)
            return std::unexpected(found.error());
        textOrders = std::move(*found);
    }
    if (filter.onlyIds) {
        auto found = ordersOfIds(documentId, *filter.onlyIds);
        if (!found)
            return std::unexpected(found.error());
        idOrders = std::move(*found);
    }
    return index.select(filter, filter.text.isEmpty() ? nullptr : &textOrders, filter.onlyIds ? &idOrders : nullptr);
}

Result<std::vector<int>> SegmentBrowser::findText(const QString& documentId, std::pair<qint64, qint64> range,
                                                  const SegmentFilter& filter)
{
    if (auto valid = checkPattern(filter.text, filter.regex); !valid)
        return std::unexpected(valid.error());
    // A walk of the document's rowid range, as loadIndex does.
    auto statement = m_db.prepare("SELECT ord FROM segments WHERE rowid BETWEEN ?4 AND ?5 AND document_id = ?1 AND "
                                  "tessera_find_segment(?2, ?3, source, source_plural, targets)");
    if (!statement)
        return std::unexpected(statement.error());
    const int mode = (filter.regex ? TextMatch::Regex : 0) | (filter.caseSensitive ? TextMatch::CaseSensitive : 0);
    (*statement)->bindAll(documentId, filter.text, mode, range.first, range.second);
    std::vector<int> orders;
    auto read = forEachRow(**statement, [&](const Statement& row) { orders.push_back(int(row.int64(0))); });
    if (!read)
        return std::unexpected(read.error());
    std::sort(orders.begin(), orders.end());
    return orders;
}

Result<std::vector<int>> SegmentBrowser::ordersOfIds(const QString& documentId, const QSet<QString>& ids)
{
    auto statement = m_db.prepare("SELECT ord FROM segments WHERE id = ? AND document_id = ?");
    if (!statement)
        return std::unexpected(statement.error());
    std::vector<int> orders;
    for (const QString& id : ids) {
        (*statement)->bindAll(id, documentId);
        auto read = forEachRow(**statement, [&](const Statement& row) { orders.push_back(int(row.int64(0))); });
        if (!read)
            return std::unexpected(read.error());
    }
    std::sort(orders.begin(), orders.end());
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

Result<QList<SegmentRow>> SegmentBrowser::rowsMatching(const QString& documentId, const QString& pattern, int mode,
                                                       TextFields fields)
{
    if (auto valid = checkPattern(pattern, (mode & TextMatch::Regex) != 0); !valid)
        return std::unexpected(valid.error());
    // Texts a search leaves out are passed as NULL, which never matches.
    auto statement = m_db.prepare("SELECT rowid FROM segments WHERE document_id = ?1 AND tessera_find_segment(?2, ?3, "
                                  "CASE WHEN ?4 THEN source END, CASE WHEN ?4 THEN source_plural END, "
                                  "CASE WHEN ?5 THEN targets END) ORDER BY ord");
    if (!statement)
        return std::unexpected(statement.error());
    (*statement)
        ->bindAll(documentId, pattern, mode, int(fields != TextFields::Targets), int(fields != TextFields::Sources));
    std::vector<qint64> rowIds;
    auto read = forEachRow(**statement, [&](const Statement& row) { rowIds.push_back(row.int64(0)); });
    if (!read)
        return std::unexpected(read.error());
    return rows(rowIds);
}

Result<qint64> SegmentBrowser::rowIdOf(const QString& segmentId)
{
    return m_db.prepare("SELECT rowid FROM segments WHERE id = ?").and_then([&](Statement* s) {
        return s->bindAll(segmentId).one([](const Statement& row) { return row.int64(0); },
                                         QStringLiteral("no segment with id %1").arg(segmentId));
    });
}

} // namespace tessera::store
