#include "TmLog.h"

namespace tessera::tm {
Q_LOGGING_CATEGORY(lcTm, "tessera.tm")
}
