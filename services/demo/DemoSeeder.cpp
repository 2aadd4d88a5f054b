#include "DemoSeeder.h"

#include <QFile>
#include <QHash>

#include <nlohmann/json.hpp>

#include "domain/Clock.h"
#include "domain/Project.h"
#include "store/CommentRepository.h"
#include "store/Database.h"
#include "store/DocumentRepository.h"
#include "store/ProjectRepository.h"
#include "store/ReviewRepository.h"
#include "store/SegmentRepository.h"
#include "store/TaskRepository.h"
#include "store/TermRepository.h"
#include "store/TmRepository.h"
#include "store/UserRepository.h"
#include "store/Workspace.h"

namespace tessera::demo {

using domain::ErrorCode;
using domain::Result;
using nlohmann::json;

namespace {

QString str(const json& object, const char* key)
{
    auto it = object.find(key);
    return it != object.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

QStringList strings(const json& object, const char* key)
{
    QStringList result;
    auto it = object.find(key);
    if (it != object.end() && it->is_array()) {
        for (const auto& item : *it) {
            if (item.is_string())
                result.append(QString::fromStdString(item.get<std::string>()));
        }
    }
    return result;
}

int integer(const json& object, const char* key, int fallback = 0)
{
    auto it = object.find(key);
    return it != object.end() && it->is_number_integer() ? it->get<int>() : fallback;
}

const json& member(const json& object, const char* key)
{
    static const json s_empty = json::array();
    auto it = object.find(key);
    return it != object.end() ? *it : s_empty;
}

// Everything the seeder needs to resolve names in later sections.
struct Seeding {
    store::Workspace& ws;
    QDate today;
    domain::Project project;
    DemoSummary summary;
    QHash<QString, QString> userIds;     // name -> id
    QHash<QString, QString> documentIds; // "name|lang" -> id
    QHash<QString, QString> segmentIds;  // "document|lang|key" -> id
    QList<QString> commentIds;

    Result<void> users(const json& list);
    Result<void> documents(const json& list);
    Result<void> tm(const json& list);
    Result<void> terms(const json& list);
    Result<void> tasks(const json& list);
    Result<void> reviews(const json& list);
    Result<void> comments(const json& list);
    Result<QString> segmentId(const json& entry, const QString& section);
};

Result<void> Seeding::users(const json& list)
{
    for (const auto& entry : list) {
        domain::User user;
        user.name = str(entry, "name");
        user.displayName = str(entry, "display_name");
        user.email = str(entry, "email");
        for (const QString& role : strings(entry, "roles")) {
            if (auto r = domain::roleFromString(role))
                user.roles.append(*r);
        }
        user.languages = strings(entry, "languages");
        auto saved = ws.users().upsert(user);
        if (!saved)
            return std::unexpected(saved.error());
        userIds.insert(user.name, saved->id);
    }
    return {};
}

Result<void> Seeding::documents(const json& list)
{
    for (const auto& entry : list) {
        for (const QString& lang : project.targetLanguages) {
            domain::Document document;
            document.projectId = project.id;
            document.name = str(entry, "name");
            document.format = str(entry, "format");
            document.targetLanguage = lang;
            auto created = ws.documents().create(document);
            if (!created)
                return std::unexpected(created.error());
            documentIds.insert(document.name + QLatin1Char('|') + lang, created->id);

            QList<domain::Segment> segments;
            int order = 0;
            for (const auto& item : member(entry, "segments")) {
                domain::Segment s;
                s.key = str(item, "key");
                s.order = ++order;
                s.source = str(item, "source");
                s.sourcePlural = str(item, "source_plural");
                s.context.note = str(item, "note");
                s.context.locations = strings(item, "locations");
                s.context.maxLength = integer(item, "max_length");
                const json& target = member(member(item, "targets"), lang.toUtf8().constData());
                s.targets = strings(target, "forms");
                const QString state = str(target, "state");
                auto parsed = domain::segmentStateFromString(state);
                if (!parsed)
                    return domain::fail(ErrorCode::InvalidInput, QStringLiteral("demo: segment %1 (%2) has unknown "
                                                                                "state \"%3\"")
                                                                     .arg(s.key, lang, state));
                s.state = *parsed;
                s.updatedBy = s.state == domain::SegmentState::New ? QString() : QStringLiteral("demo");
                segments.append(s);
            }
            if (auto inserted = ws.segments().insertAll(created->id, segments); !inserted)
                return inserted;
            for (const auto& s : segments)
                segmentIds.insert(document.name + QLatin1Char('|') + lang + QLatin1Char('|') + s.key, s.id);
            summary.segments += int(segments.size());
            ++summary.documents;
        }
    }
    return {};
}

Result<void> Seeding::tm(const json& list)
{
    for (const auto& entry : list) {
        domain::TmUnit unit;
        unit.tmName = QStringLiteral("Larkspur Notes 2.3");
        unit.sourceLanguage = str(entry, "source_lang");
        unit.targetLanguage = str(entry, "target_lang");
        unit.source = str(entry, "source");
        unit.target = str(entry, "target");
        unit.contextKey = str(entry, "context_key");
        unit.creator = str(entry, "creator");
        unit.origin = str(entry, "origin");
        if (auto added = ws.tm().add(unit); !added)
            return std::unexpected(added.error());
        ++summary.tmUnits;
    }
    return {};
}

Result<void> Seeding::terms(const json& list)
{
    for (const auto& entry : list) {
        domain::Concept item;
        item.definition = str(entry, "definition");
        item.note = str(entry, "note");
        const QString pos = str(entry, "part_of_speech");
        const auto status = domain::termStatusFromString(str(entry, "status"));
        for (const auto& [lang, text] : member(entry, "terms").items())
            item.terms.append({{},
                               QString::fromStdString(lang),
                               QString::fromStdString(text.get<std::string>()),
                               status,
                               false,
                               pos,
                               {}});
        for (const auto& [lang, text] : member(entry, "forbidden").items())
            item.terms.append({{},
                               QString::fromStdString(lang),
                               QString::fromStdString(text.get<std::string>()),
                               domain::TermStatus::Forbidden,
                               false,
                               pos,
                               {}});
        if (auto added = ws.terms().add(item); !added)
            return std::unexpected(added.error());
        ++summary.concepts;
    }
    return {};
}

Result<void> Seeding::tasks(const json& list)
{
    for (const auto& entry : list) {
        domain::Task task;
        task.projectId = project.id;
        task.language = str(entry, "lang");
        task.documentId = documentIds.value(str(entry, "document") + QLatin1Char('|') + task.language);
        task.step = str(entry, "step");
        task.assignee = userIds.value(str(entry, "assignee"));
        task.deadline = today.addDays(integer(entry, "deadline_days_from_now"));
        task.status = str(entry, "status");
        if (auto created = ws.tasks().create(task); !created)
            return std::unexpected(created.error());
        ++summary.tasks;
    }
    return {};
}

Result<QString> Seeding::segmentId(const json& entry, const QString& section)
{
    const QString key =
        str(entry, "document") + QLatin1Char('|') + str(entry, "lang") + QLatin1Char('|') + str(entry, "key");
    const QString id = segmentIds.value(key);
    if (id.isEmpty())
        return domain::fail(ErrorCode::InvalidInput,
                            QStringLiteral("demo: %1 names an unknown segment %2").arg(section, key));
    return id;
}

Result<void> Seeding::reviews(const json& list)
{
    for (const auto& entry : list) {
        auto id = segmentId(entry, QStringLiteral("reviews"));
        if (!id)
            return std::unexpected(id.error());
        domain::ReviewDecision decision;
        decision.segmentId = *id;
        decision.reviewer = userIds.value(str(entry, "reviewer"));
        decision.approved = str(entry, "decision") == QLatin1String("approve");
        decision.mqmCategory = str(entry, "mqm_category");
        decision.severity = str(entry, "severity");
        decision.comment = str(entry, "comment");
        if (auto added = ws.reviews().add(decision); !added)
            return std::unexpected(added.error());
        ++summary.reviews;
    }
    return {};
}

Result<void> Seeding::comments(const json& list)
{
    for (const auto& entry : list) {
        auto id = segmentId(entry, QStringLiteral("comments"));
        if (!id)
            return std::unexpected(id.error());
        domain::Comment comment;
        comment.segmentId = *id;
        comment.author = userIds.value(str(entry, "author"));
        comment.text = str(entry, "text");
        const int replyTo = integer(entry, "reply_to", -1);
        if (replyTo >= 0 && replyTo < commentIds.size())
            comment.parentId = commentIds.at(replyTo);
        auto added = ws.comments().add(comment);
        if (!added)
            return std::unexpected(added.error());
        commentIds.append(added->id);
    }
    return {};
}

} // namespace

DemoSeeder::DemoSeeder(store::Workspace& workspace)
    : m_workspace(workspace)
{}

QByteArray DemoSeeder::builtinDemo()
{
    QFile file(QStringLiteral(":/tessera/demo/demo-project.json"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

Result<DemoSummary> DemoSeeder::seed()
{
    return seed(builtinDemo(), QStringLiteral("built-in demo"));
}

Result<DemoSummary> DemoSeeder::seed(const QByteArray& data, const QString& source)
{
    const json root = json::parse(data.constData(), data.constData() + data.size(), nullptr, false);
    if (root.is_discarded() || !root.is_object())
        return domain::fail(ErrorCode::InvalidInput, QStringLiteral("%1 is not valid JSON").arg(source));
    const json& p = member(root, "project");
    domain::Project project;
    project.name = str(p, "name");
    project.sourceLanguage = str(p, "source_lang");
    project.targetLanguages = strings(p, "target_langs");
    project.client = str(p, "client");
    project.workflow = strings(p, "workflow");
    const QDate today = m_workspace.clock().now().date();
    project.deadline = today.addDays(integer(p, "deadline_days_from_now", 14));

    return m_workspace.database().transaction([&]() -> Result<DemoSummary> {
        auto created = m_workspace.projects().create(project);
        if (!created)
            return std::unexpected(created.error());
        Seeding seeding{m_workspace, today, *created, {}, {}, {}, {}, {}};
        seeding.summary.projectId = created->id;
        seeding.summary.projectName = created->name;
        using Step = Result<void> (Seeding::*)(const json&);
        const std::pair<Step, const char*> steps[] = {
            {&Seeding::users, "users"},         {&Seeding::tm, "tm"},       {&Seeding::terms, "terms"},
            {&Seeding::documents, "documents"}, {&Seeding::tasks, "tasks"}, {&Seeding::reviews, "reviews"},
            {&Seeding::comments, "comments"}};
        for (const auto& [step, key] : steps) {
            if (auto done = (seeding.*step)(member(root, key)); !done)
                return std::unexpected(done.error());
        }
        return seeding.summary;
    });
}

} // namespace tessera::demo
