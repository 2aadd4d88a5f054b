// PretranslateCommand: options → one or two PretranslateJob requests (TM, then MT) run in this process;
// the MT one served by MtPretranslateHandler with the provider set up as `mt translate` does.
#include "PretranslateCommand.h"

#include <cstdio>
#include <mutex>

#include <QJsonDocument>
#include <QJsonObject>

#include "ArgumentParser.h"
#include "MtProviderConfig.h"
#include "OptionNames.h"
#include "domain/Job.h"
#include "domain/Project.h"
#include "jobs/PretranslateJob.h"
#include "mt/MtPretranslateHandler.h"
#include "mt/ProtocolRegistry.h"
#include "mt/ProviderProtocol.h"
#include "store/ProjectRepository.h"
#include "tm/Pretranslator.h"

namespace tessera::cli {

using store::Workspace;

namespace {

const QString s_pretranslateExactStateOption = QStringLiteral("--exact-state");

} // namespace

PretranslateCommand::PretranslateCommand(CliContext& context)
    : m_context(context)
{}

ExitCode PretranslateCommand::run(const QStringList& arguments)
{
    const QString command = QStringLiteral("pretranslate");
    ArgumentParser parser(
        QStringLiteral("pretranslate --project PROJECT --lang L [--tm] [--mt PROVIDER [--url URL]] [--min PCT] "
                       "[--exact-state translated|draft]"),
        QStringLiteral(
            "Fill the untranslated segments (state new, empty target, not locked) of a target language.\n"
            "--tm (the default): from the workspace's TMs: 100% and 101% matches as translated (or draft with "
            "--exact-state draft), matches from --min up to 99% as drafts, each with its origin (\"tm:NAME 87%\"); a "
            "repetition of a segment filled by an exact match or translated before gets the same translation (origin "
            "\"propagated\"). Plural segments are left alone.\n"
            "--mt PROVIDER: by machine translation (see `mt providers`; the endpoint from --url, else the desktop "
            "app's saved settings, else the provider's local default; API keys from the keychain): drafts with "
            "origin \"mt:PROVIDER\", answered from the MT cache first; glossary terms go to providers that take them. "
            "A translation that lost a placeable is not written but counted as flagged (exit code 1).\n"
            "--tm --mt PROVIDER: the TMs first, then machine translation for what they left untranslated.\n"
            "Each runs as a background job committed chunk by chunk: a run killed midway goes on where it stopped "
            "when the command is run again; a provider that cannot be reached leaves the job queued (exit code 4).\n"
            "With --json: {untranslated, filled, context, exact, fuzzy, propagated, plural_skipped} for the TMs, and "
            "with --mt also {mt, flagged, from_cache, provider}."));
    parser
        .addOption(s_projectOption, ArgumentParser::Kind::Value, QStringLiteral("PROJECT"),
                   QStringLiteral("the project's id or unique name"), true)
        .addOption(s_langOption, ArgumentParser::Kind::Value, QStringLiteral("L"),
                   QStringLiteral("the target language"), true)
        .addOption(s_tmOption, ArgumentParser::Kind::Flag, {},
                   QStringLiteral("use the translation memories (the default source; first when with --mt)"))
        .addOption(s_mtOption, ArgumentParser::Kind::Value, QStringLiteral("PROVIDER"),
                   QStringLiteral("use a machine-translation provider (see `mt providers`)"))
        .addOption(s_urlOption, ArgumentParser::Kind::Value, QStringLiteral("URL"),
                   QStringLiteral("the MT provider's endpoint; apertium defaults to http://127.0.0.1:2737"))
        .addOption(s_minOption, ArgumentParser::Kind::Value, QStringLiteral("PCT"),
                   QStringLiteral("lowest TM match score used, 50–100 (default 100)"))
        .addOption(s_pretranslateExactStateOption, ArgumentParser::Kind::Value, QStringLiteral("STATE"),
                   QStringLiteral("state of 100%/101% fills: translated or draft (default: the project's setting, "
                                  "see project set)"));
    if (auto parsed = m_context.parse(parser, arguments, command); !parsed)
        return parsed.error();
    const bool useMt = parser.isSet(s_mtOption);
    const bool useTm = parser.isSet(s_tmOption) || !useMt;
    if (parser.isSet(s_urlOption) && !useMt)
        return m_context.usageError(QStringLiteral("--url is for the provider of --mt"), command);

    tm::Pretranslator::Options options;
    if (parser.isSet(s_minOption)) {
        bool ok = false;
        options.threshold = parser.value(s_minOption).toInt(&ok);
        if (!ok || options.threshold < 50 || options.threshold > 100)
            return m_context.usageError(QStringLiteral("--min must be a whole percentage from 50 to 100, not \"%1\"")
                                            .arg(parser.value(s_minOption)),
                                        command);
    }
    if (parser.isSet(s_pretranslateExactStateOption)) {
        options.exactState = CliContext::exactMatchState(parser.value(s_pretranslateExactStateOption));
        if (!options.exactState)
            return m_context.usageError(QStringLiteral("--exact-state must be translated or draft, not \"%1\"")
                                            .arg(parser.value(s_pretranslateExactStateOption)),
                                        command);
    }
    options.author = CliContext::author();

    // The provider is checked before anything is queued: an unknown one is a usage error.
    std::shared_ptr<mt::MtPretranslateHandler> mtHandler;
    const QString providerId = parser.value(s_mtOption);
    if (useMt) {
        const auto settings = MtProviderConfig::resolve(m_context, providerId, parser.value(s_urlOption), command);
        if (!settings)
            return settings.error();
        mtHandler = std::make_shared<mt::MtPretranslateHandler>(
            [provider = *settings](const QString& id) -> domain::Result<mt::MtPretranslateHandler::Provider> {
                if (id != provider.id)
                    return domain::fail(domain::ErrorCode::NotFound,
                                        QStringLiteral("machine-translation provider \"%1\" is not set up here "
                                                       "(this run has %2)")
                                            .arg(id, provider.id));
                return mt::MtPretranslateHandler::Provider{mt::ProtocolRegistry::create(id), provider,
                                                           MtProviderConfig::resilience(id)};
            });
    }

    auto scope = m_context.openProject(parser, Workspace::Access::ReadWrite, command);
    if (!scope)
        return scope.error();
    Workspace& ws = *scope->workspace;
    const domain::Project& project = scope->project;
    const QStringList& languages = scope->languages;

    std::mutex printing;
    const auto progress = [&printing](const domain::Job&, int percent, const QString& message) {
        std::lock_guard lock(printing);
        std::fprintf(stderr, "pretranslate: %3d%% %s\n", percent, qUtf8Printable(message));
        std::fflush(stderr);
    };
    // The work runs as persistent jobs on a worker thread: a run killed midway is recovered by the
    // next one and goes on from its last committed chunk.
    const auto runJob = [&](const jobs::PretranslateJob::Request& request) -> CliResult<QJsonObject> {
        auto ended = jobs::PretranslateJob::runInProcess(ws, request, progress, mtHandler);
        if (!ended)
            return std::unexpected(m_context.error(ended.error()));
        if (ended->state == domain::JobState::Succeeded) {
            QJsonObject result = QJsonDocument::fromJson(ended->result.toUtf8()).object();
            result.insert(QStringLiteral("job"), ended->id);
            return result;
        }
        if (ended->state == domain::JobState::Cancelled)
            return std::unexpected(m_context.error(
                ExitCode::Problems, QStringLiteral("pretranslation job %1 was cancelled").arg(ended->id)));
        // Failed before its attempts ran out: the handler said retrying cannot help (bad input, such as a
        // language pair the provider does not have).
        if (ended->state == domain::JobState::Failed && ended->attempts < ended->maxAttempts)
            return std::unexpected(
                m_context.error(ExitCode::BadInput,
                                QStringLiteral("pretranslation job %1 failed: %2").arg(ended->id, ended->lastError)));
        return std::unexpected(m_context.error(
            ExitCode::Environment, QStringLiteral("pretranslation job %1 failed: %2").arg(ended->id, ended->lastError),
            {ended->state == domain::JobState::Queued
                 ? QStringLiteral("it stays queued; run the command again to go on (segments done so far are kept), "
                                  "or see `tessera-cli jobs list`")
                 : QStringLiteral("`tessera-cli jobs retry %1` queues it again").arg(ended->id)}));
    };

    jobs::PretranslateJob::Request request;
    request.projectId = project.id;
    request.language = languages.first();
    request.threshold = options.threshold;
    request.exactState = options.exactState;
    request.author = options.author;
    QJsonObject tmResult;
    if (useTm) {
        auto done = runJob(request);
        if (!done)
            return done.error();
        tmResult = *done;
    }
    QJsonObject mtResult;
    if (useMt) {
        jobs::PretranslateJob::Request mtRequest = request;
        mtRequest.mtProvider = providerId;
        auto done = runJob(mtRequest);
        if (!done)
            return done.error();
        mtResult = *done;
    }

    const tm::Pretranslator::Summary tmSummary = jobs::PretranslateJob::summaryFrom(tmResult);
    const mt::MtPretranslateHandler::Summary mtSummary = mt::MtPretranslateHandler::summaryFrom(mtResult);
    const int tmFilled = tmSummary.context + tmSummary.exact + tmSummary.fuzzy + tmSummary.propagated;
    const int untranslated = useTm ? tmSummary.untranslated : mtSummary.untranslated;
    const int pluralSkipped = useTm ? tmSummary.pluralSkipped : mtSummary.pluralSkipped;
    if (m_context.json()) {
        QJsonObject out{
            {QStringLiteral("untranslated"), untranslated},   {QStringLiteral("filled"), tmFilled + mtSummary.filled},
            {QStringLiteral("context"), tmSummary.context},   {QStringLiteral("exact"), tmSummary.exact},
            {QStringLiteral("fuzzy"), tmSummary.fuzzy},       {QStringLiteral("propagated"), tmSummary.propagated},
            {QStringLiteral("plural_skipped"), pluralSkipped}};
        if (useTm)
            out.insert(QStringLiteral("job"), tmResult.value(QStringLiteral("job")));
        if (useMt) {
            out.insert(QStringLiteral("provider"), providerId);
            out.insert(QStringLiteral("mt"), mtSummary.filled);
            out.insert(QStringLiteral("flagged"), mtSummary.flagged);
            out.insert(QStringLiteral("from_cache"), mtSummary.fromCache);
            out.insert(QStringLiteral("skipped"), mtSummary.skipped);
            out.insert(QStringLiteral("mt_job"), mtResult.value(QStringLiteral("job")));
        }
        m_context.printJson(out);
    } else {
        m_context.out() << "Filled " << tmFilled + mtSummary.filled << " of " << untranslated
                        << " untranslated segment(s) in " << languages.first();
        QStringList parts;
        if (useTm)
            parts << QStringLiteral("%1 context (101%), %2 exact (100%), %3 fuzzy (drafts), %4 repetition(s)")
                         .arg(tmSummary.context)
                         .arg(tmSummary.exact)
                         .arg(tmSummary.fuzzy)
                         .arg(tmSummary.propagated);
        if (useMt)
            parts << QStringLiteral("%1 by %2 (drafts, %3 from the MT cache)")
                         .arg(mtSummary.filled)
                         .arg(providerId)
                         .arg(mtSummary.fromCache);
        m_context.out() << ": " << parts.join(QStringLiteral("; "));
        if (pluralSkipped > 0)
            m_context.out() << "; " << pluralSkipped << " plural segment(s) left alone";
        if (mtSummary.skipped > 0)
            m_context.out() << "; " << mtSummary.skipped << " edited meanwhile and kept";
        m_context.out() << ".\n";
    }
    if (mtSummary.flagged > 0)
        return m_context.error(
            ExitCode::Problems,
            QStringLiteral("%1 machine translation(s) lost or broke placeables and were not written; "
                           "those segments stay untranslated")
                .arg(mtSummary.flagged));
    return ExitCode::Ok;
}

} // namespace tessera::cli
