// DocumentImporter: brings a file into a project as one document per target language, and on
// re-import of the same file name updates those documents by key, all in one transaction.
#pragma once

#include <functional>
#include <optional>

#include <QByteArray>
#include <QString>
#include <QStringList>

#include "ImportSummary.h"
#include "domain/Result.h"
#include "domain/Segment.h"
#include "store/BlobCodec.h"

namespace tessera::domain {
struct Project;
}

namespace tessera::formats {
class Filter;
class FilterRegistry;
struct ParsedDocument;
} // namespace tessera::formats

namespace tessera::store {
class Workspace;
}

namespace tessera::project {

// Finds the translation file of `language` for the monolingual source file being imported, where
// `filter`'s translationPath puts it beside the file as the caller knows it (on disk, say). Returns
// the file's bytes, nullopt when there is no such file yet, or an error when it exists but cannot
// be read. The importer asks for each way file names spell the language (pt-BR, pt_BR, ptBR, …:
// formats::LanguagePath::spellings) until one is there.
using TranslationFiles =
    std::function<domain::Result<std::optional<QByteArray>>(const formats::Filter& filter, const QString& language)>;

class DocumentImporter {
public:
    DocumentImporter(store::Workspace& workspace, const formats::FilterRegistry& filters);

    // Imports `bytes` as the file `fileName` (the document's name, a path inside the project) for
    // `targetLanguages` (empty: all of the project's). `filter` null: detected from the name and
    // content. Nothing is written unless everything succeeds; a file the filter cannot read fails
    // with InvalidInput naming file, line and column.
    //
    // Re-import (a document with this name and language exists) updates by key: new keys are
    // added; a changed source replaces the old one, keeps the translation, sets NeedsWork and
    // keeps the old source as previousSource; keys missing from the file are marked Obsolete,
    // never deleted; targets in the file are taken only for new segments or empty translations, and
    // translator comments likewise only for new segments or where the segment has none.
    // Targets are taken only when the file's target language (if it names one) is the document's.
    //
    // Monolingual formats (Filter::translationPath not empty): `bytes` is the source-language file;
    // each language's translations come from its own file, asked of `translations` (none given, or
    // no file: the document starts untranslated). The document keeps both files, so that export
    // writes the translation file with Filter::writePair.
    domain::Result<ImportSummary> import(const QString& projectId, const QString& fileName, const QByteArray& bytes,
                                         const QStringList& targetLanguages = {},
                                         const formats::Filter* filter = nullptr,
                                         const TranslationFiles& translations = {});

private:
    domain::Result<QStringList> languagesFor(const domain::Project& project, const QStringList& requested) const;
    // What a document's row needs once the segments are in: the files export writes into.
    struct StoredFiles {
        QString id;
        QString format;
        QByteArray translation; // a monolingual format's translation file as imported
        bool created = false;
        bool formatChanged = false;
        bool translationChanged = false;
    };

    // Finds the document for the file and language or makes it (without its files yet), filling
    // `summary`'s name, language, format, id and created.
    domain::Result<StoredFiles> openDocument(const QString& projectId, const QString& fileName, const QString& language,
                                             const formats::Filter& filter, const QByteArray& translation,
                                             const QString& translationName, ImportedDocument& summary);
    // Stores the original (packed beforehand) and translation file of a new document, or of one
    // whose file changed (rev goes up then).
    domain::Result<void> storeFiles(const StoredFiles& files, const QByteArray& original,
                                    const store::BlobCodec::Packed& packed);

    store::Workspace& m_workspace;
    const formats::FilterRegistry& m_filters;
};

} // namespace tessera::project
