#include "SegmentTableModel.h"

#include <algorithm>

#include <QRegularExpression>

#include "ModelsLog.h"
#include "store/SegmentBrowser.h"
#include "store/SegmentRepository.h"

namespace tessera::models {

using domain::Segment;
using domain::SegmentState;
using store::SegmentRow;

namespace {

const QChar s_formSeparator = QLatin1Char('\n');

bool allEmpty(const QStringList& forms)
{
    return std::all_of(forms.begin(), forms.end(), [](const QString& form) { return form.isEmpty(); });
}

// Splits edited text into target forms. A plural segment keeps its number of forms: missing
// lines become empty forms and extra lines stay in the last form, so joining and splitting again
// gives the same forms back.
QStringList formsFromText(const Segment& segment, const QString& text)
{
    if (!segment.isPlural())
        return text.isEmpty() ? QStringList() : QStringList{text};
    QStringList lines = text.split(s_formSeparator);
    const qsizetype count = segment.targets.isEmpty() ? std::max<qsizetype>(2, lines.size()) : segment.targets.size();
    if (lines.size() > count) {
        const QString last = lines.mid(count - 1).join(s_formSeparator);
        lines.resize(count - 1);
        lines.append(last);
    }
    while (lines.size() < count)
        lines.append(QString());
    if (allEmpty(lines) && segment.targets.isEmpty())
        return {};
    return lines;
}

SegmentState stateAfterEdit(SegmentState current, const QStringList& forms)
{
    if (allEmpty(forms))
        return current == SegmentState::New || current == SegmentState::Draft ? SegmentState::New : SegmentState::Draft;
    const bool complete = std::none_of(forms.begin(), forms.end(), [](const QString& form) { return form.isEmpty(); });
    return complete ? SegmentState::Translated : SegmentState::Draft;
}

bool isSerious(domain::ErrorCode code)
{
    switch (code) {
    case domain::ErrorCode::InvalidInput:
    case domain::ErrorCode::NotFound:
    case domain::ErrorCode::Conflict:
    case domain::ErrorCode::InvalidTransition:
    case domain::ErrorCode::QaBlocked:
        return false;
    default:
        return true;
    }
}

// Pages of 64 rows, 32 of them: about two thousand segments in memory, many screens either side.
constexpr int s_cachedPages = 32;

} // namespace

SegmentTableModel::SegmentTableModel(store::SegmentRepository& segments, store::SegmentBrowser& browser, QString author,
                                     QObject* parent)
    : QAbstractTableModel(parent)
    , m_repository(segments)
    , m_browser(browser)
    , m_author(std::move(author))
    , m_cache(store::SegmentBrowser::pageSize, s_cachedPages)
{}

domain::Result<void> SegmentTableModel::setDocumentId(const QString& documentId)
{
    m_documentId = documentId;
    return reload();
}

domain::Result<QList<int>> SegmentTableModel::select(const store::SegmentIndex& index) const
{
    store::SegmentFilter filter = m_filter;
    if (m_onlyQaIssues) {
        QSet<QString> ids;
        for (auto it = m_qaIssues.begin(); it != m_qaIssues.end(); ++it) {
            if (it.value() > 0)
                ids.insert(it.key());
        }
        filter.onlyIds = std::move(ids);
    }
    return m_browser.select(m_documentId, index, filter);
}

domain::Result<void> SegmentTableModel::reload()
{
    domain::Result<void> result;
    store::SegmentIndex index;
    QList<int> view;
    if (!m_documentId.isEmpty()) {
        auto loaded = m_browser.loadIndex(m_documentId).and_then([&](store::SegmentIndex i) {
            index = std::move(i);
            return select(index);
        });
        if (loaded)
            view = std::move(*loaded);
        else
            result = std::unexpected(loaded.error());
    }
    if (!result)
        index = {};
    beginResetModel();
    m_cache.clear();
    m_index = std::move(index);
    m_view = std::move(view);
    m_stateCounts = m_index.stateCounts();
    endResetModel();
    return result;
}

domain::Result<void> SegmentTableModel::setFilter(const store::SegmentFilter& filter, bool onlyQaIssues)
{
    const store::SegmentFilter previous = m_filter;
    const bool previousQa = m_onlyQaIssues;
    m_filter = filter;
    m_onlyQaIssues = onlyQaIssues;
    if (m_documentId.isEmpty())
        return {};
    auto view = select(m_index);
    if (!view) {
        m_filter = previous;
        m_onlyQaIssues = previousQa;
        return std::unexpected(view.error());
    }
    beginResetModel();
    m_cache.clear();
    m_view = std::move(*view);
    endResetModel();
    return {};
}

void SegmentTableModel::setQaIssueCounts(QHash<QString, int> countsBySegmentId)
{
    m_qaIssues = std::move(countsBySegmentId);
    if (m_onlyQaIssues) {
        if (auto refiltered = setFilter(m_filter, true); !refiltered)
            qCWarning(lcModels) << "cannot filter by QA issues:" << refiltered.error().describe();
        return;
    }
    if (!m_view.isEmpty())
        Q_EMIT dataChanged(index(0, FlagsColumn), index(rowCount() - 1, FlagsColumn));
}

void SegmentTableModel::setQaIssueCount(const QString& segmentId, int count)
{
    if (qaIssues(segmentId) == count)
        return;
    if (count > 0)
        m_qaIssues.insert(segmentId, count);
    else
        m_qaIssues.remove(segmentId);
    if (const int row = rowForId(segmentId); row >= 0)
        Q_EMIT dataChanged(index(row, FlagsColumn), index(row, FlagsColumn));
}

int SegmentTableModel::rowForId(const QString& segmentId) const
{
    if (segmentId.isEmpty())
        return -1;
    auto rowId = m_browser.rowIdOf(segmentId);
    const int position = rowId ? m_index.positionOfRowId(*rowId) : -1;
    return position < 0 ? -1 : int(m_view.indexOf(position));
}

void SegmentTableModel::segmentWritten(const Segment& segment)
{
    if (segment.documentId != m_documentId || m_documentId.isEmpty())
        return;
    auto rowId = m_browser.rowIdOf(segment.id);
    const int position = rowId ? m_index.positionOfRowId(*rowId) : -1;
    if (position < 0)
        return;
    const auto previous = SegmentState(m_index.at(position).state);
    if (!segment.flags.testFlag(domain::SegmentFlag::Obsolete)) {
        --m_stateCounts[std::size_t(previous)];
        ++m_stateCounts[std::size_t(segment.state)];
    }
    m_index.update(position, segment.state, segment.updatedAt);
    const int row = int(m_view.indexOf(position));
    if (row < 0)
        return;
    if (SegmentRow* cached = m_cache.find(row))
        cached->segment = segment;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int SegmentTableModel::nextRowNeedingWork(int row) const
{
    const int count = int(m_view.size());
    for (int step = 1; step < count; ++step) {
        const int candidate = (row + step + count) % count;
        const auto& entry = m_index.at(m_view.at(candidate));
        if (domain::needsWork(SegmentState(entry.state)) &&
            !(entry.flags & quint8(int(domain::SegmentFlag::Locked) | int(domain::SegmentFlag::Obsolete))))
            return candidate;
    }
    return -1;
}

Segment SegmentTableModel::segmentAt(int row) const
{
    const SegmentRow* found = rowAt(row);
    return found ? found->segment : Segment();
}

store::SegmentRow* SegmentTableModel::rowAt(int row) const
{
    if (row < 0 || row >= m_view.size())
        return nullptr;
    if (SegmentRow* cached = m_cache.find(row))
        return cached;
    const int pageSize = m_cache.pageSize();
    const int page = row / pageSize;
    const int first = page * pageSize;
    const int count = std::min<int>(pageSize, int(m_view.size()) - first);
    std::vector<qint64> rowIds(std::size_t(count), 0);
    for (int i = 0; i < count; ++i)
        rowIds[std::size_t(i)] = m_index.at(m_view.at(first + i)).rowId;
    auto fetched = m_browser.rows(rowIds);
    if (!fetched) {
        qCWarning(lcModels) << "cannot read segments:" << fetched.error().describe();
        Q_EMIT const_cast<SegmentTableModel*>(this)->readFailed(fetched.error().describe());
        return nullptr;
    }
    // Align with the view: a segment deleted meanwhile leaves an empty row until the next reload.
    QList<SegmentRow> aligned(count);
    qsizetype next = 0;
    for (int i = 0; i < count; ++i) {
        if (next < fetched->size() && fetched->at(next).rowId == rowIds[std::size_t(i)])
            aligned[i] = std::move((*fetched)[next++]);
    }
    return m_cache.insert(page, std::move(aligned), row);
}

int SegmentTableModel::matchScore(const QString& origin)
{
    static const QRegularExpression score(QStringLiteral("(\\d{1,3})%$"));
    const auto match = score.match(origin);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

QString SegmentTableModel::stateName(SegmentState state)
{
    switch (state) {
    case SegmentState::New:
        return tr("New", "segment state");
    case SegmentState::Draft:
        return tr("Draft", "segment state");
    case SegmentState::Translated:
        return tr("Translated", "segment state");
    case SegmentState::Reviewed:
        return tr("Reviewed", "segment state");
    case SegmentState::Approved:
        return tr("Approved", "segment state");
    case SegmentState::Rejected:
        return tr("Rejected", "segment state");
    }
    return {};
}

int SegmentTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_view.size());
}

int SegmentTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SegmentTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == Qt::TextAlignmentRole) {
        const bool right = index.column() == NumberColumn || index.column() == MatchColumn;
        return QVariant::fromValue(Qt::Alignment(right ? Qt::AlignRight | Qt::AlignTop : Qt::AlignLeft | Qt::AlignTop));
    }
    if (role == NumberRole)
        return m_view.at(index.row()) + 1;
    const SegmentRow* row = rowAt(index.row());
    if (!row || row->rowId == 0)
        return {};
    const Segment& segment = row->segment;
    switch (role) {
    case Qt::DisplayRole:
        return displayData(*row, index.row(), index.column());
    case Qt::EditRole:
        return index.column() == TargetColumn ? segment.targets.join(s_formSeparator)
                                              : displayData(*row, index.row(), index.column());
    case Qt::ToolTipRole:
        return toolTip(*row, index.column());
    case SegmentIdRole:
        return segment.id;
    case StateRole:
        return int(segment.state);
    case LockedRole:
        return segment.flags.testFlag(domain::SegmentFlag::Locked);
    case PluralRole:
        return segment.isPlural();
    case RevRole:
        return segment.rev;
    case FormsRole:
        return segment.targets;
    case NoteRole:
        return segment.context.note;
    case OriginRole:
        return segment.origin;
    case MatchRole:
        return matchScore(segment.origin);
    case CommentCountRole:
        return row->comments;
    case QaIssueCountRole:
        return qaIssues(segment.id);
    case ObsoleteRole:
        return segment.flags.testFlag(domain::SegmentFlag::Obsolete);
    default:
        return {};
    }
}

