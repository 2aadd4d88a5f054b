// CatalogFixture: a project with one real catalogue of tests/data imported into a workspace, as the
// editor, QA and durability tests start from.
#pragma once

#include <QString>

namespace tessera::store {
class Workspace;
}

namespace tessera::testsupport {

struct ImportedCatalog {
    QString projectId;
    QString documentId;
    QString error; // empty when imported
};

// Creates project `projectName` (en → `language`) and imports tests/data/`folder`/`fileName` into it.
ImportedCatalog importCatalog(store::Workspace& workspace, const QString& fileName, const QString& projectName,
                              const QString& language, const QString& folder = QStringLiteral("po"));

} // namespace tessera::testsupport
