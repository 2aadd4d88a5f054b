// DemoSeeder: writes the demo project (resources/demo/demo-project.json) into a workspace.
#pragma once

#include <QByteArray>
#include <QString>

#include "domain/Result.h"

namespace tessera::store {
class Workspace;
}

namespace tessera::demo {

struct DemoSummary {
    QString projectId;
    QString projectName;
    int documents = 0;
    int segments = 0;
    int tmUnits = 0;
    int concepts = 0;
    int tasks = 0;
    int reviews = 0;
};

class DemoSeeder {
public:
    explicit DemoSeeder(store::Workspace& workspace);

    // Seeds the built-in demo in one transaction; refuses if a project of that name exists.
    domain::Result<DemoSummary> seed();
    // Seeds from the given JSON (same shape); `source` names it in error messages.
    domain::Result<DemoSummary> seed(const QByteArray& json, const QString& source);

    static QByteArray builtinDemo();

private:
    store::Workspace& m_workspace;
};

} // namespace tessera::demo
