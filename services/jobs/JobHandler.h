// JobHandler: the work of one kind of job ("pretranslate", later "mt-pretranslate", "import", …),
// run by JobRunner on a worker thread.
//
// The exactly-once contract. A job may be run more than once: after a failure (retry with backoff), after
// its process was killed (recovery requeues it), after a replay. Its effect must still be applied once:
//  - Every write of the handler goes through JobContext::commit(work): the work and the checkpoint it
//    returns are committed in ONE SQLite transaction on the worker's connection, which also checks that
//    this run still owns the job and that no cancel was asked. A run killed mid-chunk leaves the chunk
//    rolled back whole; a run that lost its job writes nothing.
//  - A handler reads JobContext::checkpoint() first and goes on after it; what it committed before is
//    never redone. The checkpoint text is the handler's own (JSON is customary).
//  - A handler never writes outside commit() (no auto-commit statements, no files that are not
//    idempotent), and keeps no state between runs: the same handler object runs jobs on several threads.
//  - It calls JobContext::progress() as it goes (throttled writes) and stops between chunks when
//    JobContext::stopRequested() says so, returning any error: the runner marks the job cancelled, or
//    hands it back to the queue when the runner is shutting down.
//  - Its result (a JSON object) is stored with the job when it succeeds.
// Errors of kind InvalidInput or NotFound fail the job for good (retrying cannot help); others are
// retried with backoff while attempts remain.
#pragma once

#include <QJsonObject>
#include <QString>

#include "domain/Result.h"

namespace tessera::jobs {

class JobContext;

class JobHandler {
public:
    virtual ~JobHandler() = default;
    virtual QString kind() const = 0;
    virtual domain::Result<QJsonObject> run(JobContext& context) = 0;
};

} // namespace tessera::jobs
