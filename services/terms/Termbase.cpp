#include "Termbase.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>

#include "ConceptMerger.h"
#include "TermIndex.h"
#include "TermRecognizer.h"
#include "TermTokenizer.h"
#include "TermsLog.h"
#include "formats/GlossaryCsv.h"
#include "formats/TbxReader.h"
#include "formats/TbxWriter.h"
#include "store/Database.h"
#include "store/TermRepository.h"
#include "store/Workspace.h"
#include "text/LanguageTag.h"

namespace tessera::terms {

using domain::Concept;
using domain::ErrorCode;
using domain::Result;
using domain::Term;

namespace {

// A termbase file is read whole; no real glossary comes near this.
constexpr qint64 s_maxFileBytes = qint64(1) << 30;

bool looksLikeXml(const QByteArray& data)
{
    for (qsizetype i = 0; i < data.size() && i < 256; ++i) {
        const char c = data.at(i);
        if (c == '<')
            return true;
        if (c == '\xEF' || c == '\xBB' || c == '\xBF' || c == '\xFF' || c == '\xFE' || c == '\0' || c == ' ' ||
            c == '\t' || c == '\r' || c == '\n')
            continue; // BOMs, UTF-16 zero bytes, white space
        return false;
    }
    return false;
}

domain::Error fileError(const QString& path, const QString& message)
{
    return domain::Error{ErrorCode::InvalidInput, message, path, 0, 0, {}};
}

domain::Error invalid(const QString& message, const QString& field = {})
{
    return domain::Error{ErrorCode::InvalidInput, message, {}, 0, 0, field};
}

} // namespace

Termbase::Termbase(store::Workspace& workspace)
    : m_workspace(workspace)
{}

Termbase::~Termbase() = default;

Result<Termbase::Format> Termbase::formatOf(const QString& fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("tbx") || suffix == QLatin1String("xml"))
        return Format::Tbx;
    if (suffix == QLatin1String("csv"))
        return Format::Csv;
    if (suffix == QLatin1String("tsv") || suffix == QLatin1String("tab") || suffix == QLatin1String("txt"))
        return Format::Tsv;
    return domain::fail(ErrorCode::InvalidInput,
                        QStringLiteral("%1: unknown termbase format \"%2\" (use .tbx, .csv or .tsv)")
                            .arg(fileName, suffix.isEmpty() ? QStringLiteral("no extension") : suffix));
}

Result<ImportSummary> Termbase::importFile(const QString& path, const ImportOptions& options)
{
    QFile file(path);
    if (QFileInfo(path).isDir())
        return std::unexpected(fileError(path, QStringLiteral("is a folder, not a file")));
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(fileError(path, QStringLiteral("cannot read: %1").arg(file.errorString())));
    if (file.size() > s_maxFileBytes)
        return std::unexpected(fileError(
            path, QStringLiteral("%1 MiB is more than a termbase file may have (1024 MiB)").arg(file.size() >> 20)));
    return importData(file.readAll(), path, options);
}

