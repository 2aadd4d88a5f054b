#include "SegmentTableModel.h"

#include <algorithm>

#include "store/SegmentRepository.h"

namespace tessera::models {

using domain::Segment;
using domain::SegmentState;

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
        return false;
    default:
        return true;
    }
}

} // namespace

SegmentTableModel::SegmentTableModel(store::SegmentRepository& segments, QString author, QObject* parent)
    : QAbstractTableModel(parent)
    , m_repository(segments)
    , m_author(std::move(author))
{}

domain::Result<void> SegmentTableModel::setDocumentId(const QString& documentId)
{
    m_documentId = documentId;
    return reload();
}

domain::Result<void> SegmentTableModel::reload()
{
    domain::Result<QList<Segment>> segments = QList<Segment>();
    if (!m_documentId.isEmpty())
        segments = m_repository.listForDocument(m_documentId);
    beginResetModel();
    m_segments = segments ? std::move(*segments) : QList<Segment>();
    endResetModel();
    if (!segments)
        return std::unexpected(segments.error());
    return {};
}

int SegmentTableModel::rowForId(const QString& segmentId) const
{
    for (int row = 0; row < m_segments.size(); ++row) {
        if (m_segments.at(row).id == segmentId)
            return row;
    }
    return -1;
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
    return parent.isValid() ? 0 : int(m_segments.size());
}

int SegmentTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SegmentTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const Segment& segment = m_segments.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(segment, index.row(), index.column());
    case Qt::EditRole:
        return index.column() == TargetColumn ? segment.targets.join(s_formSeparator)
                                              : displayData(segment, index.row(), index.column());
    case Qt::ToolTipRole:
        return toolTip(segment, index.column());
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(index.column() == NumberColumn ? Qt::Alignment(Qt::AlignRight | Qt::AlignTop)
                                                                  : Qt::Alignment(Qt::AlignLeft | Qt::AlignTop));
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
    default:
        return {};
    }
}

QVariant SegmentTableModel::displayData(const Segment& segment, int row, int column) const
{
    switch (column) {
    case NumberColumn:
        return row + 1;
    case KeyColumn:
        return segment.key;
    case SourceColumn:
        return segment.isPlural() ? segment.source + s_formSeparator + segment.sourcePlural : segment.source;
    case TargetColumn:
        return segment.targets.join(s_formSeparator);
    case StateColumn:
        return stateName(segment.state);
    default:
        return {};
    }
}

QString SegmentTableModel::toolTip(const Segment& segment, int column) const
{
    if (column == TargetColumn && segment.flags.testFlag(domain::SegmentFlag::Locked))
        return tr("This segment is locked and cannot be edited.");
    if (column == StateColumn) {
        QString text = stateName(segment.state);
        if (!segment.updatedBy.isEmpty())
            text += QLatin1Char('\n') + tr("Last changed by %1").arg(segment.updatedBy);
        return text;
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
    default:
        return {};
    }
}

Qt::ItemFlags SegmentTableModel::flags(const QModelIndex& index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == TargetColumn && !m_segments.at(index.row()).flags.testFlag(domain::SegmentFlag::Locked))
        result |= Qt::ItemIsEditable;
    return result;
}

bool SegmentTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || index.column() != TargetColumn ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const int row = index.row();
    const Segment& current = m_segments.at(row);
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
    m_segments[row] = std::move(*edited);
    Q_EMIT dataChanged(this->index(row, 0), this->index(row, ColumnCount - 1));
    return true;
}

} // namespace tessera::models
