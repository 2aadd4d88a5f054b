// TransferCommands: `tessera-cli import`, `export` and `convert`: files into a project, documents
// back out as files in their original formats, and file-to-file conversion.
#pragma once

#include <QStringList>

#include "CliContext.h"

namespace tessera::cli {

class TransferCommands {
public:
    explicit TransferCommands(CliContext& context);
    ExitCode importFiles(const QStringList& arguments);
    ExitCode exportDocuments(const QStringList& arguments);
    ExitCode convert(const QStringList& arguments);

private:
    CliResult<QByteArray> readInput(const QString& path);

    CliContext& m_context;
};

} // namespace tessera::cli
