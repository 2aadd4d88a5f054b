// tessera-server: the team server. Parses the command line, listens, runs the event loop.
#include <cstdio>

#include <QCommandLineParser>
#include <QCoreApplication>

#include "server/HttpServer.h"
#include "server/ListenAddress.h"
#include "system/Logging.h"
#include "system/Versions.h"

namespace {

// Exit codes as for tessera-cli: 2 usage error, 4 environment problem (e.g. the port is taken).
constexpr int s_usageError = 2;
constexpr int s_environmentError = 4;

int fail(int code, const QString& message)
{
    std::fprintf(stderr, "tessera-server: error: %s\n", qPrintable(message));
    return code;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tessera-server"));
    QCoreApplication::setApplicationVersion(tessera::system::tesseraVersion());

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Tessera team server: REST API for syncing workspaces."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption listenOption(QStringLiteral("listen"),
                                          QStringLiteral("Address and port to listen on; port 0 picks a free one."),
                                          QStringLiteral("ADDR:PORT"), QStringLiteral("127.0.0.1:8080"));
    parser.addOption(listenOption);
    if (!parser.parse(QCoreApplication::arguments()))
        return fail(s_usageError, parser.errorText());
    if (parser.isSet(helpOption))
        parser.showHelp(0);
    if (parser.isSet(versionOption))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty())
        return fail(s_usageError,
                    QStringLiteral("unexpected argument \"%1\"").arg(parser.positionalArguments().first()));

    tessera::system::LogOptions logging;
    logging.verboseConsole = true; // a server's console is its log (journald, docker logs)
    tessera::system::installLogging(logging);

    const auto address = tessera::server::ListenAddress::parse(parser.value(listenOption));
    if (!address)
        return fail(s_usageError, address.error().message);
    tessera::server::HttpServer server;
    const auto port = server.listen(*address);
    if (!port)
        return fail(s_environmentError, port.error().message);
    // Scripts and tests read the port from this line (the one actually bound when 0 was asked for).
    std::printf("listening on %s\n", qPrintable(address->url(*port)));
    std::fflush(stdout);
    return QCoreApplication::exec();
}
