// DocumentExporter: writes a document back in its original format, with the translations of the
// workspace written into the original file, through a temporary file renamed into place.
#pragma once

#include <memory>

#include <QByteArray>
#include <QString>
#include <QStringList>

#include "domain/Result.h"

class QIODevice;

namespace tessera::domain {
struct Document;
}

namespace tessera::formats {
class Filter;
class FilterRegistry;
} // namespace tessera::formats

namespace tessera::store {
class UnpackedFile;
class Workspace;
} // namespace tessera::store

namespace tessera::project {

class DocumentExporter {
public:
    DocumentExporter(store::Workspace& workspace, const formats::FilterRegistry& filters);

    // The document's original file with its current targets and states written in (obsolete
    // segments left out: their keys are not in the file).
    domain::Result<QByteArray> render(const QString& documentId) const;
    // render(), saved to `path` (missing folders are made); a failure leaves an existing file at
    // `path` untouched. Bilingual formats whose filter streams (Filter::writesStreamed) are written
    // straight into the temporary file, the segments read from the store in the document's order as
    // the writer meets them, and the original is unpacked into a temporary file beside the
    // workspace's database and read from its mapping: the export holds neither the original, the
    // segments nor the new file on the heap. Monolingual formats (Android, JSON, ARB, Apple .strings)
    // are written the same way through Filter::writePairTo, the stored translation file unpacked and
    // mapped too; whether the segments and the new file stay off the heap is the filter's
    // (Filter::writesPairStreamed).
    domain::Result<void> exportTo(const QString& documentId, const QString& path) const;

    // The documents of one multilingual file (a String Catalog imported for several languages)
    // written into that one file (the first document's original) through
    // Filter::writeLanguagesTo; and that saved to `path`, written straight into the temporary file.
    // The original is unpacked into a mapped temporary file and each document's segments are read
    // from the store as the writer meets the entries, all in one snapshot: with a streaming writer
    // (Filter::writesLanguagesStreamed) the export holds neither the original, the segments nor
    // the new file on the heap.
    domain::Result<QByteArray> renderTogether(const QStringList& documentIds) const;
    domain::Result<void> exportTogether(const QStringList& documentIds, const QString& path) const;

    // A monolingual document's translation file, a path inside the project: the one import found
    // (Document::translationName), else where the format puts the language's file. Empty for
    // bilingual formats.
    static QString translationPath(const domain::Document& document, const formats::Filter& filter);

private:
    domain::Result<domain::Document> find(const QString& documentId, const formats::Filter** filter) const;
    // Whether the document is one file of its own written from its original alone (bilingual formats).
    static bool writesAlone(const domain::Document& document, const formats::Filter& filter);
    // The documents of a multilingual file written into `out` (renderTogether, exportTogether).
    domain::Result<void> writeTogether(QIODevice& out, const QStringList& documentIds) const;
    // The bilingual document written into `out` through Filter::writeTo.
    domain::Result<void> writeTo(QIODevice& out, const domain::Document& document, const formats::Filter& filter) const;
    // The translation file `translationName` of a monolingual document written into `out` through
    // Filter::writePairTo, the original and the translation file as imported unpacked into mapped
    // temporary files.
    domain::Result<void> writePairTo(QIODevice& out, const domain::Document& document, const formats::Filter& filter,
                                     const QString& translationName) const;
    // The document's original file, or its translation file as imported (empty when there was none),
    // unpacked into a mapped temporary file beside the workspace's database.
    enum class File { Original, Translation };
    domain::Result<std::unique_ptr<store::UnpackedFile>> unpacked(const domain::Document& document, File which) const;

    store::Workspace& m_workspace;
    const formats::FilterRegistry& m_filters;
};

} // namespace tessera::project
