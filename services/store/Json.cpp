#include "Json.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace tessera::store::json {

QString fromList(const QStringList& list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
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
