#include "MtLog.h"

namespace tessera::mt {
Q_LOGGING_CATEGORY(lcMt, "tessera.mt")
}
