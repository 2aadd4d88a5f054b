#include "SuggestionService.h"

#include <limits>

#include <QThread>

#include "SuggestLog.h"
#include "SuggestionWorker.h"

namespace tessera::suggest {

SuggestionService::SuggestionService(const QString& workspacePath, const domain::Clock& clock, QObject* parent)
    : QObject(parent)
    , m_latest(std::make_shared<std::atomic<quint64>>(0))
    , m_thread(new QThread(this))
{
    m_thread->setObjectName(QStringLiteral("tessera-suggestions"));
    // The worker posts its answers to this object's thread; the service outlives the worker (the
    // destructor waits for the thread), so `this` is valid whenever an answer is posted.
    m_worker = new SuggestionWorker(workspacePath, clock, m_latest, [this](Suggestions found) {
        QMetaObject::invokeMethod(
            this, [this, found = std::move(found)]() mutable { deliver(std::move(found)); }, Qt::QueuedConnection);
    });
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start(QThread::LowPriority);
}

SuggestionService::~SuggestionService()
{
    m_latest->store(std::numeric_limits<quint64>::max()); // skip whatever is still queued
    m_thread->quit();
    m_thread->wait(); // the worker and its database connection are deleted on the thread first
}

quint64 SuggestionService::request(const SuggestionRequest& request)
{
    const quint64 generation = m_latest->fetch_add(1) + 1;
    SuggestionWorker* worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, request, generation]() { worker->run(request, generation); }, Qt::QueuedConnection);
    return generation;
}

void SuggestionService::cancel()
{
    m_latest->fetch_add(1);
}

void SuggestionService::reload()
{
    SuggestionWorker* worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker]() { worker->reset(); }, Qt::QueuedConnection);
}

void SuggestionService::unitsAdded(const QString& tmName)
{
    SuggestionWorker* worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker, tmName]() { worker->catchUp(tmName); }, Qt::QueuedConnection);
}

void SuggestionService::deliver(Suggestions suggestions)
{
    if (suggestions.generation != m_latest->load()) {
        ++m_dropped;
        qCDebug(lcSuggest) << "dropped the suggestions for" << suggestions.segmentId << "(generation"
                           << suggestions.generation << ", latest" << m_latest->load() << ")";
        return;
    }
    Q_EMIT suggestionsReady(suggestions);
}

} // namespace tessera::suggest
