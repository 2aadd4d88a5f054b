// ProcessIdentity: who this process is for the job queue (pid + start token), and whether the owner
// named on a running job is still alive, so crash recovery can requeue the jobs of a dead process.
#pragma once

#include "store/JobRepository.h"

namespace tessera::jobs {

class ProcessIdentity {
public:
    // This process: its pid and a token made of the boot id and the process's start time (Linux
    // /proc), so a pid reused by a later process does not pass for the owner.
    static store::JobOwner current();
    // True while the process `owner` names runs (same pid, same start token).
    static bool isAlive(const store::JobOwner& owner);
    // The start token of process `pid`, empty when it does not exist.
    static QString startToken(qint64 pid);
};

} // namespace tessera::jobs
