#include "ProjectCommands.h"

#include <array>
#include <optional>

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include "ArgumentParser.h"
#include "CliJson.h"
#include "TablePrinter.h"
#include "domain/Project.h"
#include "store/Database.h"
#include "store/DocumentRepository.h"
#include "store/ProjectRepository.h"
#include "store/SegmentRepository.h"

namespace tessera::cli {

using domain::SegmentState;
using store::Workspace;

namespace {

constexpr std::array s_states{SegmentState::New,      SegmentState::Draft,    SegmentState::Translated,
                              SegmentState::Reviewed, SegmentState::Approved, SegmentState::Rejected};

QString deadlineText(const QDate& deadline)
{
    return deadline.isValid() ? deadline.toString(Qt::ISODate) : QStringLiteral("-");
}

const QString s_exactMatchesOption = QStringLiteral("--exact-matches");
const QString s_sourceDirOption = QStringLiteral("--source-dir");

} // namespace

ProjectCommands::ProjectCommands(CliContext& context)
    : m_context(context)
{}

ExitCode ProjectCommands::run(const QStringList& arguments)
{
    const QString sub = arguments.value(0);
    if (sub == QLatin1String("create"))
        return create(arguments.mid(1));
    if (sub == QLatin1String("list"))
        return list(arguments.mid(1));
    if (sub == QLatin1String("show"))
        return show(arguments.mid(1));
    if (sub == QLatin1String("set"))
        return set(arguments.mid(1));
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        m_context.printGroupHelp(QStringLiteral("project"),
                                 {{QStringLiteral("create NAME --source-lang L --target-langs L1,L2 [--deadline DATE]"),
                                   QStringLiteral("create a project; prints its id")},
                                  {QStringLiteral("list"), QStringLiteral("list the projects")},
                                  {QStringLiteral("show PROJECT"),
                                   QStringLiteral("a project's languages and documents with counts per state")},
                                  {QStringLiteral("set PROJECT [--exact-matches translated|draft] [--source-dir DIR]"),
                                   QStringLiteral("change a project's settings")}});
        return ExitCode::Ok;
    }
    if (sub.isEmpty())
        return m_context.usageError(QStringLiteral("missing project command (create, list, show or set)"),
                                    QStringLiteral("project"));
    return m_context.usageError(QStringLiteral("unknown project command \"%1\"").arg(sub), QStringLiteral("project"));
}

ExitCode ProjectCommands::create(const QStringList& arguments)
{
    const QString command = QStringLiteral("project create");
    ArgumentParser parser(QStringLiteral("project create NAME --source-lang L --target-langs L1,L2 [--deadline DATE]"),
                          QStringLiteral("Create a project and print its id. Languages are BCP 47 tags (de, pt-BR, "
                                         "zh-Hans); de_DE is read as de-DE."));
    parser.addPositional(QStringLiteral("NAME"), QStringLiteral("the project's name, unique in the workspace"))
        .addOption(QStringLiteral("--source-lang"), ArgumentParser::Kind::Value, QStringLiteral("L"),
                   QStringLiteral("the source language"), true)
        .addOption(QStringLiteral("--target-langs"), ArgumentParser::Kind::Value, QStringLiteral("L1,L2"),
                   QStringLiteral("the target languages, separated by commas"), true)
        .addOption(QStringLiteral("--deadline"), ArgumentParser::Kind::Value, QStringLiteral("DATE"),
                   QStringLiteral("the deadline, an ISO 8601 date such as 2027-03-31"))
        .addOption(QStringLiteral("--client"), ArgumentParser::Kind::Value, QStringLiteral("NAME"),
                   QStringLiteral("whom the project is for"))
        .addOption(s_exactMatchesOption, ArgumentParser::Kind::Value, QStringLiteral("STATE"),
                   QStringLiteral("the state pretranslation gives 100%/101% matches: translated (default) or draft"));
    if (auto parsed = m_context.parse(parser, arguments, command); !parsed)
        return parsed.error();

    domain::Project project;
    project.name = parser.positional(QStringLiteral("NAME")).trimmed();
    if (project.name.isEmpty())
        return m_context.usageError(QStringLiteral("NAME: a project needs a name"), command);
    const QString sourceOption = QStringLiteral("--source-lang");
    const auto source = m_context.languageTag(sourceOption, parser.value(sourceOption), command);
    if (!source)
        return source.error();
    project.sourceLanguage = *source;

    const QString targetsOption = QStringLiteral("--target-langs");
    for (const QString& item : parser.value(targetsOption).split(QLatin1Char(','))) {
        const auto tag = m_context.languageTag(targetsOption, item, command);
        if (!tag)
            return tag.error();
        if (*tag == project.sourceLanguage)
            return m_context.usageError(
                QStringLiteral("%1: %2 is the source language, not a target").arg(targetsOption, *tag), command);
        if (!project.targetLanguages.contains(*tag))
            project.targetLanguages.append(*tag);
    }

    const QString deadlineOption = QStringLiteral("--deadline");
    if (parser.isSet(deadlineOption)) {
        project.deadline = QDate::fromString(parser.value(deadlineOption).trimmed(), Qt::ISODate);
        if (!project.deadline.isValid())
            return m_context.usageError(QStringLiteral("%1: \"%2\" is not an ISO 8601 date (YYYY-MM-DD)")
                                            .arg(deadlineOption, parser.value(deadlineOption)),
                                        command);
    }
    project.client = parser.value(QStringLiteral("--client"));
    if (parser.isSet(s_exactMatchesOption)) {
        const auto state = CliContext::exactMatchState(parser.value(s_exactMatchesOption));
        if (!state)
            return m_context.usageError(QStringLiteral("%1 must be translated or draft, not \"%2\"")
                                            .arg(s_exactMatchesOption, parser.value(s_exactMatchesOption)),
                                        command);
        project.exactMatchState = *state;
    }

    auto workspace = m_context.openWorkspace(Workspace::Access::ReadWrite);
    if (!workspace)
        return workspace.error();
    auto created = (*workspace)->projects().create(project);
    if (!created)
        return m_context.error(created.error());
    if (m_context.json())
        m_context.printJson(json::project(*created));
    else
        m_context.out() << created->id << '\n';
    return ExitCode::Ok;
}

