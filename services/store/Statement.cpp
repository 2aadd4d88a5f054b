#include "Statement.h"

#include <sqlite3.h>

#include <QStringEncoder>

#include "Database.h"

namespace tessera::store {

Statement::Statement(Database& db, sqlite3_stmt* stmt)
    : m_db(db)
    , m_stmt(stmt)
{}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement& Statement::bind(int index, OrNull value)
{
    return value.text.isEmpty() ? bindNull(index) : bind(index, value.text);
}

Statement& Statement::bind(int index, const QString& value)
{
    if (value.isEmpty()) {
        sqlite3_bind_text(m_stmt, index, "", 0, SQLITE_STATIC);
        return *this;
    }
    if (m_text.size() <= std::size_t(index))
        m_text.resize(std::size_t(index) + 1);
    QByteArray& buffer = m_text[std::size_t(index)];
    QStringEncoder encoder(QStringEncoder::Utf8);
    const qsizetype needed = encoder.requiredSpace(value.size());
    if (buffer.size() < needed)
        buffer.resize(needed);
    const char* end = encoder.appendToBuffer(buffer.data(), value);
    sqlite3_bind_text(m_stmt, index, buffer.constData(), int(end - buffer.constData()), SQLITE_STATIC);
    return *this;
}

Statement& Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement& Statement::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

Statement& Statement::bind(int index, const QByteArray& value)
{
    sqlite3_bind_blob(m_stmt, index, value.constData(), int(value.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bindUtf8(int index, QByteArrayView utf8)
{
    sqlite3_bind_text(m_stmt, index, utf8.isEmpty() ? "" : utf8.data(), int(utf8.size()), SQLITE_STATIC);
    return *this;
}

Statement& Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

domain::Result<bool> Statement::step()
{
    if (!m_started) {
        m_started = true;
        if (m_db.consumeInjectedFailure())
            return std::unexpected(m_db.sqliteError(SQLITE_IOERR, sqlite3_sql(m_stmt)));
    }
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    auto error = m_db.sqliteError(rc, sqlite3_sql(m_stmt));
    sqlite3_reset(m_stmt);
    return std::unexpected(error);
}

domain::Result<void> Statement::run()
{
    domain::Result<bool> stepped;
    do {
        stepped = step();
    } while (stepped && *stepped);
    reset();
    if (!stepped)
        return std::unexpected(stepped.error());
    return {};
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_started = false;
}

QString Statement::text(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return {};
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

QByteArrayView Statement::utf8(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return data ? QByteArrayView(data, sqlite3_column_bytes(m_stmt, column)) : QByteArrayView();
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QByteArray Statement::blob(int column) const
{
    const auto* data = static_cast<const char*>(sqlite3_column_blob(m_stmt, column));
    return data ? QByteArray(data, sqlite3_column_bytes(m_stmt, column)) : QByteArray();
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

} // namespace tessera::store
