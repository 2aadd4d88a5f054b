#include "SegmentCommands.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

#include "ArgumentParser.h"
#include "CliJson.h"
#include "TablePrinter.h"
#include "domain/Project.h"
#include "qa/EditGate.h"
#include "store/DocumentRepository.h"
#include "store/ProjectRepository.h"
#include "store/SegmentRepository.h"

namespace tessera::cli {

using domain::ErrorCode;
using domain::SegmentState;
using store::Workspace;

namespace {

const QString s_stateOption = QStringLiteral("--state");
const QString s_targetOption = QStringLiteral("--target");
const QString s_pluralOption = QStringLiteral("--plural");
const QString s_commentOption = QStringLiteral("--comment");
const QString s_stateNames = QStringLiteral("new, draft, translated, reviewed, approved, rejected");
constexpr int s_columnWidth = 40;

// Bad input that names the field (the option) it came from.
domain::Error fieldError(ErrorCode code, const QString& field, const QString& message)
{
    domain::Error error{code, message, {}, 0, 0, field};
    return error;
}

domain::Result<SegmentState> parseState(const QString& text)
{
    if (auto state = domain::segmentStateFromString(text))
        return *state;
    return std::unexpected(fieldError(ErrorCode::InvalidInput, s_stateOption,
                                      QStringLiteral("unknown state \"%1\" (states: %2)").arg(text, s_stateNames)));
}

} // namespace

SegmentCommands::SegmentCommands(CliContext& context)
    : m_context(context)
{}

ExitCode SegmentCommands::run(const QStringList& arguments)
{
    const QString sub = arguments.value(0);
    if (sub == QLatin1String("list"))
        return list(arguments.mid(1));
    if (sub == QLatin1String("set"))
        return set(arguments.mid(1));
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        m_context.printGroupHelp(QStringLiteral("segment"),
                                 {{QStringLiteral("list --project PROJECT --lang L [--state S] [--document D]"),
                                   QStringLiteral("list the segments of one target language")},
                                  {QStringLiteral("set SEGMENT_ID [--target TEXT | --plural TEXT…] [--state S] "
                                                  "[--comment TEXT]"),
                                   QStringLiteral("change a segment's translation, state or translator comment")}});
        return ExitCode::Ok;
    }
    if (sub.isEmpty())
        return m_context.usageError(QStringLiteral("missing segment command (list or set)"), QStringLiteral("segment"));
    return m_context.usageError(QStringLiteral("unknown segment command \"%1\"").arg(sub), QStringLiteral("segment"));
}

