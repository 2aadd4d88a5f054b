#include "TablePrinter.h"

#include <algorithm>

#include <QTextStream>

namespace tessera::cli {

TablePrinter::TablePrinter(QStringList headers)
    : m_headers(std::move(headers))
{}

void TablePrinter::addRow(QStringList cells)
{
    cells.resize(m_headers.size());
    m_rows.append(std::move(cells));
}

void TablePrinter::print(QTextStream& out) const
{
    QList<qsizetype> widths;
    for (const QString& header : m_headers)
        widths.append(header.size());
    for (const QStringList& row : m_rows) {
        for (qsizetype c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths[c], row.at(c).size());
    }
    auto printRow = [&](const QStringList& cells) {
        QString line;
        for (qsizetype c = 0; c < cells.size(); ++c) {
            if (c > 0)
                line += QStringLiteral("  ");
            const bool last = c + 1 == cells.size();
            if (m_rightAligned.contains(int(c)))
                line += cells.at(c).rightJustified(widths.at(c));
            else
                line += last ? cells.at(c) : cells.at(c).leftJustified(widths.at(c));
        }
        out << line << '\n';
    };
    printRow(m_headers);
    for (const QStringList& row : m_rows)
        printRow(row);
}

QString TablePrinter::elide(const QString& text, int width)
{
    QString line = text;
    line.replace(QLatin1Char('\n'), QChar(0x23CE));
    line.replace(QLatin1Char('\t'), QLatin1Char(' '));
    if (line.size() <= width)
        return line;
    return line.left(width - 1) + QChar(0x2026);
}

} // namespace tessera::cli
