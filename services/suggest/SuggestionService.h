// SuggestionService: the editor's entry to suggestions: each request gets a new generation and is
// looked up on a worker thread; only the answer to the latest request is delivered, so results for
// a segment the user has left are dropped, never shown.
#pragma once

#include <atomic>
#include <memory>

#include <QObject>

#include "Suggestions.h"

class QThread;

namespace tessera::domain {
class Clock;
}

namespace tessera::suggest {

class SuggestionWorker;

class SuggestionService final : public QObject {
    Q_OBJECT

public:
    // `workspacePath` as Workspace::path(); the worker opens it read-only. The clock must outlive
    // the service.
    SuggestionService(const QString& workspacePath, const domain::Clock& clock, QObject* parent = nullptr);
    ~SuggestionService() override;

    // Asks for a segment's suggestions; any answer to an earlier request will not be delivered.
    // Returns the request's generation.
    quint64 request(const SuggestionRequest& request);
    // The user left the segment (no new one yet): nothing pending is delivered.
    void cancel();
    // The TMs or the termbase changed: the next lookup reads them again.
    void reload();
    // Units were added to TM `tmName` (the project TM on Confirm): the next lookup finds them, without
    // reading the other units again. Queued before any later request.
    void unitsAdded(const QString& tmName);

    quint64 generation() const { return m_latest->load(); }
    // Answers that came back after a newer request and were dropped (for tests and logs).
    int droppedCount() const { return m_dropped; }

Q_SIGNALS:
    // Only for the latest request.
    void suggestionsReady(const tessera::suggest::Suggestions& suggestions);

private:
    void deliver(Suggestions suggestions);

    std::shared_ptr<std::atomic<quint64>> m_latest;
    QThread* m_thread;
    SuggestionWorker* m_worker; // lives on m_thread; deleted there when it finishes
    int m_dropped = 0;
};

} // namespace tessera::suggest