ExitCode SegmentCommands::list(const QStringList& arguments)
{
    const QString command = QStringLiteral("segment list");
    ArgumentParser parser(QStringLiteral("segment list --project PROJECT --lang L [--state S] [--document D]"),
                          QStringLiteral("List the segments of a project in one target language, ordered by document "
                                         "and position.\nWith --json: an array of {id, key, source, target, state, "
                                         "rev, …}; target is an array for plural forms."));
    parser
        .addOption(QStringLiteral("--project"), ArgumentParser::Kind::Value, QStringLiteral("PROJECT"),
                   QStringLiteral("the project's id or unique name"), true)
        .addOption(QStringLiteral("--lang"), ArgumentParser::Kind::Value, QStringLiteral("L"),
                   QStringLiteral("the target language"), true)
        .addOption(s_stateOption, ArgumentParser::Kind::Value, QStringLiteral("S"),
                   QStringLiteral("only segments in this state: ") + s_stateNames)
        .addOption(QStringLiteral("--document"), ArgumentParser::Kind::Value, QStringLiteral("D"),
                   QStringLiteral("only this document (id or name)"));
    if (auto parsed = m_context.parse(parser, arguments, command); !parsed)
        return parsed.error();

    const auto lang = m_context.languageTag(QStringLiteral("--lang"), parser.value(QStringLiteral("--lang")), command);
    if (!lang)
        return lang.error();
    store::SegmentQuery query;
    query.language = *lang;
    if (parser.isSet(s_stateOption)) {
        auto state = parseState(parser.value(s_stateOption));
        if (!state)
            return m_context.error(state.error());
        query.state = *state;
    }

    auto workspace = m_context.openWorkspace(Workspace::Access::ReadOnly);
    if (!workspace)
        return workspace.error();
    Workspace& ws = **workspace;
    auto project = ws.projects().resolve(parser.value(QStringLiteral("--project")));
    if (!project)
        return m_context.error(project.error());
    query.projectId = project->id;
    if (!project->targetLanguages.contains(query.language, Qt::CaseInsensitive))
        return m_context.error(
            fieldError(ErrorCode::InvalidInput, QStringLiteral("--lang"),
                       QStringLiteral("project \"%1\" has no target language %2 (it has %3)")
                           .arg(project->name, query.language, project->targetLanguages.join(QStringLiteral(", ")))));

    auto documents = ws.documents().listForProject(project->id);
    if (!documents)
        return m_context.error(documents.error());
    QHash<QString, QString> documentNames;
    for (const domain::Document& d : *documents)
        documentNames.insert(d.id, d.name);
    if (parser.isSet(QStringLiteral("--document"))) {
        query.document = parser.value(QStringLiteral("--document"));
        const bool known = std::any_of(documents->begin(), documents->end(), [&](const domain::Document& d) {
            return (d.id == query.document || d.name == query.document) &&
                   d.targetLanguage.compare(query.language, Qt::CaseInsensitive) == 0;
        });
        if (!known)
            return m_context.error(fieldError(ErrorCode::NotFound, QStringLiteral("--document"),
                                              QStringLiteral("project \"%1\" has no document \"%2\" in %3")
                                                  .arg(project->name, query.document, query.language)));
    }

    auto segments = ws.segments().list(query);
    if (!segments)
        return m_context.error(segments.error());
    if (m_context.json()) {
        QJsonArray array;
        for (const domain::Segment& s : *segments)
            array.append(json::segment(s, documentNames.value(s.documentId)));
        m_context.printJson(array);
        return ExitCode::Ok;
    }
    TablePrinter table({QStringLiteral("ID"), QStringLiteral("STATE"), QStringLiteral("REV"), QStringLiteral("KEY"),
                        QStringLiteral("SOURCE"), QStringLiteral("TARGET")});
    table.setRightAligned(2);
    for (const domain::Segment& s : *segments)
        table.addRow({s.id, domain::stateName(s.state), QString::number(s.rev),
                      TablePrinter::elide(s.key, s_columnWidth), TablePrinter::elide(s.source, s_columnWidth),
                      TablePrinter::elide(json::targetText(s), s_columnWidth)});
    table.print(m_context.out());
    m_context.out() << segments->size() << (segments->size() == 1 ? " segment\n" : " segments\n");
    return ExitCode::Ok;
}

