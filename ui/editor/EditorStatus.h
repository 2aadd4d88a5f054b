// EditorStatus: how long the editor's messages stay in the status bar.
#pragma once

namespace tessera::ui::editor {

inline constexpr int s_statusTimeoutMs = 8000;

} // namespace tessera::ui::editor
