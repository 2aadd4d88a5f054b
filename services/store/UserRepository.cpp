#include "UserRepository.h"

#include "Database.h"
#include "Json.h"
#include "Statement.h"
#include "domain/Id.h"

namespace tessera::store {

using domain::Result;
using domain::User;

namespace {
const std::string s_userColumns = "SELECT id, name, display_name, email, roles, languages, rev FROM users ";
}

UserRepository::UserRepository(Database& db)
    : m_db(db)
{}

User UserRepository::read(const Statement& row)
{
    User u;
    u.id = row.text(0);
    u.name = row.text(1);
    u.displayName = row.text(2);
    u.email = row.text(3);
    for (const QString& role : json::toList(row.text(4))) {
        if (auto r = domain::roleFromString(role))
            u.roles.append(*r);
    }
    u.languages = json::toList(row.text(5));
    u.rev = row.int64(6);
    return u;
}

Result<User> UserRepository::upsert(User user)
{
    if (auto existing = findByName(user.name))
        user.id = existing->id;
    else if (user.id.isEmpty())
        user.id = domain::newId();
    QStringList roles;
    for (auto role : user.roles)
        roles.append(roleName(role));
    return m_db
        .prepare("INSERT INTO users(id, name, display_name, email, roles, languages, rev) VALUES (?, ?, ?, ?, ?, ?, ?) "
                 "ON CONFLICT(id) DO UPDATE SET display_name = excluded.display_name, email = excluded.email, "
                 "roles = excluded.roles, languages = excluded.languages, rev = users.rev + 1")
        .and_then([&](Statement* s) {
            return s
                ->bindAll(user.id, user.name, user.displayName, user.email, json::fromList(roles),
                          json::fromList(user.languages), user.rev)
                .run();
        })
        .transform([&] { return user; });
}

Result<QList<User>> UserRepository::list()
{
    return m_db.prepare(s_userColumns + "ORDER BY name").and_then([](Statement* s) { return s->collect(read); });
}

Result<User> UserRepository::findByName(const QString& name)
{
    return m_db.prepare(s_userColumns + "WHERE name = ?").and_then([&](Statement* s) {
        return s->bindAll(name).one(read, QStringLiteral("no user named \"%1\"").arg(name));
    });
}

} // namespace tessera::store
