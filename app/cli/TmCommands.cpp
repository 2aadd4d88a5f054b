#include "TmCommands.h"

#include <cstdio>
#include <optional>
#include <unistd.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

#include "ArgumentParser.h"
#include "OptionNames.h"
#include "TablePrinter.h"
#include "TmSearchCommands.h"
#include "formats/TmxReader.h"
#include "formats/TmxWriter.h"
#include "store/Database.h"
#include "store/TmRepository.h"
#include "tm/TmImporter.h"
#include "tm/TmIndexFile.h"
#include "tm/TranslationMemory.h"

namespace tessera::cli {

using domain::ErrorCode;
using store::Workspace;

namespace {

const QString s_priorityOption = QStringLiteral("--priority");
const QString s_penaltyOption = QStringLiteral("--penalty");
const QString s_readOnlyOption = QStringLiteral("--read-only");
const QString s_writableOption = QStringLiteral("--writable");

// Progress of a long import on stderr: a bar redrawn in place on a terminal, else a plain line;
// only once the work has taken a second, then five times a second on a terminal, else every 2 s.
class Progress {
public:
    explicit Progress(qint64 total)
        : m_total(total)
        , m_terminal(isatty(fileno(stderr)) == 1)
    {
        m_timer.start();
    }
    void update(qint64 done, qint64 units)
    {
        const qint64 now = m_timer.elapsed();
        if (now < 1000 || now - m_last < (m_terminal ? 200 : 2000))
            return;
        m_last = now;
        const int percent = m_total > 0 ? int(100 * done / m_total) : 0;
        if (m_terminal) {
            const int filled = percent / 5;
            std::fprintf(stderr, "\rtm import: [%s%s] %3d%% %lld units", QByteArray(filled, '#').constData(),
                         QByteArray(20 - filled, '.').constData(), percent, qlonglong(units));
            m_drawn = true;
        } else {
            std::fprintf(stderr, "tm import: %d%% %lld units\n", percent, qlonglong(units));
        }
        std::fflush(stderr);
    }
    void finish()
    {
        if (m_drawn)
            std::fputc('\n', stderr);
    }

private:
    QElapsedTimer m_timer;
    qint64 m_total;
    qint64 m_last = 0;
    bool m_terminal;
    bool m_drawn = false;
};

QJsonObject memoryJson(const store::TmRepository::Memory& memory, const QList<store::TmRepository::PairCount>& pairs)
{
    QJsonArray pairArray;
    for (const auto& pair : pairs)
        pairArray.append(QJsonObject{{QStringLiteral("source"), pair.sourceLanguage},
                                     {QStringLiteral("target"), pair.targetLanguage},
                                     {QStringLiteral("units"), pair.units}});
    return QJsonObject{{QStringLiteral("name"), memory.name},
                       {QStringLiteral("units"), memory.unitCount},
                       {QStringLiteral("language_pairs"), pairArray},
                       {QStringLiteral("priority"), memory.priority},
                       {QStringLiteral("penalty"), memory.penalty},
                       {QStringLiteral("read_only"), memory.readOnly},
                       {QStringLiteral("created_at"), memory.createdAt.toUTC().toString(Qt::ISODate)}};
}

} // namespace

TmCommands::TmCommands(CliContext& context)
    : m_context(context)
{}

ExitCode TmCommands::run(const QStringList& arguments)
{
    const QString sub = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (sub == QLatin1String("import"))
        return importTmx(rest);
    if (sub == QLatin1String("export"))
        return exportTmx(rest);
    if (sub == QLatin1String("stats"))
        return stats(rest);
    if (sub == QLatin1String("set"))
        return set(rest);
    if (sub == QLatin1String("lookup"))
        return TmSearchCommands(m_context).lookup(rest);
    if (sub == QLatin1String("concordance"))
        return TmSearchCommands(m_context).concordance(rest);
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        m_context.printGroupHelp(
            QStringLiteral("tm"),
            {{QStringLiteral("import FILE.tmx [--tm NAME]"), QStringLiteral("add a TMX file's units to a TM")},
             {QStringLiteral("export --tm NAME --out FILE.tmx"), QStringLiteral("write a TM as a TMX file")},
             {QStringLiteral("stats"), QStringLiteral("the TMs: units, language pairs, priority, penalty")},
             {QStringLiteral("set NAME [--priority N] [--penalty P] [--read-only | --writable]"),
              QStringLiteral("change a TM's settings")},
             {QStringLiteral("lookup TEXT --source-lang L --target-lang L [--min PCT] [--max N]"),
              QStringLiteral("fuzzy matches from every TM")},
             {QStringLiteral("lookup --batch FILE --source-lang L --target-lang L"),
              QStringLiteral("one query a line; JSON Lines out")},
             {QStringLiteral("concordance TEXT [--in source|target] [--max N]"),
              QStringLiteral("units holding a word or phrase")}});
        return ExitCode::Ok;
    }
    if (sub.isEmpty())
        return m_context.usageError(
            QStringLiteral("missing tm command (import, export, stats, set, lookup or concordance)"),
            QStringLiteral("tm"));
    return m_context.usageError(QStringLiteral("unknown tm command \"%1\"").arg(sub), QStringLiteral("tm"));
}

