// TestData: the real files under tests/data that the format tests read, and the error text of a
// Result for a test's failure message.
#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

namespace tessera::testsupport {

// $TESSERA_SOURCE_DIR/tests/data/FOLDER/ (ctest sets the variable).
inline QString testDataDir(const QString& folder)
{
    return qEnvironmentVariable("TESSERA_SOURCE_DIR") + QStringLiteral("/tests/data/") + folder + QLatin1Char('/');
}

// The bytes of tests/data/FOLDER/NAME, or empty when it cannot be read.
inline QByteArray readTestData(const QString& folder, const QString& name)
{
    QFile file(testDataDir(folder) + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// A Result's error, described; empty for a value. (QVERIFY2 builds its message even when the check
// passes, so a test must never touch error() of a value.)
template <typename T> QString errorText(const T& result)
{
    return result.has_value() ? QString() : result.error().describe();
}

} // namespace tessera::testsupport
