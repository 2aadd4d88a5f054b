// SuggestionWorker: lives on the suggestion thread and owns the engine (and so its database
// connection), which is made, used and destroyed on that thread only.
#pragma once

#include <atomic>
#include <functional>
#include <memory>

#include <QObject>

#include "SuggestionEngine.h"

namespace tessera::suggest {

class SuggestionWorker final : public QObject {
    Q_OBJECT

public:
    using Deliver = std::function<void(Suggestions)>;

    // `latest` is the generation of the newest request; a request older than it is skipped unread.
    SuggestionWorker(QString workspacePath, const domain::Clock& clock,
                     std::shared_ptr<const std::atomic<quint64>> latest, Deliver deliver);
    ~SuggestionWorker() override;

    // On the worker thread: looks `request` up unless a newer one is waiting, and hands the result
    // to the deliver function.
    void run(const SuggestionRequest& request, quint64 generation);
    void reset();
    void catchUp(const QString& tmName);

private:
    QString m_workspacePath;
    const domain::Clock& m_clock;
    std::shared_ptr<const std::atomic<quint64>> m_latest;
    Deliver m_deliver;
    std::unique_ptr<SuggestionEngine> m_engine; // made on first use, on this thread
};

} // namespace tessera::suggest
