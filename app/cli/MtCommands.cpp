// MtCommands: the provider table, and one translation run on a local event loop until it is delivered.
#include "MtCommands.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>

#include "ArgumentParser.h"
#include "MtProviderConfig.h"
#include "OptionNames.h"
#include "TablePrinter.h"
#include "domain/Clock.h"
#include "mt/CurlTransport.h"
#include "mt/MtService.h"
#include "mt/ProtocolRegistry.h"
#include "mt/ProviderProtocol.h"
#include "store/MtCacheRepository.h"

namespace tessera::cli {

using store::Workspace;

namespace {

const QString s_group = QStringLiteral("mt");
const QString s_providerOption = QStringLiteral("--provider");
const QString s_fromOption = QStringLiteral("--from");
const QString s_toOption = QStringLiteral("--to");
const QString s_noCacheOption = QStringLiteral("--no-cache");
constexpr int s_providersKeychainMs = 3000; // per provider, while the keychain answers

} // namespace

MtCommands::MtCommands(CliContext& context)
    : m_context(context)
{}

ExitCode MtCommands::run(const QStringList& arguments)
{
    const QString sub = arguments.value(0);
    if (sub == QLatin1String("providers"))
        return providers(arguments.mid(1));
    if (sub == QLatin1String("translate"))
        return translate(arguments.mid(1));
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        m_context.printGroupHelp(s_group,
                                 {{QStringLiteral("providers"), QStringLiteral("the machine-translation providers")},
                                  {QStringLiteral("translate TEXT --provider P --from L --to L [--url URL]"),
                                   QStringLiteral("translate TEXT with provider P")}});
        return ExitCode::Ok;
    }
    if (sub.isEmpty())
        return m_context.usageError(QStringLiteral("missing mt command (providers or translate)"), s_group);
    return m_context.usageError(QStringLiteral("unknown mt command \"%1\"").arg(sub), s_group);
}

ExitCode MtCommands::providers(const QStringList& arguments)
{
    const QString command = QStringLiteral("mt providers");
    ArgumentParser parser(QStringLiteral("mt providers"),
                          QStringLiteral("The machine-translation providers Tessera speaks: id, name, whether an "
                                         "API key is needed, whether the provider can be used as it is set up "
                                         "(a provider that needs an API key: the key is in the keychain where the "
                                         "desktop app saved it), and the endpoint saved for it (empty: the "
                                         "provider's public one).\n"
                                         "With --json: [{id, name, needs_key, configured, endpoint}] (and "
                                         "keychain: \"no answer\" when it could not be asked)."));
    if (auto parsed = m_context.parse(parser, arguments, command); !parsed)
        return parsed.error();
    QJsonArray array;
    TablePrinter table({QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("key"),
                        QStringLiteral("configured"), QStringLiteral("endpoint")});
    // A keychain that does not answer (no session bus) is asked once; the rest are reported unknown.
    bool keychainAnswers = true;
    for (const QString& id : mt::ProtocolRegistry::knownIds()) {
        const auto protocol = mt::ProtocolRegistry::create(id);
        const QString endpoint = MtProviderConfig::endpoint(id);
        std::optional<bool> configured; // unknown unless asked
        if (keychainAnswers || !protocol->needsApiKey())
            configured = MtProviderConfig::isConfigured(id, s_providersKeychainMs);
        keychainAnswers = keychainAnswers && configured.has_value();
        QJsonObject row{{QStringLiteral("id"), id},
                        {QStringLiteral("name"), protocol->displayName()},
                        {QStringLiteral("needs_key"), protocol->needsApiKey()},
                        {QStringLiteral("configured"), configured.value_or(false)},
                        {QStringLiteral("endpoint"), endpoint}};
        if (!configured)
            row.insert(QStringLiteral("keychain"), QStringLiteral("no answer"));
        array.append(row);
        table.addRow({id, protocol->displayName(),
                      protocol->needsApiKey() ? QStringLiteral("yes") : QStringLiteral("no"),
                      configured ? (*configured ? QStringLiteral("yes") : QStringLiteral("no"))
                                 : QStringLiteral("unknown (keychain did not answer)"),
                      endpoint});
    }
    if (m_context.json())
        m_context.printJson(array);
    else
        table.print(m_context.out());
    return ExitCode::Ok;
}

