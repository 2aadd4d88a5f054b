// KeyStoreLog: the logging category of the API key stores (tessera.mt.keys); it never carries a key.
#include "KeyStoreLog.h"

Q_LOGGING_CATEGORY(lcMtKeys, "tessera.mt.keys")
