// CliContext: what every command shares: the global options, stdout and stderr, error reporting
// with the exit codes of the CLI contract, and opening the workspace.
#pragma once

#include <expected>
#include <memory>
#include <optional>

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include "domain/Clock.h"
#include "domain/Project.h"
#include "domain/Result.h"
#include "store/Workspace.h"

class QJsonArray;
class QJsonObject;

namespace tessera::cli {

class ArgumentParser;

// Exit codes of ../shared/CLI.md; scripts depend on them.
enum class ExitCode : int {
    Ok = 0,
    Problems = 1,    // the operation ran and found problems (conflicts, QA errors)
    Usage = 2,       // unknown command or option, missing argument
    BadInput = 3,    // bad input data; the message names the file, line, column or field
    Environment = 4, // workspace unreadable, locked, from a newer version, not writable
};

template <typename T> using CliResult = std::expected<T, ExitCode>;

class CliContext {
public:
    CliContext();

    bool json() const { return m_json; }
    void setJson(bool json) { m_json = json; }
    // --workspace, else $TESSERA_WORKSPACE, else the desktop app's default workspace.
    QString workspacePath() const;
    void setWorkspaceOption(const QString& path) { m_workspaceOption = path; }

    // Adds --workspace and --json to a command's parser, and takes them over after parsing, so the
    // global options may also follow the command.
    static void addGlobalOptions(ArgumentParser& parser);
    void applyGlobalOptions(const ArgumentParser& parser);
    // Parses a command's arguments: on --help prints the help and yields Ok; a usage error is
    // reported with a hint to `tessera-cli HELP_COMMAND --help`.
    CliResult<void> parse(ArgumentParser& parser, const QStringList& arguments, const QString& helpCommand);

    // Opens the workspace; any failure is reported here (exit 4).
    CliResult<std::unique_ptr<store::Workspace>> openWorkspace(store::Workspace::Access access);
    // $TESSERA_USER, else $USER: who made an edit.
    static QString author();

    QTextStream& out() { return m_out; }
    // The help of a command group: "Usage: … GROUP COMMAND …" and one line per command.
    void printGroupHelp(const QString& group, const QList<QPair<QString, QString>>& commands);
    void printJson(const QJsonObject& object);
    void printJson(const QJsonArray& array);

    // Prints "tessera-cli: error: MESSAGE" and the detail lines on stderr; returns `code`.
    ExitCode error(ExitCode code, const QString& message, const QStringList& details = {});
    ExitCode usageError(const QString& message, const QString& helpCommand);
    // The canonical BCP 47 spelling of `text` ("de_de" → "de-DE"), given for `option`; text that is
    // no tag at all is a usage error naming the option.
    CliResult<QString> languageTag(const QString& option, const QString& text, const QString& helpCommand);
    // The target languages of `project` that `option` (like --lang) asks for: all of them when it was
    // not given, else the one it names, spelled as the project spells it. A malformed tag is a usage
    // error; a language the project lacks, an input error naming the option.
    CliResult<QStringList> targetLanguages(const domain::Project& project, const QString& option,
                                           const std::optional<QString>& text, const QString& helpCommand);
    // The workspace opened with `access`, the project --project names and the target languages --lang
    // asks for (all of the project's without --lang; see targetLanguages()): what the commands that
    // work on a project's documents per language start from. Failures are reported here.
    struct ProjectScope {
        std::unique_ptr<store::Workspace> workspace;
        domain::Project project;
        QStringList languages;
    };
    CliResult<ProjectScope> openProject(const ArgumentParser& parser, store::Workspace::Access access,
                                        const QString& helpCommand);
    // A failure of a service call, reported with the exit code its error code stands for.
    ExitCode error(const domain::Error& error);
    static ExitCode exitCodeFor(domain::ErrorCode code);
    // Bad input in an option's value: an InvalidInput error naming the option as its field.
    // The state pretranslation gives exact matches, as --exact-matches and --exact-state spell it
    // (translated or draft, any case); nullopt for anything else.
    static std::optional<domain::SegmentState> exactMatchState(const QString& text);
    static domain::Error fieldError(const QString& field, const QString& message);

private:
    domain::SystemClock m_clock;
    QTextStream m_out;
    QTextStream m_err;
    bool m_json = false;
    QString m_workspaceOption;
};

} // namespace tessera::cli
