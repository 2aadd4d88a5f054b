#include "TermCommands.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include "ArgumentParser.h"
#include "OptionNames.h"
#include "TablePrinter.h"
#include "terms/TermRecognizer.h"
#include "terms/Termbase.h"

namespace tessera::cli {

using store::Workspace;
using terms::Termbase;

namespace {

const QString s_group = QStringLiteral("terms");

QString formatName(Termbase::Format format)
{
    switch (format) {
    case Termbase::Format::Tbx:
        return QStringLiteral("tbx");
    case Termbase::Format::Csv:
        return QStringLiteral("csv");
    case Termbase::Format::Tsv:
        return QStringLiteral("tsv");
    }
    return {};
}

QJsonObject termJson(const domain::Term& term)
{
    QJsonObject object{{QStringLiteral("text"), term.text},
                       {QStringLiteral("lang"), term.language},
                       {QStringLiteral("status"), domain::termStatusName(term.status)}};
    if (term.caseSensitive)
        object.insert(QStringLiteral("case_sensitive"), true);
    if (!term.partOfSpeech.isEmpty())
        object.insert(QStringLiteral("part_of_speech"), term.partOfSpeech);
    if (!term.note.isEmpty())
        object.insert(QStringLiteral("note"), term.note);
    return object;
}

} // namespace

TermCommands::TermCommands(CliContext& context)
    : m_context(context)
{}

ExitCode TermCommands::run(const QStringList& arguments)
{
    const QString sub = arguments.value(0);
    if (sub == QLatin1String("import"))
        return importFile(arguments.mid(1));
    if (sub == QLatin1String("export"))
        return exportFile(arguments.mid(1));
    if (sub == QLatin1String("lookup"))
        return lookup(arguments.mid(1));
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        m_context.printGroupHelp(
            s_group,
            {{QStringLiteral("import FILE"), QStringLiteral("merge a TBX or CSV/TSV glossary into the termbase")},
             {QStringLiteral("export --out FILE"),
              QStringLiteral("write the termbase as TBX, CSV or TSV (by FILE's extension)")},
             {QStringLiteral("lookup TEXT --source-lang L --target-lang L"),
              QStringLiteral("the termbase's terms found in TEXT, with their translations")}});
        return ExitCode::Ok;
    }
    if (sub.isEmpty())
        return m_context.usageError(QStringLiteral("missing terms command (import, export or lookup)"), s_group);
    return m_context.usageError(QStringLiteral("unknown terms command \"%1\"").arg(sub), s_group);
}

