#include "ProjectMemory.h"

#include "EditingLog.h"
#include "tm/TmIndexFile.h"
#include "tm/TmLibrary.h"
#include "tm/TranslationMemory.h"

namespace tessera::editing {

ProjectMemory::ProjectMemory(store::TmRepository& repository, QString databasePath)
    : m_repository(&repository)
    , m_databasePath(std::move(databasePath))
{}

ProjectMemory::ProjectMemory(tm::TmLibrary& library)
    : m_library(&library)
{}

ProjectMemory::~ProjectMemory() = default;

domain::Result<tm::TranslationMemory*> ProjectMemory::memory(const QString& tmName)
{
    if (tmName.isEmpty())
        return domain::fail(domain::ErrorCode::InvalidInput, QStringLiteral("the project has no name to name its TM"));
    if (m_library)
        return m_library->create(tmName);
    if (m_opened && m_opened->name() == tmName)
        return m_opened.get();
    const QString indexFile = m_databasePath.isEmpty() ? QString() : tm::TmIndexFile::pathFor(m_databasePath, tmName);
    auto opened = tm::TranslationMemory::open(*m_repository, tmName, indexFile);
    if (!opened)
        return std::unexpected(opened.error());
    m_opened = std::move(*opened);
    qCInfo(lcEditing) << "opened the project TM" << tmName << "with" << m_opened->size() << "units";
    return m_opened.get();
}

domain::Result<void> ProjectMemory::add(const QString& tmName, domain::TmUnit unit)
{
    auto found = memory(tmName);
    if (!found)
        return std::unexpected(found.error());
    auto added = (*found)->add(std::move(unit));
    if (!added)
        return std::unexpected(added.error());
    return {};
}

} // namespace tessera::editing
