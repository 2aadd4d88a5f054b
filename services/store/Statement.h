// Statement: a prepared SQLite statement with typed binding and column access.
#pragma once

#include <cstdint>
#include <type_traits>
#include <utility>
#include <vector>

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include "domain/Result.h"

struct sqlite3_stmt;

namespace tessera::store {

class Database;

// Binds an empty string as SQL NULL: for optional references and dates.
struct OrNull {
    QString text;
};

class Statement {
public:
    Statement(Database& db, sqlite3_stmt* stmt);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& bind(int index, const QString& value); // always text, '' for a null QString
    Statement& bind(int index, OrNull value);
    Statement& bind(int index, qint64 value);
    Statement& bind(int index, int value) { return bind(index, qint64(value)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, const QByteArray& value); // as a blob
    // Text already in UTF-8, read in place: `utf8` must stay valid until the statement is reset.
    Statement& bindUtf8(int index, QByteArrayView utf8);
    Statement& bindNull(int index);

    // Binds the arguments to parameters 1, 2, … in order.
    template <typename... Args> Statement& bindAll(const Args&... args)
    {
        int index = 0;
        (bind(++index, args), ...);
        return *this;
    }

    // One step: true when a row is ready, false when done.
    domain::Result<bool> step();
    // Steps to the end and resets, for statements that return no rows.
    domain::Result<void> run();
    // Steps through the rows, calling `visit(statement)` for each, then resets. A visitor that
    // returns bool stops the walk by returning false.
    template <typename F> domain::Result<void> each(F visit)
    {
        for (;;) {
            auto row = step();
            if (!row) {
                reset();
                return std::unexpected(row.error());
            }
            if (!*row)
                break;
            if constexpr (std::is_same_v<std::invoke_result_t<F&, const Statement&>, bool>) {
                if (!visit(std::as_const(*this)))
                    break;
            } else {
                visit(std::as_const(*this));
            }
        }
        reset();
        return {};
    }
    // Steps through every row, turning each into a value with `read(statement)`.
    template <typename F> auto collect(F read) -> domain::Result<QList<decltype(read(*this))>>
    {
        QList<decltype(read(*this))> rows;
        return each([&](const Statement& row) { rows.append(read(row)); }).transform([&] { return std::move(rows); });
    }
    // Steps once: the first row read by `read`, or NotFound with `what` as the message.
    template <typename F> auto one(F read, const QString& what) -> domain::Result<decltype(read(*this))>
    {
        auto row = step();
        if (!row) {
            reset();
            return std::unexpected(row.error());
        }
        if (!*row) {
            reset();
            return domain::fail(domain::ErrorCode::NotFound, what);
        }
        auto value = read(*this);
        reset();
        return value;
    }

    // Clears bindings and rewinds; called before the cached statement is handed out again.
    void reset();

    QString text(int column) const;
    // The column's UTF-8 bytes, valid until the next step or reset.
    QByteArrayView utf8(int column) const;
    qint64 int64(int column) const;
    double real(int column) const;
    QByteArray blob(int column) const;
    bool isNull(int column) const;

private:
    Database& m_db;
    sqlite3_stmt* m_stmt;
    bool m_started = false;
    // Each text parameter's UTF-8, kept until the next bind of that parameter so SQLite can read it
    // in place: binding a row allocates nothing once the buffers have grown.
    std::vector<QByteArray> m_text;
};

} // namespace tessera::store
