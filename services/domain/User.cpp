#include "User.h"

#include <array>

namespace tessera::domain {

namespace {
constexpr std::array<const char*, 4> s_roles{"translator", "reviewer", "project_manager", "admin"};
}

QString roleName(Role role)
{
    return QString::fromLatin1(s_roles[static_cast<std::size_t>(role)]);
}

std::optional<Role> roleFromString(const QString& text)
{
    for (std::size_t i = 0; i < s_roles.size(); ++i) {
        if (text == QLatin1String(s_roles[i]))
            return static_cast<Role>(i);
    }
    return std::nullopt;
}

} // namespace tessera::domain