ExitCode MtCommands::translate(const QStringList& arguments)
{
    const QString command = QStringLiteral("mt translate");
    ArgumentParser parser(
        QStringLiteral("mt translate TEXT --provider P --from L --to L [--url URL] [--no-cache]"),
        QStringLiteral("Translate TEXT with provider P. Placeables and tags are masked before sending and put "
                       "back after; a translation that lost one is printed with a warning and exit code 1. "
                       "A translation already in the workspace's MT cache is answered from there (also when the "
                       "provider is down); new ones are added to it. Without a workspace there is no cache.\n"
                       "With --json: {provider, from, to, source, text, from_cache, flagged, "
                       "missing_placeables}."));
    parser.addPositional(QStringLiteral("TEXT"), QStringLiteral("the text to translate"))
        .addOption(s_providerOption, ArgumentParser::Kind::Value, QStringLiteral("P"),
                   QStringLiteral("provider id (see `mt providers`)"), true)
        .addOption(s_fromOption, ArgumentParser::Kind::Value, QStringLiteral("L"), QStringLiteral("source language"),
                   true)
        .addOption(s_toOption, ArgumentParser::Kind::Value, QStringLiteral("L"), QStringLiteral("target language"),
                   true)
        .addOption(s_urlOption, ArgumentParser::Kind::Value, QStringLiteral("URL"),
                   QStringLiteral("the provider's endpoint; apertium defaults to http://127.0.0.1:2737"))
        .addOption(s_noCacheOption, ArgumentParser::Kind::Flag, QString(),
                   QStringLiteral("neither read nor write the MT cache"));
    if (auto parsed = m_context.parse(parser, arguments, command); !parsed)
        return parsed.error();
    const auto from = m_context.languageTag(s_fromOption, parser.value(s_fromOption), command);
    if (!from)
        return from.error();
    const auto to = m_context.languageTag(s_toOption, parser.value(s_toOption), command);
    if (!to)
        return to.error();
    const QString id = parser.value(s_providerOption);
    const auto settings = MtProviderConfig::resolve(m_context, id, parser.value(s_urlOption), command);
    if (!settings)
        return settings.error();

    std::unique_ptr<Workspace> workspace;
    domain::SystemClock clock;
    if (!parser.isSet(s_noCacheOption)) {
        if (auto opened = Workspace::open(m_context.workspacePath(), Workspace::Access::ReadWrite, clock))
            workspace = std::move(*opened);
    }
    mt::CurlTransport transport;
    mt::MtService service(transport, clock, workspace ? &workspace->mtCache() : nullptr);
    if (auto added = service.addProvider(mt::ProtocolRegistry::create(id), *settings, MtProviderConfig::resilience(id));
        !added)
        return m_context.error(added.error());

    const QString text = parser.positional(QStringLiteral("TEXT"));
    mt::MtResult result;
    QEventLoop loop;
    QObject::connect(&service, &mt::MtService::translated, &loop, [&](quint64, const mt::MtResult& r) { result = r; });
    QObject::connect(&service, &mt::MtService::finished, &loop, &QEventLoop::quit);
    auto job = service.translate(id, *from, *to, {mt::MtSegment{text, {}, {}, {}}});
    if (!job)
        return m_context.error(job.error());
    loop.exec();

    if (!result.ok())
        return m_context.error(domain::Error{result.errorCode, result.error, {}, 0, 0, {}});
    if (m_context.json()) {
        m_context.printJson(
            QJsonObject{{QStringLiteral("provider"), id},
                        {QStringLiteral("from"), *from},
                        {QStringLiteral("to"), *to},
                        {QStringLiteral("source"), text},
                        {QStringLiteral("text"), result.text},
                        {QStringLiteral("from_cache"), result.fromCache},
                        {QStringLiteral("flagged"), result.flagged},
                        {QStringLiteral("missing_placeables"), QJsonArray::fromStringList(result.missingPlaceables)}});
    } else {
        m_context.out() << result.text << '\n';
    }
    if (result.flagged)
        return m_context.error(
            ExitCode::Problems,
            QStringLiteral("the translation lost or broke placeables%1; check it before use")
                .arg(result.missingPlaceables.isEmpty()
                         ? QString()
                         : QStringLiteral(" (missing: %1)").arg(result.missingPlaceables.join(QLatin1Char(' ')))));
    return ExitCode::Ok;
}

} // namespace tessera::cli
