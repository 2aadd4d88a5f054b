// TablePrinter: human output as aligned columns under an upper-case header.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QTextStream;

namespace tessera::cli {

class TablePrinter {
public:
    explicit TablePrinter(QStringList headers);

    // Columns whose numbers read better right-aligned.
    void setRightAligned(int column) { m_rightAligned.append(column); }
    void addRow(QStringList cells);
    void print(QTextStream& out) const;
    qsizetype rowCount() const { return m_rows.size(); }

    // One line of at most `width` characters: line breaks shown as ⏎, the rest cut with "…".
    static QString elide(const QString& text, int width);

private:
    QStringList m_headers;
    QList<QStringList> m_rows;
    QList<int> m_rightAligned;
};

} // namespace tessera::cli
