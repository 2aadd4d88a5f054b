// ModelsLog: the logging category of the item models (tessera.models).
#pragma once

#include <QLoggingCategory>

namespace tessera::models {
Q_DECLARE_LOGGING_CATEGORY(lcModels)
}
