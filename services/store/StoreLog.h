// Logging category of the local store.
#pragma once

#include <QLoggingCategory>

namespace tessera::store {
Q_DECLARE_LOGGING_CATEGORY(lcStore)
}