ExitCode ProjectCommands::list(const QStringList& arguments)
{
    ArgumentParser parser(QStringLiteral("project list"), QStringLiteral("List the projects in the workspace."));
    if (auto parsed = m_context.parse(parser, arguments, QStringLiteral("project list")); !parsed)
        return parsed.error();
    auto workspace = m_context.openWorkspace(Workspace::Access::ReadOnly);
    if (!workspace)
        return workspace.error();
    auto projects = (*workspace)->projects().list();
    if (!projects)
        return m_context.error(projects.error());

    if (m_context.json()) {
        QJsonArray array;
        for (const domain::Project& p : *projects)
            array.append(json::project(p));
        m_context.printJson(array);
        return ExitCode::Ok;
    }
    if (projects->isEmpty()) {
        m_context.out() << "No projects in " << (*workspace)->path() << ".\n";
        return ExitCode::Ok;
    }
    TablePrinter table({QStringLiteral("NAME"), QStringLiteral("SOURCE"), QStringLiteral("TARGETS"),
                        QStringLiteral("DEADLINE"), QStringLiteral("ID")});
    for (const domain::Project& p : *projects)
        table.addRow(
            {p.name, p.sourceLanguage, p.targetLanguages.join(QLatin1Char(',')), deadlineText(p.deadline), p.id});
    table.print(m_context.out());
    return ExitCode::Ok;
}

ExitCode ProjectCommands::show(const QStringList& arguments)
{
    ArgumentParser parser(
        QStringLiteral("project show PROJECT"),
        QStringLiteral("Show a project's languages and its documents with segment counts per state."));
    parser.addPositional(QStringLiteral("PROJECT"), QStringLiteral("the project's id or unique name"));
    if (auto parsed = m_context.parse(parser, arguments, QStringLiteral("project show")); !parsed)
        return parsed.error();
    auto workspace = m_context.openWorkspace(Workspace::Access::ReadOnly);
    if (!workspace)
        return workspace.error();
    Workspace& ws = **workspace;
    auto project = ws.projects().resolve(parser.positional(QStringLiteral("PROJECT")));
    if (!project)
        return m_context.error(project.error());
    auto documents = ws.documents().listForProject(project->id);
    if (!documents)
        return m_context.error(documents.error());

    QJsonArray documentsJson;
    QStringList headers{QStringLiteral("DOCUMENT"), QStringLiteral("LANG"), QStringLiteral("SEGMENTS")};
    for (SegmentState state : s_states)
        headers.append(domain::stateName(state).toUpper());
    TablePrinter table(headers);
    for (int column = 2; column < headers.size(); ++column)
        table.setRightAligned(column);

    for (const domain::Document& document : *documents) {
        auto counts = ws.segments().stateCounts(document.id);
        if (!counts)
            return m_context.error(counts.error());
        QJsonObject states;
        QStringList row{document.name, document.targetLanguage, QString::number(document.segmentCount)};
        for (SegmentState state : s_states) {
            const int count = (*counts)[static_cast<std::size_t>(state)];
            states.insert(domain::stateName(state), count);
            row.append(QString::number(count));
        }
        table.addRow(row);
        documentsJson.append(QJsonObject{{QStringLiteral("id"), document.id},
                                         {QStringLiteral("name"), document.name},
                                         {QStringLiteral("format"), document.format},
                                         {QStringLiteral("lang"), document.targetLanguage},
                                         {QStringLiteral("segments"), document.segmentCount},
                                         {QStringLiteral("states"), states}});
    }

    if (m_context.json()) {
        QJsonObject object = json::project(*project);
        object.insert(QStringLiteral("documents"), documentsJson);
        m_context.printJson(object);
        return ExitCode::Ok;
    }
    const domain::Project& p = *project;
    QTextStream& out = m_context.out();
    out << p.name << '\n'
        << "  id:        " << p.id << '\n'
        << "  languages: " << p.sourceLanguage << " → " << p.targetLanguages.join(QStringLiteral(", ")) << '\n'
        << "  deadline:  " << deadlineText(p.deadline) << '\n';
    if (!p.client.isEmpty())
        out << "  client:    " << p.client << '\n';
    if (!p.sourceDir.isEmpty())
        out << "  sources:   " << p.sourceDir << '\n';
    out << "  workflow:  " << p.workflow.join(QStringLiteral(" → ")) << '\n'
        << "  exact matches pretranslated as: "
        << (p.exactMatchState == domain::SegmentState::Draft ? "draft" : "translated") << "\n\n";
    if (documents->isEmpty())
        out << "No documents yet.\n";
    else
        table.print(out);
    return ExitCode::Ok;
}

