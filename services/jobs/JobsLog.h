// Logging category of the job queue.
#pragma once

#include <QLoggingCategory>

namespace tessera::jobs {
Q_DECLARE_LOGGING_CATEGORY(lcJobs)
}
