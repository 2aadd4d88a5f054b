// QaSettingsCommand: every check id given is checked against the registry before anything is written;
// the settings are saved with the rev that was read, so a concurrent change is a conflict, not lost.
#include "QaSettingsCommand.h"

#include <optional>

#include <QJsonArray>
#include <QJsonObject>

#include "ArgumentParser.h"
#include "TablePrinter.h"
#include "qa/Check.h"
#include "qa/CheckRegistry.h"
#include "qa/ProjectQa.h"
#include "qa/Severity.h"
#include "store/ProjectRepository.h"
#include "store/QaSettingsRepository.h"

namespace tessera::cli {

using store::Workspace;

namespace {

const QString s_settingsCommand = QStringLiteral("qa settings");
const QString s_enable = QStringLiteral("--enable");
const QString s_disable = QStringLiteral("--disable");
const QString s_severity = QStringLiteral("--severity");
const QString s_blockConfirm = QStringLiteral("--block-confirm");
const QString s_blockApprove = QStringLiteral("--block-approve");
const QString s_allow = QStringLiteral("--allow");
const QString s_none = QStringLiteral("none");

const QString s_settingsDescription = QStringLiteral(
    "Print a project's quality-check settings: every check (`qa --list-checks`) with whether it runs, its "
    "severity and whether its issues block confirming or approving a segment, and the allow-lists. The options "
    "change them and print the result. ID lists may be repeated or comma-separated; --block-confirm and "
    "--block-approve replace the list of blocking checks (`none`: no check blocks). With --json: {project, "
    "project_id, stored, rev, checks: [{check, enabled, severity, default_severity, blocks_confirm, "
    "blocks_approve, fixable}], same_as_source_allowed, spelling_ignored, max_length}.");

QStringList splitValues(const QStringList& values)
{
    QStringList result;
    for (const QString& value : values) {
        for (const QString& part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString trimmed = part.trimmed();
            if (!trimmed.isEmpty() && !result.contains(trimmed))
                result.append(trimmed);
        }
    }
    return result;
}

QString yesNo(bool value)
{
    return value ? QStringLiteral("yes") : QStringLiteral("no");
}

QString listOrNone(const QStringList& list)
{
    return list.isEmpty() ? QStringLiteral("(none)") : list.join(QStringLiteral(", "));
}

} // namespace

QaSettingsCommand::QaSettingsCommand(CliContext& context)
    : m_context(context)
{}

ExitCode QaSettingsCommand::run(const QStringList& arguments)
{
    ArgumentParser parser(
        QStringLiteral("qa settings PROJECT [--enable ID…] [--disable ID…] [--severity ID=SEVERITY…] "
                       "[--block-confirm ID[,ID]|none] [--block-approve ID[,ID]|none] [--allow WORD…]"),
        s_settingsDescription);
    parser.addPositional(QStringLiteral("PROJECT"), QStringLiteral("the project's id or unique name"))
        .addOption(s_enable, ArgumentParser::Kind::List, QStringLiteral("ID"), QStringLiteral("run these checks"))
        .addOption(s_disable, ArgumentParser::Kind::List, QStringLiteral("ID"),
                   QStringLiteral("do not run these checks"))
        .addOption(s_severity, ArgumentParser::Kind::List, QStringLiteral("ID=SEVERITY"),
                   QStringLiteral("report a check's issues as error, warning or info"))
        .addOption(s_blockConfirm, ArgumentParser::Kind::List, QStringLiteral("ID"),
                   QStringLiteral("the checks whose issues keep a segment from being confirmed (replaces the list)"))
        .addOption(s_blockApprove, ArgumentParser::Kind::List, QStringLiteral("ID"),
                   QStringLiteral("the checks whose issues keep a segment from being approved (replaces the list)"))
        .addOption(s_allow, ArgumentParser::Kind::List, QStringLiteral("WORD"),
                   QStringLiteral("add to the words a translation may keep as in the source (same-as-source)"));
    if (auto parsed = m_context.parse(parser, arguments, s_settingsCommand); !parsed)
        return parsed.error();

    // Check ids and severities first: a typo is a usage error, and nothing is opened or written.
    const qa::CheckRegistry& registry = qa::CheckRegistry::standard();
    const QStringList enable = splitValues(parser.values(s_enable));
    const QStringList disable = splitValues(parser.values(s_disable));
    QList<std::pair<QString, qa::Severity>> severities;
    QStringList named = enable + disable;
    for (const QString& pair : splitValues(parser.values(s_severity))) {
        const qsizetype equals = pair.indexOf(QLatin1Char('='));
        const std::optional<qa::Severity> severity =
            equals > 0 ? qa::severityFromString(pair.mid(equals + 1).trimmed().toLower()) : std::nullopt;
        if (!severity)
            return m_context.usageError(QStringLiteral("--severity needs ID=error|warning|info, not \"%1\"").arg(pair),
                                        s_settingsCommand);
        severities.append({pair.left(equals).trimmed(), *severity});
        named.append(severities.last().first);
    }
    std::optional<QStringList> blockConfirm;
    std::optional<QStringList> blockApprove;
    for (auto [option, target] : {std::pair{s_blockConfirm, &blockConfirm}, std::pair{s_blockApprove, &blockApprove}}) {
        if (!parser.isSet(option))
            continue;
        QStringList ids = splitValues(parser.values(option));
        if (ids == QStringList{s_none})
            ids.clear();
        named.append(ids);
        *target = ids;
    }
    for (const QString& id : std::as_const(named)) {
        if (!registry.find(id))
            return m_context.usageError(
                QStringLiteral("unknown check id \"%1\" (`tessera-cli qa --list-checks` lists them)").arg(id),
                s_settingsCommand);
    }
    for (const QString& id : enable) {
        if (disable.contains(id))
            return m_context.usageError(QStringLiteral("check \"%1\" is both enabled and disabled").arg(id),
                                        s_settingsCommand);
    }
    const QStringList allow = splitValues(parser.values(s_allow));
    const bool changes = !named.isEmpty() || blockConfirm || blockApprove || !allow.isEmpty();

    auto workspace = m_context.openWorkspace(changes ? Workspace::Access::ReadWrite : Workspace::Access::ReadOnly);
    if (!workspace)
        return workspace.error();
    Workspace& ws = **workspace;
    auto project = ws.projects().resolve(parser.positional(QStringLiteral("PROJECT")));
    if (!project)
        return m_context.error(project.error());
    auto stored = ws.qaSettings().find(project->id);
    if (!stored)
        return m_context.error(stored.error());
    domain::QaSettings settings = stored->value_or(registry.defaultSettings());
    if (!changes) {
        print(*project, settings, stored->has_value());
        return ExitCode::Ok;
    }

    for (const QString& id : enable)
        settings.disabled.removeAll(id);
    for (const QString& id : disable) {
        if (!settings.disabled.contains(id))
            settings.disabled.append(id);
    }
    for (const auto& [id, severity] : std::as_const(severities)) {
        if (severity == registry.find(id)->defaultSeverity())
            settings.severities.remove(id);
        else
            settings.severities.insert(id, qa::severityName(severity));
    }
    if (blockConfirm)
        settings.blockConfirm = *blockConfirm;
    if (blockApprove)
        settings.blockApprove = *blockApprove;
    for (const QString& word : allow) {
        if (!settings.sameAsSourceAllowed.contains(word))
            settings.sameAsSourceAllowed.append(word);
    }
    auto saved = ws.qaSettings().save(project->id, settings);
    if (!saved)
        return m_context.error(saved.error());
    print(*project, *saved, true);
    return ExitCode::Ok;
}

void QaSettingsCommand::print(const domain::Project& project, const domain::QaSettings& settings, bool stored)
{
    const auto& checks = qa::CheckRegistry::standard().checks();
    auto severityOf = [&](const qa::Check& check) {
        const auto overridden = qa::severityFromString(settings.severities.value(check.id()));
        return qa::severityName(overridden.value_or(check.defaultSeverity()));
    };
    if (m_context.json()) {
        QJsonArray array;
        for (const auto& check : checks)
            array.append(QJsonObject{
                {QStringLiteral("check"), check->id()},
                {QStringLiteral("enabled"), !settings.disabled.contains(check->id())},
                {QStringLiteral("severity"), severityOf(*check)},
                {QStringLiteral("default_severity"), qa::severityName(check->defaultSeverity())},
                {QStringLiteral("blocks_confirm"), settings.blockConfirm.contains(check->id())},
                {QStringLiteral("blocks_approve"), settings.blockApprove.contains(check->id())},
                {QStringLiteral("fixable"), check->canFix()},
            });
        m_context.printJson(QJsonObject{
            {QStringLiteral("project"), project.name},
            {QStringLiteral("project_id"), project.id},
            {QStringLiteral("stored"), stored},
            {QStringLiteral("rev"), settings.rev},
            {QStringLiteral("checks"), array},
            {QStringLiteral("same_as_source_allowed"), QJsonArray::fromStringList(settings.sameAsSourceAllowed)},
            {QStringLiteral("spelling_ignored"), QJsonArray::fromStringList(settings.spellingIgnored)},
            {QStringLiteral("max_length"), settings.maxLength},
        });
        return;
    }
    QTextStream& out = m_context.out();
    out << "QA settings of " << project.name
        << (stored ? QStringLiteral(" (the project's own)\n\n") : QStringLiteral(" (the defaults)\n\n"));
    TablePrinter table({QStringLiteral("CHECK"), QStringLiteral("ENABLED"), QStringLiteral("SEVERITY"),
                        QStringLiteral("BLOCKS CONFIRM"), QStringLiteral("BLOCKS APPROVE")});
    for (const auto& check : checks)
        table.addRow({check->id(), yesNo(!settings.disabled.contains(check->id())), severityOf(*check),
                      yesNo(settings.blockConfirm.contains(check->id())),
                      yesNo(settings.blockApprove.contains(check->id()))});
    table.print(out);
    out << "\nSame as source allowed: " << listOrNone(settings.sameAsSourceAllowed) << '\n'
        << "Spelling accepts: " << listOrNone(settings.spellingIgnored) << '\n'
        << "Maximum length: "
        << (settings.maxLength > 0 ? QStringLiteral("%1 characters").arg(settings.maxLength) : QStringLiteral("none"))
        << '\n';
}

} // namespace tessera::cli
