#include "VersionCommand.h"

#include <QJsonObject>

#include "ArgumentParser.h"
#include "TablePrinter.h"
#include "system/Versions.h"

namespace tessera::cli {

VersionCommand::VersionCommand(CliContext& context)
    : m_context(context)
{}

ExitCode VersionCommand::run(const QStringList& arguments)
{
    ArgumentParser parser(QStringLiteral("--version"),
                          QStringLiteral("Print the versions of Tessera and of the libraries it runs on."));
    if (auto parsed = m_context.parse(parser, arguments, QString()); !parsed)
        return parsed.error();

    const auto versions = system::componentVersions();
    if (m_context.json()) {
        QJsonObject object; // {"Tessera": "0.1.0", "Qt": "6.8.2", …}
        for (const auto& [name, version] : versions)
            object.insert(name, version);
        m_context.printJson(object);
        return ExitCode::Ok;
    }
    TablePrinter table({QStringLiteral("COMPONENT"), QStringLiteral("VERSION")});
    for (const auto& [name, version] : versions)
        table.addRow({name, version});
    table.print(m_context.out());
    return ExitCode::Ok;
}

} // namespace tessera::cli
