// Logging category of machine translation (transport, resilience, providers, cache).
#pragma once

#include <QLoggingCategory>

namespace tessera::mt {
Q_DECLARE_LOGGING_CATEGORY(lcMt)
}