ExitCode TmCommands::importTmx(const QStringList& arguments)
{
    const QString command = QStringLiteral("tm import");
    ArgumentParser parser(
        QStringLiteral("tm import FILE.tmx [--tm NAME]"),
        QStringLiteral("Add the units of a TMX file (1.1–1.4b) to a translation memory of the workspace, made if "
                       "missing: one unit per source language and other language of each <tu>. A unit whose TM, "
                       "languages, source and target are already there updates that unit's metadata (changed "
                       "date, context, creator, usage count) instead of adding a copy. The whole file is one "
                       "transaction: a file with an error (named with line and column) imports nothing. A "
                       "read-only TM refuses imports.\nProgress goes to stderr.\nWith --json: {tm, file, read, "
                       "added, updated, skipped, elapsed_ms}."));
    parser.addPositional(QStringLiteral("FILE.tmx"), QStringLiteral("the TMX file"))
        .addOption(s_tmOption, ArgumentParser::Kind::Value, QStringLiteral("NAME"),
                   QStringLiteral("the TM to add to (default: the file's name without extension)"));
    if (auto parsed = m_context.parse(parser, arguments, command); !parsed)
        return parsed.error();
    const QString path = parser.positional(QStringLiteral("FILE.tmx"));
    const QString name = parser.isSet(s_tmOption) ? parser.value(s_tmOption) : QFileInfo(path).completeBaseName();
    if (name.trimmed().isEmpty())
        return m_context.usageError(QStringLiteral("--tm needs a name"), command);
    QFile file(path);
    if (QFileInfo(path).isDir())
        return m_context.error(ExitCode::BadInput, QStringLiteral("%1: is a folder, not a file").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return m_context.error(ExitCode::BadInput, QStringLiteral("%1: cannot read: %2").arg(path, file.errorString()));

    auto workspace = m_context.openWorkspace(Workspace::Access::ReadWrite);
    if (!workspace)
        return workspace.error();
    Workspace& ws = **workspace;
    QElapsedTimer timer;
    timer.start();
    const bool existed = ws.tm().memory(name).has_value();
    const QString indexFile = tm::TmIndexFile::pathFor(ws.databasePath(), name);
    auto tm = tm::TranslationMemory::open(ws.tm(), name, indexFile);
    if (!tm)
        return m_context.error(tm.error());
    if ((*tm)->info().readOnly)
        return m_context.error(ExitCode::BadInput, QStringLiteral("translation memory \"%1\" is read-only").arg(name),
                               {QStringLiteral("make it writable with `tessera-cli tm set %1 --writable`").arg(name)});

    Progress progress(file.size());
    formats::TmxSummary tmxSummary;
    tm::TmImporter importer(ws.database(), **tm);
    auto imported = importer.run([&](const tm::TmImporter::Sink& sink) -> domain::Result<void> {
        qint64 units = 0;
        domain::Result<void> failed;
        auto read = formats::TmxReader::read(file, path, [&](const formats::TmxUnit& tmx) {
            domain::TmUnit unit = tmx.unit;
            unit.id.clear(); // a <tu> makes one unit per language pair; the tuid would repeat
            if (unit.origin.isEmpty())
                unit.origin = QStringLiteral("import");
            failed = sink(std::move(unit));
            if ((++units & 1023) == 0)
                progress.update(file.pos(), units);
            return failed.has_value();
        });
        if (!read)
            return std::unexpected(read.error());
        if (!failed)
            return failed;
        tmxSummary = *read;
        return {};
    });
    progress.finish();
    if (!imported) {
        if (!existed) { // a first import that failed leaves no empty TM behind
            tm->reset();
            (void)ws.tm().removeEmptyMemory(name);
            QFile::remove(indexFile);
        }
        return m_context.error(imported.error());
    }
    if (auto saved = (*tm)->saveIndex(); !saved)
        std::fprintf(stderr, "tessera-cli: warning: the TM index was not saved (the next lookup rebuilds it): %s\n",
                     qPrintable(saved.error().describe()));
    const qint64 elapsedMs = timer.elapsed();
    if (m_context.json()) {
        m_context.printJson(QJsonObject{{QStringLiteral("tm"), name},
                                        {QStringLiteral("file"), path},
                                        {QStringLiteral("read"), imported->read},
                                        {QStringLiteral("added"), imported->added},
                                        {QStringLiteral("updated"), imported->updated},
                                        {QStringLiteral("skipped"), tmxSummary.skipped},
                                        {QStringLiteral("elapsed_ms"), elapsedMs}});
        return ExitCode::Ok;
    }
    m_context.out() << "Imported " << path << " into TM " << name << ": " << imported->read << " units read, "
                    << imported->added << " added, " << imported->updated << " updated";
    if (tmxSummary.skipped > 0)
        m_context.out() << ", " << tmxSummary.skipped << " <tu> skipped (no source or no target)";
    m_context.out() << " in " << QString::number(double(elapsedMs) / 1000.0, 'f', 1) << " s\n";
    return ExitCode::Ok;
}

ExitCode TmCommands::exportTmx(const QStringList& arguments)
{
    const QString command = QStringLiteral("tm export");
    ArgumentParser parser(QStringLiteral("tm export --tm NAME --out FILE.tmx"),
                          QStringLiteral("Write every unit of a translation memory to a TMX 1.4b file (a temporary "
                                         "file renamed into place).\nWith --json: {tm, out, units}."));
    parser.addOption(s_tmOption, ArgumentParser::Kind::Value, QStringLiteral("NAME"), QStringLiteral("the TM"), true)
        .addOption(s_outOption, ArgumentParser::Kind::Value, QStringLiteral("FILE.tmx"),
                   QStringLiteral("the file to write"), true);
    if (auto parsed = m_context.parse(parser, arguments, command); !parsed)
        return parsed.error();
    const QString name = parser.value(s_tmOption);
    const QString outPath = parser.value(s_outOption);
    if (outPath.isEmpty())
        return m_context.usageError(QStringLiteral("--out needs a file"), command);

    auto workspace = m_context.openWorkspace(Workspace::Access::ReadOnly);
    if (!workspace)
        return workspace.error();
    store::TmRepository& repository = (*workspace)->tm();
    auto memory = repository.memory(name);
    if (!memory)
        return m_context.error(memory.error());
    auto pairs = repository.languagePairs(name);
    if (!pairs)
        return m_context.error(pairs.error());
    QString sourceLanguage;
    for (const auto& pair : *pairs)
        sourceLanguage = sourceLanguage.isEmpty() || sourceLanguage == pair.sourceLanguage ? pair.sourceLanguage
                                                                                           : QStringLiteral("*all*");

    if (!QDir().mkpath(QFileInfo(outPath).absolutePath()))
        return m_context.error(ExitCode::Environment, QStringLiteral("%1: cannot make its folder").arg(outPath));
    QSaveFile file(outPath);
    if (!file.open(QIODevice::WriteOnly))
        return m_context.error(ExitCode::Environment,
                               QStringLiteral("%1: cannot write: %2").arg(outPath, file.errorString()));
    formats::TmxWriter writer(file, formats::TmxWriter::defaultHeader(sourceLanguage));
    qint64 units = 0;
    domain::Result<void> written = writer.begin();
    if (written) {
        auto walked = repository.forEachUnit(name, [&](const domain::TmUnit& unit) {
            written = writer.write(unit);
            ++units;
            return written.has_value();
        });
        if (written && !walked)
            written = walked;
    }
    if (written)
        written = writer.finish();
    if (!written) {
        file.cancelWriting();
        return m_context.error(written.error());
    }
    if (!file.commit())
        return m_context.error(ExitCode::Environment,
                               QStringLiteral("%1: cannot write: %2").arg(outPath, file.errorString()));
    if (m_context.json()) {
        m_context.printJson(QJsonObject{
            {QStringLiteral("tm"), name}, {QStringLiteral("out"), outPath}, {QStringLiteral("units"), units}});
        return ExitCode::Ok;
    }
    m_context.out() << "Exported " << units << (units == 1 ? " unit" : " units") << " of TM " << name << " to "
                    << outPath << '\n';
    return ExitCode::Ok;
}

ExitCode TmCommands::stats(const QStringList& arguments)
{
    const QString command = QStringLiteral("tm stats");
    ArgumentParser parser(QStringLiteral("tm stats"),
                          QStringLiteral("The translation memories of the workspace, highest priority first: units, "
                                         "language pairs, priority, penalty, read-only.\nWith --json: {memories: "
                                         "[{name, units, language_pairs: [{source, target, units}], priority, "
                                         "penalty, read_only, created_at}]}."));
    if (auto parsed = m_context.parse(parser, arguments, command); !parsed)
        return parsed.error();
    auto workspace = m_context.openWorkspace(Workspace::Access::ReadOnly);
    if (!workspace)
        return workspace.error();
    store::TmRepository& repository = (*workspace)->tm();
    auto memories = repository.memories();
    if (!memories)
        return m_context.error(memories.error());
    QJsonArray array;
    TablePrinter table({QStringLiteral("TM"), QStringLiteral("UNITS"), QStringLiteral("LANGUAGE PAIRS"),
                        QStringLiteral("PRIORITY"), QStringLiteral("PENALTY"), QStringLiteral("READ-ONLY")});
    for (int column : {1, 3, 4})
        table.setRightAligned(column);
    for (const auto& memory : *memories) {
        auto pairs = repository.languagePairs(memory.name);
        if (!pairs)
            return m_context.error(pairs.error());
        array.append(memoryJson(memory, *pairs));
        QStringList pairText;
        for (const auto& pair : *pairs)
            pairText << QStringLiteral("%1→%2 (%3)").arg(pair.sourceLanguage, pair.targetLanguage).arg(pair.units);
        table.addRow({memory.name, QString::number(memory.unitCount), pairText.join(QStringLiteral(", ")),
                      QString::number(memory.priority), QString::number(memory.penalty),
                      memory.readOnly ? QStringLiteral("yes") : QStringLiteral("no")});
    }
    if (m_context.json()) {
        m_context.printJson(QJsonObject{{QStringLiteral("memories"), array}});
        return ExitCode::Ok;
    }
    if (memories->isEmpty()) {
        m_context.out() << "No translation memories in this workspace; add one with `tessera-cli tm import FILE.tmx`\n";
        return ExitCode::Ok;
    }
    table.print(m_context.out());
    return ExitCode::Ok;
}

ExitCode TmCommands::set(const QStringList& arguments)
{
    const QString command = QStringLiteral("tm set");
    ArgumentParser parser(
        QStringLiteral("tm set NAME [--priority N] [--penalty P] [--read-only | --writable]"),
        QStringLiteral("Change a translation memory's settings: priority (higher is asked first and wins ties), "
                       "penalty (points taken off each of its matches, 0–100), read-only (a reference TM: "
                       "lookups only, no imports or adds).\nWith --json: the TM as `tm stats` shows it."));
    parser.addPositional(QStringLiteral("NAME"), QStringLiteral("the TM"))
        .addOption(s_priorityOption, ArgumentParser::Kind::Value, QStringLiteral("N"), QStringLiteral("an integer"))
        .addOption(s_penaltyOption, ArgumentParser::Kind::Value, QStringLiteral("P"), QStringLiteral("0–100"))
        .addOption(s_readOnlyOption, ArgumentParser::Kind::Flag, {}, QStringLiteral("make it a reference TM"))
        .addOption(s_writableOption, ArgumentParser::Kind::Flag, {}, QStringLiteral("allow adds again"));
    if (auto parsed = m_context.parse(parser, arguments, command); !parsed)
        return parsed.error();
    if (parser.isSet(s_readOnlyOption) && parser.isSet(s_writableOption))
        return m_context.usageError(QStringLiteral("--read-only and --writable exclude each other"), command);
    if (!parser.isSet(s_priorityOption) && !parser.isSet(s_penaltyOption) && !parser.isSet(s_readOnlyOption) &&
        !parser.isSet(s_writableOption))
        return m_context.usageError(QStringLiteral("nothing to set: give --priority, --penalty, --read-only or "
                                                   "--writable"),
                                    command);
    auto number = [&](const QString& option, int low, int high) -> CliResult<int> {
        bool ok = false;
        const int value = parser.value(option).toInt(&ok);
        if (!ok || value < low || value > high)
            return std::unexpected(m_context.usageError(QStringLiteral("%1: \"%2\" is not an integer from %3 to %4")
                                                            .arg(option, parser.value(option))
                                                            .arg(low)
                                                            .arg(high),
                                                        command));
        return value;
    };
    std::optional<int> priority;
    std::optional<int> penalty;
    if (parser.isSet(s_priorityOption)) {
        auto value = number(s_priorityOption, -1000000, 1000000);
        if (!value)
            return value.error();
        priority = *value;
    }
    if (parser.isSet(s_penaltyOption)) {
        auto value = number(s_penaltyOption, 0, 100);
        if (!value)
            return value.error();
        penalty = *value;
    }
    auto workspace = m_context.openWorkspace(Workspace::Access::ReadWrite);
    if (!workspace)
        return workspace.error();
    store::TmRepository& repository = (*workspace)->tm();
    const QString name = parser.positional(QStringLiteral("NAME"));
    auto memory = repository.memory(name);
    if (!memory)
        return m_context.error(memory.error());
    memory->priority = priority.value_or(memory->priority);
    memory->penalty = penalty.value_or(memory->penalty);
    if (parser.isSet(s_readOnlyOption) || parser.isSet(s_writableOption))
        memory->readOnly = parser.isSet(s_readOnlyOption);
    auto saved = repository.saveMemory(*memory);
    if (!saved)
        return m_context.error(saved.error());
    auto pairs = repository.languagePairs(name);
    if (!pairs)
        return m_context.error(pairs.error());
    if (m_context.json()) {
        m_context.printJson(memoryJson(*saved, *pairs));
        return ExitCode::Ok;
    }
    m_context.out() << "TM " << name << ": priority " << saved->priority << ", penalty " << saved->penalty << ", "
                    << (saved->readOnly ? "read-only" : "writable") << '\n';
    return ExitCode::Ok;
}

} // namespace tessera::cli
