#include "JobsLog.h"

namespace tessera::jobs {
Q_LOGGING_CATEGORY(lcJobs, "tessera.jobs")
}