Result<ImportSummary> Termbase::importData(const QByteArray& data, const QString& fileName,
                                           const ImportOptions& options)
{
    auto format = formatOf(fileName);
    const bool tbx = format ? *format == Format::Tbx : looksLikeXml(data);
    QList<Concept> concepts;
    if (tbx) {
        auto read = formats::TbxReader::read(data, fileName);
        if (!read)
            return std::unexpected(read.error());
        concepts = std::move(read->concepts);
        // translate-toolkit's csv2tbx knows no target language and writes xml:lang="xx".
        if (!options.targetLanguage.isEmpty()) {
            for (Concept& c : concepts) {
                for (Term& t : c.terms) {
                    if (t.language == QLatin1String("xx"))
                        t.language = options.targetLanguage;
                }
            }
        }
    } else {
        formats::GlossaryCsv::Options csvOptions;
        csvOptions.sourceLanguage = options.sourceLanguage;
        csvOptions.targetLanguage = options.targetLanguage;
        auto read = formats::GlossaryCsv::read(data, fileName, csvOptions);
        if (!read && !format) {
            // Neither the extension nor the content said it is a table: say what was tried.
            domain::Error error = read.error();
            error.message =
                QStringLiteral("not a TBX or CSV/TSV glossary (read as a table by its content: %1)").arg(error.message);
            return std::unexpected(error);
        }
        if (!read)
            return std::unexpected(read.error());
        concepts = std::move(*read);
    }

    store::TermRepository& repository = m_workspace.terms();
    auto imported = m_workspace.database().transaction([&]() -> Result<ImportSummary> {
        auto stored = repository.list();
        if (!stored)
            return std::unexpected(stored.error());
        ConceptMerger merger(*stored);
        ImportSummary summary;
        // New concepts are written together at the end (no savepoint each); a later row that is the
        // same concept as a new one changes it there.
        QList<Concept> added;
        QHash<QString, qsizetype> addedIndex;
        for (Concept& incoming : concepts) {
            summary.concepts += 1;
            summary.terms += incoming.terms.size();
            if (incoming.terms.isEmpty()) {
                summary.skipped += 1;
                continue;
            }
            ConceptMerger::Decision decision = merger.merge(std::move(incoming));
            switch (decision.action) {
            case ConceptMerger::Action::Add:
                addedIndex.insert(decision.entry.id, added.size());
                added.append(std::move(decision.entry));
                summary.added += 1;
                break;
            case ConceptMerger::Action::Update:
                if (auto pending = addedIndex.constFind(decision.entry.id); pending != addedIndex.constEnd()) {
                    added[*pending] = std::move(decision.entry);
                    summary.unchanged += 1; // a repeat of a concept this file adds
                } else if (auto updated = repository.update(decision.entry); !updated) {
                    return std::unexpected(updated.error());
                } else {
                    summary.updated += 1;
                }
                break;
            case ConceptMerger::Action::Unchanged:
                summary.unchanged += 1;
                break;
            }
        }
        if (auto written = repository.addAll(added); !written)
            return std::unexpected(written.error());
        return summary;
    });
    if (imported && (imported->added > 0 || imported->updated > 0))
        changed();
    if (imported)
        qCInfo(lcTerms) << "imported" << fileName << ":" << imported->concepts << "concepts," << imported->added
                        << "added," << imported->updated << "updated," << imported->unchanged << "unchanged";
    return imported;
}

Result<QByteArray> Termbase::exportData(Format format)
{
    auto concepts = m_workspace.terms().list();
    if (!concepts)
        return std::unexpected(concepts.error());
    if (format == Format::Csv)
        return formats::GlossaryCsv::write(*concepts, QLatin1Char(','));
    if (format == Format::Tsv)
        return formats::GlossaryCsv::write(*concepts, QLatin1Char('\t'));
    QHash<QString, int> firstLanguages;
    for (const Concept& c : *concepts) {
        if (!c.terms.isEmpty())
            firstLanguages[c.terms.first().language] += 1;
    }
    QString source = QStringLiteral("en");
    int most = 0;
    for (auto it = firstLanguages.cbegin(); it != firstLanguages.cend(); ++it) {
        if (it.value() > most || (it.value() == most && it.key() < source)) {
            most = it.value();
            source = it.key();
        }
    }
    return formats::TbxWriter::write(*concepts, source);
}

Result<qsizetype> Termbase::exportFile(const QString& path)
{
    auto format = formatOf(path);
    if (!format)
        return std::unexpected(format.error());
    auto count = m_workspace.terms().count();
    if (!count)
        return std::unexpected(count.error());
    auto data = exportData(*format);
    if (!data)
        return std::unexpected(data.error());
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return domain::fail(ErrorCode::Io, QStringLiteral("%1: cannot make the folder").arg(info.absolutePath()));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*data) != data->size() || !file.commit())
        return domain::fail(ErrorCode::Io, QStringLiteral("%1: cannot write: %2").arg(path, file.errorString()));
    return qsizetype(*count);
}

Result<void> Termbase::checkTerm(Term& term) const
{
    term.text = term.text.trimmed();
    if (term.text.isEmpty())
        return std::unexpected(invalid(QStringLiteral("a term needs text"), QStringLiteral("text")));
    auto language = text::LanguageTag::normalize(term.language);
    if (!language)
        return std::unexpected(invalid(language.error().message, QStringLiteral("language")));
    term.language = *language;
    return {};
}

