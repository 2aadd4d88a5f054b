#include "UiLog.h"

namespace tessera::ui {
Q_LOGGING_CATEGORY(lcUi, "tessera.ui")
}
