#include "SuggestLog.h"

namespace tessera::suggest {
Q_LOGGING_CATEGORY(lcSuggest, "tessera.suggest")
}
