// FindReplaceDialog: the find (Ctrl+F) and replace (Ctrl+H) window of the editor: the text and the
// replacement, where to look (this document or the whole project; source, translation or both), match
// case, whole words, regular expression; Find Next/Previous; and the preview of a Replace All, one
// checkable row per segment showing its translation before and after with the matches marked, refused
// segments unticked with the reason. It only collects and shows: FindReplaceController does the work.
#pragma once

#include <QDialog>
#include <QList>

#include "editing/FindReplace.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace tessera::ui::editor {

struct FindRequest {
    editing::FindPattern pattern;
    QString replacement;
    editing::FindIn in = editing::FindIn::Both;
    bool wholeProject = false;
};

class FindReplaceDialog final : public QDialog {
    Q_OBJECT

public:
    explicit FindReplaceDialog(QWidget* parent = nullptr);

    // Shows the window for finding only, or with the replacement and its preview.
    void showFor(bool replace, const QString& initialText);
    bool replaceMode() const { return m_replaceMode; }
    FindRequest request() const;

    // The preview of a Replace All; every applicable row starts ticked.
    void setPreview(const QList<editing::ReplacementCandidate>& candidates);
    void clearPreview();
    // The rows still ticked, in preview order.
    QList<editing::ReplacementCandidate> chosen() const;
    const QList<editing::ReplacementCandidate>& preview() const { return m_candidates; }
    // Ticks or unticks preview row `row` (as the user would with the mouse or space).
    void setChosen(int row, bool chosen);
    void showMessage(const QString& message, bool problem = false);
    // Whether the last Replace All can still be undone (Undo Replace, in every document it changed).
    void setUndoAvailable(bool available);
    QString message() const;

    QLineEdit* findField() const { return m_find; }
    QLineEdit* replaceField() const { return m_replace; }
    QComboBox* scopeBox() const { return m_scope; }
    QComboBox* fieldBox() const { return m_field; }
    QCheckBox* caseBox() const { return m_case; }
    QCheckBox* wholeWordBox() const { return m_wholeWord; }
    QCheckBox* regexBox() const { return m_regex; }
    QTreeWidget* previewList() const { return m_list; }

    // Highlighted HTML of `text` with `spans` marked (the preview's cells).
    static QString markedHtml(const QString& text, const QList<editing::TextSpan>& spans, const QString& colour);

Q_SIGNALS:
    void findRequested(bool forward);
    void previewRequested();
    void replaceAllRequested();
    void undoReplaceRequested();
    // The text or an option changed: an earlier preview no longer applies.
    void requestChanged();

private:
    void setReplaceMode(bool replace);
    void updateButtons();

    bool m_replaceMode = false;
    QLineEdit* m_find = nullptr;
    QLineEdit* m_replace = nullptr;
    QLabel* m_replaceLabel = nullptr;
    QComboBox* m_scope = nullptr;
    QComboBox* m_field = nullptr;
    QCheckBox* m_case = nullptr;
    QCheckBox* m_wholeWord = nullptr;
    QCheckBox* m_regex = nullptr;
    QPushButton* m_previous = nullptr;
    QPushButton* m_next = nullptr;
    QPushButton* m_previewButton = nullptr;
    QPushButton* m_applyButton = nullptr;
    QPushButton* m_undoButton = nullptr;
    QTreeWidget* m_list = nullptr;
    QLabel* m_message = nullptr;
    QList<editing::ReplacementCandidate> m_candidates;
};

} // namespace tessera::ui::editor
