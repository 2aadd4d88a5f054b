#include "CatalogFixture.h"

#include "TestData.h"
#include "domain/Project.h"
#include "formats/FilterRegistry.h"
#include "project/DocumentImporter.h"
#include "store/ProjectRepository.h"
#include "store/Workspace.h"

namespace tessera::testsupport {

ImportedCatalog importCatalog(store::Workspace& workspace, const QString& fileName, const QString& projectName,
                              const QString& language, const QString& folder)
{
    ImportedCatalog imported;
    domain::Project project;
    project.name = projectName;
    project.sourceLanguage = QStringLiteral("en");
    project.targetLanguages = {language};
    auto created = workspace.projects().create(project);
    if (!created) {
        imported.error = created.error().describe();
        return imported;
    }
    imported.projectId = created->id;
    const QByteArray bytes = readTestData(folder, fileName);
    if (bytes.isEmpty()) {
        imported.error = QStringLiteral("cannot read %1%2").arg(testDataDir(folder), fileName);
        return imported;
    }
    formats::FilterRegistry filters;
    project::DocumentImporter importer(workspace, filters);
    auto summary = importer.import(created->id, fileName, bytes);
    if (!summary) {
        imported.error = summary.error().describe();
    } else if (summary->documents.isEmpty()) {
        imported.error = QStringLiteral("%1: no document imported").arg(fileName);
    } else {
        imported.documentId = summary->documents.first().id;
    }
    return imported;
}

} // namespace tessera::testsupport
