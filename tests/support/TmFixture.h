// TmFixture: imports a real TMX file from tests/data into a workspace's TM, as `tm import` does, for
// tests that need suggestions (header only: the test links tessera::tm and tessera::formats).
#pragma once

#include "TestData.h"
#include "formats/TmxReader.h"
#include "store/Workspace.h"
#include "tm/TmImporter.h"
#include "tm/TmIndexFile.h"
#include "tm/TranslationMemory.h"

namespace tessera::testsupport {

// Imports tests/data/tmx/FILE into the TM `name` and writes its index file; returns the units added.
inline domain::Result<qint64> importTmx(store::Workspace& workspace, const QString& file, const QString& name)
{
    const QByteArray data = readTestData(QStringLiteral("tmx"), file);
    if (data.isEmpty())
        return domain::fail(domain::ErrorCode::Io, QStringLiteral("cannot read tests/data/tmx/%1").arg(file));
    auto tm =
        tm::TranslationMemory::open(workspace.tm(), name, tm::TmIndexFile::pathFor(workspace.databasePath(), name));
    if (!tm)
        return std::unexpected(tm.error());
    tm::TmImporter importer(workspace.database(), **tm);
    auto imported = importer.run([&](const tm::TmImporter::Sink& sink) -> domain::Result<void> {
        domain::Result<void> failed;
        auto read = formats::TmxReader::read(data, file, [&](const formats::TmxUnit& tmx) {
            domain::TmUnit unit = tmx.unit;
            unit.id.clear();
            failed = sink(std::move(unit));
            return failed.has_value();
        });
        if (!read)
            return std::unexpected(read.error());
        return failed;
    });
    if (!imported)
        return std::unexpected(imported.error());
    if (auto saved = (*tm)->saveIndex(); !saved)
        return std::unexpected(saved.error());
    return imported->added;
}

} // namespace tessera::testsupport
