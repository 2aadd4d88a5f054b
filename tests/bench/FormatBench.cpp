#include "FormatBench.h"

#include <cstdio>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QList>

#include "ProcessClock.h"
#include "ProcessMemory.h"
#include "domain/Clock.h"
#include "domain/Document.h"
#include "domain/Project.h"
#include "formats/Filter.h"
#include "formats/FilterRegistry.h"
#include "project/DocumentExporter.h"
#include "project/DocumentImporter.h"
#include "project/FileSaver.h"
#include "store/Database.h"
#include "store/DocumentRepository.h"
#include "store/ProjectRepository.h"
#include "store/SegmentRepository.h"
#include "store/Workspace.h"

namespace tessera::bench {

namespace {

template <typename R> bool check(const R& result, const char* what)
{
    if (!result)
        std::fprintf(stderr, "BenchFormats: error: %s: %s\n", what, qPrintable(result.error().describe()));
    return bool(result);
}

// Times one phase: wall seconds, and the peak RSS growth above the RSS at its start.
class Phase {
public:
    Phase()
    {
        ProcessMemory::resetPeak();
        m_baseKiB = ProcessMemory::currentKiB();
        m_cpuNs = ProcessClock::cpuNs();
        m_timer.start();
    }
    double seconds() const { return double(m_timer.nsecsElapsed()) / 1e9; }
    double cpuSeconds() const { return double(ProcessClock::cpuNs() - m_cpuNs) / 1e9; }
    qint64 peakGrowthKiB() const { return ProcessMemory::peakKiB() - m_baseKiB; }

private:
    QElapsedTimer m_timer;
    qint64 m_baseKiB = 0;
    qint64 m_cpuNs = 0;
};

// Parse and unedited write, with the parsed document freed before the import starts.
bool parseAndWrite(const formats::Filter& filter, const QString& fileName, const QByteArray& bytes,
                   FormatFigures& figures)
{
    Phase parse;
    auto parsed = filter.read(bytes, fileName);
    figures.parseSeconds = parse.seconds();
    figures.parsePeakKiB = parse.peakGrowthKiB();
    if (!check(parsed, "parse"))
        return false;
    figures.entries = parsed->segments.size();

    Phase write;
    auto written = filter.write(bytes, parsed->segments, fileName);
    figures.writeSeconds = write.seconds();
    if (!check(written, "unedited write"))
        return false;
    figures.writeIdentical = *written == bytes;
    return true;
}

// Changes every tenth segment's targets through the store, in one transaction (not timed).
bool editTenth(store::Workspace& workspace, const QString& documentId, FormatFigures& figures)
{
    auto segments = workspace.segments().listForDocument(documentId);
    if (!check(segments, "list segments"))
        return false;
    auto edited = workspace.database().transaction([&]() -> domain::Result<void> {
        for (qsizetype i = 0; i < segments->size(); i += 10) {
            const domain::Segment& s = segments->at(i);
            store::SegmentEdit edit;
            edit.segmentId = s.id;
            const QString text = QStringLiteral("Überarbeitet %1: %2").arg(i).arg(s.source);
            edit.targets = s.isPlural() ? QStringList{text, text + QStringLiteral(" (Mehrzahl)")} : QStringList{text};
            edit.author = QStringLiteral("bench");
            if (auto applied = workspace.segments().applyEdit(edit); !applied)
                return std::unexpected(applied.error());
            ++figures.edits;
        }
        return {};
    });
    return check(edited, "edits");
}

// The export of a monolingual document as DocumentExporter wrote it before it streamed: both files
// unpacked onto the heap, every segment listed, writePair's bytes saved.
bool wholeExport(store::Workspace& workspace, const formats::Filter& filter, const QString& documentId,
                 const QString& out, FormatFigures& figures)
{
    ProcessMemory::returnFreedHeap();
    AnonPeak anon;
    Phase phase;
    auto saved = workspace.documents().find(documentId).and_then([&](const domain::Document& document) {
        auto original = workspace.documents().original(documentId);
        auto translation = workspace.documents().translation(documentId);
        auto segments = workspace.segments().listForDocument(documentId);
        if (!original || !translation || !segments)
            return domain::Result<void>(domain::fail(domain::ErrorCode::Io, QStringLiteral("cannot read the store")));
        segments->removeIf([](const domain::Segment& s) { return s.flags.testFlag(domain::SegmentFlag::Obsolete); });
        auto bytes =
            filter.writePair(*original, document.name, *translation, *segments,
                             filter.translationPath(document.name, document.targetLanguage), document.targetLanguage);
        if (!bytes)
            return domain::Result<void>(std::unexpected(bytes.error()));
        return project::FileSaver::save(out, *bytes);
    });
    figures.wholeExportSeconds = phase.seconds();
    figures.wholeExportPeakKiB = phase.peakGrowthKiB();
    figures.wholeExportAnonPeakKiB = anon.growthKiB();
    return check(saved, "whole-file export");
}

// The documents of a multilingual file exported together as DocumentExporter did it before it
// streamed: the original unpacked onto the heap, each language's segments listed and written in with
// writePair on the one before's output, the result saved.
bool chainExport(store::Workspace& workspace, const formats::Filter& filter, const QStringList& documentIds,
                 const QString& out, FormatFigures& figures)
{
    ProcessMemory::returnFreedHeap();
    AnonPeak anon;
    Phase phase;
    const auto chain = [&]() -> domain::Result<void> {
        QByteArray bytes;
        for (qsizetype i = 0; i < documentIds.size(); ++i) {
            auto document = workspace.documents().find(documentIds[i]);
            if (!document)
                return std::unexpected(document.error());
            if (i == 0) {
                auto original = workspace.documents().original(documentIds[i]);
                if (!original)
                    return std::unexpected(original.error());
                bytes = *std::move(original);
            }
            auto segments = workspace.segments().listForDocument(documentIds[i]);
            if (!segments)
                return std::unexpected(segments.error());
            segments->removeIf(
                [](const domain::Segment& s) { return s.flags.testFlag(domain::SegmentFlag::Obsolete); });
            auto written = filter.writePair(bytes, document->name, {}, *segments, {}, document->targetLanguage);
            if (!written)
                return std::unexpected(written.error());
            bytes = *std::move(written);
        }
        return project::FileSaver::save(out, bytes);
    };
    auto saved = chain();
    figures.chainSeconds = phase.seconds();
    figures.chainPeakKiB = phase.peakGrowthKiB();
    figures.chainAnonPeakKiB = anon.growthKiB();
    return check(saved, "writePair chain export");
}

// A multilingual file imported (not timed) into a project of its own with four target languages (the
// generated file has de), one document each, every 10th target of each edited; then the chain
// export and the streamed one (exportTogether) of all of them.
bool exportLanguages(store::Workspace& workspace, const formats::FilterRegistry& filters, const formats::Filter& filter,
                     const QString& fileName, const QByteArray& bytes, const QString& folder, FormatFigures& figures)
{
    domain::Project project;
    project.name = QStringLiteral("Languages");
    project.sourceLanguage = QStringLiteral("en");
    project.targetLanguages = {QStringLiteral("de"), QStringLiteral("es"), QStringLiteral("fr"), QStringLiteral("it")};
    auto created = workspace.projects().create(project);
    if (!check(created, "create the languages project"))
        return false;
    project::DocumentImporter importer(workspace, filters);
    auto imported = importer.import(created->id, fileName, bytes, {}, &filter, project::TranslationFiles());
    if (!check(imported, "import for every language"))
        return false;
    QStringList documentIds;
    for (const project::ImportedDocument& document : imported->documents) {
        documentIds.append(document.id);
        if (!editTenth(workspace, document.id, figures))
            return false;
    }
    figures.languages = documentIds.size();
    const QString name = QFileInfo(fileName).fileName();
    const QString chainOut = QDir(folder).filePath(QStringLiteral("export-chain/") + name);
    const QString out = QDir(folder).filePath(QStringLiteral("export-together/") + name);
    if (!chainExport(workspace, filter, documentIds, chainOut, figures))
        return false;
    const project::DocumentExporter exporter(workspace, filters);
    ProcessMemory::returnFreedHeap();
    AnonPeak anon;
    Phase phase;
    auto exported = exporter.exportTogether(documentIds, out);
    figures.togetherSeconds = phase.seconds();
    figures.togetherPeakKiB = phase.peakGrowthKiB();
    figures.togetherAnonPeakKiB = anon.growthKiB();
    if (!check(exported, "export together"))
        return false;
    QFile streamed(out);
    QFile chained(chainOut);
    figures.togetherIdentical = streamed.open(QIODevice::ReadOnly) && chained.open(QIODevice::ReadOnly) &&
                                streamed.readAll() == chained.readAll();
    return true;
}

} // namespace

QByteArray FormatFigures::serialize() const
{
    return QByteArray("BenchFormats-size:") + ' ' + QByteArray::number(entries) + ' ' + QByteArray::number(fileBytes) +
           ' ' + QByteArray::number(baseKiB) + ' ' + QByteArray::number(parseSeconds, 'f', 6) + ' ' +
           QByteArray::number(parsePeakKiB) + ' ' + QByteArray::number(writeSeconds, 'f', 6) + ' ' +
           QByteArray::number(int(writeIdentical)) + ' ' + QByteArray::number(importSeconds, 'f', 6) + ' ' +
           QByteArray::number(importCpuSeconds, 'f', 6) + ' ' + QByteArray::number(importPeakKiB) + ' ' +
           QByteArray::number(importAbsPeakKiB) + ' ' + QByteArray::number(reimportSeconds, 'f', 6) + ' ' +
           QByteArray::number(reimportPeakKiB) + ' ' + QByteArray::number(edits) + ' ' +
           QByteArray::number(exportSeconds, 'f', 6) + ' ' + QByteArray::number(exportPeakKiB) + ' ' +
           QByteArray::number(databaseBytes) + ' ' + QByteArray::number(exportAnonPeakKiB) + ' ' +
           QByteArray::number(wholeExportSeconds, 'f', 6) + ' ' + QByteArray::number(wholeExportPeakKiB) + ' ' +
           QByteArray::number(wholeExportAnonPeakKiB) + ' ' + QByteArray::number(int(exportsIdentical)) + ' ' +
           QByteArray::number(languages) + ' ' + QByteArray::number(chainSeconds, 'f', 6) + ' ' +
           QByteArray::number(chainPeakKiB) + ' ' + QByteArray::number(chainAnonPeakKiB) + ' ' +
           QByteArray::number(togetherSeconds, 'f', 6) + ' ' + QByteArray::number(togetherPeakKiB) + ' ' +
           QByteArray::number(togetherAnonPeakKiB) + ' ' + QByteArray::number(int(togetherIdentical));
}

bool FormatFigures::deserialize(const QByteArray& line, FormatFigures& f)
{
    const QList<QByteArray> v = line.trimmed().split(' ');
    if (v.size() != 31 || v[0] != "BenchFormats-size:")
        return false;
    f.entries = v[1].toLongLong();
    f.fileBytes = v[2].toLongLong();
    f.baseKiB = v[3].toLongLong();
    f.parseSeconds = v[4].toDouble();
    f.parsePeakKiB = v[5].toLongLong();
    f.writeSeconds = v[6].toDouble();
    f.writeIdentical = v[7] == "1";
    f.importSeconds = v[8].toDouble();
    f.importCpuSeconds = v[9].toDouble();
    f.importPeakKiB = v[10].toLongLong();
    f.importAbsPeakKiB = v[11].toLongLong();
    f.reimportSeconds = v[12].toDouble();
    f.reimportPeakKiB = v[13].toLongLong();
    f.edits = v[14].toLongLong();
    f.exportSeconds = v[15].toDouble();
    f.exportPeakKiB = v[16].toLongLong();
    f.databaseBytes = v[17].toLongLong();
    f.exportAnonPeakKiB = v[18].toLongLong();
    f.wholeExportSeconds = v[19].toDouble();
    f.wholeExportPeakKiB = v[20].toLongLong();
    f.wholeExportAnonPeakKiB = v[21].toLongLong();
    f.exportsIdentical = v[22] == "1";
    f.languages = v[23].toLongLong();
    f.chainSeconds = v[24].toDouble();
    f.chainPeakKiB = v[25].toLongLong();
    f.chainAnonPeakKiB = v[26].toLongLong();
    f.togetherSeconds = v[27].toDouble();
    f.togetherPeakKiB = v[28].toLongLong();
    f.togetherAnonPeakKiB = v[29].toLongLong();
    f.togetherIdentical = v[30] == "1";
    return true;
}

bool FormatBench::run(const QString& path, const QString& filterId, const QString& folder, FormatFigures& figures)
{
    const formats::FilterRegistry filters;
    const formats::Filter* filter = filters.byId(filterId);
    if (!filter) {
        std::fprintf(stderr, "BenchFormats: error: no filter %s\n", qPrintable(filterId));
        return false;
    }
    const QString fileName = QStringLiteral("files/") + QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "BenchFormats: error: cannot read %s\n", qPrintable(path));
        return false;
    }
    const QByteArray bytes = file.readAll();
    figures.fileBytes = bytes.size();
    figures.baseKiB = ProcessMemory::currentKiB();
    if (!parseAndWrite(*filter, fileName, bytes, figures))
        return false;

    const domain::SystemClock clock;
    auto workspace = store::Workspace::open(folder, store::Workspace::Access::ReadWrite, clock);
    if (!check(workspace, "open workspace"))
        return false;
    domain::Project project;
    project.name = QStringLiteral("Bench");
    project.sourceLanguage = QStringLiteral("en");
    project.targetLanguages = {QStringLiteral("de")};
    auto created = (*workspace)->projects().create(project);
    if (!check(created, "create project"))
        return false;
    project::DocumentImporter importer(**workspace, filters);

    // A monolingual file is its own translation file too: every entry there, the edits spliced in.
    const bool monolingual = !filter->translationPath(fileName, QStringLiteral("de")).isEmpty();
    const project::TranslationFiles sameFile =
        [&](const formats::Filter&, const QString&) -> domain::Result<std::optional<QByteArray>> { return bytes; };
    Phase import;
    auto imported =
        importer.import(created->id, fileName, bytes, {}, filter, monolingual ? sameFile : project::TranslationFiles());
    figures.importSeconds = import.seconds();
    figures.importCpuSeconds = import.cpuSeconds();
    figures.importPeakKiB = import.peakGrowthKiB();
    figures.importAbsPeakKiB = ProcessMemory::peakKiB();
    if (!check(imported, "import"))
        return false;
    const QString documentId = imported->documents.value(0).id;

    Phase reimport;
    auto again =
        importer.import(created->id, fileName, bytes, {}, filter, monolingual ? sameFile : project::TranslationFiles());
    figures.reimportSeconds = reimport.seconds();
    figures.reimportPeakKiB = reimport.peakGrowthKiB();
    if (!check(again, "re-import"))
        return false;

    if (!editTenth(**workspace, documentId, figures))
        return false;
    const project::DocumentExporter exporter(**workspace, filters);
    const QString out = QDir(folder).filePath(QStringLiteral("export/") + QFileInfo(path).fileName());
    const QString wholeOut = QDir(folder).filePath(QStringLiteral("export-whole/") + QFileInfo(path).fileName());
    if (monolingual && !wholeExport(**workspace, *filter, documentId, wholeOut, figures))
        return false;
    // Heap that earlier phases freed is handed back first: an export that reuses it grows too.
    ProcessMemory::returnFreedHeap();
    AnonPeak exportAnon;
    Phase exportPhase;
    auto exported = exporter.exportTo(documentId, out);
    figures.exportSeconds = exportPhase.seconds();
    figures.exportPeakKiB = exportPhase.peakGrowthKiB();
    figures.exportAnonPeakKiB = exportAnon.growthKiB();
    if (!check(exported, "export"))
        return false;
    figures.databaseBytes = QFileInfo((*workspace)->databasePath()).size();
    if (monolingual) {
        QFile streamed(out);
        QFile whole(wholeOut);
        figures.exportsIdentical = streamed.open(QIODevice::ReadOnly) && whole.open(QIODevice::ReadOnly) &&
                                   streamed.readAll() == whole.readAll();
    }
    if (filter->isMultilingual() && !exportLanguages(**workspace, filters, *filter, fileName, bytes, folder, figures))
        return false;
    return true;
}

} // namespace tessera::bench
