// BackgroundCheckpoint: copies a database's write-ahead log into the database file on a thread and
// a connection of its own (a PASSIVE checkpoint), so that the connection that wrote a large
// transaction goes on while the copy runs. Durability does not wait for it: the commit synced the
// WAL before the copy starts, and a copy cut short by a crash is redone by the next opener.
#pragma once

#include <QString>

#include <thread>

namespace tessera::store {

class BackgroundCheckpoint {
public:
    explicit BackgroundCheckpoint(const QString& path); // starts the copy
    ~BackgroundCheckpoint();                            // waits for it
    BackgroundCheckpoint(const BackgroundCheckpoint&) = delete;
    BackgroundCheckpoint& operator=(const BackgroundCheckpoint&) = delete;

private:
    // A copy that fails is logged: nothing is lost, the WAL keeps the transaction for the next one.
    static void run(const QString& path);

    std::thread m_thread;
};

} // namespace tessera::store
