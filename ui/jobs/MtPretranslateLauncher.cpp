// MtPretranslateLauncher: PretranslateJob::enqueueOrResume on the writer connection, then a timer that
// reads the job's row until it is finished.
#include "MtPretranslateLauncher.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include "domain/Job.h"
#include "jobs/JobQueue.h"
#include "jobs/PretranslateJob.h"
#include "mt/ProviderSettingsStore.h"
#include "store/JobRepository.h"
#include "store/Workspace.h"

namespace tessera::ui::jobs {

namespace {

constexpr int s_mtLauncherMessageMs = 8000;

} // namespace

MtPretranslateLauncher::MtPretranslateLauncher(store::Workspace& workspace, QObject* parent, int pollMs)
    : QObject(parent)
    , m_workspace(workspace)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(pollMs);
    connect(m_timer, &QTimer::timeout, this, &MtPretranslateLauncher::poll);
}

QString MtPretranslateLauncher::configuredProvider()
{
    return mt::ProviderSettingsStore().activeProvider();
}

bool MtPretranslateLauncher::start(const QString& projectId, const QString& language)
{
    const QString provider = configuredProvider();
    if (provider.isEmpty()) {
        Q_EMIT message(tr("Choose a machine-translation provider first (Settings → Machine Translation Providers)."),
                       s_mtLauncherMessageMs);
        return false;
    }
    if (projectId.isEmpty() || language.isEmpty()) {
        Q_EMIT message(tr("Open a document of the project to pretranslate first."), s_mtLauncherMessageMs);
        return false;
    }
    tessera::jobs::PretranslateJob::Request request;
    request.projectId = projectId;
    request.language = language;
    request.mtProvider = provider;
    tessera::jobs::JobQueue queue(m_workspace.jobs(), m_workspace.clock());
    auto job = tessera::jobs::PretranslateJob::enqueueOrResume(queue, request);
    if (!job) {
        Q_EMIT message(tr("Pretranslation could not be queued: %1").arg(job.error().message), s_mtLauncherMessageMs);
        return false;
    }
    m_jobId = job->id;
    Q_EMIT message(tr("Pretranslating %1 with %2 (see View → Jobs)").arg(language, provider), s_mtLauncherMessageMs);
    Q_EMIT queued(m_jobId);
    m_timer->start();
    return true;
}

void MtPretranslateLauncher::poll()
{
    auto job = m_workspace.jobs().find(m_jobId);
    if (!job || !domain::isFinished(job->state))
        return;
    m_timer->stop();
    const bool ok = job->state == domain::JobState::Succeeded;
    if (ok) {
        const QJsonObject result = QJsonDocument::fromJson(job->result.toUtf8()).object();
        const int flagged = result.value(QStringLiteral("flagged")).toInt();
        QString text = tr("Machine pretranslation done: %n draft(s) written", nullptr,
                          result.value(QStringLiteral("filled")).toInt());
        if (flagged > 0)
            text += tr("; %n translation(s) lost placeables and were left out", nullptr, flagged);
        Q_EMIT message(text, s_mtLauncherMessageMs);
    } else {
        Q_EMIT message(tr("Machine pretranslation %1: %2").arg(domain::jobStateName(job->state), job->lastError),
                       s_mtLauncherMessageMs);
    }
    Q_EMIT finished(m_jobId, ok);
}

} // namespace tessera::ui::jobs
