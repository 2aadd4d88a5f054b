// Logging category of the translation memory.
#pragma once

#include <QLoggingCategory>

namespace tessera::tm {
Q_DECLARE_LOGGING_CATEGORY(lcTm)
}