QVariant SegmentTableModel::displayData(const SegmentRow& row, int viewRow, int column) const
{
    const Segment& segment = row.segment;
    switch (column) {
    case NumberColumn:
        return m_view.at(viewRow) + 1; // the place in document order
    case KeyColumn:
        return segment.key;
    case SourceColumn:
        return segment.isPlural() ? segment.source + s_formSeparator + segment.sourcePlural : segment.source;
    case TargetColumn:
        return segment.targets.join(s_formSeparator);
    case StateColumn:
        return stateName(segment.state);
    case MatchColumn: {
        const int score = matchScore(segment.origin);
        return score < 0 ? QVariant() : QVariant(tr("%1%").arg(score));
    }
    case FlagsColumn: {
        QStringList flags;
        // The view paints icons from the count roles; this text is for screen readers and copying.
        if (row.comments > 0)
            //: Flags column: the number of comments on a segment
            flags.append(tr("comments: %1").arg(row.comments));
        if (const int issues = qaIssues(segment.id); issues > 0)
            //: Flags column: the number of QA issues of a segment
            flags.append(tr("QA: %1").arg(issues));
        if (segment.flags.testFlag(domain::SegmentFlag::Locked))
            //: Flags column: the segment is locked
            flags.append(tr("locked"));
        return flags.join(QStringLiteral(", "));
    }
    default:
        return {};
    }
}

