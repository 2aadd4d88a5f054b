#include "TmSearchCommands.h"

#include <algorithm>
#include <tuple>

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "ArgumentParser.h"
#include "OptionNames.h"
#include "TablePrinter.h"
#include "store/TmRepository.h"
#include "tm/Concordance.h"
#include "tm/TmLibrary.h"

namespace tessera::cli {

using store::Workspace;

namespace {

const QString s_batchOption = QStringLiteral("--batch");
const QString s_maxOption = QStringLiteral("--max");
const QString s_inOption = QStringLiteral("--in");

QJsonObject matchJson(const tm::TmMatch& match)
{
    QJsonObject object{{QStringLiteral("score"), match.score},
                       {QStringLiteral("source"), match.unit.source},
                       {QStringLiteral("target"), match.unit.target},
                       {QStringLiteral("tm"), match.unit.tmName},
                       {QStringLiteral("source_lang"), match.unit.sourceLanguage},
                       {QStringLiteral("target_lang"), match.unit.targetLanguage},
                       {QStringLiteral("penalty"), match.penalty},
                       {QStringLiteral("id"), match.unit.id}};
    if (match.repair.outcome == tm::AutoRepair::Outcome::Repaired ||
        match.repair.outcome == tm::AutoRepair::Outcome::Partial)
        object.insert(QStringLiteral("repaired_target"), match.repair.target);
    return object;
}

QJsonArray rangesJson(const QList<tm::Concordance::Range>& ranges)
{
    QJsonArray array;
    for (const auto& r : ranges)
        array.append(QJsonObject{{QStringLiteral("start"), r.start}, {QStringLiteral("length"), r.length}});
    return array;
}

// The text with each range in [ ].
QString marked(QString text, const QList<tm::Concordance::Range>& ranges)
{
    for (qsizetype i = ranges.size() - 1; i >= 0; --i) {
        text.insert(ranges[i].start + ranges[i].length, QLatin1Char(']'));
        text.insert(ranges[i].start, QLatin1Char('['));
    }
    return text;
}

} // namespace

TmSearchCommands::TmSearchCommands(CliContext& context)
    : m_context(context)
{}

ExitCode TmSearchCommands::lookup(const QStringList& arguments)
{
    const QString command = QStringLiteral("tm lookup");
    const bool batch = std::any_of(arguments.begin(), arguments.end(), [](const QString& a) {
        return a == s_batchOption || a.startsWith(s_batchOption + QLatin1Char('='));
    });
    ArgumentParser parser(
        QStringLiteral("tm lookup TEXT --source-lang L --target-lang L [--min PCT] [--max N]\n"
                       "       tessera-cli tm lookup --batch FILE --source-lang L --target-lang L [--min PCT] "
                       "[--max N]"),
        QStringLiteral("Fuzzy matches for TEXT from every translation memory of the workspace (regional variants of "
                       "the languages too, with a point off per side), best first: score after the TM's penalty "
                       "(101: context match), then TM priority.\nWith --batch, FILE (\"-\": stdin) holds one query "
                       "a line and the output is JSON Lines, one {query, elapsed_us, matches: [{score, source, "
                       "target, tm, …}]} per query; elapsed_us is the lookup's own time.\nWith --json (one query): "
                       "the same object."));
    if (!batch)
        parser.addRepeatedPositional(QStringLiteral("TEXT"),
                                     QStringLiteral("the text to match (several arguments are joined with spaces)"));
    parser
        .addOption(s_batchOption, ArgumentParser::Kind::Value, QStringLiteral("FILE"),
                   QStringLiteral("queries, one a line (UTF-8); \"-\" reads stdin"))
        .addOption(s_sourceLangOption, ArgumentParser::Kind::Value, QStringLiteral("L"),
                   QStringLiteral("the query's language"), true)
        .addOption(s_targetLangOption, ArgumentParser::Kind::Value, QStringLiteral("L"),
                   QStringLiteral("the language of the translations wanted"), true)
        .addOption(s_minOption, ArgumentParser::Kind::Value, QStringLiteral("PCT"),
                   QStringLiteral("lowest score, 1–100 (default 75)"))
        .addOption(s_maxOption, ArgumentParser::Kind::Value, QStringLiteral("N"),
                   QStringLiteral("matches per query, 1–1000 (default 5)"));
    if (auto parsed = m_context.parse(parser, arguments, command); !parsed)
        return parsed.error();
    tm::LookupOptions options;
    for (const auto& [option, target, low, high] :
         {std::tuple{s_minOption, &options.threshold, 1, 100}, std::tuple{s_maxOption, &options.maxResults, 1, 1000}}) {
        if (!parser.isSet(option))
            continue;
        bool ok = false;
        const int value = parser.value(option).toInt(&ok);
        if (!ok || value < low || value > high)
            return m_context.usageError(QStringLiteral("%1: \"%2\" is not an integer from %3 to %4")
                                            .arg(option, parser.value(option))
                                            .arg(low)
                                            .arg(high),
                                        command);
        *target = value;
    }
    const auto sourceLanguage = m_context.languageTag(s_sourceLangOption, parser.value(s_sourceLangOption), command);
    if (!sourceLanguage)
        return sourceLanguage.error();
    const auto targetLanguage = m_context.languageTag(s_targetLangOption, parser.value(s_targetLangOption), command);
    if (!targetLanguage)
        return targetLanguage.error();

    QStringList queries;
    if (batch) {
        const QString path = parser.value(s_batchOption);
        QFile file;
        const bool opened = path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly)
                                                       : (file.setFileName(path), file.open(QIODevice::ReadOnly));
        if (!opened)
            return m_context.error(ExitCode::BadInput,
                                   QStringLiteral("%1: cannot read: %2").arg(path, file.errorString()));
        for (const QByteArray& line : file.readAll().split('\n')) {
            const QString query = QString::fromUtf8(line.endsWith('\r') ? line.chopped(1) : line);
            if (!query.trimmed().isEmpty())
                queries.append(query);
        }
    } else {
        queries.append(parser.positionals(QStringLiteral("TEXT")).join(QLatin1Char(' ')));
    }

