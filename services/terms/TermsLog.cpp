#include "TermsLog.h"

namespace tessera::terms {
Q_LOGGING_CATEGORY(lcTerms, "tessera.terms")
}
