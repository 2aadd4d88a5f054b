// Logging category of the editing service.
#pragma once

#include <QLoggingCategory>

namespace tessera::editing {
Q_DECLARE_LOGGING_CATEGORY(lcEditing)
}