ExitCode TermCommands::importFile(const QStringList& arguments)
{
    const QString command = QStringLiteral("terms import");
    ArgumentParser parser(
        QStringLiteral("terms import FILE [--source-lang L] [--target-lang L]"),
        QStringLiteral("Merge a glossary into the workspace's termbase: TBX (TBX-Basic 2008 <martif> or TBX 2019 "
                       "<tbx>, by the extension .tbx or .xml) or a CSV/TSV table with a header row naming its "
                       "languages (.csv, .tsv). In one transaction: a bad file changes nothing.\n"
                       "Importing a file again adds no duplicates: a concept is the stored one with the same id "
                       "(TBX) that shares a term with it, else the one with exactly the same terms; the file's "
                       "terms then replace the stored terms of their languages.\n"
                       "With --json: {file, format, concepts, added, updated, unchanged, skipped, terms}."));
    parser.addPositional(QStringLiteral("FILE"), QStringLiteral("the glossary to import"))
        .addOption(s_sourceLangOption, ArgumentParser::Kind::Value, QStringLiteral("L"),
                   QStringLiteral("the language of a \"source\" column (translate-toolkit's CSV); default en"))
        .addOption(s_targetLangOption, ArgumentParser::Kind::Value, QStringLiteral("L"),
                   QStringLiteral("the language of a \"target\" column, and of csv2tbx's xml:lang=\"xx\""));
    if (auto parsed = m_context.parse(parser, arguments, command); !parsed)
        return parsed.error();
    terms::ImportOptions options;
    for (const auto& [option, value] : {std::pair{s_sourceLangOption, &options.sourceLanguage},
                                        std::pair{s_targetLangOption, &options.targetLanguage}}) {
        if (!parser.isSet(option))
            continue;
        const auto lang = m_context.languageTag(option, parser.value(option), command);
        if (!lang)
            return lang.error();
        *value = *lang;
    }
    const QString path = parser.positional(QStringLiteral("FILE"));
    if (!QFileInfo::exists(path))
        return m_context.error(ExitCode::BadInput, QStringLiteral("%1: no such file").arg(path));

    auto workspace = m_context.openWorkspace(Workspace::Access::ReadWrite);
    if (!workspace)
        return workspace.error();
    Termbase termbase(**workspace);
    auto imported = termbase.importFile(path, options);
    if (!imported)
        return m_context.error(imported.error());
    const auto format = Termbase::formatOf(path);
    if (m_context.json()) {
        m_context.printJson(QJsonObject{{QStringLiteral("file"), path},
                                        {QStringLiteral("format"), format ? formatName(*format) : QString()},
                                        {QStringLiteral("concepts"), imported->concepts},
                                        {QStringLiteral("added"), imported->added},
                                        {QStringLiteral("updated"), imported->updated},
                                        {QStringLiteral("unchanged"), imported->unchanged},
                                        {QStringLiteral("skipped"), imported->skipped},
                                        {QStringLiteral("terms"), imported->terms}});
        return ExitCode::Ok;
    }
    m_context.out() << "Imported " << path << ": " << imported->concepts << " concepts with " << imported->terms
                    << " terms; " << imported->added << " added, " << imported->updated << " updated, "
                    << imported->unchanged << " unchanged";
    if (imported->skipped > 0)
        m_context.out() << ", " << imported->skipped << " without terms skipped";
    m_context.out() << '\n';
    return ExitCode::Ok;
}

ExitCode TermCommands::exportFile(const QStringList& arguments)
{
    const QString command = QStringLiteral("terms export");
    ArgumentParser parser(QStringLiteral("terms export --out FILE"),
                          QStringLiteral("Write the whole termbase to FILE in the format of its extension: .tbx "
                                         "(TBX 2019, TBX-Basic, DCA style), .csv or .tsv (one column per language "
                                         "and synonym). Written to a temporary file and renamed into place.\n"
                                         "With --json: {file, format, concepts}."));
    parser.addOption(s_outOption, ArgumentParser::Kind::Value, QStringLiteral("FILE"),
                     QStringLiteral("the file to write (.tbx, .csv or .tsv)"), true);
    if (auto parsed = m_context.parse(parser, arguments, command); !parsed)
        return parsed.error();
    const QString path = parser.value(s_outOption);
    const auto format = Termbase::formatOf(path);
    if (!format)
        return m_context.usageError(format.error().message, command);

    auto workspace = m_context.openWorkspace(Workspace::Access::ReadOnly);
    if (!workspace)
        return workspace.error();
    Termbase termbase(**workspace);
    auto written = termbase.exportFile(path);
    if (!written)
        return m_context.error(written.error());
    if (m_context.json()) {
        m_context.printJson(QJsonObject{{QStringLiteral("file"), path},
                                        {QStringLiteral("format"), formatName(*format)},
                                        {QStringLiteral("concepts"), *written}});
        return ExitCode::Ok;
    }
    m_context.out() << "Exported " << *written << (*written == 1 ? " concept" : " concepts") << " to " << path << '\n';
    return ExitCode::Ok;
}

