#include "StoreBench.h"

#include <QFileInfo>

#include "domain/Document.h"
#include "domain/Project.h"
#include "store/DocumentRepository.h"
#include "store/ProjectRepository.h"
#include "store/Workspace.h"

namespace tessera::bench {

BenchWorkspace::BenchWorkspace() = default;
BenchWorkspace::BenchWorkspace(BenchWorkspace&&) noexcept = default;
BenchWorkspace& BenchWorkspace::operator=(BenchWorkspace&&) noexcept = default;
BenchWorkspace::~BenchWorkspace() = default;

domain::Result<BenchWorkspace> createBenchWorkspace(const QString& folder, const domain::Clock& clock)
{
    auto opened = store::Workspace::open(folder, store::Workspace::Access::ReadWrite, clock);
    if (!opened)
        return std::unexpected(opened.error());
    BenchWorkspace bench;
    bench.workspace = std::move(*opened);
    bench.databasePath = bench.workspace->databasePath();

    domain::Project project;
    project.name = QStringLiteral("Benchmark");
    project.sourceLanguage = QStringLiteral("en");
    project.targetLanguages = {QStringLiteral("de")};
    auto created = bench.workspace->projects().create(project);
    if (!created)
        return std::unexpected(created.error());
    bench.projectId = created->id;

    domain::Document document;
    document.projectId = bench.projectId;
    document.name = QStringLiteral("app/strings.xlf");
    document.format = QStringLiteral("xliff2");
    document.targetLanguage = QStringLiteral("de");
    auto stored = bench.workspace->documents().create(document);
    if (!stored)
        return std::unexpected(stored.error());
    bench.documentId = stored->id;
    return bench;
}

QString cachePragma(const BenchConfig& config)
{
    // Always explicit, so both sides run with the same cache whatever their library's default.
    return QStringLiteral("PRAGMA cache_size = -%1").arg(config.cacheMiB > 0 ? config.cacheMiB * 1024 : 2000);
}

qint64 databaseBytes(const QString& databasePath)
{
    return QFileInfo(databasePath).size() + QFileInfo(databasePath + QStringLiteral("-wal")).size();
}

} // namespace tessera::bench
