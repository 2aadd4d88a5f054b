#include "CliJson.h"

#include <QJsonArray>

#include "domain/Project.h"
#include "domain/Segment.h"

namespace tessera::cli::json {

namespace {

QJsonValue dateValue(const QDate& date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue dateTimeValue(const QDateTime& time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject project(const domain::Project& p)
{
    return {
        {QStringLiteral("id"), p.id},
        {QStringLiteral("name"), p.name},
        {QStringLiteral("source_lang"), p.sourceLanguage},
        {QStringLiteral("target_langs"), QJsonArray::fromStringList(p.targetLanguages)},
        {QStringLiteral("deadline"), dateValue(p.deadline)},
        {QStringLiteral("client"), p.client},
        {QStringLiteral("workflow"), QJsonArray::fromStringList(p.workflow)},
        {QStringLiteral("created_at"), dateTimeValue(p.createdAt)},
        {QStringLiteral("exact_matches"),
         p.exactMatchState == domain::SegmentState::Draft ? QStringLiteral("draft") : QStringLiteral("translated")},
        {QStringLiteral("source_dir"), p.sourceDir},
        {QStringLiteral("rev"), p.rev},
    };
}

QJsonValue target(const domain::Segment& s)
{
    if (s.isPlural())
        return QJsonArray::fromStringList(s.targets);
    return s.targets.value(0);
}

QJsonObject segment(const domain::Segment& s, const QString& documentName)
{
    QJsonObject object{
        {QStringLiteral("id"), s.id},
        {QStringLiteral("key"), s.key},
        {QStringLiteral("source"), s.source},
        {QStringLiteral("target"), target(s)},
        {QStringLiteral("state"), domain::stateName(s.state)},
        {QStringLiteral("rev"), s.rev},
        {QStringLiteral("document"), documentName},
        {QStringLiteral("document_id"), s.documentId},
        {QStringLiteral("order"), s.order},
        {QStringLiteral("note"), s.context.note},
        {QStringLiteral("locations"), QJsonArray::fromStringList(s.context.locations)},
        {QStringLiteral("locked"), s.flags.testFlag(domain::SegmentFlag::Locked)},
        {QStringLiteral("needs_work"), s.flags.testFlag(domain::SegmentFlag::NeedsWork)},
        {QStringLiteral("obsolete"), s.flags.testFlag(domain::SegmentFlag::Obsolete)},
        {QStringLiteral("updated_by"), s.updatedBy},
        {QStringLiteral("updated_at"), dateTimeValue(s.updatedAt)},
    };
    if (s.isPlural())
        object.insert(QStringLiteral("source_plural"), s.sourcePlural);
    if (s.context.maxLength > 0)
        object.insert(QStringLiteral("max_length"), s.context.maxLength);
    if (!s.previousSource.isEmpty())
        object.insert(QStringLiteral("previous_source"), s.previousSource);
    if (!s.translatorComment.isEmpty())
        object.insert(QStringLiteral("comment"), s.translatorComment);
    if (!s.origin.isEmpty())
        object.insert(QStringLiteral("origin"), s.origin);
    return object;
}

QString targetText(const domain::Segment& s)
{
    return s.targets.join(QStringLiteral(" | "));
}

} // namespace tessera::cli::json
