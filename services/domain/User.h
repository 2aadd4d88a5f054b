// User: a person working in the workspace, with roles and working languages.
#pragma once

#include <optional>

#include <QList>
#include <QString>
#include <QStringList>

namespace tessera::domain {

enum class Role { Translator, Reviewer, ProjectManager, Admin };

QString roleName(Role role);
std::optional<Role> roleFromString(const QString& text);

struct User {
    QString id;
    QString name; // login name, unique
    QString displayName;
    QString email;
    QList<Role> roles;
    QStringList languages;
    qint64 rev = 0;

    bool hasRole(Role role) const { return roles.contains(role); }
};

} // namespace tessera::domain