QString SegmentTableModel::toolTip(const SegmentRow& row, int column) const
{
    const Segment& segment = row.segment;
    if (column == TargetColumn && segment.flags.testFlag(domain::SegmentFlag::Locked))
        return tr("This segment is locked and cannot be edited.");
    if (column == StateColumn) {
        QString text = stateName(segment.state);
        if (!segment.updatedBy.isEmpty())
            text += QLatin1Char('\n') + tr("Last changed by %1").arg(segment.updatedBy);
        return text;
    }
    if (column == MatchColumn)
        return segment.origin.isEmpty() ? QString() : tr("Filled from %1").arg(segment.origin);
    if (column == FlagsColumn) {
        QStringList lines;
        if (row.comments > 0)
            lines.append(tr("%n comment(s)", nullptr, row.comments));
        if (const int issues = qaIssues(segment.id); issues > 0)
            lines.append(tr("%n QA issue(s)", nullptr, issues));
        if (segment.flags.testFlag(domain::SegmentFlag::Locked))
            lines.append(tr("Locked"));
        if (segment.flags.testFlag(domain::SegmentFlag::Obsolete))
            lines.append(tr("Obsolete: no longer in the file"));
        return lines.join(QLatin1Char('\n'));
    }
    QStringList lines;
    if (!segment.context.note.isEmpty())
        lines.append(segment.context.note);
    if (!segment.context.locations.isEmpty())
        lines.append(tr("Used in: %1").arg(segment.context.locations.join(QStringLiteral(", "))));
    if (segment.context.maxLength > 0)
        lines.append(tr("Maximum length: %1 characters").arg(segment.context.maxLength));
    if (segment.isPlural() && column == TargetColumn)
        lines.append(tr("Plural forms, one per line."));
    return lines.join(QLatin1Char('\n'));
}

