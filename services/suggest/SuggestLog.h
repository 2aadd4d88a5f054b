// Logging category of the editor's suggestion lookups.
#pragma once

#include <QLoggingCategory>

namespace tessera::suggest {
Q_DECLARE_LOGGING_CATEGORY(lcSuggest)
}
