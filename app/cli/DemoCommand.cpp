#include "DemoCommand.h"

#include <QJsonObject>

#include "ArgumentParser.h"
#include "demo/DemoSeeder.h"

namespace tessera::cli {

DemoCommand::DemoCommand(CliContext& context)
    : m_context(context)
{}

ExitCode DemoCommand::run(const QStringList& arguments)
{
    const QString sub = arguments.value(0);
    if (sub == QLatin1String("create"))
        return create(arguments.mid(1));
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        m_context.printGroupHelp(
            QStringLiteral("demo"),
            {{QStringLiteral("create"), QStringLiteral("seed the demo project into the workspace")}});
        return ExitCode::Ok;
    }
    if (sub.isEmpty())
        return m_context.usageError(QStringLiteral("missing demo command (create)"), QStringLiteral("demo"));
    return m_context.usageError(QStringLiteral("unknown demo command \"%1\"").arg(sub), QStringLiteral("demo"));
}

ExitCode DemoCommand::create(const QStringList& arguments)
{
    ArgumentParser parser(QStringLiteral("demo create"),
                          QStringLiteral("Seed the demo project (UI strings and a help text in German, French and "
                                         "Spanish, with TM, glossary, tasks and reviews) into the workspace,\n"
                                         "which is created if missing."));
    if (auto parsed = m_context.parse(parser, arguments, QStringLiteral("demo create")); !parsed)
        return parsed.error();

    auto workspace = m_context.openWorkspace(store::Workspace::Access::ReadWrite);
    if (!workspace)
        return workspace.error();
    auto seeded = demo::DemoSeeder(**workspace).seed();
    if (!seeded) {
        if (seeded.error().code == domain::ErrorCode::Conflict)
            return m_context.error(
                ExitCode::Problems,
                QStringLiteral("the demo project already exists in workspace %1").arg((*workspace)->path()),
                {seeded.error().message});
        return m_context.error(seeded.error());
    }

    const demo::DemoSummary& s = *seeded;
    if (m_context.json()) {
        m_context.printJson(QJsonObject{
            {QStringLiteral("workspace"), (*workspace)->path()},
            {QStringLiteral("project_id"), s.projectId},
            {QStringLiteral("project_name"), s.projectName},
            {QStringLiteral("documents"), s.documents},
            {QStringLiteral("segments"), s.segments},
            {QStringLiteral("tm_units"), s.tmUnits},
            {QStringLiteral("concepts"), s.concepts},
            {QStringLiteral("tasks"), s.tasks},
            {QStringLiteral("reviews"), s.reviews},
        });
        return ExitCode::Ok;
    }
    m_context.out() << QStringLiteral("Created the demo project \"%1\" (id %2) in %3:\n")
                           .arg(s.projectName, s.projectId, (*workspace)->path())
                    << QStringLiteral("  %1 documents, %2 segments, %3 TM units, %4 glossary concepts, %5 tasks, "
                                      "%6 review decisions\n")
                           .arg(s.documents)
                           .arg(s.segments)
                           .arg(s.tmUnits)
                           .arg(s.concepts)
                           .arg(s.tasks)
                           .arg(s.reviews);
    return ExitCode::Ok;
}

} // namespace tessera::cli
