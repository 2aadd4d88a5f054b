// SegmentFilterBar: the row of controls above the segment grid: state, search text (regex, case),
// with comments, with QA issues, changed since, and sort order; it says what the user asked for.
#pragma once

#include <QWidget>

#include "store/SegmentFilter.h"

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QTimer;
class QToolButton;

namespace tessera::ui::editor {

class SegmentFilterBar final : public QWidget {
    Q_OBJECT

public:
    explicit SegmentFilterBar(QWidget* parent = nullptr);

    // The filter the controls describe now.
    store::SegmentFilter filter() const;
    bool onlyQaIssues() const;
    // Marks the search field as wrong (an invalid regular expression), or clears the mark.
    void setSearchError(const QString& message);

    QLineEdit* searchField() const { return m_search; }
    // The sort order's label, box and descending toggle, for the page to place.
    QWidget* sortControls() const { return m_sortControls; }

Q_SIGNALS:
    // After any control changed (typing is debounced briefly).
    void filterChanged();

private:
    void createControls();

    QComboBox* m_state = nullptr;
    QLineEdit* m_search = nullptr;
    QToolButton* m_regex = nullptr;
    QToolButton* m_caseSensitive = nullptr;
    QCheckBox* m_comments = nullptr;
    QCheckBox* m_qaIssues = nullptr;
    QCheckBox* m_changed = nullptr;
    QDateTimeEdit* m_since = nullptr;
    QComboBox* m_sort = nullptr;
    QToolButton* m_descending = nullptr;
    QWidget* m_sortControls = nullptr;
    QTimer* m_typing = nullptr;
};

} // namespace tessera::ui::editor