    auto workspace = m_context.openWorkspace(Workspace::Access::ReadOnly);
    if (!workspace)
        return workspace.error();
    auto library = tm::TmLibrary::open((*workspace)->tm(), (*workspace)->databasePath());
    if (!library)
        return m_context.error(library.error());

    QElapsedTimer timer;
    for (const QString& query : queries) {
        timer.start();
        auto matches = (*library)->lookup(query, *sourceLanguage, *targetLanguage, options);
        const qint64 elapsedUs = timer.nsecsElapsed() / 1000;
        if (!matches)
            return m_context.error(matches.error());
        if (batch || m_context.json()) {
            QJsonArray array;
            for (const tm::TmMatch& match : *matches)
                array.append(matchJson(match));
            const QJsonObject line{{QStringLiteral("query"), query},
                                   {QStringLiteral("elapsed_us"), elapsedUs},
                                   {QStringLiteral("matches"), array}};
            if (batch)
                m_context.out() << QString::fromUtf8(QJsonDocument(line).toJson(QJsonDocument::Compact)) << '\n';
            else
                m_context.printJson(line);
            continue;
        }
        if (matches->isEmpty()) {
            m_context.out() << "No matches of " << options.threshold << "% or more in " << *sourceLanguage << " → "
                            << *targetLanguage << '\n';
            continue;
        }
        TablePrinter table(
            {QStringLiteral("SCORE"), QStringLiteral("TM"), QStringLiteral("SOURCE"), QStringLiteral("TARGET")});
        table.setRightAligned(0);
        for (const tm::TmMatch& match : *matches)
            table.addRow({QString::number(match.score), match.unit.tmName, TablePrinter::elide(match.unit.source, 60),
                          TablePrinter::elide(match.unit.target, 60)});
        table.print(m_context.out());
    }
    m_context.out().flush();
    return ExitCode::Ok;
}

