// Fixtures: small projects with documents and segments for store, model and UI tests.
#pragma once

#include <QList>
#include <QString>

#include "domain/Segment.h"

namespace tessera::store {
class Workspace;
}

namespace tessera::testsupport {

struct SeededDocument {
    QString projectId;
    QString documentId;
    QList<domain::Segment> segments;
};

// A project "Fixture <n>" (en → de) with one document of `count` segments "key-1"…; every
// fifth segment has plural forms; all start New. Returns an empty projectId on failure.
SeededDocument seedDocument(store::Workspace& workspace, int count,
                            const QString& projectName = QStringLiteral("Fixture"));

} // namespace tessera::testsupport
