#include "BenchProject.h"

#include <algorithm>

#include <QList>

#include "SegmentCorpus.h"
#include "domain/Document.h"
#include "domain/Project.h"
#include "store/DocumentRepository.h"
#include "store/ProjectRepository.h"
#include "store/SegmentRepository.h"
#include "store/Workspace.h"

namespace tessera::bench {

domain::Result<BenchProject> seedBenchProject(store::Workspace& ws, qint64 count, int documents,
                                              const std::function<void(domain::Segment&)>& adjust)
{
    domain::Project project;
    project.name = QStringLiteral("Bench");
    project.sourceLanguage = QStringLiteral("en");
    project.targetLanguages = {QStringLiteral("de")};
    auto created = ws.projects().create(project);
    if (!created)
        return std::unexpected(created.error());
    BenchProject seeded{created->id, {}};
    const SegmentCorpus corpus(20260301);
    const qint64 perDocument = count / std::max(1, documents);
    constexpr qint64 chunkSize = 10000;
    QList<domain::Segment> chunk;
    for (int d = 0; d < documents; ++d) {
        domain::Document document;
        document.projectId = created->id;
        document.name = documents == 1 ? QStringLiteral("app.xlf") : QStringLiteral("module%1.xlf").arg(d + 1);
        document.format = QStringLiteral("xliff");
        document.targetLanguage = QStringLiteral("de");
        auto made = ws.documents().create(document);
        if (!made)
            return std::unexpected(made.error());
        seeded.documentIds.append(made->id);
        const qint64 base = d * perDocument;
        for (qint64 first = 0; first < perDocument; first += chunkSize) {
            corpus.fill(chunk, base + first, std::min(chunkSize, perDocument - first));
            for (domain::Segment& segment : chunk) {
                segment.order = int(segment.order - base + 1);
                if (adjust)
                    adjust(segment);
            }
            if (auto inserted = ws.segments().insertAll(made->id, chunk); !inserted)
                return std::unexpected(inserted.error());
        }
    }
    return seeded;
}

} // namespace tessera::bench
