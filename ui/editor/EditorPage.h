// EditorPage: one document's segments in a virtual table (the navigator) with a filter bar above it,
// the editing pane below it and the current segment's suggestions and context on the right; a picker
// switches between the documents of the current project.
#pragma once

#include <memory>

#include <QWidget>

#include "domain/Project.h"
#include "domain/Segment.h"

class QComboBox;
class QLabel;
class QSplitter;
class QTabWidget;
class QTableView;

namespace KSyntaxHighlighting {
class Repository;
}

namespace tessera::store {
class Workspace;
}

namespace tessera::mt {
class HttpTransport;
class MtService;
class ProviderProtocol;
class SegmentMtLookup;
struct MtResult;
struct ProviderSettings;
struct ResilienceSettings;
} // namespace tessera::mt

namespace tessera::suggest {
class SuggestionService;
struct Suggestions;
} // namespace tessera::suggest

namespace tessera::models {
class DocumentListModel;
class SegmentTableModel;
} // namespace tessera::models

namespace tessera::ui::editor {

class ContextPanel;
class EditController;
class FindReplaceController;
class SegmentEditPane;
class SegmentFilterBar;
class SuggestionsPanel;

class EditorPage final : public QWidget {
    Q_OBJECT

public:
    // The workspace must outlive the page; `author` is recorded on every edit.
    EditorPage(store::Workspace& workspace, const QString& author, QWidget* parent = nullptr);
    ~EditorPage() override;

    // Offers the documents of this project in the picker; keeps the open document if it belongs to it.
    void setProject(const QString& projectId);
    // Opens a document of the current project; false if the picker does not have it.
    bool openDocument(const QString& documentId);
    QString currentDocumentId() const;
    QString projectId() const;
    QString targetLanguage() const { return m_targetLanguage; } // of the open document; empty: none
    // Reads the open document again (F5), keeping the filter and the current segment, and the
    // suggestions' TMs and glossary.
    void reloadSegments();
    QTableView* table() const { return m_table; }
    models::SegmentTableModel* segments() const { return m_segments; }
    SegmentFilterBar* filterBar() const { return m_filterBar; }
    SegmentEditPane* editPane() const { return m_pane; }
    EditController* editController() const { return m_controller; }
    FindReplaceController* findReplace() const { return m_find; }
    SuggestionsPanel* suggestionsPanel() const { return m_suggestionsPanel; }
    ContextPanel* contextPanel() const { return m_contextPanel; }
    suggest::SuggestionService* suggestionService() const { return m_suggestionService; }

Q_SIGNALS:
    void statusMessage(const QString& message, int timeoutMs);
    void documentOpened(const QString& documentId);

protected:
    // Keeps the current segment's row in sight when the grid gets shorter (the Jobs panel docked, the
    // window or the splitter resized).
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* createToolbar();
    void createTable();
    void onDocumentPicked(int row);
    void onEditFailed(const QString& message, bool serious);
    void applyFilter();
    void keepTargetColumnCurrent(const QModelIndex& current);
    void updateSummary();
    void showTable(bool documentOpen); // or the hint on how to open one
    void rereadSegments();             // the document's rows only (after a restore or a comment)
    QTabWidget* createSidePanels(QWidget* parent);
    // The current row changed: suggestions are asked for, the context is shown.
    void showCurrentSegment();
    void onSuggestionsReady(const suggest::Suggestions& suggestions);
    // Machine translation for the current segment when a provider is configured (settings
    // mt/provider and mt/<id>/endpoint); nothing otherwise.
    void setUpMachineTranslation();
    void startMachineTranslation(std::unique_ptr<mt::ProviderProtocol> protocol, const mt::ProviderSettings& provider,
                                 const mt::ResilienceSettings& resilience);
    void onMachineTranslated(const QString& segmentId, const mt::MtResult& result);
    // The one place a chosen suggestion enters the target (Ctrl+1…9): into the pane's target field
    // as if typed (saved at once with its origin, undoable like typing).
    void insertSuggestion(const QString& text, const QString& origin);
    // A version from the history was written back: one undoable step.
    void onRevisionRestored(const domain::Segment& before, const domain::Segment& after);

    store::Workspace& m_workspace;
    models::DocumentListModel* m_documents;
    models::SegmentTableModel* m_segments;
    QComboBox* m_picker = nullptr;
    QLabel* m_summary = nullptr;
    SegmentFilterBar* m_filterBar = nullptr;
    QLabel* m_emptyHint = nullptr;
    QTableView* m_table = nullptr;
    std::unique_ptr<KSyntaxHighlighting::Repository> m_syntax;
    QSplitter* m_splitter = nullptr;
    SegmentEditPane* m_pane = nullptr;
    EditController* m_controller = nullptr;
    FindReplaceController* m_find = nullptr;
    QSplitter* m_sideSplitter = nullptr; // the grid and pane on the left, the side panels on the right
    suggest::SuggestionService* m_suggestionService = nullptr;
    std::unique_ptr<mt::HttpTransport> m_mtTransport; // declared before the service: outlives it
    std::unique_ptr<mt::MtService> m_mt;
    mt::SegmentMtLookup* m_mtLookup = nullptr; // child of m_mt's owner page, uses m_mt
    SuggestionsPanel* m_suggestionsPanel = nullptr;
    ContextPanel* m_contextPanel = nullptr;
    QTabWidget* m_sidePanels = nullptr;
    domain::Project m_project; // of the open document
    QString m_targetLanguage;  // of the open document
    QString m_shownSegmentId;  // what the side panels show
};

} // namespace tessera::ui::editor
