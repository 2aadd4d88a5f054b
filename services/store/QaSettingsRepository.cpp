// QaSettingsRepository: lists and the severity map as JSON text columns, saved by rev like a project edit.
#include "QaSettingsRepository.h"

#include <QJsonDocument>
#include <QJsonObject>

#include "Database.h"
#include "Json.h"
#include "Statement.h"
#include "domain/Clock.h"

namespace tessera::store {

using domain::ErrorCode;
using domain::QaSettings;
using domain::Result;

namespace {

QString fromMap(const QMap<QString, QString>& map)
{
    QJsonObject object;
    for (auto it = map.begin(); it != map.end(); ++it)
        object.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QMap<QString, QString> toMap(const QString& text)
{
    QMap<QString, QString> map;
    const QJsonObject object = QJsonDocument::fromJson(text.toUtf8()).object();
    for (auto it = object.begin(); it != object.end(); ++it)
        map.insert(it.key(), it.value().toString());
    return map;
}

domain::Error fieldError(const QString& field, const QString& message)
{
    return domain::Error{ErrorCode::InvalidInput, message, {}, 0, 0, field};
}

} // namespace

QaSettingsRepository::QaSettingsRepository(Database& db, const domain::Clock& clock)
    : m_db(db)
    , m_clock(clock)
{}

QaSettings QaSettingsRepository::read(const Statement& row)
{
    QaSettings s;
    s.disabled = json::toList(row.text(0));
    s.severities = toMap(row.text(1));
    s.blockConfirm = json::toList(row.text(2));
    s.blockApprove = json::toList(row.text(3));
    s.sameAsSourceAllowed = json::toList(row.text(4));
    s.spellingIgnored = json::toList(row.text(5));
    s.maxLength = int(row.int64(6));
    s.rev = row.int64(7);
    return s;
}

Result<std::optional<QaSettings>> QaSettingsRepository::find(const QString& projectId)
{
    auto stmt = m_db.prepare("SELECT disabled, severities, block_confirm, block_approve, same_as_source_allowed, "
                             "spelling_ignored, max_length, rev FROM qa_settings WHERE project_id = ?");
    if (!stmt)
        return std::unexpected(stmt.error());
    auto found = (*stmt)->bindAll(projectId).one(read, QString());
    if (found)
        return std::optional<QaSettings>(*found);
    if (found.error().code == ErrorCode::NotFound)
        return std::optional<QaSettings>();
    return std::unexpected(found.error());
}

Result<QaSettings> QaSettingsRepository::save(const QString& projectId, QaSettings settings)
{
    static const QStringList severities{QStringLiteral("error"), QStringLiteral("warning"), QStringLiteral("info")};
    for (auto it = settings.severities.begin(); it != settings.severities.end(); ++it) {
        if (!severities.contains(it.value()))
            return std::unexpected(fieldError(QStringLiteral("severities.") + it.key(),
                                              QStringLiteral("severity \"%1\" of check %2 is none of error, "
                                                             "warning, info")
                                                  .arg(it.value(), it.key())));
    }
    if (settings.maxLength < 0)
        return std::unexpected(
            fieldError(QStringLiteral("max_length"),
                       QStringLiteral("a maximum length cannot be negative (%1)").arg(settings.maxLength)));
    return m_db.transaction([&]() -> Result<QaSettings> {
        auto current = find(projectId);
        if (!current)
            return std::unexpected(current.error());
        const qint64 storedRev = *current ? (*current)->rev : 0;
        if (settings.rev != storedRev)
            return domain::fail(ErrorCode::Conflict,
                                QStringLiteral("the QA settings of project %1 changed (rev %2, edited rev %3)")
                                    .arg(projectId)
                                    .arg(storedRev)
                                    .arg(settings.rev));
        settings.rev = storedRev + 1;
        auto stmt = m_db.prepare(
            "INSERT INTO qa_settings(project_id, disabled, severities, block_confirm, block_approve, "
            "same_as_source_allowed, spelling_ignored, max_length, rev, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
            "?, ?) ON CONFLICT(project_id) DO UPDATE SET disabled = excluded.disabled, severities = "
            "excluded.severities, block_confirm = excluded.block_confirm, block_approve = excluded.block_approve, "
            "same_as_source_allowed = excluded.same_as_source_allowed, spelling_ignored = excluded.spelling_ignored, "
            "max_length = excluded.max_length, rev = excluded.rev, updated_at = excluded.updated_at");
        if (!stmt)
            return std::unexpected(stmt.error());
        auto done =
            (*stmt)
                ->bindAll(projectId, json::fromList(settings.disabled), fromMap(settings.severities),
                          json::fromList(settings.blockConfirm), json::fromList(settings.blockApprove),
                          json::fromList(settings.sameAsSourceAllowed), json::fromList(settings.spellingIgnored),
                          settings.maxLength, settings.rev, json::fromDateTime(m_clock.now()))
                .run();
        if (!done)
            return std::unexpected(done.error());
        return settings;
    });
}

} // namespace tessera::store
