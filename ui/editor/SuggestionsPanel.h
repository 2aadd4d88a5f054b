// SuggestionsPanel: the current segment's TM matches (numbered 1–9, score, source diff, TM, age),
// its glossary hits, and a slot for machine translations; Ctrl+1…9 asks to insert suggestion N.
#pragma once

#include <QList>
#include <QString>
#include <QWidget>

#include "suggest/Suggestions.h"

class QAction;
class QLabel;
class QVBoxLayout;

namespace tessera::domain {
class Clock;
}

namespace tessera::ui::editor {

class SuggestionsPanel final : public QWidget {
    Q_OBJECT

public:
    // What the MT issue will fill in: a translation and who made it.
    struct MachineTranslation {
        QString text;
        QString provider; // what the panel shows: "Apertium", "Apertium (cached)", …
        QString origin;   // what Segment::origin records when it is inserted: "mt:apertium"
    };

    static constexpr int maxNumbered = 9;

    // The clock gives "now" for the matches' ages; it must outlive the panel.
    explicit SuggestionsPanel(const domain::Clock& clock, QWidget* parent = nullptr);

    // A lookup for this segment is under way: the old suggestions go.
    void showLookingUp();
    void setSuggestions(const suggest::Suggestions& suggestions);
    void setMachineTranslations(const QList<MachineTranslation>& translations);
    // No segment: everything goes, "Looking up" included.
    void clear();

    // The text suggestion `number` (1-based: TM matches first, then machine translations) inserts;
    // empty when there is none.
    QString suggestionText(int number) const;
    // Where suggestion `number` comes from, as Segment::origin records it: "tm:NAME 87%", "mt:PROVIDER".
    QString suggestionOrigin(int number) const;
    int suggestionCount() const { return int(m_numbered.size()); }
    // Ctrl+1…9 ("insertSuggestion1"…): add them to the widget whose focus they should work in.
    const QList<QAction*>& insertActions() const { return m_actions; }

Q_SIGNALS:
    void insertRequested(const QString& text, const QString& origin);

protected:
    void changeEvent(QEvent* event) override;

private:
    QLabel* addHeading(QVBoxLayout* layout, const QString& text, const char* objectName);
    void rebuild();
    void rebuildMatches();
    void rebuildTerms();
    void rebuildMachineTranslations();
    QWidget* matchRow(int number, const tm::TmMatch& match);
    QWidget* numberButton(int number, QWidget* parent);
    void requestInsert(int number);

    const domain::Clock& m_clock;
    suggest::Suggestions m_suggestions;
    QList<MachineTranslation> m_machine;
    QStringList m_numbered; // the texts Ctrl+1…9 insert
    QStringList m_origins;  // where each came from
    bool m_lookingUp = false;
    QList<QAction*> m_actions;
    QLabel* m_status = nullptr;
    QWidget* m_matches = nullptr;
    QLabel* m_termSource = nullptr;
    QWidget* m_terms = nullptr;
    QWidget* m_machineList = nullptr;
};

} // namespace tessera::ui::editor
