#include "ModelsLog.h"

namespace tessera::models {
Q_LOGGING_CATEGORY(lcModels, "tessera.models")
}
