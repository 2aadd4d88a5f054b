// FormatBench: one size of one format in the formats benchmark, run in a process of its own: parse,
// unedited write, import into a fresh workspace, re-import, edits through the store and export,
// each timed and with its own peak RSS.
#pragma once

#include <QByteArray>
#include <QString>

namespace tessera::bench {

struct FormatFigures {
    qint64 entries = 0;
    qint64 fileBytes = 0;
    qint64 baseKiB = 0; // RSS with the file read into memory, before anything else
    double parseSeconds = 0;
    qint64 parsePeakKiB = 0; // peak RSS growth above the RSS before the phase
    double writeSeconds = 0;
    bool writeIdentical = false;
    double importSeconds = 0;
    double importCpuSeconds = 0;
    qint64 importPeakKiB = 0;    // peak RSS growth during the import
    qint64 importAbsPeakKiB = 0; // the process's peak RSS at the end of the import
    double reimportSeconds = 0;
    qint64 reimportPeakKiB = 0;
    qint64 edits = 0;
    double exportSeconds = 0;
    qint64 exportPeakKiB = 0;
    qint64 exportAnonPeakKiB = 0; // peak RssAnon growth during the export (heap, not mapped files)
    qint64 databaseBytes = 0;
    // Monolingual formats: the export as it was before it streamed (the files unpacked onto the heap,
    // the segments listed, writePair's bytes saved), and whether the streamed one wrote the same bytes.
    double wholeExportSeconds = 0;
    qint64 wholeExportPeakKiB = 0;
    qint64 wholeExportAnonPeakKiB = 0;
    bool exportsIdentical = false;
    // Multilingual formats (String Catalogs): the project has several target languages, one document
    // each, every 10th target of each edited; all of them exported into the one file together: as
    // before (the chain of writePair calls, each language's segments listed and a copy of the file
    // each) and streamed (DocumentExporter::exportTogether), and whether both wrote the same bytes.
    qint64 languages = 0;
    double chainSeconds = 0;
    qint64 chainPeakKiB = 0;
    qint64 chainAnonPeakKiB = 0;
    double togetherSeconds = 0;
    qint64 togetherPeakKiB = 0;
    qint64 togetherAnonPeakKiB = 0;
    bool togetherIdentical = false;

    QByteArray serialize() const;
    static bool deserialize(const QByteArray& line, FormatFigures& figures);
};

class FormatBench {
public:
    // Runs every phase on the file at `path` with the filter `filterId`, with a workspace under
    // `folder`; on failure prints the error and returns false.
    static bool run(const QString& path, const QString& filterId, const QString& folder, FormatFigures& figures);
};

} // namespace tessera::bench
