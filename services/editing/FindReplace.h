// FindReplace: find and replace across one document or every document of a project, for the editor,
// the CLI and the server alike: where a pattern occurs in sources and targets, a preview of every
// target a replacement would change (locked and approved segments, and replacements that would break
// a placeable, marked as refused with the reason), and applying the chosen changes, one transaction per
// document, each segment through SegmentRepository::applyEdit (revision and outbox row, workflow rules).
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include "SegmentEditor.h"
#include "TextMatcher.h"
#include "domain/Result.h"
#include "domain/Segment.h"
#include "domain/SegmentState.h"

namespace tessera::store {
class Workspace;
}

namespace tessera::editing {

enum class FindIn { Source, Target, Both };

// Where to look: one document, or (documentId empty) every document of the project.
struct FindScope {
    QString projectId;
    QString documentId;
    friend bool operator==(const FindScope&, const FindScope&) = default;
};

struct FindHit {
    QString documentId;
    QString segmentId;
    int order = 0;
    bool inTarget = false;
    int form = 0; // target: the plural form; source: 0 singular, 1 plural
    TextSpan span;
};

// One segment's target as a replacement would change it.
struct ReplacementCandidate {
    enum class Verdict {
        Replace,         // may be applied
        Locked,          // the segment is locked: skipped
        Approved,        // approved: skipped (a reviewer would have to approve it again)
        BreaksPlaceable, // the replacement would remove or alter a placeable: refused
    };

    QString documentId;
    QString documentName;
    QString segmentId;
    QString key;
    int order = 0;
    qint64 baseRev = 0; // the rev the preview read; a segment changed since is not overwritten
    domain::SegmentState state = domain::SegmentState::New;
    QStringList before;                   // target forms now
    QStringList after;                    // target forms with the replacement
    QList<QList<TextSpan>> beforeMatches; // per form: the matches in `before`
    QList<QList<TextSpan>> afterMatches;  // per form: the replacements in `after`
    Verdict verdict = Verdict::Replace;
    QString reason; // why it is refused (empty for Replace)

    bool applicable() const { return verdict == Verdict::Replace; }
};

struct ReplaceResult {
    struct Document {
        QString documentId;
        QList<SegmentChange> changes; // in document order
    };
    QList<Document> documents; // those with at least one change
    // Chosen changes not applied, with the reason (refused in the preview, or changed since it).
    QList<ReplacementCandidate> skipped;
    int replaced() const;
};

class FindReplace {
public:
    // The workspace must outlive this; `author` is recorded on every replacement.
    FindReplace(store::Workspace& workspace, QString author);

    // Every match in the scope, by document (name order) and segment order, source before target.
    domain::Result<QList<FindHit>> find(const FindScope& scope, FindIn in, const TextMatcher& matcher);
    // Every segment whose target the matcher's replacement changes, in the same order; refused ones
    // are listed with their verdict and reason.
    domain::Result<QList<ReplacementCandidate>> preview(const FindScope& scope, const TextMatcher& matcher);
    // Writes the applicable candidates' `after` (as typing would: the segment becomes a Draft), one
    // transaction per document; refused candidates, and segments changed since the preview, are
    // skipped and returned with the reason.
    domain::Result<ReplaceResult> apply(const QList<ReplacementCandidate>& chosen);

    // The first placeable of `before` that `after` lacks (each occurrence counts), or empty: what a
    // replacement may not remove or alter.
    static QString brokenPlaceable(const QString& before, const QString& after);

private:
    struct DocumentRef {
        QString id;
        QString name;
    };
    domain::Result<QList<DocumentRef>> documents(const FindScope& scope);
    // The document's segments, in order, that may hold a match of `matcher` in the texts `in` names.
    domain::Result<QList<domain::Segment>> segmentsMatching(const QString& documentId, const TextMatcher& matcher,
                                                            FindIn in);

    store::Workspace& m_workspace;
    QString m_author;
};

} // namespace tessera::editing
