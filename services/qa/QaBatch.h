// QaBatch: checks a list of segments of one language (a file, a document, a project's language) as a
// whole: the consistency index is built from all of them first, then every translated segment is
// checked.
#pragma once

#include <QList>
#include <QString>

#include "QaContext.h"
#include "QaReport.h"
#include "domain/Segment.h"

namespace tessera::qa {

class QaBatch {
public:
    struct Item {
        domain::Segment segment;
        QString document; // name, for the report
    };

    // `context.consistency` is set by run() to the index it builds (any given is ignored).
    explicit QaBatch(QaContext context);

    // Appends to `report`: findings of every segment that has a translation or a state past Draft
    // (untranslated New/Draft segments are counted as skipped, not reported empty); obsolete ones
    // are left out.
    void run(const QList<Item>& items, QaReport& report) const;

    // Whether the batch checks a segment at all.
    static bool isChecked(const domain::Segment& segment);

private:
    QaContext m_context;
};

} // namespace tessera::qa
