// Logging category of tessera-server.
#pragma once

#include <QLoggingCategory>

namespace tessera::server {
Q_DECLARE_LOGGING_CATEGORY(lcServer)
}
