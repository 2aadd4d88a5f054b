// QaIssueList: the quality-check issues of the segment being typed, under its translation: one row per
// issue with the severity's icon and colour, the message, the check id in the tooltip, a note when the
// check blocks confirming, and a Fix button where the check's fix is safe; above them, why the last
// Ctrl+Enter was refused.
#pragma once

#include <QList>
#include <QStringList>
#include <QWidget>

#include "qa/Issue.h"

class QLabel;
class QVBoxLayout;

namespace tessera::ui::editor {

class QaIssueList final : public QWidget {
    Q_OBJECT

public:
    explicit QaIssueList(QWidget* parent = nullptr);

    // Shows `issues` (of a segment with `formCount` target fields); `blockConfirm` names the checks
    // whose issues keep it from being confirmed. Rows are only rebuilt when the issues differ.
    void setIssues(const QList<qa::Issue>& issues, const QStringList& blockConfirm, int formCount);
    const QList<qa::Issue>& issues() const { return m_issues; }
    // "Not confirmed: …" above the issues until the next setIssues() with other issues, or clearBlocked().
    void setBlocked(const QString& text);
    void clearBlocked();
    QString blockedText() const;
    // The rows' messages as shown, for tests and accessibility.
    QStringList messages() const;

Q_SIGNALS:
    // The Fix button of issues()[index] was clicked.
    void fixRequested(int index);

private:
    QWidget* createRow(int index, const qa::Issue& issue, bool blocks, int formCount);

    QList<qa::Issue> m_issues;
    QStringList m_blockConfirm;
    QLabel* m_blocked = nullptr;
    QVBoxLayout* m_rows = nullptr;
    QList<QWidget*> m_rowWidgets;
};

} // namespace tessera::ui::editor
