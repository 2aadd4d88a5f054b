// SegmentCommands: `tessera-cli segment list|set`; edits go through SegmentRepository::applyEdit,
// so each writes the segment, a revision and an outbox entry in one transaction.
#pragma once

#include <QStringList>

#include "CliContext.h"

namespace tessera::domain {
struct Segment;
}

namespace tessera::cli {

class SegmentCommands {
public:
    explicit SegmentCommands(CliContext& context);
    ExitCode run(const QStringList& arguments);

private:
    ExitCode list(const QStringList& arguments);
    ExitCode set(const QStringList& arguments);
    void printSegment(const domain::Segment& segment, const QString& documentName);

    CliContext& m_context;
};

} // namespace tessera::cli
