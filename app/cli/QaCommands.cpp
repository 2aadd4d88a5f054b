// QaCommands: the qa command: a project through ProjectQa, a file through its filter and QaBatch.
#include "QaCommands.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include "ArgumentParser.h"
#include "OptionNames.h"
#include "QaSettingsCommand.h"
#include "TablePrinter.h"
#include "domain/Project.h"
#include "formats/Filter.h"
#include "formats/FilterRegistry.h"
#include "project/FileSaver.h"
#include "qa/Check.h"
#include "qa/CheckRegistry.h"
#include "qa/ProjectQa.h"
#include "qa/QaBatch.h"
#include "qa/QaReport.h"
#include "qa/QaReportWriter.h"
#include "qa/SpellChecker.h"
#include "store/ProjectRepository.h"

namespace tessera::cli {

using store::Workspace;

namespace {

const QString s_command = QStringLiteral("qa");
const QString s_documentOption = QStringLiteral("--document");
const QString s_htmlOption = QStringLiteral("--html");
const QString s_noSpellingOption = QStringLiteral("--no-spelling");
const QString s_listOption = QStringLiteral("--list-checks");

const QString s_description = QStringLiteral(
    "Run the quality checks (placeables, tags, numbers, punctuation, terminology, consistency, length, spelling…; "
    "`qa --list-checks` lists them) over the translated segments of a project's target languages, with the "
    "project's QA settings and the workspace's termbase, or over one translation file (PO, XLIFF, TS…) with the "
    "default settings. Untranslated segments are skipped. Exit code 1 when an error was found.\nWith --json: an "
    "array of {segment, key, check, severity, message, document, lang, form, start, length, fixable}. With --csv: "
    "document,lang,segment,key,check,severity,message,source,target rows. With --html FILE: also write an HTML "
    "report with the counts per check.");

void addOutputOptions(ArgumentParser& parser)
{
    parser.addOption(s_csvOption, ArgumentParser::Kind::Flag, {}, QStringLiteral("print CSV instead of a table"))
        .addOption(s_htmlOption, ArgumentParser::Kind::Value, QStringLiteral("FILE"),
                   QStringLiteral("also write an HTML report to FILE"))
        .addOption(s_noSpellingOption, ArgumentParser::Kind::Flag, {},
                   QStringLiteral("skip the spelling check (loads no dictionaries)"));
}

QString shownKey(const QString& key)
{
    return QString(key).replace(QChar(0x0004), QStringLiteral(" | "));
}

} // namespace

QaCommands::QaCommands(CliContext& context)
    : m_context(context)
{}

ExitCode QaCommands::run(const QStringList& arguments)
{
    if (!arguments.isEmpty() && arguments.first() == QLatin1String("settings"))
        return QaSettingsCommand(m_context).run(arguments.mid(1));
    for (const QString& argument : arguments) {
        if (argument == s_listOption)
            return listChecks();
        if (argument == s_projectOption || argument.startsWith(s_projectOption + QLatin1Char('=')))
            return runProject(arguments);
    }
    return runFile(arguments);
}

ExitCode QaCommands::listChecks()
{
    const auto& checks = qa::CheckRegistry::standard().checks();
    if (m_context.json()) {
        QJsonArray array;
        for (const auto& check : checks)
            array.append(QJsonObject{{QStringLiteral("check"), check->id()},
                                     {QStringLiteral("severity"), qa::severityName(check->defaultSeverity())},
                                     {QStringLiteral("fixable"), check->canFix()},
                                     {QStringLiteral("project"), check->scope() == qa::Check::Scope::Project},
                                     {QStringLiteral("description"), check->description()}});
        m_context.printJson(array);
        return ExitCode::Ok;
    }
    TablePrinter table(
        {QStringLiteral("CHECK"), QStringLiteral("SEVERITY"), QStringLiteral("FIX"), QStringLiteral("DESCRIPTION")});
    for (const auto& check : checks)
        table.addRow({check->id(), qa::severityName(check->defaultSeverity()),
                      check->canFix() ? QStringLiteral("yes") : QString(), check->description()});
    table.print(m_context.out());
    return ExitCode::Ok;
}

ExitCode QaCommands::runProject(const QStringList& arguments)
{
    ArgumentParser parser(QStringLiteral("qa --project PROJECT [--lang L] [--document D] [--csv] [--html FILE] "
                                         "[--no-spelling]  |  qa FILE  |  qa --list-checks"),
                          s_description);
    parser
        .addOption(s_projectOption, ArgumentParser::Kind::Value, QStringLiteral("PROJECT"),
                   QStringLiteral("the project's id or unique name"), true)
        .addOption(s_langOption, ArgumentParser::Kind::Value, QStringLiteral("L"),
                   QStringLiteral("only this target language (default: all)"))
        .addOption(s_documentOption, ArgumentParser::Kind::Value, QStringLiteral("D"),
                   QStringLiteral("only this document (id or name)"));
    addOutputOptions(parser);
    if (auto parsed = m_context.parse(parser, arguments, s_command); !parsed)
        return parsed.error();

    auto workspace = m_context.openWorkspace(Workspace::Access::ReadOnly);
    if (!workspace)
        return workspace.error();
    Workspace& ws = **workspace;
    auto project = ws.projects().resolve(parser.value(s_projectOption));
    if (!project)
        return m_context.error(project.error());
    qa::ProjectQa::Options options;
    options.document = parser.value(s_documentOption);
    options.spelling = !parser.isSet(s_noSpellingOption);
    if (parser.isSet(s_langOption)) {
        auto languages = m_context.targetLanguages(*project, s_langOption, parser.value(s_langOption), s_command);
        if (!languages)
            return languages.error();
        options.languages = *std::move(languages);
    }
    auto report = qa::ProjectQa(ws).run(project->id, options);
    if (!report)
        return m_context.error(report.error());
    return print(*report, parser.isSet(s_csvOption), parser.value(s_htmlOption));
}

ExitCode QaCommands::runFile(const QStringList& arguments)
{
    ArgumentParser parser(QStringLiteral("qa FILE [--source-lang L] [--target-lang L] [--csv] [--html FILE] "
                                         "[--no-spelling]  |  qa --project PROJECT …  |  qa --list-checks"),
                          s_description);
    parser.addPositional(QStringLiteral("FILE"), QStringLiteral("a translation file (PO, XLIFF, TS, …)"))
        .addOption(s_sourceLangOption, ArgumentParser::Kind::Value, QStringLiteral("L"),
                   QStringLiteral("the source language where FILE does not say (default en)"))
        .addOption(s_targetLangOption, ArgumentParser::Kind::Value, QStringLiteral("L"),
                   QStringLiteral("the target language where FILE does not say"));
    addOutputOptions(parser);
    if (auto parsed = m_context.parse(parser, arguments, s_command); !parsed)
        return parsed.error();
    const QString path = parser.positional(QStringLiteral("FILE"));
    QFile file(path);
    if (QFileInfo(path).isDir() || !file.open(QIODevice::ReadOnly))
        return m_context.error(ExitCode::BadInput, QStringLiteral("%1: cannot read: %2")
                                                       .arg(path, QFileInfo(path).isDir() ? QStringLiteral("a folder")
                                                                                          : file.errorString()));
    const QByteArray data = file.readAll();
    const formats::FilterRegistry filters;
    const formats::Filter* filter = filters.detect(path, data.left(4096));
    if (!filter)
        return m_context.error(ExitCode::BadInput,
                               QStringLiteral("%1: not a translation file Tessera can read").arg(path));
    auto document = filter->read(data, path);
    if (!document)
        return m_context.error(document.error());

    QString languages[2] = {document->sourceLanguage, document->targetLanguage};
    const QString options[2] = {s_sourceLangOption, s_targetLangOption};
    for (int i = 0; i < 2; ++i) {
        if (parser.isSet(options[i]) || !languages[i].isEmpty()) {
            const QString given = parser.isSet(options[i]) ? parser.value(options[i]) : languages[i];
            const auto tag = m_context.languageTag(options[i], given, s_command);
            if (!tag)
                return tag.error();
            languages[i] = *tag;
        }
    }
    if (languages[0].isEmpty())
        languages[0] = QStringLiteral("en");
    if (languages[1].isEmpty())
        return m_context.error(ExitCode::BadInput,
                               QStringLiteral("%1: the file does not say its target language").arg(path),
                               {QStringLiteral("give it with --target-lang L")});

    qa::QaContext context;
    context.sourceLanguage = languages[0];
    context.targetLanguage = languages[1];
    context.settings = qa::CheckRegistry::standard().defaultSettings();
    if (!parser.isSet(s_noSpellingOption))
        context.spelling = qa::SpellChecker::forLanguage(languages[1]);
    QList<qa::QaBatch::Item> items;
    items.reserve(document->segments.size());
    const QString name = QFileInfo(path).fileName();
    for (const domain::Segment& segment : document->segments)
        items.append(qa::QaBatch::Item{segment, name});
    qa::QaReport report;
    report.project = name;
    qa::QaBatch(context).run(items, report);
    return print(report, parser.isSet(s_csvOption), parser.value(s_htmlOption));
}

ExitCode QaCommands::print(const qa::QaReport& report, bool csv, const QString& htmlPath)
{
    if (!htmlPath.isEmpty()) {
        if (auto saved = project::FileSaver::save(htmlPath, qa::QaReportWriter::html(report)); !saved)
            return m_context.error(saved.error());
    }
    const ExitCode result = report.hasErrors() ? ExitCode::Problems : ExitCode::Ok;
    if (m_context.json()) {
        m_context.printJson(qa::QaReportWriter::issuesJson(report));
        return result;
    }
    if (csv) {
        m_context.out() << QString::fromUtf8(qa::QaReportWriter::csv(report));
        return result;
    }
    QTextStream& out = m_context.out();
    if (!report.findings.isEmpty()) {
        TablePrinter table({QStringLiteral("SEVERITY"), QStringLiteral("CHECK"), QStringLiteral("LANG"),
                            QStringLiteral("KEY"), QStringLiteral("MESSAGE")});
        for (const qa::QaFinding& f : report.findings) {
            QString key = shownKey(f.key);
            if (key.size() > 40)
                key = key.left(39) + QChar(0x2026);
            table.addRow({qa::severityName(f.issue.severity), f.issue.check, f.language, key, f.issue.message});
        }
        table.print(out);
        out << '\n';
        TablePrinter counts({QStringLiteral("CHECK"), QStringLiteral("SEVERITY"), QStringLiteral("ISSUES"),
                             QStringLiteral("SEGMENTS")});
        counts.setRightAligned(2);
        counts.setRightAligned(3);
        for (const qa::QaCount& c : report.counts())
            counts.addRow(
                {c.check, qa::severityName(c.severity), QString::number(c.issues), QString::number(c.segments)});
        counts.print(out);
        out << '\n';
    }
    out << report.segmentsChecked << " segment(s) checked (" << report.untranslatedSkipped
        << " untranslated skipped): " << report.count(qa::Severity::Error) << " error(s), "
        << report.count(qa::Severity::Warning) << " warning(s), " << report.count(qa::Severity::Info) << " info(s)";
    if (!htmlPath.isEmpty())
        out << "; HTML report in " << htmlPath;
    out << ".\n";
    return result;
}

} // namespace tessera::cli
