// GridMetrics: spacing the segment grid's delegates share, so that their cells line up.
#pragma once

namespace tessera::ui::widgets {

inline constexpr int s_cellMargin = 6;

} // namespace tessera::ui::widgets
