// Logging category of the desktop user interface.
#pragma once

#include <QLoggingCategory>

namespace tessera::ui {
Q_DECLARE_LOGGING_CATEGORY(lcUi)
}
