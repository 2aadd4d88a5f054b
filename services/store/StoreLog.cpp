#include "StoreLog.h"

namespace tessera::store {
Q_LOGGING_CATEGORY(lcStore, "tessera.store")
}
