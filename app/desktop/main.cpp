// tessera: the desktop application. Parses the arguments, builds the session and runs the event loop.
#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QTranslator>

#include "DesktopSession.h"
#include "TerminationSignals.h"
#include "store/Workspace.h"
#include "system/Logging.h"
#include "system/Versions.h"
#include "ui/shell/WorkspaceErrorMessage.h"

namespace {

Q_LOGGING_CATEGORY(lcDesktop, "tessera.desktop")

constexpr int s_exitEnvironment = 4; // as tessera-cli: the workspace cannot be used

// The UI language follows the system locale; English source texts need the plural forms file.
// Qt's own catalogue translates the standard buttons and dialogs.
void installTranslators(QApplication& app)
{
    const QLocale locale = QLocale::system();
    auto* tessera = new QTranslator(&app);
    if (tessera->load(locale, QStringLiteral("tessera"), QStringLiteral("_"), QStringLiteral(":/i18n")) ||
        tessera->load(QStringLiteral("tessera_en"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(tessera);
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
}

QString localUserName()
{
    for (const char* variable : {"USER", "LOGNAME", "USERNAME"}) {
        const QString name = qEnvironmentVariable(variable);
        if (!name.isEmpty())
            return name;
    }
    return QStringLiteral("local");
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("tessera"));
    QApplication::setOrganizationName(QStringLiteral("Tessera"));
    QApplication::setApplicationDisplayName(QStringLiteral("Tessera"));
    QApplication::setApplicationVersion(tessera::system::tesseraVersion());
    QApplication::setDesktopFileName(QStringLiteral("org.tessera.Tessera"));
    installTranslators(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Tessera translation-management workbench"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption workspaceOption(
        QStringLiteral("workspace"),
        QApplication::translate("main", "Open the workspace at PATH (default: $TESSERA_WORKSPACE, else %1).")
            .arg(tessera::store::Workspace::defaultPath()),
        QStringLiteral("PATH"), tessera::store::Workspace::defaultPath());
    parser.addOption(workspaceOption);
    parser.process(app);

    tessera::system::installLogging({tessera::system::defaultLogDirectory()});

    const QString path = parser.value(workspaceOption);
    qCInfo(lcDesktop) << "Tessera" << tessera::system::tesseraVersion() << "starting on" << path;
    // SIGTERM and the like quit through the event loop, so what was typed is saved first.
    const tessera::desktop::TerminationSignals signals_;
    tessera::desktop::DesktopSession session(localUserName());
    if (auto opened = session.open(path); !opened) {
        qCCritical(lcDesktop) << "cannot open the workspace" << path << ":" << opened.error().describe();
        QMessageBox::critical(nullptr, tessera::ui::shell::WorkspaceErrorMessage::title(),
                              tessera::ui::shell::WorkspaceErrorMessage::text(path, opened.error()));
        return s_exitEnvironment;
    }
    return QApplication::exec();
}