QVariant SegmentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case NumberColumn:
        //: Column header: the segment's number in the document
        return tr("#");
    case KeyColumn:
        return tr("Key");
    case SourceColumn:
        return tr("Source");
    case TargetColumn:
        return tr("Target");
    case StateColumn:
        return tr("State");
    case MatchColumn:
        //: Column header: the TM match score the target was filled from
        return tr("Match");
    case FlagsColumn:
        //: Column header: comments, QA issues, locked
        return tr("Flags");
    default:
        return {};
    }
}

Qt::ItemFlags SegmentTableModel::flags(const QModelIndex& index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == TargetColumn) {
        const SegmentRow* row = rowAt(index.row());
        if (row && row->rowId != 0 && !row->segment.flags.testFlag(domain::SegmentFlag::Locked))
            result |= Qt::ItemIsEditable;
    }
    return result;
}

bool SegmentTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || index.column() != TargetColumn ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const int row = index.row();
    SegmentRow* cached = rowAt(row);
    if (!cached || cached->rowId == 0)
        return false;
    const Segment current = cached->segment;
    const QStringList forms = formsFromText(current, value.toString());
    if (forms == current.targets || (allEmpty(forms) && allEmpty(current.targets)))
        return true; // nothing changed: no revision, no outbox entry

    store::SegmentEdit edit;
    edit.segmentId = current.id;
    edit.targets = forms;
    edit.state = stateAfterEdit(current.state, forms);
    edit.baseRev = current.rev;
    edit.author = m_author;
    auto edited = m_repository.applyEdit(edit);
    if (!edited) {
        Q_EMIT editFailed(edited.error().describe(), isSerious(edited.error().code));
        return false;
    }
    if (!current.flags.testFlag(domain::SegmentFlag::Obsolete)) {
        --m_stateCounts[std::size_t(current.state)];
        ++m_stateCounts[std::size_t(edited->state)];
    }
    m_index.update(m_view.at(row), edited->state, edited->updatedAt);
    cached->segment = std::move(*edited); // the store wrote nothing else; the rest of the view stays
    Q_EMIT dataChanged(this->index(row, 0), this->index(row, ColumnCount - 1));
    return true;
}

void SegmentTableModel::sort(int column, Qt::SortOrder order)
{
    store::SegmentFilter filter = m_filter;
    switch (column) {
    case NumberColumn:
        filter.sort = store::SegmentFilter::Sort::Order;
        break;
    case KeyColumn:
        filter.sort = store::SegmentFilter::Sort::Key;
        break;
    case SourceColumn:
        filter.sort = store::SegmentFilter::Sort::Length;
        break;
    case StateColumn:
        filter.sort = store::SegmentFilter::Sort::State;
        break;
    default:
        return;
    }
    filter.descending = order == Qt::DescendingOrder;
    if (filter == m_filter)
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    // Persistent indexes (the current row, an open editor) follow their segment.
    const QModelIndexList persistent = persistentIndexList();
    QList<int> persistentPositions;
    persistentPositions.reserve(persistent.size());
    for (const QModelIndex& index : persistent)
        persistentPositions.append(index.row() < m_view.size() ? m_view.at(index.row()) : -1);
    const store::SegmentFilter previous = m_filter;
    m_filter = filter;
    auto sorted = select(m_index);
    if (!sorted) {
        m_filter = previous;
        qCWarning(lcModels) << "cannot sort segments:" << sorted.error().describe();
        Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
        return;
    }
    m_view = std::move(*sorted);
    m_cache.clear();
    QHash<int, int> rowOf;
    if (!persistent.isEmpty()) {
        rowOf.reserve(m_view.size());
        for (int row = 0; row < m_view.size(); ++row)
            rowOf.insert(m_view.at(row), row);
    }
    QModelIndexList moved;
    moved.reserve(persistent.size());
    for (qsizetype i = 0; i < persistent.size(); ++i) {
        const int row = rowOf.value(persistentPositions.at(i), -1);
        moved.append(row < 0 ? QModelIndex() : this->index(row, persistent.at(i).column()));
    }
    changePersistentIndexList(persistent, moved);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

} // namespace tessera::models
