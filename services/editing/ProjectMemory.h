// ProjectMemory: the translation memory a project's confirmed translations go to. It is the TM named
// like the project (TmLibrary::create makes it on first use); `tessera-cli tm import --tm "NAME"`
// fills the same TM. Opened on first add, alone, so the editor does not index every TM of the
// workspace to save one unit; given a TmLibrary, it adds through that library's TM instead, so the
// library's lookups see the new unit at once.
#pragma once

#include <memory>

#include <QString>

#include "domain/Result.h"
#include "domain/TmUnit.h"

namespace tessera::store {
class TmRepository;
}

namespace tessera::tm {
class TmLibrary;
class TranslationMemory;
} // namespace tessera::tm

namespace tessera::editing {

class ProjectMemory {
public:
    // Opens the project's TM from the store when first needed; its index file sits beside the
    // workspace database at `databasePath` (empty: no index file).
    ProjectMemory(store::TmRepository& repository, QString databasePath);
    // Adds through the library's TM of that name (created there when missing).
    explicit ProjectMemory(tm::TmLibrary& library);
    ~ProjectMemory();
    ProjectMemory(const ProjectMemory&) = delete;
    ProjectMemory& operator=(const ProjectMemory&) = delete;

    // The TM a project's translations go to.
    static QString nameFor(const QString& projectName) { return projectName.trimmed(); }

    // Adds a unit to TM `tmName` (its tmName is set there); the same source and target again only
    // counts one more use.
    domain::Result<void> add(const QString& tmName, domain::TmUnit unit);

private:
    domain::Result<tm::TranslationMemory*> memory(const QString& tmName);

    store::TmRepository* m_repository = nullptr;
    QString m_databasePath;
    tm::TmLibrary* m_library = nullptr;
    std::unique_ptr<tm::TranslationMemory> m_opened; // the one TM opened alone
};

} // namespace tessera::editing
