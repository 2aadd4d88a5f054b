#include "EditorPage.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <KSyntaxHighlighting/Repository>

#include "domain/SegmentState.h"
#include "models/DocumentListModel.h"
#include "models/SegmentTableModel.h"
#include "store/SegmentBrowser.h"
#include "store/Workspace.h"
#include "ui/editor/EditController.h"
#include "ui/editor/SegmentEditPane.h"
#include "ui/editor/SegmentFilterBar.h"
#include "ui/shell/UiLog.h"
#include "ui/widgets/PlaceableHighlighter.h"
#include "ui/widgets/SegmentFlagsDelegate.h"
#include "ui/widgets/SegmentStateDelegate.h"
#include "ui/widgets/TargetTextDelegate.h"
#include "ui/widgets/TextCellDelegate.h"

namespace tessera::ui::editor {

using models::DocumentListModel;
using models::SegmentTableModel;

namespace {
constexpr int s_statusTimeoutMs = 8000;
}

EditorPage::~EditorPage()
{
    m_pane->flush(); // what was typed last reaches the store before the page goes
    // The fields' highlighters use the syntax repository, a member that dies before the children would.
    delete m_splitter;
}

EditorPage::EditorPage(store::Workspace& workspace, const QString& author, QWidget* parent)
    : QWidget(parent)
    , m_documents(new DocumentListModel(workspace.documents(), this))
    , m_segments(new SegmentTableModel(workspace.segments(), workspace.segmentBrowser(), author, this))
    , m_syntax(widgets::PlaceableHighlighter::createRepository())
{
    createTable();
    m_pane = new SegmentEditPane(*m_syntax, this);
    m_pane->setObjectName(QStringLiteral("segmentEditPane"));
    m_controller = new EditController(workspace, author, m_segments, m_table, m_pane, this);
    addActions(m_controller->actions());
    connect(m_controller, &EditController::statusMessage, this, &EditorPage::statusMessage);
    // The grid navigates above; the pane below takes the rest of the height it leaves.
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("editorSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_pane);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({540, 360}); // proportions: the pane gets two fifths
    m_emptyHint = new QLabel(tr("Choose a project on the Dashboard, then double-click one of its documents."), this);
    m_emptyHint->setObjectName(QStringLiteral("editorHint"));
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setEnabled(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(createToolbar());
    m_filterBar = new SegmentFilterBar(this);
    m_filterBar->setObjectName(QStringLiteral("segmentFilterBar"));
    layout->addWidget(m_filterBar);
    layout->addWidget(m_emptyHint, 1);
    layout->addWidget(m_splitter, 1);

    connect(m_picker, &QComboBox::currentIndexChanged, this, &EditorPage::onDocumentPicked);
    connect(m_segments, &SegmentTableModel::editFailed, this, &EditorPage::onEditFailed);
    connect(m_segments, &SegmentTableModel::dataChanged, this, &EditorPage::updateSummary);
    connect(m_segments, &SegmentTableModel::modelReset, this, &EditorPage::updateSummary);
    connect(m_filterBar, &SegmentFilterBar::filterChanged, this, &EditorPage::applyFilter);
    // F5 reads the document again: what another program or a sync wrote shows, under the same filter.
    auto* reload = new QAction(tr("Reload Segments"), this);
    reload->setObjectName(QStringLiteral("reloadSegments"));
    reload->setShortcut(QKeySequence::Refresh);
    reload->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(reload);
    connect(reload, &QAction::triggered, this, &EditorPage::reloadSegments);
    connect(m_segments, &SegmentTableModel::readFailed, this, [this](const QString& message) {
        Q_EMIT statusMessage(tr("Cannot read the segments: %1").arg(message), s_statusTimeoutMs);
    });
    updateSummary();
    showTable(false);
}

void EditorPage::showTable(bool documentOpen)
{
    m_splitter->setVisible(documentOpen);
    m_filterBar->setVisible(documentOpen);
    m_emptyHint->setVisible(!documentOpen);
}

QWidget* EditorPage::createToolbar()
{
    auto* bar = new QWidget(this);
    m_picker = new QComboBox(bar);
    m_picker->setObjectName(QStringLiteral("documentPicker"));
    m_picker->setModel(m_documents);
    m_picker->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_picker->setMinimumContentsLength(24);

    auto* label = new QLabel(tr("&Document:"), bar);
    label->setBuddy(m_picker);
    m_summary = new QLabel(bar);
    m_summary->setObjectName(QStringLiteral("documentSummary"));

    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 4);
    layout->addWidget(label);
    layout->addWidget(m_picker);
    layout->addSpacing(16);
    layout->addWidget(m_summary);
    layout->addStretch(1);
    for (const char* name : {"showWhitespace", "propagateTranslations"}) {
        auto* button = new QToolButton(bar);
        button->setDefaultAction(m_controller->action(QString::fromLatin1(name)));
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setAutoRaise(true);
        layout->addWidget(button);
    }
    return bar;
}

void EditorPage::createTable()
{
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("segmentTable"));
    m_table->setModel(m_segments);
    m_table->setItemDelegate(new widgets::TextCellDelegate(m_table));
    m_table->setItemDelegateForColumn(SegmentTableModel::TargetColumn, new widgets::TargetTextDelegate(m_table));
    m_table->setItemDelegateForColumn(
        SegmentTableModel::StateColumn,
        new widgets::SegmentStateDelegate(SegmentTableModel::StateRole, SegmentTableModel::LockedRole, m_table));
    m_table->setItemDelegateForColumn(SegmentTableModel::FlagsColumn,
                                      new widgets::SegmentFlagsDelegate(SegmentTableModel::CommentCountRole,
                                                                        SegmentTableModel::QaIssueCountRole,
                                                                        SegmentTableModel::LockedRole, m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    // Translating happens in the pane: Enter, F2, a double-click or typing in the grid goes there.
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->setTextElideMode(Qt::ElideNone);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->verticalHeader()->hide();
    // Every row is two lines high: fitting rows to their text would read every segment of the
    // document, and the model only reads the rows on screen. The editing pane shows the whole text.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(2 * m_table->fontMetrics().lineSpacing() + 12);

    QHeaderView* header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(SegmentTableModel::NumberColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(SegmentTableModel::KeyColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(SegmentTableModel::SourceColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(SegmentTableModel::TargetColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(SegmentTableModel::StateColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(SegmentTableModel::MatchColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(SegmentTableModel::FlagsColumn, QHeaderView::Interactive);
    // Fitting a column to its contents would read every row too.
    header->setResizeContentsPrecision(0);
    header->resizeSection(SegmentTableModel::KeyColumn, 200);
    header->resizeSection(SegmentTableModel::StateColumn, 120);
    header->resizeSection(SegmentTableModel::MatchColumn, 64);
    header->resizeSection(SegmentTableModel::FlagsColumn, 90);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) { keepTargetColumnCurrent(current); });
    connect(m_table, &QTableView::doubleClicked, this, [this] { m_pane->focusTarget(0); });
}

void EditorPage::setProject(const QString& projectId)
{
    if (projectId == m_documents->projectId())
        return;
    const QString open = currentDocumentId();
    const QSignalBlocker blocker(m_picker);
    if (auto loaded = m_documents->setProjectId(projectId); !loaded) {
        qCWarning(lcUi) << "cannot list the documents:" << loaded.error().describe();
        Q_EMIT statusMessage(tr("Cannot read the documents: %1").arg(loaded.error().describe()), s_statusTimeoutMs);
    }
    const int row = m_documents->rowForId(open);
    m_picker->setCurrentIndex(row);
    if (row < 0)
        onDocumentPicked(-1);
}

bool EditorPage::openDocument(const QString& documentId)
{
    const int row = m_documents->rowForId(documentId);
    if (row < 0)
        return false;
    if (m_segments->documentId() == documentId)
        return true;
    if (row == m_picker->currentIndex())
        onDocumentPicked(row); // the picker already shows it, so it would not signal a change
    else
        m_picker->setCurrentIndex(row); // loads it through onDocumentPicked
    return true;
}

QString EditorPage::currentDocumentId() const
{
    return m_segments->documentId();
}

void EditorPage::onDocumentPicked(int row)
{
    const QString documentId =
        row >= 0 ? m_documents->index(row).data(DocumentListModel::IdRole).toString() : QString();
    if (auto loaded = m_segments->setDocumentId(documentId); !loaded) {
        qCWarning(lcUi) << "cannot read the segments:" << loaded.error().describe();
        Q_EMIT statusMessage(tr("Cannot read the segments: %1").arg(loaded.error().describe()), s_statusTimeoutMs);
    }
    m_controller->documentChanged(documentId);
    const bool open = !documentId.isEmpty();
    showTable(open);
    if (open && m_segments->rowCount() > 0)
        m_table->setCurrentIndex(m_segments->index(0, SegmentTableModel::TargetColumn));
    Q_EMIT documentOpened(documentId);
}

void EditorPage::keepTargetColumnCurrent(const QModelIndex& current)
{
    // Typing anywhere in a row translates it: the target is the only cell worth being current.
    if (current.isValid() && current.column() != SegmentTableModel::TargetColumn)
        m_table->selectionModel()->setCurrentIndex(current.siblingAtColumn(SegmentTableModel::TargetColumn),
                                                   QItemSelectionModel::NoUpdate);
}

void EditorPage::onEditFailed(const QString& message, bool serious)
{
    qCWarning(lcUi) << "edit not saved:" << message;
    Q_EMIT statusMessage(tr("Not saved: %1").arg(message), s_statusTimeoutMs);
    if (!serious)
        return;
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Translation not saved"),
                                tr("The workspace could not save your translation. It is unchanged; "
                                   "check that the disk is not full and try again.\n\nDetails: %1")
                                    .arg(message),
                                QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open(); // no nested event loop while the view is committing
}

void EditorPage::reloadSegments()
{
    const QString current = m_table->currentIndex().data(SegmentTableModel::SegmentIdRole).toString();
    if (auto loaded = m_segments->reload(); !loaded) {
        qCWarning(lcUi) << "cannot read the segments:" << loaded.error().describe();
        Q_EMIT statusMessage(tr("Cannot read the segments: %1").arg(loaded.error().describe()), s_statusTimeoutMs);
        return;
    }
    const int row = m_segments->rowForId(current);
    if (row >= 0)
        m_table->setCurrentIndex(m_segments->index(row, SegmentTableModel::TargetColumn));
}

void EditorPage::applyFilter()
{
    auto applied = m_segments->setFilter(m_filterBar->filter(), m_filterBar->onlyQaIssues());
    m_filterBar->setSearchError(applied ? QString() : applied.error().describe());
    if (!applied) {
        Q_EMIT statusMessage(tr("Cannot filter: %1").arg(applied.error().describe()), s_statusTimeoutMs);
        return;
    }
    if (m_segments->rowCount() > 0)
        m_table->setCurrentIndex(m_segments->index(0, SegmentTableModel::TargetColumn));
}

void EditorPage::updateSummary()
{
    if (m_segments->documentId().isEmpty()) {
        m_summary->clear();
        return;
    }
    int done = 0;
    int total = 0;
    const auto& counts = m_segments->stateCounts();
    for (std::size_t state = 0; state < counts.size(); ++state) {
        total += counts[state];
        done += domain::needsWork(domain::SegmentState(state)) ? 0 : counts[state];
    }
    QString text = tr("%1 of %n segment(s) translated", nullptr, total).arg(done);
    if (m_segments->rowCount() != m_segments->documentSegmentCount())
        text += QStringLiteral(" · ") + tr("%n shown", nullptr, m_segments->rowCount());
    m_summary->setText(text);
}

} // namespace tessera::ui::editor
