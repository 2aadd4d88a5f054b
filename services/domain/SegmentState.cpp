#include "SegmentState.h"

#include <array>

namespace tessera::domain {

namespace {
constexpr std::array<const char*, 6> s_names{"new", "draft", "translated", "reviewed", "approved", "rejected"};
}

QString stateName(SegmentState state)
{
    return QString::fromLatin1(s_names[static_cast<std::size_t>(state)]);
}

std::optional<SegmentState> segmentStateFromString(const QString& text)
{
    const QString lower = text.trimmed().toLower();
    for (std::size_t i = 0; i < s_names.size(); ++i) {
        if (lower == QLatin1String(s_names[i]))
            return static_cast<SegmentState>(i);
    }
    return std::nullopt;
}

bool canTransition(SegmentState from, SegmentState to)
{
    using S = SegmentState;
    if (from == to)
        return true;
    switch (to) {
    case S::New: // only unconfirmed work may be cleared back to new
        return from == S::Draft;
    case S::Draft: // a translator may always (re)open or confirm work
    case S::Translated:
        return true;
    case S::Reviewed:
        return from == S::Translated;
    case S::Approved:
        return from == S::Reviewed;
    case S::Rejected:
        return from == S::Translated || from == S::Reviewed || from == S::Approved;
    }
    return false;
}

bool needsWork(SegmentState state)
{
    return state == SegmentState::New || state == SegmentState::Draft || state == SegmentState::Rejected;
}

} // namespace tessera::domain
