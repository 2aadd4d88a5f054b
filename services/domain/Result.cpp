#include "Result.h"

namespace tessera::domain {

QString Error::describe() const
{
    QString where = file;
    if (!file.isEmpty() && line > 0) {
        where += QLatin1Char(':') + QString::number(line);
        if (column > 0)
            where += QLatin1Char(':') + QString::number(column);
    }
    if (!field.isEmpty())
        where += (where.isEmpty() ? QString() : QStringLiteral(": ")) + field;
    return where.isEmpty() ? message : where + QStringLiteral(": ") + message;
}

} // namespace tessera::domain
