#include "Fixtures.h"

#include "domain/Document.h"
#include "domain/Project.h"
#include "store/DocumentRepository.h"
#include "store/ProjectRepository.h"
#include "store/SegmentRepository.h"
#include "store/Workspace.h"

namespace tessera::testsupport {

SeededDocument seedDocument(store::Workspace& workspace, int count, const QString& projectName)
{
    SeededDocument seeded;
    domain::Project project;
    project.name = projectName;
    project.sourceLanguage = QStringLiteral("en");
    project.targetLanguages = {QStringLiteral("de")};
    auto createdProject = workspace.projects().create(project);
    if (!createdProject)
        return {};
    domain::Document document;
    document.projectId = createdProject->id;
    document.name = QStringLiteral("ui/strings.po");
    document.format = QStringLiteral("po");
    document.targetLanguage = QStringLiteral("de");
    auto createdDocument = workspace.documents().create(document);
    if (!createdDocument)
        return {};
    for (int i = 1; i <= count; ++i) {
        domain::Segment s;
        s.key = QStringLiteral("key-%1").arg(i);
        s.order = i;
        s.source = QStringLiteral("Source text number %1").arg(i);
        if (i % 5 == 0) {
            s.source = QStringLiteral("%n file deleted");
            s.sourcePlural = QStringLiteral("%n files deleted");
        }
        s.context.note = QStringLiteral("Shown in the main window");
        s.context.locations = {QStringLiteral("src/main.cpp:%1").arg(i * 10)};
        seeded.segments.append(s);
    }
    if (!workspace.segments().insertAll(createdDocument->id, seeded.segments))
        return {};
    seeded.projectId = createdProject->id;
    seeded.documentId = createdDocument->id;
    return seeded;
}

} // namespace tessera::testsupport