ExitCode SegmentCommands::set(const QStringList& arguments)
{
    const QString command = QStringLiteral("segment set");
    ArgumentParser parser(
        QStringLiteral("segment set SEGMENT_ID [--target TEXT | --plural TEXT…] [--state S] [--comment TEXT]"),
        QStringLiteral("Change a segment's translation, state and/or translator comment, as one edit with a revision "
                       "and a sync entry. Prints the updated segment."));
    parser.addPositional(QStringLiteral("SEGMENT_ID"), QStringLiteral("the segment's id (see `segment list`)"))
        .addOption(s_targetOption, ArgumentParser::Kind::Value, QStringLiteral("TEXT"),
                   QStringLiteral("the new translation"))
        .addOption(s_pluralOption, ArgumentParser::Kind::List, QStringLiteral("TEXT"),
                   QStringLiteral("the new translation's plural forms, in the target language's order"))
        .addOption(s_stateOption, ArgumentParser::Kind::Value, QStringLiteral("S"),
                   QStringLiteral("the new state: ") + s_stateNames)
        .addOption(s_commentOption, ArgumentParser::Kind::Value, QStringLiteral("TEXT"),
                   QStringLiteral("the new translator comment (\"\" removes it), written to the file on export"));
    if (auto parsed = m_context.parse(parser, arguments, command); !parsed)
        return parsed.error();
    const bool hasTarget = parser.isSet(s_targetOption);
    const bool hasPlural = parser.isSet(s_pluralOption);
    if (hasTarget && hasPlural)
        return m_context.usageError(QStringLiteral("give either --target or --plural, not both"), command);
    if (!hasTarget && !hasPlural && !parser.isSet(s_stateOption) && !parser.isSet(s_commentOption))
        return m_context.usageError(QStringLiteral("nothing to change: give --target, --plural, --state or --comment"),
                                    command);

    store::SegmentEdit edit;
    edit.segmentId = parser.positional(QStringLiteral("SEGMENT_ID"));
    edit.author = CliContext::author();
    if (parser.isSet(s_commentOption))
        edit.translatorComment = parser.value(s_commentOption);
    if (parser.isSet(s_stateOption)) {
        auto state = parseState(parser.value(s_stateOption));
        if (!state)
            return m_context.error(state.error());
        edit.state = *state;
    }

    auto workspace = m_context.openWorkspace(Workspace::Access::ReadWrite);
    if (!workspace)
        return workspace.error();
    Workspace& ws = **workspace;
    auto current = ws.segments().find(edit.segmentId);
    if (!current && current.error().code == ErrorCode::NotFound)
        return m_context.error(fieldError(ErrorCode::NotFound, QStringLiteral("SEGMENT_ID"), current.error().message));
    if (!current)
        return m_context.error(current.error());
    if (current->flags.testFlag(domain::SegmentFlag::Locked))
        return m_context.error(fieldError(ErrorCode::InvalidInput, QStringLiteral("SEGMENT_ID"),
                                          QStringLiteral("segment %1 is locked").arg(current->key)));
    if (hasTarget && current->isPlural())
        return m_context.error(
            fieldError(ErrorCode::InvalidInput, s_targetOption,
                       QStringLiteral("segment %1 has plural forms; give them with --plural").arg(current->key)));
    if (hasPlural && !current->isPlural())
        return m_context.error(
            fieldError(ErrorCode::InvalidInput, s_pluralOption,
                       QStringLiteral("segment %1 has no plural forms; use --target").arg(current->key)));
    edit.targets = hasTarget ? QStringList{parser.value(s_targetOption)}
                             : (hasPlural ? parser.values(s_pluralOption) : current->targets);
    edit.baseRev = current->rev;
    // The project's blocking checks apply here as in the editor: a confirmed or approved state, or a
    // new text in one, must pass them.
    const bool hasText =
        std::any_of(edit.targets.cbegin(), edit.targets.cend(), [](const QString& form) { return !form.isEmpty(); });
    if (hasText && (edit.state || edit.targets != current->targets)) { // an empty one is refused below
        if (auto gate = qa::EditGate::check(ws, *current, edit.targets, edit.state.value_or(current->state)); !gate) {
            domain::Error error = gate.error();
            error.field = edit.state ? s_stateOption : (hasPlural ? s_pluralOption : s_targetOption);
            return m_context.error(error);
        }
    }

    auto updated = ws.segments().applyEdit(edit);
    if (!updated) {
        domain::Error error = updated.error();
        if (error.field.isEmpty() && error.code == ErrorCode::InvalidTransition)
            error.field = s_stateOption;
        else if (error.field.isEmpty() && error.code == ErrorCode::InvalidInput) // an empty translation confirmed
            error.field = hasPlural ? s_pluralOption : (hasTarget ? s_targetOption : s_stateOption);
        return m_context.error(error);
    }
    auto document = ws.documents().find(updated->documentId);
    printSegment(*updated, document ? document->name : QString());
    return ExitCode::Ok;
}

void SegmentCommands::printSegment(const domain::Segment& s, const QString& documentName)
{
    if (m_context.json()) {
        m_context.printJson(json::segment(s, documentName));
        return;
    }
    QTextStream& out = m_context.out();
    out << "Updated segment " << s.key << " (rev " << s.rev << ")\n"
        << "  id:       " << s.id << '\n'
        << "  document: " << documentName << '\n'
        << "  state:    " << domain::stateName(s.state) << '\n'
        << "  source:   " << s.source << '\n';
    if (s.isPlural()) {
        out << "  plural:   " << s.sourcePlural << '\n';
        for (qsizetype i = 0; i < s.targets.size(); ++i)
            out << "  target[" << i << "]: " << s.targets.at(i) << '\n';
    } else {
        out << "  target:   " << s.targets.value(0) << '\n';
    }
    if (!s.translatorComment.isEmpty())
        out << "  comment:  " << s.translatorComment << '\n';
    if (!s.origin.isEmpty())
        out << "  origin:   " << s.origin << '\n';
}

} // namespace tessera::cli
