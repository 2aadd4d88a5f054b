// PoParser: a streaming line reader over the bytes of a PO file, one entry at a time, no tree.
#pragma once

#include <QByteArray>
#include <QString>

#include "PoEntry.h"
#include "domain/Result.h"

namespace tessera::formats {

class PoParser {
public:
    PoParser(const QByteArray& data, const QString& fileName);

    // Reads the next entry into `entry`: true if there was one, false at the end of the file.
    // Obsolete entries (#~) are passed over like comments.
    domain::Result<bool> next(PoEntry& entry);

    bool hasBom() const { return m_bom; }

    // An error of this file at a 1-based line and column.
    domain::Error error(int line, int column, const QString& message) const;

private:
    enum class Phase { None, Context, Id, IdPlural, Str };

    struct Line {
        qsizetype begin = 0; // first byte
        qsizetype end = 0;   // end of the content, before "\r\n" or "\n"
        qsizetype next = 0;  // first byte of the next line
        int number = 0;
    };

    bool readLine(Line& line);
    int column(const Line& line, qsizetype offset) const;
    // Parses the quoted string starting at `from` (spaces before it allowed) up to the line's end.
    domain::Result<QByteArray> readString(const Line& line, qsizetype from) const;
    void resetPending();
    domain::Result<void> appendString(PoEntry& entry, const Line& line, qsizetype from);

    const QByteArray& m_data;
    QString m_fileName;
    bool m_bom = false;
    qsizetype m_pos = 0;
    int m_lineNumber = 0;
    Phase m_phase = Phase::None;
    PoEntry m_pending; // comments gathered for the entry that follows them
};

} // namespace tessera::formats
