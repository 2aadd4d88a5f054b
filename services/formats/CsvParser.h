// CsvParser: splits RFC 4180 text (quoted fields, doubled quotes, embedded newlines, CRLF, LF or CR
// line ends) into records of cells that know their line and column, for a given delimiter.
#pragma once

#include <QList>
#include <QString>

#include "domain/Result.h"

namespace tessera::formats {

struct CsvCell {
    QString text;
    int line = 0;   // where the cell starts, from 1
    int column = 0; // in characters, from 1
};

struct CsvRecord {
    QList<CsvCell> cells;
    int line = 0;
};

class CsvParser {
public:
    // `text` must outlive the parser.
    CsvParser(const QString& text, const QString& fileName, QChar delimiter);

    // Decodes UTF-8 (with or without BOM) or UTF-16 with a BOM; bad bytes are an error naming line
    // and column.
    static domain::Result<QString> decode(const QByteArray& data, const QString& fileName);

    // The delimiter of the first line: the one of ',', ';' and tab found most often outside quotes
    // (',' when none is).
    static QChar detectDelimiter(const QString& text);

    // The next record into `record`; false at the end. Blank lines are skipped. An unterminated
    // quote, or a character after a closing quote other than the delimiter or a line end, is an error.
    domain::Result<bool> next(CsvRecord& record);

private:
    domain::Error error(int line, int column, const QString& message) const;

    const QString& m_text;
    QString m_fileName;
    QChar m_delimiter;
    qsizetype m_pos = 0;
    int m_line = 1;
    qsizetype m_lineStart = 0;
};

} // namespace tessera::formats