ExitCode TermCommands::lookup(const QStringList& arguments)
{
    const QString command = QStringLiteral("terms lookup");
    ArgumentParser parser(
        QStringLiteral("terms lookup TEXT --source-lang L --target-lang L"),
        QStringLiteral("The termbase's terms in TEXT, also inflected (Snowball stems where the language has "
                       "them), longest match first, with the concept's terms in the target language.\n"
                       "With --json: [{start, length, text, source, status, target: [TEXT…], targets: [{text, "
                       "lang, status, …}], concept, definition}]; start and length count UTF-16 code units."));
    parser.addPositional(QStringLiteral("TEXT"), QStringLiteral("the source text"))
        .addOption(s_sourceLangOption, ArgumentParser::Kind::Value, QStringLiteral("L"),
                   QStringLiteral("the language of TEXT"), true)
        .addOption(s_targetLangOption, ArgumentParser::Kind::Value, QStringLiteral("L"),
                   QStringLiteral("the language to show translations in"), true);
    if (auto parsed = m_context.parse(parser, arguments, command); !parsed)
        return parsed.error();
    const auto source = m_context.languageTag(s_sourceLangOption, parser.value(s_sourceLangOption), command);
    if (!source)
        return source.error();
    const auto target = m_context.languageTag(s_targetLangOption, parser.value(s_targetLangOption), command);
    if (!target)
        return target.error();
    const QString text = parser.positional(QStringLiteral("TEXT"));

    auto workspace = m_context.openWorkspace(Workspace::Access::ReadOnly);
    if (!workspace)
        return workspace.error();
    Termbase termbase(**workspace);
    auto recognizer = termbase.recognizer(*source, *target);
    if (!recognizer)
        return m_context.error(recognizer.error());
    const QList<terms::TermHit> hits = (*recognizer)->recognize(text);

    if (m_context.json()) {
        QJsonArray array;
        for (const terms::TermHit& hit : hits) {
            QJsonArray targetTexts;
            QJsonArray targetTerms;
            for (const domain::Term& t : hit.targets) {
                targetTexts.append(t.text);
                targetTerms.append(termJson(t));
            }
            QJsonObject object{{QStringLiteral("start"), hit.start},
                               {QStringLiteral("length"), hit.length},
                               {QStringLiteral("text"), text.mid(hit.start, hit.length)},
                               {QStringLiteral("source"), hit.source.text},
                               {QStringLiteral("status"), domain::termStatusName(hit.source.status)},
                               {QStringLiteral("target"), targetTexts},
                               {QStringLiteral("targets"), targetTerms},
                               {QStringLiteral("concept"), hit.conceptId}};
            if (!hit.definition.isEmpty())
                object.insert(QStringLiteral("definition"), hit.definition);
            array.append(object);
        }
        m_context.printJson(array);
        return ExitCode::Ok;
    }
    if (hits.isEmpty()) {
        m_context.out() << "No terms found\n";
        return ExitCode::Ok;
    }
    TablePrinter table({QStringLiteral("START"), QStringLiteral("LENGTH"), QStringLiteral("TEXT"),
                        QStringLiteral("TERM"), QStringLiteral("STATUS"), QStringLiteral("TARGET")});
    table.setRightAligned(0);
    table.setRightAligned(1);
    for (const terms::TermHit& hit : hits) {
        QStringList targets;
        for (const domain::Term& t : hit.targets) {
            targets.append(t.status == domain::TermStatus::Preferred
                               ? t.text
                               : QStringLiteral("%1 (%2)").arg(t.text, domain::termStatusName(t.status)));
        }
        table.addRow(
            {QString::number(hit.start), QString::number(hit.length),
             TablePrinter::elide(text.mid(hit.start, hit.length), 40), TablePrinter::elide(hit.source.text, 40),
             domain::termStatusName(hit.source.status),
             TablePrinter::elide(targets.isEmpty() ? QStringLiteral("-") : targets.join(QStringLiteral("; ")), 60)});
    }
    table.print(m_context.out());
    return ExitCode::Ok;
}

} // namespace tessera::cli
