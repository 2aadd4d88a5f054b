// Logging category of the termbase and term recognition.
#pragma once

#include <QLoggingCategory>

namespace tessera::terms {
Q_DECLARE_LOGGING_CATEGORY(lcTerms)
}
