// EditGate: whether an edit made outside the editor (CLI, server, sync) may give a segment its new
// state under the project's blocking checks; the editor asks QaGate itself as the user types.
#pragma once

#include <QStringList>

#include "domain/Result.h"
#include "domain/Segment.h"

namespace tessera::store {
class Workspace;
}

namespace tessera::qa {

class EditGate {
public:
    // Ok unless the segment would end Translated or Reviewed (the Confirm gate) or Approved (the
    // Approve gate) with `targets`, and a check the project makes blocking for that gate reports an
    // issue: then a QaBlocked error naming the segment and every blocking issue. Spelling is checked
    // only when it blocks (loading dictionaries costs more than the other checks together).
    static domain::Result<void> check(store::Workspace& workspace, const domain::Segment& current,
                                      const QStringList& targets, domain::SegmentState state);
};

} // namespace tessera::qa
