// DocumentQa: quality checks the way the editor runs them on one document: the live checker (the
// segment-scope checks with the project's settings and termbase), a segment's issues as it is
// typed, and every segment's issue count, read off the GUI thread through a connection of its own.
#pragma once

#include <memory>

#include <QFuture>
#include <QHash>
#include <QList>
#include <QString>

#include "Issue.h"
#include "domain/Result.h"
#include "domain/Segment.h"

namespace tessera::domain {
struct Project;
}

namespace tessera::store {
class Workspace;
}

namespace tessera::qa {

class QaChecker;
class SpellChecker;

class DocumentQa {
public:
    // Issue counts of one document's segments (segments without issues are absent).
    struct Counts {
        QString documentId;
        QHash<QString, int> bySegment;
        int segmentsChecked = 0;
        QString error; // empty when the document was read
    };

    // The checker for one target language of a project: the project's settings (or the defaults), the
    // workspace's termbase both ways, and `spelling` when the project has the spelling check on. No
    // consistency index: the project-scope checks stay silent, so check() costs microseconds.
    static domain::Result<std::shared_ptr<const QaChecker>> checker(store::Workspace& workspace,
                                                                    const domain::Project& project,
                                                                    const QString& language,
                                                                    std::shared_ptr<const SpellChecker> spelling = {});
    // The same checker with another dictionary (null: none).
    static std::shared_ptr<const QaChecker> withSpelling(const QaChecker& checker,
                                                         std::shared_ptr<const SpellChecker> spelling);

    // What the editor shows for a segment (its targets as typed): nothing for an obsolete one or an
    // untranslated New/Draft one (as batch QA skips them), else the checker's issues.
    static QList<Issue> check(const QaChecker& checker, const domain::Segment& segment);

    // check() over every segment of a document, with the workspace given (this thread's connection).
    static Counts countIssues(store::Workspace& workspace, const QString& documentId,
                              std::shared_ptr<const SpellChecker> spelling = {});
    // The same on a pool thread, which opens the workspace at `workspacePath` read-only for itself
    // (an SQLite connection is never shared across threads). It holds nothing of the caller's but the
    // dictionary, so the caller may go away before it ends.
    static QFuture<Counts> countIssuesInBackground(const QString& workspacePath, const QString& documentId,
                                                   std::shared_ptr<const SpellChecker> spelling = {});
};

} // namespace tessera::qa
