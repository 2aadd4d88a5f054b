// UserRepository: the people of the workspace and their roles.
#pragma once

#include <QList>

#include "domain/Result.h"
#include "domain/User.h"

namespace tessera::store {

class Database;
class Statement;

class UserRepository {
public:
    explicit UserRepository(Database& db);

    // Inserts, or updates the user with the same name; returns it with its id.
    domain::Result<domain::User> upsert(domain::User user);
    domain::Result<QList<domain::User>> list();
    domain::Result<domain::User> findByName(const QString& name);

private:
    static domain::User read(const Statement& row);
    Database& m_db;
};

} // namespace tessera::store
