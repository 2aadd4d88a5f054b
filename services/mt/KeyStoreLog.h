// KeyStoreLog: the logging category of the API key stores (tessera.mt.keys); it never carries a key.
#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcMtKeys)
