// Tests that Qt logging categories end up in Tessera's rotating log file with their category name.
#include <QFile>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>

#include <spdlog/spdlog.h>

#include "system/Logging.h"
#include "system/Versions.h"

Q_LOGGING_CATEGORY(lcTest, "tessera.test")

class TestLogging : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void categoriesReachTheLogFile();
    void versionsNameEveryComponent();
};

void TestLogging::categoriesReachTheLogFile()
{
    QTemporaryDir dir;
    tessera::system::installLogging({dir.path(), QStringLiteral("test.log"), false});
    qCCritical(lcTest) << "cannot open workspace" << 42;
    qCWarning(lcTest) << "disk almost full";
    spdlog::default_logger()->flush();
    qInstallMessageHandler(nullptr);

    QFile log(dir.filePath(QStringLiteral("test.log")));
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(log.readAll());
    QVERIFY2(text.contains(QLatin1String("[error] [tessera.test] cannot open workspace 42")), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("[warning] [tessera.test] disk almost full")));
}

void TestLogging::versionsNameEveryComponent()
{
    QStringList names;
    for (const auto& [name, version] : tessera::system::componentVersions()) {
        names.append(name);
        QVERIFY2(!version.isEmpty() && version.at(0).isDigit(), qPrintable(name + QLatin1Char(' ') + version));
    }
    QCOMPARE(names, (QStringList{QStringLiteral("Tessera"), QStringLiteral("Qt"), QStringLiteral("KF6"),
                                 QStringLiteral("SQLite"), QStringLiteral("libcurl"), QStringLiteral("spdlog")}));
}

QTEST_GUILESS_MAIN(TestLogging)
#include "TestLogging.moc"
