#include "SuggestionWorker.h"

namespace tessera::suggest {

SuggestionWorker::SuggestionWorker(QString workspacePath, const domain::Clock& clock,
                                   std::shared_ptr<const std::atomic<quint64>> latest, Deliver deliver)
    : m_workspacePath(std::move(workspacePath))
    , m_clock(clock)
    , m_latest(std::move(latest))
    , m_deliver(std::move(deliver))
{}

SuggestionWorker::~SuggestionWorker() = default;

void SuggestionWorker::run(const SuggestionRequest& request, quint64 generation)
{
    // The user moved on while this waited: its answer would be dropped anyway.
    if (generation < m_latest->load())
        return;
    if (!m_engine)
        m_engine = std::make_unique<SuggestionEngine>(m_workspacePath, m_clock);
    Suggestions found = m_engine->lookup(request);
    found.generation = generation;
    m_deliver(std::move(found));
}

void SuggestionWorker::catchUp(const QString& tmName)
{
    if (m_engine)
        m_engine->catchUp(tmName);
}

void SuggestionWorker::reset()
{
    if (m_engine)
        m_engine->reset();
}

} // namespace tessera::suggest
