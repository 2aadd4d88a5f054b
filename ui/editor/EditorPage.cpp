#include "EditorPage.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QResizeEvent>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <KSyntaxHighlighting/Repository>

#include "domain/SegmentState.h"
#include "editing/SegmentEditor.h"
#include "models/DocumentListModel.h"
#include "models/SegmentTableModel.h"
#include "mt/ApertiumProtocol.h"
#include "mt/CurlTransport.h"
#include "mt/KeychainKeyStore.h"
#include "mt/MtService.h"
#include "mt/ProtocolRegistry.h"
#include "mt/ProviderClient.h"
#include "mt/ProviderProtocol.h"
#include "mt/ProviderSettingsStore.h"
#include "mt/SegmentMtLookup.h"
#include "store/MtCacheRepository.h"
#include "store/ProjectRepository.h"
#include "store/SegmentBrowser.h"
#include "store/Workspace.h"
#include "suggest/SuggestionService.h"
#include "ui/editor/ContextPanel.h"
#include "ui/editor/EditController.h"
#include "ui/editor/EditorStatus.h"
#include "ui/editor/FindReplaceController.h"
#include "ui/editor/SegmentEditPane.h"
#include "ui/editor/SegmentFilterBar.h"
#include "ui/editor/SuggestionsPanel.h"
#include "ui/shell/UiLog.h"
#include "ui/widgets/PlaceableHighlighter.h"
#include "ui/widgets/SegmentFlagsDelegate.h"
#include "ui/widgets/SegmentStateDelegate.h"
#include "ui/widgets/SegmentTextEdit.h"
#include "ui/widgets/TextCellDelegate.h"

