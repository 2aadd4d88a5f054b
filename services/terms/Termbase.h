// Termbase: the workspace's termbase as the editor and the command line use it: TBX and CSV import
// (without duplicating on re-import) and export, concepts and terms added by hand, and the term
// recognizer of a language pair.
#pragma once

#include <map>
#include <memory>
#include <utility>

#include <QByteArray>
#include <QString>

#include "domain/Result.h"
#include "domain/Term.h"

namespace tessera::store {
class Workspace;
}

namespace tessera::terms {

class TermRecognizer;

// For glossaries whose columns name no language (translate-toolkit's "source"/"target" CSV, and
// csv2tbx's xml:lang="xx" that stands for the target language).
struct ImportOptions {
    QString sourceLanguage = QStringLiteral("en");
    QString targetLanguage;
};

struct ImportSummary {
    qsizetype concepts = 0; // in the file
    qsizetype added = 0;
    qsizetype updated = 0;
    qsizetype unchanged = 0;
    qsizetype skipped = 0; // entries of the file without a term (nothing to store)
    qsizetype terms = 0;   // in the file
};

class Termbase {
public:
    enum class Format { Tbx, Csv, Tsv };

    // Not thread-safe (it writes the workspace's database): use it on the thread that owns the
    // workspace. The recognizers it hands out are thread-safe.
    explicit Termbase(store::Workspace& workspace);
    ~Termbase();

    // The format of a file name's extension: .tbx (also .xml) → TBX, .csv → CSV, .tsv/.tab/.txt → TSV.
    static domain::Result<Format> formatOf(const QString& fileName);

    // Reads a TBX or CSV/TSV glossary (by extension; an unknown one by content) and merges it into
    // the termbase in one transaction by ConceptMerger's rule. Bad files fail with InvalidInput naming
    // file, line, column (and for CSV the column's header as field); nothing is stored then.
    domain::Result<ImportSummary> importFile(const QString& path, const ImportOptions& options = {});
    domain::Result<ImportSummary> importData(const QByteArray& data, const QString& fileName,
                                             const ImportOptions& options = {});

    // Every entry as TBX 2019 (TBX-Basic, DCA), CSV or TSV; the TBX source language is the one most
    // concepts name first. exportFile picks the format by extension and writes through a temporary
    // file; it returns the number of concepts written.
    domain::Result<QByteArray> exportData(Format format);
    domain::Result<qsizetype> exportFile(const QString& path);

    // What the editor calls. addConcept stores a new entry (ids made where empty); addTerm adds a
    // term to a stored entry; addTermPair files `targetText` under the entry that already has
    // `sourceText` in the source language (the first one), else makes a entry with both. Terms are
    // trimmed; an empty term or a language that is no BCP 47 tag is InvalidInput.
    domain::Result<domain::Concept> addConcept(domain::Concept entry);
    domain::Result<domain::Concept> addTerm(const QString& conceptId, domain::Term term);
    domain::Result<domain::Concept> addTermPair(const QString& sourceLanguage, const QString& sourceText,
                                                const QString& targetLanguage, const QString& targetText);
    domain::Result<domain::Concept> updateConcept(domain::Concept entry);
    domain::Result<void> removeConcept(const QString& conceptId);

    // The recognizer for a language pair, built from the store on first use (every term of the two
    // languages in memory, any region) and kept until the termbase changes. Safe to use on other
    // threads, also after the termbase changed (it then keeps the terms it was built with).
    domain::Result<std::shared_ptr<const TermRecognizer>> recognizer(const QString& sourceLanguage,
                                                                     const QString& targetLanguage);

private:
    domain::Result<void> checkTerm(domain::Term& term) const;
    void changed() { m_recognizers.clear(); }

    store::Workspace& m_workspace;
    std::map<std::pair<QString, QString>, std::shared_ptr<const TermRecognizer>> m_recognizers;
};

} // namespace tessera::terms
