// SegmentState: the life cycle of a translation and the transitions the workflow allows.
#pragma once

#include <optional>

#include <QString>

namespace tessera::domain {

enum class SegmentState { New, Draft, Translated, Reviewed, Approved, Rejected };

QString stateName(SegmentState state);
std::optional<SegmentState> segmentStateFromString(const QString& text);

// Whether a segment may go from `from` to `to`; staying in the same state is always allowed.
bool canTransition(SegmentState from, SegmentState to);

// States a translator still has to act on.
bool needsWork(SegmentState state);

} // namespace tessera::domain
