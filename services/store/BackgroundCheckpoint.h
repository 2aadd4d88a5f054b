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

    struct Outcome {
        bool ok = false;
        int logFrames = -1;    // frames in the WAL when the copy ran
        int copiedFrames = -1; // of them copied into the database file
        QString error;         // when !ok: SQLite's reason
    };
    // Waits for the copy; what it did.
    Outcome wait();

private:
    void run(const QString& path);

    Outcome m_outcome; // before the thread that writes it
    std::thread m_thread;
};

} // namespace tessera::store
