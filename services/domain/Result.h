// Result<T> and Error: how fallible calls report failure without throwing across the event loop.
#pragma once

#include <expected>

#include <QString>

namespace tessera::domain {

enum class ErrorCode {
    Internal,
    InvalidInput,       // bad data from a file, a command line or a caller
    NotFound,           // the named object does not exist
    Ambiguous,          // a name matches more than one object
    Conflict,           // the object changed underneath (rev mismatch)
    InvalidTransition,  // a state change the workflow does not allow
    QaBlocked,          // a quality check the project makes blocking forbids the state change
    Database,           // SQLite reported an error
    Io,                 // the file system refused
    NotWritable,        // the workspace folder cannot be written
    NotTesseraDatabase, // the file is not a Tessera workspace database
    NewerSchema,        // made by a newer Tessera; left untouched
    Locked,             // another process is writing the workspace
    Network,            // a remote service did not answer, or answered with a failure
};

struct Error {
    ErrorCode code = ErrorCode::Internal;
    QString message;
    QString file; // for bad input: where
    int line = 0;
    int column = 0;
    QString field;

    // "file:line:column: field: message", leaving out what is unknown.
    QString describe() const;
};

template <typename T> using Result = std::expected<T, Error>;

inline std::unexpected<Error> fail(ErrorCode code, QString message)
{
    return std::unexpected(Error{code, std::move(message), {}, 0, 0, {}});
}

} // namespace tessera::domain