ExitCode TmSearchCommands::concordance(const QStringList& arguments)
{
    const QString command = QStringLiteral("tm concordance");
    ArgumentParser parser(
        QStringLiteral("tm concordance TEXT [--in source|target] [--max N]"),
        QStringLiteral("Units of every translation memory whose source or target holds the words of TEXT one "
                       "after another (case-insensitive; punctuation between them does not matter), newest first; "
                       "the hits are shown in [ ].\nWith --json: {query, in, elapsed_us, hits: [{tm, source_lang, "
                       "target_lang, source, target, source_ranges, target_ranges, id}]}; a range is {start, "
                       "length} in UTF-16 code units."));
    parser
        .addRepeatedPositional(QStringLiteral("TEXT"),
                               QStringLiteral("a word or phrase (several arguments are joined with spaces)"))
        .addOption(s_inOption, ArgumentParser::Kind::Value, QStringLiteral("source|target"),
                   QStringLiteral("search only sources or only targets (default: both)"))
        .addOption(s_maxOption, ArgumentParser::Kind::Value, QStringLiteral("N"),
                   QStringLiteral("hits, 1–10000 (default 20)"));
    if (auto parsed = m_context.parse(parser, arguments, command); !parsed)
        return parsed.error();
    tm::Concordance::Field field = tm::Concordance::Field::Both;
    QString in = QStringLiteral("both");
    if (parser.isSet(s_inOption)) {
        in = parser.value(s_inOption);
        if (in == QLatin1String("source"))
            field = tm::Concordance::Field::Source;
        else if (in == QLatin1String("target"))
            field = tm::Concordance::Field::Target;
        else
            return m_context.usageError(QStringLiteral("--in: \"%1\" is neither source nor target").arg(in), command);
    }
    int max = 20;
    if (parser.isSet(s_maxOption)) {
        bool ok = false;
        max = parser.value(s_maxOption).toInt(&ok);
        if (!ok || max < 1 || max > 10000)
            return m_context.usageError(
                QStringLiteral("--max: \"%1\" is not an integer from 1 to 10000").arg(parser.value(s_maxOption)),
                command);
    }
    const QString text = parser.positionals(QStringLiteral("TEXT")).join(QLatin1Char(' '));

    auto workspace = m_context.openWorkspace(Workspace::Access::ReadOnly);
    if (!workspace)
        return workspace.error();
    auto library = tm::TmLibrary::open((*workspace)->tm(), (*workspace)->databasePath());
    if (!library)
        return m_context.error(library.error());
    tm::Concordance concordance(**library);
    QElapsedTimer timer;
    timer.start();
    auto hits = concordance.search(text, field, max);
    const qint64 elapsedUs = timer.nsecsElapsed() / 1000;
    if (!hits)
        return m_context.error(hits.error());
    if (m_context.json()) {
        QJsonArray array;
        for (const tm::Concordance::Hit& hit : *hits)
            array.append(QJsonObject{{QStringLiteral("tm"), hit.unit.tmName},
                                     {QStringLiteral("source_lang"), hit.unit.sourceLanguage},
                                     {QStringLiteral("target_lang"), hit.unit.targetLanguage},
                                     {QStringLiteral("source"), hit.unit.source},
                                     {QStringLiteral("target"), hit.unit.target},
                                     {QStringLiteral("source_ranges"), rangesJson(hit.sourceRanges)},
                                     {QStringLiteral("target_ranges"), rangesJson(hit.targetRanges)},
                                     {QStringLiteral("id"), hit.unit.id}});
        m_context.printJson(QJsonObject{{QStringLiteral("query"), text},
                                        {QStringLiteral("in"), in},
                                        {QStringLiteral("elapsed_us"), elapsedUs},
                                        {QStringLiteral("hits"), array}});
        return ExitCode::Ok;
    }
    if (hits->isEmpty()) {
        m_context.out() << "No unit holds \"" << text << "\"\n";
        return ExitCode::Ok;
    }
    TablePrinter table(
        {QStringLiteral("TM"), QStringLiteral("LANGS"), QStringLiteral("SOURCE"), QStringLiteral("TARGET")});
    for (const tm::Concordance::Hit& hit : *hits)
        table.addRow({hit.unit.tmName, hit.unit.sourceLanguage + QStringLiteral("→") + hit.unit.targetLanguage,
                      marked(hit.unit.source, hit.sourceRanges), marked(hit.unit.target, hit.targetRanges)});
    table.print(m_context.out());
    return ExitCode::Ok;
}

} // namespace tessera::cli
