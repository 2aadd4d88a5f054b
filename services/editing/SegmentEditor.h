// SegmentEditor: the editor's writes to one segment, each through SegmentRepository::applyEdit (segment,
// revision and outbox row in one transaction, the workflow's state rules): saving what is typed,
// confirming (into the project TM, optionally propagated to identical untranslated segments of the
// document), copying the source, and writing an earlier target and state back for undo.
#pragma once

#include <memory>

#include <QList>
#include <QString>
#include <QStringList>

#include "domain/Result.h"
#include "domain/Segment.h"
#include "qa/QaContext.h"
#include "qa/QaGate.h"

namespace tessera::store {
class Workspace;
}

namespace tessera::qa {
class LiveConsistency;
class QaChecker;
class SpellChecker;
} // namespace tessera::qa

namespace tessera::editing {

class ProjectMemory;

// What undo and redo write back: a segment's target forms, state and origin.
struct TargetState {
    QStringList targets;
    domain::SegmentState state = domain::SegmentState::New;
    QString origin;

    static TargetState of(const domain::Segment& segment) { return {segment.targets, segment.state, segment.origin}; }
    // Equal when the texts read the same: no forms and empty forms are both "no translation".
    bool sameAs(const TargetState& other) const;
};

// One segment written: as it was and as the store has it now.
struct SegmentChange {
    TargetState before;
    domain::Segment segment;

    TargetState after() const { return TargetState::of(segment); }
    bool changed() const { return !before.sameAs(after()); }
};

struct Confirmation {
    SegmentChange change;
    QList<SegmentChange> propagated; // identical untranslated segments filled with the same translation
    QString tmError;                 // empty when the unit went into the project TM
};

class SegmentEditor {
public:
    // The workspace and memory must outlive the editor; `author` is recorded on every edit.
    SegmentEditor(store::Workspace& workspace, ProjectMemory& memory, QString author);

    // Reads the document's project, languages and QA settings; the other calls work on its segments.
    domain::Result<void> setDocument(const QString& documentId);
    // The target language's dictionary for the spelling check (when the project has it on).
    void setSpelling(std::shared_ptr<const qa::SpellChecker> spelling);
    // The project's other confirmed translations in the document's language, for the consistency checks
    // (built off the GUI thread: LiveConsistency::buildInBackground); the editor keeps it current with
    // its own saves. Ignored (false) when it is not for this document's project and language.
    bool setConsistency(const QString& projectId, const QString& language,
                        std::shared_ptr<qa::LiveConsistency> consistency);
    // Reads the project's QA settings again and rebuilds the checker when they changed (another process
    // or another part of the app saved them): true when they did. One small read by primary key.
    bool refreshQaSettings();
    // The document's live checker (project settings, termbase, dictionary, consistency once set); null
    // without a document.
    std::shared_ptr<const qa::QaChecker> qaChecker() const { return m_checker; }
    QString projectId() const { return m_projectId; }
    // Whether the project's blocking checks let `targets` be confirmed (always without a document).
    qa::QaGate::Verdict confirmVerdict(const domain::Segment& current, const QStringList& targets) const;
    QString documentId() const { return m_documentId; }
    QString sourceLanguage() const { return m_sourceLanguage; }
    QString targetLanguage() const { return m_targetLanguage; }
    QString projectTmName() const { return m_tmName; }
    QString author() const { return m_author; }

    // The number of target fields a segment has: its forms, or for an untranslated plural segment the
    // count the target language's whole numbers select (Polish: 3), 1 without plurals.
    int formCount(const domain::Segment& segment) const;

    // Saves the target forms as they are typed (`current` is the segment as the caller last saw it:
    // a segment changed meanwhile is a Conflict). Same text: nothing written. Typing makes the segment
    // a Draft until it is confirmed again; emptying an unconfirmed one makes it New again. `origin` says
    // where the text came from when no person typed it ("tm:NAME 87%", "mt:PROVIDER"; empty: typed).
    domain::Result<SegmentChange> saveTargets(const domain::Segment& current, const QStringList& targets,
                                              const QString& origin = QString());
    // Saves the forms and makes the segment Translated (already Translated, Reviewed or Approved with
    // the same text: left as it is), adds source → target to the project TM, and with `propagate`
    // fills the document's untranslated segments with the same source, all in one transaction (the TM
    // after it: a TM failure is reported, the confirmation stands). Every form must have text, and no
    // check that blocks Confirm (QaGate) may report an issue: else QaBlocked naming the checks, and
    // nothing is written.
    domain::Result<Confirmation> confirm(const domain::Segment& current, const QStringList& targets, bool propagate);
    // The source into the target (the plural source into every form after the first), as a Draft.
    domain::Result<SegmentChange> copySource(const domain::Segment& current);
    // Writes `to` back if the segment still reads `expected` (else Conflict: someone changed it since).
    // When the workflow does not allow the step at once (Draft → Reviewed), it goes through the states it
    // allows (Draft → Translated → Reviewed), one revision each, in one transaction.
    domain::Result<domain::Segment> restore(const QString& segmentId, const TargetState& expected,
                                            const TargetState& to);

    static domain::SegmentState stateAfterTyping(domain::SegmentState current, const QStringList& targets);
    // The forms a segment's target source is copied as.
    static QStringList sourceForms(const domain::Segment& segment, int formCount);

private:
    domain::Result<domain::Segment> write(const domain::Segment& current, const QStringList& targets,
                                          domain::SegmentState state, const QString& origin);
    QString addToMemory(const domain::Segment& segment);
    QList<SegmentChange> propagate(const domain::Segment& confirmed);
    void rebuildChecker(const qa::QaContext& context);

    store::Workspace& m_workspace;
    ProjectMemory& m_memory;
    QString m_author;
    QString m_documentId;
    QString m_projectId;
    QString m_sourceLanguage;
    QString m_targetLanguage;
    QString m_tmName;
    std::shared_ptr<const qa::QaChecker> m_checker;
    std::shared_ptr<const qa::SpellChecker> m_spelling;
    std::shared_ptr<qa::LiveConsistency> m_consistency;
};

} // namespace tessera::editing