Result<Concept> Termbase::addConcept(Concept entry)
{
    for (Term& term : entry.terms) {
        if (auto checked = checkTerm(term); !checked)
            return std::unexpected(checked.error());
    }
    auto added = m_workspace.terms().add(std::move(entry));
    if (added)
        changed();
    return added;
}

Result<Concept> Termbase::addTerm(const QString& conceptId, Term term)
{
    if (auto checked = checkTerm(term); !checked)
        return std::unexpected(checked.error());
    auto updated = m_workspace.database().transaction([&]() -> Result<Concept> {
        auto stored = m_workspace.terms().find(conceptId);
        if (!stored)
            return stored;
        stored->terms.append(term);
        return m_workspace.terms().update(*stored);
    });
    if (updated)
        changed();
    return updated;
}

Result<Concept> Termbase::addTermPair(const QString& sourceLanguage, const QString& sourceText,
                                      const QString& targetLanguage, const QString& targetText)
{
    Term source;
    source.language = sourceLanguage;
    source.text = sourceText;
    Term target;
    target.language = targetLanguage;
    target.text = targetText;
    for (Term* term : {&source, &target}) {
        if (auto checked = checkTerm(*term); !checked)
            return std::unexpected(checked.error());
    }
    auto primary = text::LanguageTag::parse(source.language);
    auto candidates = m_workspace.terms().termsInLanguage(primary->language());
    if (!candidates)
        return std::unexpected(candidates.error());
    for (const auto& [conceptId, term] : *candidates) {
        if (term.text == source.text && text::LanguageTag::canonical(term.language) == source.language)
            return addTerm(conceptId, target);
    }
    Concept entry;
    entry.terms = {source, target};
    return addConcept(std::move(entry));
}

Result<Concept> Termbase::updateConcept(Concept entry)
{
    for (Term& term : entry.terms) {
        if (auto checked = checkTerm(term); !checked)
            return std::unexpected(checked.error());
    }
    auto updated = m_workspace.terms().update(std::move(entry));
    if (updated)
        changed();
    return updated;
}

Result<void> Termbase::removeConcept(const QString& conceptId)
{
    auto removed = m_workspace.terms().remove(conceptId);
    if (removed)
        changed();
    return removed;
}

Result<std::shared_ptr<const TermRecognizer>> Termbase::recognizer(const QString& sourceLanguage,
                                                                   const QString& targetLanguage)
{
    auto source = text::LanguageTag::parse(sourceLanguage);
    if (!source)
        return std::unexpected(invalid(source.error().message, QStringLiteral("source language")));
    auto target = text::LanguageTag::parse(targetLanguage);
    if (!target)
        return std::unexpected(invalid(target.error().message, QStringLiteral("target language")));
    const std::pair key{source->name(), target->name()};
    if (auto cached = m_recognizers.find(key); cached != m_recognizers.end())
        return cached->second;

    QElapsedTimer timer;
    timer.start();
    store::TermRepository& repository = m_workspace.terms();
    auto sourceTerms = repository.termsInLanguage(source->language());
    if (!sourceTerms)
        return std::unexpected(sourceTerms.error());
    auto targetTerms = repository.termsInLanguage(target->language());
    if (!targetTerms)
        return std::unexpected(targetTerms.error());
    if (source->language() == target->language()) {
        // Between regional variants (en-US → en-GB) only the exact target tag's terms are targets.
        targetTerms->removeIf(
            [&](const auto& entry) { return text::LanguageTag::canonical(entry.second.language) != target->name(); });
    }
    auto definitions = repository.definitions();
    if (!definitions)
        return std::unexpected(definitions.error());
    QHash<QString, QString> definitionById;
    definitionById.reserve(definitions->size());
    for (const auto& [id, definition] : *definitions)
        definitionById.insert(id, definition);

    TermTokenizer tokenizer(source->name());
    auto index =
        TermIndex::build(source->name(), target->name(), *sourceTerms, *targetTerms, definitionById, tokenizer);
    qCInfo(lcTerms) << "recognizer" << key.first << "→" << key.second << ":" << index->entryCount() << "source terms of"
                    << index->conceptCount() << "concepts in" << timer.elapsed() << "ms";
    auto recognizer = std::make_shared<const TermRecognizer>(std::move(index));
    m_recognizers.emplace(key, recognizer);
    return recognizer;
}

} // namespace tessera::terms
