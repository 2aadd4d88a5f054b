// ExportFaults: checks shared by the streamed-export tests of bilingual and monolingual formats: where
// a streamed export differs from the whole-file one, and that an export meeting a store read refused
// at one statement after another fails each time and leaves the file it replaces as it was, with
// nothing beside it.
#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

#include "project/DocumentExporter.h"
#include "store/Database.h"

namespace tessera::testsupport {

// Where a streamed export differs from the whole-file one: "differs at byte N: streamed "…", whole
// "…"", or empty when they are the same.
inline QString firstDifference(const QByteArray& written, const QByteArray& expected)
{
    if (written == expected)
        return {};
    qsizetype at = 0;
    while (at < written.size() && at < expected.size() && written[at] == expected[at])
        ++at;
    return QStringLiteral("differs at byte %1: streamed \"%2\", whole \"%3\"")
        .arg(at)
        .arg(QString::fromUtf8(written.mid(at, 80)), QString::fromUtf8(expected.mid(at, 80)));
}

// Refuses statement n of exporting `documentId` to `path` for n across the export's `statements`
// (counted by a successful render): each export fails, `path` still holds `old`, its folder holds
// nothing else, and no unpacked copy is left in `workspaceFolder`.
inline void checkRefusedReadsLeaveTheOldFile(store::Database& db, const project::DocumentExporter& exporter,
                                             const QString& documentId, const QString& path, const QByteArray& old,
                                             int statements, const QString& workspaceFolder)
{
    const auto contents = [&] {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<missing>");
    };
    for (int n : {1, 2, 3, statements / 4, statements / 2, statements - 1, statements}) {
        if (n < 1)
            continue;
        db.failStatement(n);
        auto failed = exporter.exportTo(documentId, path);
        db.failStatement(0);
        QVERIFY2(!failed,
                 qPrintable(QStringLiteral("statement %1 of %2 failed, the export did not").arg(n).arg(statements)));
        QVERIFY(contents() == old);
        QCOMPARE(QFileInfo(path).dir().entryList(QDir::Files | QDir::Hidden), QStringList{QFileInfo(path).fileName()});
        // Nor are the unpacked copies of the files left beside the workspace's database.
        QCOMPARE(QDir(workspaceFolder).entryList({QStringLiteral(".tessera-original-*")}, QDir::Files | QDir::Hidden),
                 QStringList());
    }
}

} // namespace tessera::testsupport
