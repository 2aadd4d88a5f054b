// tessera-cli: parses the global options and hands the command to its command group.
#include <QCoreApplication>

#include "AnalysisCommands.h"
#include "CliContext.h"
#include "DemoCommand.h"
#include "JobCommands.h"
#include "MtCommands.h"
#include "PretranslateCommand.h"
#include "ProjectCommands.h"
#include "QaCommands.h"
#include "SegmentCommands.h"
#include "TermCommands.h"
#include "TmCommands.h"
#include "TransferCommands.h"
#include "VersionCommand.h"
#include "system/Logging.h"

using tessera::cli::CliContext;
using tessera::cli::ExitCode;

namespace {

const char* const s_help = R"(Usage: tessera-cli [--workspace PATH] [--json] COMMAND …

Tessera's command line: script projects, files and segments of a Tessera workspace.

Commands:
  --version                              versions of Tessera, Qt, KF6, SQLite, libcurl and spdlog
  demo create                            seed the demo project into the workspace
  project create NAME --source-lang L --target-langs L1,L2 [--deadline DATE]
                                         create a project; prints its id
  project list                           list the projects
  project show PROJECT                   a project and its documents (PROJECT: id or unique name)
  project set PROJECT [--exact-matches S] [--source-dir DIR]
                                         change a project's settings
  segment list --project PROJECT --lang L [--state S] [--document D]
                                         list segments
  segment set SEGMENT_ID [--target TEXT | --plural TEXT…] [--state S]
                                         change a segment's translation or state
  import FILE… --project PROJECT [--lang L]
                                         import files, one document per target language;
                                         importing a file again updates it by key
  export --project PROJECT [--lang L] --out DIR
                                         write the documents in their original formats
  convert IN OUT [--source-lang L] [--target-lang L]
                                         convert a file to the format of OUT's extension
  tm import FILE.tmx [--tm NAME]         add a TMX file's units to a translation memory
  tm export --tm NAME --out FILE.tmx     write a translation memory as TMX
  tm stats                               the translation memories: units, languages, settings
  tm set NAME [--priority N] [--penalty P] [--read-only | --writable]
                                         change a translation memory's settings
  tm lookup TEXT --source-lang L --target-lang L [--min PCT] [--max N]
                                         fuzzy matches from every translation memory
  tm lookup --batch FILE --source-lang L --target-lang L [--min PCT] [--max N]
                                         one query a line; JSON Lines with elapsed_us
  tm concordance TEXT [--in source|target] [--max N]
                                         units holding a word or phrase, hits in [ ]
  analyze --project PROJECT [--lang L] [--csv]
                                         CAT analysis: segments and words per TM match band
  pretranslate --project PROJECT --lang L [--tm] [--mt PROVIDER [--url URL]] [--min PCT] [--exact-state S]
                                         fill untranslated segments from the TMs and/or
                                         an MT provider, as background jobs (progress on stderr)
  qa --project PROJECT [--lang L] [--document D] [--csv] [--html FILE]
                                         quality checks over a project's translations;
                                         exit code 1 when errors are found
  qa FILE [--source-lang L] [--target-lang L]
                                         quality checks over one translation file
  qa --list-checks                       the checks: id, severity, automatic fix
  qa settings PROJECT [--enable ID…] [--disable ID…] [--severity ID=SEVERITY…]
     [--block-confirm ID[,ID]|none] [--block-approve ID[,ID]|none] [--allow WORD…]
                                         a project's QA settings; the options change them
  jobs list | jobs retry ID | jobs pause QUEUE | jobs resume QUEUE | jobs cancel ID
                                         the background job queue
  terms import FILE                      merge a TBX or CSV/TSV glossary into the termbase
  terms export --out FILE                write the termbase as TBX, CSV or TSV
  terms lookup TEXT --source-lang L --target-lang L
                                         terms of the termbase found in TEXT, with translations
  mt providers                           the machine-translation providers
  mt translate TEXT --provider P --from L --to L [--url URL]
                                         machine-translate TEXT (apertium defaults to
                                         http://127.0.0.1:2737), through the MT cache

Global options:
  --workspace PATH   workspace folder or database; default $TESSERA_WORKSPACE, else the desktop
                     app's workspace
  --json             print one JSON document on stdout
  --help             this help; `tessera-cli COMMAND --help` for a command's options

Exit codes: 0 success, 1 the operation found problems, 2 usage error, 3 bad input data,
4 environment problem (workspace unreadable, locked, from a newer version).
)";

ExitCode dispatch(CliContext& context, const QStringList& arguments)
{
    qsizetype i = 0;
    for (; i < arguments.size(); ++i) {
        const QString& arg = arguments.at(i);
        if (arg == QLatin1String("--json")) {
            context.setJson(true);
        } else if (arg == QLatin1String("--workspace") || arg.startsWith(QLatin1String("--workspace="))) {
            const bool inline_ = arg.contains(QLatin1Char('='));
            if (!inline_ && i + 1 >= arguments.size())
                return context.usageError(QStringLiteral("option --workspace needs a value (PATH)"), QString());
            const QString path = inline_ ? arg.section(QLatin1Char('='), 1) : arguments.at(++i);
            if (path.isEmpty())
                return context.usageError(QStringLiteral("--workspace needs a path"), QString());
            context.setWorkspaceOption(path);
        } else if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            context.out() << s_help;
            return ExitCode::Ok;
        } else if (arg == QLatin1String("--version")) {
            return tessera::cli::VersionCommand(context).run(arguments.mid(i + 1));
        } else if (arg.startsWith(QLatin1Char('-'))) {
            return context.usageError(QStringLiteral("unknown option %1").arg(arg), QString());
        } else {
            break;
        }
    }
    if (i >= arguments.size())
        return context.usageError(QStringLiteral("missing command"), QString());
    const QString command = arguments.at(i);
    const QStringList rest = arguments.mid(i + 1);
    if (command == QLatin1String("demo"))
        return tessera::cli::DemoCommand(context).run(rest);
    if (command == QLatin1String("mt"))
        return tessera::cli::MtCommands(context).run(rest);
    if (command == QLatin1String("project"))
        return tessera::cli::ProjectCommands(context).run(rest);
    if (command == QLatin1String("segment"))
        return tessera::cli::SegmentCommands(context).run(rest);
    if (command == QLatin1String("tm"))
        return tessera::cli::TmCommands(context).run(rest);
    if (command == QLatin1String("import"))
        return tessera::cli::TransferCommands(context).importFiles(rest);
    if (command == QLatin1String("export"))
        return tessera::cli::TransferCommands(context).exportDocuments(rest);
    if (command == QLatin1String("convert"))
        return tessera::cli::TransferCommands(context).convert(rest);
    if (command == QLatin1String("analyze"))
        return tessera::cli::AnalysisCommands(context).analyze(rest);
    if (command == QLatin1String("pretranslate"))
        return tessera::cli::PretranslateCommand(context).run(rest);
    if (command == QLatin1String("qa"))
        return tessera::cli::QaCommands(context).run(rest);
    if (command == QLatin1String("terms"))
        return tessera::cli::TermCommands(context).run(rest);
    if (command == QLatin1String("jobs"))
        return tessera::cli::JobCommands(context).run(rest);
    if (command == QLatin1String("help")) {
        context.out() << s_help;
        return ExitCode::Ok;
    }
    return context.usageError(QStringLiteral("unknown command \"%1\"").arg(command), QString());
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tessera-cli"));
    // Console only, warnings and up, on stderr: stdout carries the JSON.
    tessera::system::installLogging({});

    CliContext context;
    const ExitCode code = dispatch(context, QCoreApplication::arguments().mid(1));
    context.out().flush();
    return static_cast<int>(code);
}
