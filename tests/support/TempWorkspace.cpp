#include "TempWorkspace.h"

namespace tessera::testsupport {

TempWorkspace::TempWorkspace()
{
    reopen();
}

TempWorkspace::~TempWorkspace() = default;

void TempWorkspace::close()
{
    m_workspace.reset();
}

bool TempWorkspace::reopen()
{
    m_workspace.reset();
    auto opened = store::Workspace::open(m_dir.path(), store::Workspace::Access::ReadWrite, m_clock);
    if (!opened) {
        m_error = opened.error().describe();
        return false;
    }
    m_workspace = std::move(*opened);
    return true;
}

} // namespace tessera::testsupport
