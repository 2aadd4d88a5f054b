#include "EditingLog.h"

namespace tessera::editing {
Q_LOGGING_CATEGORY(lcEditing, "tessera.editing")
}
