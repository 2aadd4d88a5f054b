#include "AnalysisCommands.h"

#include <cstdio>
#include <mutex>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "ArgumentParser.h"
#include "OptionNames.h"
#include "TablePrinter.h"
#include "domain/Job.h"
#include "domain/Project.h"
#include "domain/Segment.h"
#include "jobs/PretranslateJob.h"
#include "store/ProjectRepository.h"
#include "store/SegmentRepository.h"
#include "tm/CatAnalysis.h"
#include "tm/Pretranslator.h"
#include "tm/TmLibrary.h"

namespace tessera::cli {

using store::Workspace;
using tm::CatAnalysis;

namespace {

// The project's languages `--lang` selects (all when not given), in the project's spelling.
QJsonObject reportJson(const CatAnalysis::Report& report)
{
    QJsonArray bands;
    for (int b = 0; b < CatAnalysis::BandCount; ++b) {
        const auto& counts = report.bands[std::size_t(b)];
        bands.append(QJsonObject{{QStringLiteral("band"), CatAnalysis::bandName(CatAnalysis::Band(b))},
                                 {QStringLiteral("segments"), counts.segments},
                                 {QStringLiteral("words"), counts.words},
                                 {QStringLiteral("characters"), counts.characters}});
    }
    return QJsonObject{{QStringLiteral("bands"), bands},
                       {QStringLiteral("total_segments"), report.total.segments},
                       {QStringLiteral("total_words"), report.total.words},
                       {QStringLiteral("total_characters"), report.total.characters},
                       {QStringLiteral("internal_matches"), report.internalMatches}};
}

QString percent(qsizetype part, qsizetype whole)
{
    return whole == 0 ? QStringLiteral("0.0") : QString::number(100.0 * double(part) / double(whole), 'f', 1);
}

void printReport(QTextStream& out, const CatAnalysis::Report& report)
{
    out << report.sourceLanguage << " → " << report.targetLanguage << '\n';
    TablePrinter table({QStringLiteral("BAND"), QStringLiteral("SEGMENTS"), QStringLiteral("WORDS"),
                        QStringLiteral("CHARACTERS"), QStringLiteral("% WORDS")});
    for (int c = 1; c <= 4; ++c)
        table.setRightAligned(c);
    const auto row = [&](const QString& name, const CatAnalysis::Counts& counts) {
        table.addRow({name, QString::number(counts.segments), QString::number(counts.words),
                      QString::number(counts.characters), percent(counts.words, report.total.words)});
    };
    for (int b = 0; b < CatAnalysis::BandCount; ++b)
        row(CatAnalysis::bandName(CatAnalysis::Band(b)), report.bands[std::size_t(b)]);
    row(QStringLiteral("total"), report.total);
    table.print(out);
    if (report.internalMatches > 0)
        out << report.internalMatches << " segment(s) matched an earlier segment of the project better than any TM\n";
}

QString csvRow(const QString& language, const QString& band, const CatAnalysis::Counts& counts)
{
    return QStringLiteral("%1,%2,%3,%4,%5\r\n")
        .arg(language, band)
        .arg(counts.segments)
        .arg(counts.words)
        .arg(counts.characters);
}

} // namespace

AnalysisCommands::AnalysisCommands(CliContext& context)
    : m_context(context)
{}

ExitCode AnalysisCommands::analyze(const QStringList& arguments)
{
    const QString command = QStringLiteral("analyze");
    ArgumentParser parser(
        QStringLiteral("analyze --project PROJECT [--lang L] [--csv]"),
        QStringLiteral(
            "CAT analysis: how many segments, words and characters of each target language fall in each match band "
            "against the workspace's TMs: repetition, 101 (context), 100, 95-99, 85-94, 75-84, 50-74, no-match. "
            "Earlier segments of the project count as an internal TM (repetitions, internal fuzzy matches). "
            "Obsolete segments are left out.\nWith --json: {bands, total_words, total_segments, languages: [{lang, "
            "bands: [{band, segments, words, characters}], total_words, …}]}; the top-level bands add up every "
            "language. With --csv: lang,band,segments,words,characters rows."));
    parser
        .addOption(s_projectOption, ArgumentParser::Kind::Value, QStringLiteral("PROJECT"),
                   QStringLiteral("the project's id or unique name"), true)
        .addOption(s_langOption, ArgumentParser::Kind::Value, QStringLiteral("L"),
                   QStringLiteral("only this target language (default: all)"))
        .addOption(s_csvOption, ArgumentParser::Kind::Flag, {}, QStringLiteral("print CSV instead of tables"));
    if (auto parsed = m_context.parse(parser, arguments, command); !parsed)
        return parsed.error();

    auto scope = m_context.openProject(parser, Workspace::Access::ReadOnly, command);
    if (!scope)
        return scope.error();
    Workspace& ws = *scope->workspace;
    const domain::Project& project = scope->project;
    const QStringList& languages = scope->languages;
    auto library = tm::TmLibrary::open(ws.tm(), ws.databasePath());
    if (!library)
        return m_context.error(library.error());

    QList<CatAnalysis::Report> reports;
    CatAnalysis::Report all;
    for (const QString& language : languages) {
        store::SegmentQuery query;
        query.projectId = project.id;
        query.language = language;
        auto segments = ws.segments().list(query);
        if (!segments)
            return m_context.error(segments.error());
        CatAnalysis analysis(**library, project.sourceLanguage, language);
        for (const domain::Segment& segment : *segments) {
            if (segment.flags.testFlag(domain::SegmentFlag::Obsolete))
                continue;
            if (auto added = analysis.add(segment); !added)
                return m_context.error(added.error());
        }
        reports.append(analysis.report());
        all += analysis.report();
    }

    if (m_context.json()) {
        QJsonObject object = reportJson(all);
        QJsonArray perLanguage;
        for (const auto& report : reports) {
            QJsonObject one = reportJson(report);
            one.insert(QStringLiteral("lang"), report.targetLanguage);
            perLanguage.append(one);
        }
        object.insert(QStringLiteral("languages"), perLanguage);
        m_context.printJson(object);
    } else if (parser.isSet(s_csvOption)) {
        m_context.out() << "lang,band,segments,words,characters\r\n";
        for (const auto& report : reports) {
            for (int b = 0; b < CatAnalysis::BandCount; ++b)
                m_context.out() << csvRow(report.targetLanguage, CatAnalysis::bandName(CatAnalysis::Band(b)),
                                          report.bands[std::size_t(b)]);
            m_context.out() << csvRow(report.targetLanguage, QStringLiteral("total"), report.total);
        }
    } else {
        for (qsizetype i = 0; i < reports.size(); ++i) {
            if (i > 0)
                m_context.out() << '\n';
            printReport(m_context.out(), reports.at(i));
        }
    }
    return ExitCode::Ok;
}

} // namespace tessera::cli
