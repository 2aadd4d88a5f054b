// Json: how the store keeps lists and dates in text columns.
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace tessera::store::json {

QString fromList(const QStringList& list);
QStringList toList(const QString& text); // malformed text reads as an empty list
QString fromDateTime(const QDateTime& time);
QDateTime toDateTime(const QString& text);
QString fromDate(const QDate& date); // a null date is a null string (SQL NULL)
QDate toDate(const QString& text);

} // namespace tessera::store::json
