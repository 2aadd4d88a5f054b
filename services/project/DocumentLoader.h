// DocumentLoader: writes one document's segments as an import streams them in, so that a big file
// never sits in memory whole: all added for a new document; for a re-import, matched by key against
// what the store holds (see DocumentImporter for the rules).
#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>

#include "ImportSummary.h"
#include "domain/Result.h"
#include "domain/Segment.h"
#include "store/SegmentRepository.h"

namespace tessera::store {
class Workspace;
}

namespace tessera::project {

class DocumentLoader {
public:
    // Fills `summary` (whose id names the document) as it goes.
    DocumentLoader(store::Workspace& workspace, ImportedDocument& summary);

    // `reimport`: the document has segments already, to be matched by key.
    domain::Result<void> start(bool reimport);
    // The file's targets and translator comments are in `fileLanguage`, not this document's: they are
    // left out (and counted in the summary).
    void leaveOutTargetsOf(const QString& fileLanguage)
    {
        m_takeTargets = false;
        m_summary.fileLanguage = fileLanguage;
    }
    // The file's next segment, its order set (from 1).
    domain::Result<void> add(const domain::Segment& incoming);
    // After the last segment: what the file no longer has is kept, marked obsolete, after the rest.
    domain::Result<void> finish();

private:
    domain::Result<void> flush();
    domain::Result<void> write(domain::Segment& segment, int storedOrder, bool changed);

    store::Workspace& m_workspace;
    ImportedDocument& m_summary;
    bool m_reimport = false;
    bool m_takeTargets = true;
    QDateTime m_now;
    QList<store::SegmentKey> m_stored;
    QHash<QString, qsizetype> m_storedByKey;
    QList<bool> m_seen;
    QList<domain::Segment> m_batch; // new segments not yet inserted
};

} // namespace tessera::project
