// PretranslateChild: a test tool that runs a pretranslation job in its own process, as
// `tessera-cli pretranslate` does, with a chosen chunk size, so TestJobCrash can SIGKILL it mid-job.
// Usage: PretranslateChild WORKSPACE PROJECT_ID LANG CHUNK. Prints the job's result; exit 0 on success.
#include <cstdio>

#include <QCoreApplication>

#include "domain/Clock.h"
#include "domain/Job.h"
#include "jobs/PretranslateJob.h"
#include "store/Workspace.h"

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 5) {
        std::fprintf(stderr, "usage: PretranslateChild WORKSPACE PROJECT_ID LANG CHUNK\n");
        return 2;
    }
    tessera::domain::SystemClock clock;
    auto workspace = tessera::store::Workspace::open(args.at(1), tessera::store::Workspace::Access::ReadWrite, clock);
    if (!workspace) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(workspace.error().describe()));
        return 4;
    }
    tessera::jobs::PretranslateJob::Request request;
    request.projectId = args.at(2);
    request.language = args.at(3);
    request.chunkSize = args.at(4).toInt();
    request.author = QStringLiteral("crash-test");
    auto ended = tessera::jobs::PretranslateJob::runInProcess(**workspace, request, {});
    if (!ended) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(ended.error().describe()));
        return 4;
    }
    std::printf("%s %s\n", qUtf8Printable(tessera::domain::jobStateName(ended->state)), qUtf8Printable(ended->result));
    return ended->state == tessera::domain::JobState::Succeeded ? 0 : 1;
}
