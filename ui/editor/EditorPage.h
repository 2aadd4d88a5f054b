// EditorPage: one document's segments in a virtual table (the navigator) with a filter bar above it and
// the editing pane below it; a picker switches between the documents of the current project.
#pragma once

#include <memory>

#include <QWidget>

class QComboBox;
class QLabel;
class QSplitter;
class QTableView;

namespace KSyntaxHighlighting {
class Repository;
}

namespace tessera::store {
class Workspace;
}

namespace tessera::models {
class DocumentListModel;
class SegmentTableModel;
} // namespace tessera::models

namespace tessera::ui::editor {

class EditController;
class SegmentEditPane;
class SegmentFilterBar;

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
    // Reads the open document again (F5), keeping the filter and the current segment.
    void reloadSegments();
    QTableView* table() const { return m_table; }
    models::SegmentTableModel* segments() const { return m_segments; }
    SegmentFilterBar* filterBar() const { return m_filterBar; }
    SegmentEditPane* editPane() const { return m_pane; }
    EditController* editController() const { return m_controller; }

Q_SIGNALS:
    void statusMessage(const QString& message, int timeoutMs);
    void documentOpened(const QString& documentId);

private:
    QWidget* createToolbar();
    void createTable();
    void onDocumentPicked(int row);
    void onEditFailed(const QString& message, bool serious);
    void applyFilter();
    void keepTargetColumnCurrent(const QModelIndex& current);
    void updateSummary();
    void showTable(bool documentOpen); // or the hint on how to open one

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
};

} // namespace tessera::ui::editor
