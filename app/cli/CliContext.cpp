#include "CliContext.h"

#include <algorithm>
#include <cstdio>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "ArgumentParser.h"
#include "OptionNames.h"
#include "store/ProjectRepository.h"
#include "text/LanguageTag.h"

namespace tessera::cli {

using domain::ErrorCode;
using store::Workspace;

namespace {
const QString s_json = QStringLiteral("--json");
const QString s_workspace = QStringLiteral("--workspace");
} // namespace

CliContext::CliContext()
    : m_out(stdout)
    , m_err(stderr)
{}

QString CliContext::workspacePath() const
{
    return m_workspaceOption.isEmpty() ? Workspace::defaultPath() : m_workspaceOption;
}

void CliContext::addGlobalOptions(ArgumentParser& parser)
{
    parser.addGlobalOption(s_workspace, ArgumentParser::Kind::Value, QStringLiteral("PATH"),
                           QStringLiteral("workspace folder or database (default: $TESSERA_WORKSPACE, else the "
                                          "desktop app's workspace)"));
    parser.addGlobalOption(s_json, ArgumentParser::Kind::Flag, {}, QStringLiteral("print one JSON document on stdout"));
}

void CliContext::applyGlobalOptions(const ArgumentParser& parser)
{
    if (parser.isSet(s_json))
        m_json = true;
    if (parser.isSet(s_workspace))
        m_workspaceOption = parser.value(s_workspace);
}

CliResult<void> CliContext::parse(ArgumentParser& parser, const QStringList& arguments, const QString& helpCommand)
{
    addGlobalOptions(parser);
    if (auto parsed = parser.parse(arguments); !parsed)
        return std::unexpected(usageError(parsed.error().message, helpCommand));
    if (parser.helpRequested()) {
        m_out << parser.helpText();
        m_out.flush();
        return std::unexpected(ExitCode::Ok);
    }
    applyGlobalOptions(parser);
    if (parser.isSet(s_workspace) && m_workspaceOption.isEmpty())
        return std::unexpected(usageError(QStringLiteral("--workspace needs a path"), helpCommand));
    return {};
}

CliResult<std::unique_ptr<Workspace>> CliContext::openWorkspace(Workspace::Access access)
{
    const QString path = workspacePath();
    auto opened = Workspace::open(path, access, m_clock);
    if (opened)
        return std::move(*opened);
    const domain::Error& failure = opened.error();
    QStringList details;
    switch (failure.code) {
    case ErrorCode::NotFound:
        details << QStringLiteral("create one with `tessera-cli --workspace PATH demo create` or `project create`, "
                                  "or name another with --workspace or $TESSERA_WORKSPACE");
        break;
    case ErrorCode::Locked:
        details << QStringLiteral("the workspace is in use; try again when the other program has finished");
        break;
    default:
        break;
    }
    return std::unexpected(error(ExitCode::Environment, failure.describe(), details));
}

QString CliContext::author()
{
    for (const char* name : {"TESSERA_USER", "USER"}) {
        const QString value = qEnvironmentVariable(name).trimmed();
        if (!value.isEmpty())
            return value;
    }
    return QStringLiteral("unknown");
}

void CliContext::printGroupHelp(const QString& group, const QList<QPair<QString, QString>>& commands)
{
    qsizetype width = 0;
    for (const auto& command : commands)
        width = std::max(width, command.first.size());
    m_out << "Usage: tessera-cli [--workspace PATH] [--json] " << group << " COMMAND …\n\nCommands:\n";
    for (const auto& [synopsis, help] : commands)
        m_out << "  " << synopsis.leftJustified(width + 2) << help << '\n';
    m_out << "\nRun `tessera-cli " << group << " COMMAND --help` for a command's options.\n";
    m_out.flush();
}

void CliContext::printJson(const QJsonObject& object)
{
    m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    m_out.flush();
}

void CliContext::printJson(const QJsonArray& array)
{
    m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    m_out.flush();
}

ExitCode CliContext::error(ExitCode code, const QString& message, const QStringList& details)
{
    m_out.flush();
    m_err << "tessera-cli: error: " << message << '\n';
    for (const QString& line : details)
        m_err << "tessera-cli: " << line << '\n';
    m_err.flush();
    return code;
}

CliResult<QString> CliContext::languageTag(const QString& option, const QString& text, const QString& helpCommand)
{
    auto tag = text::LanguageTag::normalize(text);
    if (!tag)
        return std::unexpected(usageError(
            QStringLiteral("%1: \"%2\" is not a BCP 47 language tag (like de, pt-BR or zh-Hans)").arg(option, text),
            helpCommand));
    return *tag;
}

CliResult<QStringList> CliContext::targetLanguages(const domain::Project& project, const QString& option,
                                                   const std::optional<QString>& text, const QString& helpCommand)
{
    if (!text)
        return project.targetLanguages;
    const auto wanted = languageTag(option, *text, helpCommand);
    if (!wanted)
        return std::unexpected(wanted.error());
    for (const QString& l : project.targetLanguages) {
        if (l.compare(*wanted, Qt::CaseInsensitive) == 0)
            return QStringList{l};
    }
    return std::unexpected(
        error(fieldError(option, QStringLiteral("project \"%1\" has no target language %2 (it has %3)")
                                     .arg(project.name, *wanted, project.targetLanguages.join(QStringLiteral(", "))))));
}

CliResult<CliContext::ProjectScope> CliContext::openProject(const ArgumentParser& parser, Workspace::Access access,
                                                            const QString& helpCommand)
{
    auto workspace = openWorkspace(access);
    if (!workspace)
        return std::unexpected(workspace.error());
    auto project = (*workspace)->projects().resolve(parser.value(s_projectOption));
    if (!project)
        return std::unexpected(error(project.error()));
    auto languages = targetLanguages(
        *project, s_langOption, parser.isSet(s_langOption) ? std::optional(parser.value(s_langOption)) : std::nullopt,
        helpCommand);
    if (!languages)
        return std::unexpected(languages.error());
    return ProjectScope{std::move(*workspace), std::move(*project), std::move(*languages)};
}

std::optional<domain::SegmentState> CliContext::exactMatchState(const QString& text)
{
    const QString state = text.toLower();
    if (state == QLatin1String("translated"))
        return domain::SegmentState::Translated;
    if (state == QLatin1String("draft"))
        return domain::SegmentState::Draft;
    return std::nullopt;
}

ExitCode CliContext::usageError(const QString& message, const QString& helpCommand)
{
    const QString command = helpCommand.isEmpty() ? QString() : helpCommand + QLatin1Char(' ');
    return error(ExitCode::Usage, message, {QStringLiteral("try `tessera-cli %1--help`").arg(command)});
}

ExitCode CliContext::error(const domain::Error& failure)
{
    return error(exitCodeFor(failure.code), failure.describe());
}

domain::Error CliContext::fieldError(const QString& field, const QString& message)
{
    return domain::Error{ErrorCode::InvalidInput, message, {}, 0, 0, field};
}

ExitCode CliContext::exitCodeFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidInput:
    case ErrorCode::NotFound:
    case ErrorCode::Ambiguous:
    case ErrorCode::InvalidTransition:
        return ExitCode::BadInput;
    case ErrorCode::Conflict:
    case ErrorCode::QaBlocked:
    case ErrorCode::Internal:
        return ExitCode::Problems;
    case ErrorCode::Database:
    case ErrorCode::Io:
    case ErrorCode::NotWritable:
    case ErrorCode::NotTesseraDatabase:
    case ErrorCode::NewerSchema:
    case ErrorCode::Locked:
    case ErrorCode::Network:
        return ExitCode::Environment;
    }
    return ExitCode::Problems;
}

} // namespace tessera::cli
