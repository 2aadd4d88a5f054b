#include "Versions.h"

#include <curl/curl.h>
#include <sqlite3.h>

#include <QtGlobal>

#include <ksyntaxhighlighting_version.h>
#include <spdlog/version.h>

namespace tessera::system {

QString tesseraVersion()
{
    return QStringLiteral(TESSERA_VERSION);
}

QList<QPair<QString, QString>> componentVersions()
{
    const curl_version_info_data* curl = curl_version_info(CURLVERSION_NOW);
    return {
        {QStringLiteral("Tessera"), tesseraVersion()},
        {QStringLiteral("Qt"), QString::fromLatin1(qVersion())},
        {QStringLiteral("KF6"), QStringLiteral(KSYNTAXHIGHLIGHTING_VERSION_STRING)},
        {QStringLiteral("SQLite"), QString::fromLatin1(sqlite3_libversion())},
        {QStringLiteral("libcurl"), QString::fromLatin1(curl->version)},
        {QStringLiteral("spdlog"),
         QStringLiteral("%1.%2.%3").arg(SPDLOG_VER_MAJOR).arg(SPDLOG_VER_MINOR).arg(SPDLOG_VER_PATCH)},
    };
}

} // namespace tessera::system
