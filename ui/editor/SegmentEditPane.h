// SegmentEditPane: the segment chosen in the grid, to translate: its source (read-only, singular and
// plural) beside one target field per plural form of the target language, labelled with the
// category and example numbers; a live length count against the maximum length; the source's
// placeables still missing from the focused form; the QA issues of what is typed, with one-click fixes.
// It only shows and collects text: saving, confirming and undo are EditController's.
#pragma once

#include <functional>
#include <memory>

#include <QList>
#include <QWidget>

#include "domain/Segment.h"

class QGridLayout;
class QLabel;
class QTimer;

namespace KSyntaxHighlighting {
class Repository;
}

namespace tessera::qa {
class QaChecker;
class SpellChecker;
struct Issue;
} // namespace tessera::qa

namespace tessera::ui::widgets {
class ElidedLabel;
class SegmentTextEdit;
} // namespace tessera::ui::widgets

namespace tessera::ui::editor {

class QaIssueList;

class SegmentEditPane final : public QWidget {
    Q_OBJECT

public:
    SegmentEditPane(const KSyntaxHighlighting::Repository& repository, QWidget* parent = nullptr);

    // The document's languages (labels, spelling) and its dictionary (null: no spelling).
    void setLanguages(const QString& sourceLanguage, const QString& targetLanguage,
                      std::shared_ptr<const qa::SpellChecker> spelling);
    // The document's live QA checker (null: no QA shown).
    void setQaChecker(std::shared_ptr<const qa::QaChecker> checker);
    // Where the pane asks for the checker before each live check (the settings may have changed);
    // none: the checker given by setQaChecker.
    void setQaCheckerSource(std::function<std::shared_ptr<const qa::QaChecker>()> source);
    // Shows a segment with `formCount` target fields; an empty segment clears the pane.
    void showSegment(const domain::Segment& segment, int number, int formCount);
    // The segment as the store now has it, after a save: the fields keep what is being typed.
    void segmentSaved(const domain::Segment& segment);
    const domain::Segment& segment() const { return m_segment; }

    // The target forms as the fields hold them (one per form).
    QStringList forms() const;
    // True while typed text has not been handed out through targetsEdited yet.
    bool hasPendingEdit() const { return m_pending; }
    // Hands out the pending edit at once (before navigating, confirming or undoing).
    void flush();
    // Forgets that an edit is pending (the caller saves the fields itself); true if one was.
    bool takePending();
    // "Saved" once the store has what the fields show, "Saving…" while typing waits for the pause.
    QLabel* saveIndicator() const { return m_saveState; }

    int formCount() const { return int(m_targets.size()); }
    widgets::SegmentTextEdit* targetField(int form) const { return m_targets.value(form); }
    widgets::SegmentTextEdit* sourceField(int form) const;
    QLabel* formLabel(int form) const { return m_formLabels.value(form); }
    int focusedForm() const { return m_focusedForm; }
    void focusTarget(int form = 0);

    // Inserts the first source placeable the focused form lacks at its cursor; false when none is missing.
    bool insertNextMissingPlaceable();
    QStringList missingPlaceables() const; // of the focused form, in source order

    void setShowWhitespace(bool show);
    // Puts back the text of the last save, dropping what was typed since (Escape).
    void revertPending();
    // The shortcut shown in the missing-placeables hint ("F8").
    void setInsertPlaceableShortcut(const QString& shortcut);

    QaIssueList* qaIssueList() const { return m_qa; }
    // Checks what the fields hold now (typing does it after a short pause).
    void updateQa();
    // Makes an issue's automatic fix in its form and saves at once.
    void applyFix(const qa::Issue& issue);
    // Says why Ctrl+Enter did not confirm: `reason` names the blocking checks.
    void showConfirmBlocked(const QString& reason);

Q_SIGNALS:
    // The user typed into a field and paused, or left it: `forms` is the whole target.
    void targetsEdited(const QString& segmentId, const QStringList& forms);
    // Escape in a field: typing not yet saved was dropped; the grid may take the focus back.
    void escaped();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void buildFields(int formCount);
    void onEdited(int form);
    void updateLength();
    void updateMissing();
    void updateHeader();
    void updateSaveState();
    QString formLabelText(int form, int count) const;

    const KSyntaxHighlighting::Repository& m_repository;
    domain::Segment m_segment;
    int m_number = 0;
    QString m_sourceLanguage;
    QString m_targetLanguage;
    std::shared_ptr<const qa::SpellChecker> m_spelling;
    std::shared_ptr<const qa::QaChecker> m_checker;
    std::function<std::shared_ptr<const qa::QaChecker>()> m_checkerSource;
    bool m_showWhitespace = false;
    bool m_pending = false;
    int m_focusedForm = 0;
    QString m_placeableShortcut;

    widgets::ElidedLabel* m_title = nullptr;
    QLabel* m_state = nullptr;
    QLabel* m_length = nullptr;
    QLabel* m_saveState = nullptr;
    QLabel* m_missing = nullptr;
    QWidget* m_sources = nullptr;
    QGridLayout* m_targetGrid = nullptr;
    QList<widgets::SegmentTextEdit*> m_sourceFields;
    QList<QLabel*> m_sourceLabels;
    QList<widgets::SegmentTextEdit*> m_targets;
    QList<QLabel*> m_formLabels;
    QTimer* m_saveTimer = nullptr;
    QaIssueList* m_qa = nullptr;
    QTimer* m_qaTimer = nullptr;
};

} // namespace tessera::ui::editor
