#include "Json.h"

#include <numeric>

#include <QJsonArray>
#include <QJsonDocument>

namespace tessera::store::json {

// Written by hand: this runs once per column per row in bulk loads, where building a
// QJsonDocument each time costs more than the SQLite insert.
QString fromList(const QStringList& list)
{
    QString out;
    out.reserve(2 + std::accumulate(list.begin(), list.end(), qsizetype(0),
                                    [](qsizetype n, const QString& s) { return n + s.size() + 3; }));
    out += QLatin1Char('[');
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (i > 0)
            out += QLatin1Char(',');
        out += QLatin1Char('"');
        for (const QChar c : list.at(i)) {
            switch (c.unicode()) {
            case '"':
                out += QLatin1String("\\\"");
                break;
            case '\\':
                out += QLatin1String("\\\\");
                break;
            case '\n':
                out += QLatin1String("\\n");
                break;
            case '\t':
                out += QLatin1String("\\t");
                break;
            case '\r':
                out += QLatin1String("\\r");
                break;
            default:
                if (c.unicode() < 0x20)
                    out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
                else
                    out += c;
            }
        }
        out += QLatin1Char('"');
    }
    out += QLatin1Char(']');
    return out;
}

QStringList toList(const QString& text)
{
    QStringList result;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    result.reserve(array.size());
    for (const auto& value : array)
        result.append(value.toString());
    return result;
}

QString fromDateTime(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime toDateTime(const QString& text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

QString fromDate(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QDate toDate(const QString& text)
{
    return text.isEmpty() ? QDate() : QDate::fromString(text, Qt::ISODate);
}

} // namespace tessera::store::json
