#include "ServerLog.h"

namespace tessera::server {
Q_LOGGING_CATEGORY(lcServer, "tessera.server")
}
