#include "TransferCommands.h"

#include <cstdio>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

#include "ArgumentParser.h"
#include "OptionNames.h"
#include "TablePrinter.h"
#include "domain/Document.h"
#include "domain/Project.h"
#include "formats/Filter.h"
#include "formats/FilterRegistry.h"
#include "project/DocumentExporter.h"
#include "project/DocumentImporter.h"
#include "project/FileConverter.h"
#include "project/FileSaver.h"
#include "store/Database.h"
#include "store/DocumentRepository.h"
#include "store/ProjectRepository.h"

namespace tessera::cli {

using domain::ErrorCode;
using store::Workspace;

namespace {

// A path inside the project and the export folder: relative, without "..", so that export can
// never write outside --out. Anything else is reduced to its file name.
QString safeRelativeName(const QString& path)
{
    const QString cleaned = QDir::cleanPath(QDir::fromNativeSeparators(path));
    if (cleaned.isEmpty() || QDir::isAbsolutePath(cleaned) || cleaned == QLatin1String("..") ||
        cleaned.startsWith(QLatin1String("../")) || cleaned == QLatin1String("."))
        return QFileInfo(cleaned).fileName();
    return cleaned;
}

} // namespace

TransferCommands::TransferCommands(CliContext& context)
    : m_context(context)
{}

CliResult<QByteArray> TransferCommands::readInput(const QString& path)
{
    QFile file(path);
    if (QFileInfo(path).isDir())
        return std::unexpected(
            m_context.error(ExitCode::BadInput, QStringLiteral("%1: is a folder, not a file").arg(path)));
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(
            m_context.error(ExitCode::BadInput, QStringLiteral("%1: cannot read: %2").arg(path, file.errorString())));
    // Documents are read whole (their bytes are kept for export); no real translation file comes
    // near this, and a bigger one would only exhaust memory.
    constexpr qint64 maxBytes = qint64(1) << 30;
    if (file.size() > maxBytes)
        return std::unexpected(m_context.error(
            ExitCode::BadInput,
            QStringLiteral("%1: %2 MiB is more than a document may have (1024 MiB)").arg(path).arg(file.size() >> 20)));
    return file.readAll();
}

ExitCode TransferCommands::importFiles(const QStringList& arguments)
{
    const QString command = QStringLiteral("import");
    ArgumentParser parser(
        QStringLiteral("import FILE… --project PROJECT [--lang L]"),
        QStringLiteral("Import files into a project, each as one document per target language; the format is "
                       "detected from content and extension.\nImporting a file name again updates its documents by "
                       "key: new keys are added, changed sources keep their translation marked needs-work, missing "
                       "keys become obsolete. All files are imported in one transaction: if one fails, none is.\n"
                       "Formats that keep each language in its own file (Android strings.xml, i18next and flat JSON, "
                       "ARB, Apple .strings) are imported from the source-language file; each language's "
                       "translations are read from its file beside it (values-de/strings.xml, de/app.json…) when "
                       "there is one.\n"
                       "With --json: {documents: [{id, name, lang, segments, added, updated, obsoleted, file_lang, "
                       "targets_left_out, …}]}; a file translated into another language than a document's "
                       "gives that document its sources only, with a warning."));
    parser
        .addRepeatedPositional(QStringLiteral("FILE"), QStringLiteral("files to import; the name as given (a "
                                                                      "relative path) is the document's name"))
        .addOption(s_projectOption, ArgumentParser::Kind::Value, QStringLiteral("PROJECT"),
                   QStringLiteral("the project's id or unique name"), true)
        .addOption(s_langOption, ArgumentParser::Kind::Value, QStringLiteral("L"),
                   QStringLiteral("only this target language (default: all of the project's)"));
    if (auto parsed = m_context.parse(parser, arguments, command); !parsed)
        return parsed.error();

    QList<QPair<QString, QByteArray>> files;
    for (const QString& path : parser.positionals(QStringLiteral("FILE"))) {
        auto bytes = readInput(path);
        if (!bytes)
            return bytes.error();
        files.append({path, *bytes});
    }

    auto scope = m_context.openProject(parser, Workspace::Access::ReadWrite, command);
    if (!scope)
        return scope.error();
    Workspace& ws = *scope->workspace;
    const domain::Project& project = scope->project;
    // Without --lang: all of the project's languages (the importer's empty list).
    const QStringList languages = parser.isSet(s_langOption) ? scope->languages : QStringList();

    const formats::FilterRegistry filters;
    project::DocumentImporter importer(ws, filters);
    auto imported = ws.database().transaction([&]() -> domain::Result<project::ImportSummary> {
        project::ImportSummary all;
        for (const auto& [path, bytes] : files) {
            // Monolingual formats: each language's translations from the file beside this one.
            const auto translations = [&, sourcePath =
                                              path](const formats::Filter& filter,
                                                    const QString& lang) -> domain::Result<std::optional<QByteArray>> {
                const QString translationPath = filter.translationPath(sourcePath, lang);
                if (translationPath.isEmpty() || !QFileInfo::exists(translationPath))
                    return std::nullopt;
                QFile file(translationPath);
                if (!file.open(QIODevice::ReadOnly))
                    return domain::fail(ErrorCode::InvalidInput,
                                        QStringLiteral("%1: cannot read: %2").arg(translationPath, file.errorString()));
                return file.readAll();
            };
            auto one = importer.import(project.id, safeRelativeName(path), bytes, languages, nullptr, translations);
            if (!one) {
                domain::Error error = one.error();
                if (error.file == safeRelativeName(path))
                    error.file = path; // name the file as the user gave it
                return std::unexpected(error);
            }
            all.documents.append(one->documents);
        }
        return all;
    });
    if (!imported)
        return m_context.error(imported.error());

    for (const project::ImportedDocument& d : imported->documents) {
        if (d.targetsLeftOut > 0)
            std::fprintf(stderr,
                         "tessera-cli: warning: %s is translated into %s, not %s: the %s document leaves out its "
                         "%d %s and starts from the sources\n",
                         qPrintable(d.name), qPrintable(d.fileLanguage), qPrintable(d.language), qPrintable(d.language),
                         d.targetsLeftOut, d.targetsLeftOut == 1 ? "translation" : "translations");
    }
    if (m_context.json()) {
        QJsonArray documents;
        for (const project::ImportedDocument& d : imported->documents)
            documents.append(QJsonObject{{QStringLiteral("id"), d.id},
                                         {QStringLiteral("name"), d.name},
                                         {QStringLiteral("lang"), d.language},
                                         {QStringLiteral("format"), d.format},
                                         {QStringLiteral("created"), d.created},
                                         {QStringLiteral("segments"), d.segments},
                                         {QStringLiteral("added"), d.added},
                                         {QStringLiteral("updated"), d.updated},
                                         {QStringLiteral("obsoleted"), d.obsoleted},
                                         {QStringLiteral("file_lang"), d.fileLanguage},
                                         {QStringLiteral("targets_left_out"), d.targetsLeftOut}});
        m_context.printJson(QJsonObject{{QStringLiteral("documents"), documents}});
        return ExitCode::Ok;
    }
    TablePrinter table({QStringLiteral("ID"), QStringLiteral("NAME"), QStringLiteral("LANG"), QStringLiteral("FORMAT"),
                        QStringLiteral("SEGMENTS"), QStringLiteral("ADDED"), QStringLiteral("UPDATED"),
                        QStringLiteral("OBSOLETED")});
    for (int column : {4, 5, 6, 7})
        table.setRightAligned(column);
    for (const project::ImportedDocument& d : imported->documents)
        table.addRow({d.id, d.name, d.language, d.format, QString::number(d.segments), QString::number(d.added),
                      QString::number(d.updated), QString::number(d.obsoleted)});
    table.print(m_context.out());
    const qsizetype count = imported->documents.size();
    m_context.out() << "Imported " << count << (count == 1 ? " document" : " documents") << " into " << project.name
                    << '\n';
    return ExitCode::Ok;
}

ExitCode TransferCommands::exportDocuments(const QStringList& arguments)
{
    const QString command = QStringLiteral("export");
    ArgumentParser parser(
        QStringLiteral("export --project PROJECT [--lang L] --out DIR"),
        QStringLiteral(
            "Write a project's documents in their original formats with the workspace's translations, "
            "as DIR/NAME (DIR/LANG/NAME when a file was imported for several languages; formats with a "
            "file per language write that file, e.g. DIR/res/values-de/strings.xml; a gettext template NAME.pot is "
            "written as the language's catalog NAME.po, with its Language and Plural-Forms). Each file is "
            "written to a temporary file and renamed into place.\nWith --json: {files: [{document, name, "
            "lang, path}]}."));
    parser
        .addOption(s_projectOption, ArgumentParser::Kind::Value, QStringLiteral("PROJECT"),
                   QStringLiteral("the project's id or unique name"), true)
        .addOption(s_langOption, ArgumentParser::Kind::Value, QStringLiteral("L"),
                   QStringLiteral("only this target language (default: all)"))
        .addOption(s_outOption, ArgumentParser::Kind::Value, QStringLiteral("DIR"),
                   QStringLiteral("the folder to write into (made if missing)"), true);
    if (auto parsed = m_context.parse(parser, arguments, command); !parsed)
        return parsed.error();
    const QString outDir = parser.value(s_outOption);
    if (outDir.isEmpty())
        return m_context.usageError(QStringLiteral("--out needs a folder"), command);

    auto scope = m_context.openProject(parser, Workspace::Access::ReadOnly, command);
    if (!scope)
        return scope.error();
    Workspace& ws = *scope->workspace;
    const domain::Project& project = scope->project;
    // Without --lang: every language (an empty one matches all).
    const QString language = parser.isSet(s_langOption) ? scope->languages.value(0) : QString();
    auto documents = ws.documents().listForProject(project.id);
    if (!documents)
        return m_context.error(documents.error());
    QList<domain::Document> selected;
    QHash<QString, int> languagesPerName;
    for (const domain::Document& d : *documents) {
        if (!language.isEmpty() && d.targetLanguage.compare(language, Qt::CaseInsensitive) != 0)
            continue;
        selected.append(d);
        languagesPerName[d.name] += 1;
    }

    const formats::FilterRegistry filters;
    const project::DocumentExporter exporter(ws, filters);
    const QDir out(outDir);
    QJsonArray files;
    TablePrinter table({QStringLiteral("DOCUMENT"), QStringLiteral("LANG"), QStringLiteral("FILE")});
    QHash<QString, QStringList> together; // multilingual files: name → its documents, in order
    for (const domain::Document& d : selected) {
        const formats::Filter* filter = filters.byId(d.format);
        if (filter && filter->isMultilingual())
            together[d.name].append(d.id);
    }
    for (const domain::Document& d : selected) {
        // A monolingual format's translation goes where that format keeps the language's file; a
        // multilingual file (a String Catalog) is written once with every language in it.
        const formats::Filter* filter = filters.byId(d.format);
        const bool multilingual = filter && filter->isMultilingual();
        const QString translationName = filter ? project::DocumentExporter::translationPath(d, *filter) : QString();
        const QString relative = safeRelativeName(
            !translationName.isEmpty() ? translationName : (filter ? filter->exportName(d.name) : d.name));
        const QString path = translationName.isEmpty() && !multilingual && languagesPerName.value(d.name) > 1
                                 ? out.filePath(d.targetLanguage + QLatin1Char('/') + relative)
                                 : out.filePath(relative);
        if (!multilingual) {
            if (auto written = exporter.exportTo(d.id, path); !written)
                return m_context.error(written.error());
        } else if (together.value(d.name).value(0) == d.id) {
            if (auto written = exporter.exportTogether(together.value(d.name), path); !written)
                return m_context.error(written.error());
        }
        files.append(QJsonObject{{QStringLiteral("document"), d.id},
                                 {QStringLiteral("name"), d.name},
                                 {QStringLiteral("lang"), d.targetLanguage},
                                 {QStringLiteral("path"), path}});
        table.addRow({d.name, d.targetLanguage, path});
    }
    if (m_context.json()) {
        m_context.printJson(QJsonObject{{QStringLiteral("files"), files}});
        return ExitCode::Ok;
    }
    if (selected.isEmpty()) {
        m_context.out() << "Nothing to export: project " << project.name << " has no documents"
                        << (language.isEmpty() ? QString() : QStringLiteral(" in ") + language) << '\n';
        return ExitCode::Ok;
    }
    table.print(m_context.out());
    m_context.out() << "Exported " << selected.size() << (selected.size() == 1 ? " file" : " files") << " to " << outDir
                    << '\n';
    return ExitCode::Ok;
}

ExitCode TransferCommands::convert(const QStringList& arguments)
{
    const QString command = QStringLiteral("convert");
    ArgumentParser parser(
        QStringLiteral("convert IN OUT [--source-lang L] [--target-lang L] [--to FORMAT]"),
        QStringLiteral("Convert a file to the format of OUT's extension (IN's format is detected), without a "
                       "workspace: the same format comes back unchanged, another one is a new file with keys, "
                       "sources, translations, states, notes and locations.\nWith --json: {input, output, "
                       "bytes}."));
    parser.addPositional(QStringLiteral("IN"), QStringLiteral("the file to read"))
        .addPositional(QStringLiteral("OUT"), QStringLiteral("the file to write (temporary file + rename)"))
        .addOption(s_sourceLangOption, ArgumentParser::Kind::Value, QStringLiteral("L"),
                   QStringLiteral("the source language, where IN does not say"))
        .addOption(s_targetLangOption, ArgumentParser::Kind::Value, QStringLiteral("L"),
                   QStringLiteral("the target language, where IN does not say"))
        .addOption(QStringLiteral("--to"), ArgumentParser::Kind::Value, QStringLiteral("FORMAT"),
                   QStringLiteral("the output format, where OUT's extension leaves it open (xliff12, xliff2, …)"));
    if (auto parsed = m_context.parse(parser, arguments, command); !parsed)
        return parsed.error();
    project::ConvertOptions options;
    options.outputFormat = parser.value(QStringLiteral("--to"));
    for (const auto& [option, value] : {std::pair{s_sourceLangOption, &options.sourceLanguage},
                                        std::pair{s_targetLangOption, &options.targetLanguage}}) {
        if (!parser.isSet(option))
            continue;
        const auto lang = m_context.languageTag(option, parser.value(option), command);
        if (!lang)
            return lang.error();
        *value = *lang;
    }
    const QString inPath = parser.positional(QStringLiteral("IN"));
    const QString outPath = parser.positional(QStringLiteral("OUT"));
    auto input = readInput(inPath);
    if (!input)
        return input.error();

    const formats::FilterRegistry filters;
    const project::FileConverter converter(filters);
    auto converted = converter.convert(*input, inPath, outPath, options);
    if (!converted)
        return m_context.error(converted.error());
    if (auto saved = project::FileSaver::save(outPath, *converted); !saved)
        return m_context.error(saved.error());
    if (m_context.json()) {
        m_context.printJson(QJsonObject{{QStringLiteral("input"), inPath},
                                        {QStringLiteral("output"), outPath},
                                        {QStringLiteral("bytes"), qint64(converted->size())}});
        return ExitCode::Ok;
    }
    m_context.out() << "Converted " << inPath << " to " << outPath << '\n';
    return ExitCode::Ok;
}

} // namespace tessera::cli