ExitCode ProjectCommands::set(const QStringList& arguments)
{
    const QString command = QStringLiteral("project set");
    ArgumentParser parser(QStringLiteral("project set PROJECT [--exact-matches translated|draft] [--source-dir DIR]"),
                          QStringLiteral("Change a project's settings (at least one)."));
    parser.addPositional(QStringLiteral("PROJECT"), QStringLiteral("the project's id or unique name"))
        .addOption(s_exactMatchesOption, ArgumentParser::Kind::Value, QStringLiteral("STATE"),
                   QStringLiteral("the state pretranslation gives 100%/101% matches: translated or draft"))
        .addOption(s_sourceDirOption, ArgumentParser::Kind::Value, QStringLiteral("DIR"),
                   QStringLiteral("the folder with the project's source code, where the editor shows the code "
                                  "around a segment's locations; \"\" clears it"));
    if (auto parsed = m_context.parse(parser, arguments, command); !parsed)
        return parsed.error();
    const bool setState = parser.isSet(s_exactMatchesOption);
    const bool setSourceDir = parser.isSet(s_sourceDirOption);
    if (!setState && !setSourceDir)
        return m_context.usageError(
            QStringLiteral("nothing to set: give %1 or %2").arg(s_exactMatchesOption, s_sourceDirOption), command);
    std::optional<domain::SegmentState> state;
    if (setState) {
        const auto parsedState = CliContext::exactMatchState(parser.value(s_exactMatchesOption));
        if (!parsedState)
            return m_context.usageError(QStringLiteral("%1 must be translated or draft, not \"%2\"")
                                            .arg(s_exactMatchesOption, parser.value(s_exactMatchesOption)),
                                        command);
        state = *parsedState;
    }
    QString sourceDir;
    if (setSourceDir && !parser.value(s_sourceDirOption).trimmed().isEmpty()) {
        const QFileInfo dir(parser.value(s_sourceDirOption).trimmed());
        if (!dir.isDir())
            return m_context.error(
                ExitCode::BadInput,
                QStringLiteral("%1: %2 is not a folder").arg(s_sourceDirOption, parser.value(s_sourceDirOption)));
        sourceDir = dir.absoluteFilePath();
    }
    auto workspace = m_context.openWorkspace(Workspace::Access::ReadWrite);
    if (!workspace)
        return workspace.error();
    auto& projects = (*workspace)->projects();
    auto project = projects.resolve(parser.positional(QStringLiteral("PROJECT")));
    if (!project)
        return m_context.error(project.error());
    // Both settings in one transaction: a failure changes neither.
    auto changed = (*workspace)->database().transaction([&]() -> domain::Result<void> {
        if (state)
            if (auto done = projects.setExactMatchState(project->id, *state); !done)
                return done;
        if (setSourceDir)
            return projects.setSourceDir(project->id, sourceDir);
        return {};
    });
    if (!changed)
        return m_context.error(changed.error());
    auto updated = projects.find(project->id);
    if (!updated)
        return m_context.error(updated.error());
    if (m_context.json()) {
        m_context.printJson(json::project(*updated));
        return ExitCode::Ok;
    }
    if (state)
        m_context.out() << "Project " << updated->name << ": exact matches are pretranslated as "
                        << parser.value(s_exactMatchesOption).trimmed().toLower() << '\n';
    if (setSourceDir)
        m_context.out() << "Project " << updated->name << ": "
                        << (sourceDir.isEmpty() ? QStringLiteral("no source folder")
                                                : QStringLiteral("source folder %1").arg(sourceDir))
                        << '\n';
    return ExitCode::Ok;
}

} // namespace tessera::cli