namespace tessera::ui::editor {

using models::DocumentListModel;
using models::SegmentTableModel;

EditorPage::~EditorPage()
{
    m_pane->flush(); // what was typed last reaches the store before the page goes
    // The fields' highlighters use the syntax repository, a member that dies before the children would.
    delete m_splitter;
}

EditorPage::EditorPage(store::Workspace& workspace, const QString& author, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
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
    m_find = new FindReplaceController(workspace, author, *this);
    addActions(m_find->actions());
    connect(m_find, &FindReplaceController::statusMessage, this, &EditorPage::statusMessage);
    // The grid navigates above; the pane below takes the rest of the height it leaves.
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("editorSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_pane);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({600, 300}); // proportions: the pane gets a third, the grid the rest
    m_table->viewport()->installEventFilter(this);
    m_emptyHint = new QLabel(tr("Choose a project on the Dashboard, then double-click one of its documents."), this);
    m_emptyHint->setObjectName(QStringLiteral("editorHint"));
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setEnabled(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    m_filterBar = new SegmentFilterBar(this);
    m_filterBar->setObjectName(QStringLiteral("segmentFilterBar"));
    layout->addWidget(createToolbar());
    layout->addWidget(m_filterBar);
    layout->addWidget(m_emptyHint, 1);
    // The grid and the pane on the left, the current segment's suggestions and context on the right.
    m_sideSplitter = new QSplitter(Qt::Horizontal, this);
    m_sideSplitter->setObjectName(QStringLiteral("sideSplitter"));
    m_sideSplitter->setChildrenCollapsible(false);
    m_sideSplitter->addWidget(m_splitter);
    m_sideSplitter->addWidget(createSidePanels(m_sideSplitter));
    // The grid gets what the window gains; the panels start at a width that fits a match and its diff.
    m_sideSplitter->setStretchFactor(0, 1);
    m_sideSplitter->setStretchFactor(1, 0);
    m_sideSplitter->setSizes({1000, 360});
    layout->addWidget(m_sideSplitter, 1);

    connect(m_picker, &QComboBox::currentIndexChanged, this, &EditorPage::onDocumentPicked);
    connect(m_segments, &SegmentTableModel::editFailed, this, &EditorPage::onEditFailed);
    connect(m_segments, &SegmentTableModel::dataChanged, this, &EditorPage::updateSummary);
    connect(m_segments, &SegmentTableModel::dataChanged, this, [this](const QModelIndex& from, const QModelIndex& to) {
        const int row = m_table->currentIndex().row();
        if (row >= from.row() && row <= to.row())
            showCurrentSegment(); // the history shows the edit
    });
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
    m_sideSplitter->setVisible(documentOpen);
    m_filterBar->setVisible(documentOpen);
    m_emptyHint->setVisible(!documentOpen);
}

QTabWidget* EditorPage::createSidePanels(QWidget* parent)
{
    m_suggestionService = new suggest::SuggestionService(m_workspace.path(), m_workspace.clock(), this);
    m_suggestionsPanel = new SuggestionsPanel(m_workspace.clock());
    m_suggestionsPanel->setObjectName(QStringLiteral("suggestionsPanel"));
    m_contextPanel = new ContextPanel(m_workspace, *m_syntax, m_segments->author());
    m_contextPanel->setObjectName(QStringLiteral("contextPanel"));

    m_sidePanels = new QTabWidget(parent);
    m_sidePanels->setObjectName(QStringLiteral("sidePanels"));
    m_sidePanels->setDocumentMode(true);
    m_sidePanels->addTab(m_suggestionsPanel, tr("&Suggestions"));
    m_sidePanels->addTab(m_contextPanel, tr("Conte&xt"));
    m_sidePanels->setMinimumWidth(280);

    // Ctrl+1…9 work wherever the focus is on this page (grid, its editor, the panels).
    addActions(m_suggestionsPanel->insertActions());
    connect(m_suggestionsPanel, &SuggestionsPanel::insertRequested, this, &EditorPage::insertSuggestion);
    connect(m_suggestionService, &suggest::SuggestionService::suggestionsReady, this, &EditorPage::onSuggestionsReady);
    connect(m_contextPanel, &ContextPanel::revisionRestored, this, &EditorPage::onRevisionRestored);
    // Confirmed units are indexed for the next segments' suggestions (queued before their requests).
    connect(m_controller, &EditController::unitsAddedToMemory, m_suggestionService,
            &suggest::SuggestionService::unitsAdded);
    setUpMachineTranslation();
    connect(m_contextPanel, &ContextPanel::commentsChanged, this, &EditorPage::rereadSegments);
    connect(m_contextPanel, &ContextPanel::failed, this,
            [this](const QString& message) { Q_EMIT statusMessage(message, s_statusTimeoutMs); });
    return m_sidePanels;
}

void EditorPage::showCurrentSegment()
{
    const QModelIndex current = m_table->currentIndex();
    const domain::Segment segment = current.isValid() ? m_segments->segmentAt(current.row()) : domain::Segment();
    if (segment.id.isEmpty()) {
        m_shownSegmentId.clear();
        m_suggestionService->cancel();
        if (m_mtLookup)
            m_mtLookup->cancel();
        m_suggestionsPanel->clear();
        m_contextPanel->clear();
        return;
    }
    // The same segment again (its row was read again after an edit): the context follows the edit,
    // the suggestions stay.
    if (segment.id != m_shownSegmentId) {
        m_shownSegmentId = segment.id;
        m_suggestionsPanel->showLookingUp();
        m_suggestionService->request(
            {segment.id, segment.source, m_project.sourceLanguage, m_targetLanguage, segment.key});
        m_suggestionsPanel->setMachineTranslations({});
        if (m_mtLookup)
            m_mtLookup->request(segment.id, segment.source, m_project.sourceLanguage, m_targetLanguage);
    }
    m_contextPanel->setSegment(segment, m_project.sourceDir);
}

void EditorPage::onSuggestionsReady(const suggest::Suggestions& suggestions)
{
    if (suggestions.segmentId == m_shownSegmentId) // the service delivers only the latest request
        m_suggestionsPanel->setSuggestions(suggestions);
}

void EditorPage::setUpMachineTranslation()
{
    // The provider chosen in Settings ▸ Machine Translation Providers, with its saved settings and
    // resilience; an API key it needs comes from the keychain (read asynchronously).
    const mt::ProviderSettingsStore store;
    const QString id = store.activeProvider();
    if (id.isEmpty())
        return;
    auto protocol = mt::ProtocolRegistry::create(id);
    if (!protocol) {
        qCWarning(lcUi) << "unknown machine-translation provider in the settings:" << id;
        return;
    }
    const QString fallback = id == QLatin1String("apertium") ? mt::ApertiumProtocol::defaultEndpoint() : QString();
    mt::ProviderSettings provider = store.loadForUse(id, fallback);
    const mt::ResilienceSettings resilience = store.loadResilience(id);
    if (!protocol->needsApiKey()) {
        startMachineTranslation(std::move(protocol), provider, resilience);
        return;
    }
    auto* keys = new mt::KeychainKeyStore(this);
    // The callback is copyable; the protocol waits in a shared holder.
    auto waiting = std::make_shared<std::unique_ptr<mt::ProviderProtocol>>(std::move(protocol));
    keys->readKey(id, this, [this, keys, waiting, provider, resilience](domain::Result<QString> key) mutable {
        keys->deleteLater();
        if (!key || key->isEmpty()) {
            qCWarning(lcUi) << "no API key for machine-translation provider" << provider.id
                            << (key ? QString() : key.error().message);
            return;
        }
        provider.apiKey = *key;
        startMachineTranslation(std::move(*waiting), provider, resilience);
    });
}

void EditorPage::startMachineTranslation(std::unique_ptr<mt::ProviderProtocol> protocol,
                                         const mt::ProviderSettings& provider, const mt::ResilienceSettings& resilience)
{
    const QString id = provider.id;
    m_mtTransport = std::make_unique<mt::CurlTransport>();
    m_mt = std::make_unique<mt::MtService>(*m_mtTransport, m_workspace.clock(), &m_workspace.mtCache());
    if (auto added = m_mt->addProvider(std::move(protocol), provider, resilience); !added || !m_mt->isConfigured(id)) {
        qCWarning(lcUi) << "machine-translation provider" << id << "is not configured";
        m_mt.reset();
        m_mtTransport.reset();
        return;
    }
    m_mtLookup = new mt::SegmentMtLookup(*m_mt, id, m_mt.get());
    connect(m_mtLookup, &mt::SegmentMtLookup::translated, this, &EditorPage::onMachineTranslated);
}

void EditorPage::onMachineTranslated(const QString& segmentId, const mt::MtResult& result)
{
    if (segmentId != m_shownSegmentId) // the lookup drops left segments; this is the panel's guard
        return;
    if (!result.ok()) {
        Q_EMIT statusMessage(tr("Machine translation failed: %1").arg(result.error), s_statusTimeoutMs);
        return;
    }
    const QString name = m_mt->provider(result.provider)->protocol().displayName();
    QString label = result.fromCache ? tr("%1 (cached)").arg(name) : name;
    if (result.flagged)
        label = result.missingPlaceables.isEmpty()
                    ? tr("%1 — check the placeables").arg(label)
                    : tr("%1 — lost placeables: %2").arg(label, result.missingPlaceables.join(QLatin1Char(' ')));
    // The origin names the provider by id, as MT pretranslation records it.
    m_suggestionsPanel->setMachineTranslations({{result.text, label, QStringLiteral("mt:") + result.provider}});
}

void EditorPage::onRevisionRestored(const domain::Segment& before, const domain::Segment& after)
{
    m_controller->pushWritten(after.documentId, {editing::SegmentChange{editing::TargetState::of(before), after}},
                              tr("Restore a version of #%1").arg(after.order));
    rereadSegments();
}

void EditorPage::insertSuggestion(const QString& text, const QString& origin)
{
    // Into the pane's target (the plural form being edited, else the first) as if typed, then saved at
    // once with where it came from; undoable like typing.
    if (m_pane->segment().id.isEmpty() || m_pane->formCount() == 0)
        return;
    widgets::SegmentTextEdit* field = m_pane->targetField(std::max(0, m_pane->focusedForm()));
    if (!field || field->isReadOnly())
        return;
    QTextCursor cursor = field->textCursor();
    cursor.select(QTextCursor::Document);
    cursor.insertText(text);
    field->setTextCursor(cursor);
    m_controller->saveWithOrigin(origin);
    field->setFocus();
    Q_EMIT statusMessage(tr("Suggestion inserted"), 3000);
}

bool EditorPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize) {
        const auto* resize = static_cast<QResizeEvent*>(event);
        if (resize->size().height() < resize->oldSize().height() && m_table->currentIndex().isValid())
            QTimer::singleShot(0, m_table, [table = m_table] { table->scrollTo(table->currentIndex()); });
    }
    return QWidget::eventFilter(watched, event);
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
    layout->addWidget(m_filterBar->sortControls());
    layout->addSpacing(8);
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
    header->resizeSection(SegmentTableModel::KeyColumn, 160);
    header->resizeSection(SegmentTableModel::StateColumn, 100);
    header->resizeSection(SegmentTableModel::MatchColumn, 64);
    header->resizeSection(SegmentTableModel::FlagsColumn, 76);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current, const QModelIndex& previous) {
                keepTargetColumnCurrent(current);
                if (current.row() != previous.row() || !previous.isValid())
                    showCurrentSegment();
            });
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

QString EditorPage::projectId() const
{
    return m_documents->projectId();
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
    m_targetLanguage = row >= 0 ? m_documents->index(row).data(DocumentListModel::LanguageRole).toString() : QString();
    m_project = {};
    if (open) {
        if (auto project = m_workspace.projects().find(m_documents->projectId()); project)
            m_project = *project;
        else
            qCWarning(lcUi) << "cannot read the project:" << project.error().describe();
    }
    m_shownSegmentId.clear();
    m_suggestionService->reload(); // TMs and glossary as they are now (tessera-cli may have imported)
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
    m_suggestionService->reload(); // TMs and glossary too: another program may have changed them
    rereadSegments();
}

void EditorPage::rereadSegments()
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
    showCurrentSegment(); // the row may be the same: what it shows was read again
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
