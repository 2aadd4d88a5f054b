#include "Json.h"

#include <numeric>
#include <string_view>

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

namespace tessera::store::json {

// Written by hand: this runs once per column per row in bulk loads, where building a
// QJsonDocument each time costs more than the SQLite insert.
QString fromList(const QStringList& list)
{
    if (list.isEmpty())
        return QStringLiteral("[]");
    QString out;
    out.reserve(2 + std::accumulate(list.begin(), list.end(), qsizetype(0),
                                    [](qsizetype n, const QString& s) { return n + s.size() + 3; }));
    out += QLatin1Char('[');
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (i > 0)
            out += QLatin1Char(',');
        out += QLatin1Char('"');
        // Runs of characters that need no escape are copied whole.
        const QString& item = list.at(i);
        qsizetype run = 0;
        for (qsizetype k = 0; k < item.size(); ++k) {
            const char16_t c = item.at(k).unicode();
            if (c >= 0x20 && c != u'"' && c != u'\\')
                continue;
            out += QStringView(item).sliced(run, k - run);
            run = k + 1;
            switch (c) {
            case u'"':
                out += QLatin1String("\\\"");
                break;
            case u'\\':
                out += QLatin1String("\\\\");
                break;
            case u'\n':
                out += QLatin1String("\\n");
                break;
            case u'\t':
                out += QLatin1String("\\t");
                break;
            case u'\r':
                out += QLatin1String("\\r");
                break;
            default:
                out += QStringLiteral("\\u%1").arg(int(c), 4, 16, QLatin1Char('0'));
            }
        }
        out += QStringView(item).sliced(run);
        out += QLatin1Char('"');
    }
    out += QLatin1Char(']');
    return out;
}

namespace {

// Reads the array fromList() writes (and any other JSON array of strings) without building a
// QJsonDocument: export reads two such columns per segment. Returns false on anything else.
bool parseList(QStringView text, QStringList& out)
{
    qsizetype i = 0;
    const qsizetype n = text.size();
    const auto skipSpace = [&] {
        while (i < n && (text[i] == u' ' || text[i] == u'\n' || text[i] == u'\r' || text[i] == u'\t'))
            ++i;
    };
    const auto hex4 = [&](char16_t& unit) {
        if (i + 4 > n)
            return false;
        bool ok = false;
        unit = char16_t(text.mid(i, 4).toUShort(&ok, 16));
        i += 4;
        return ok;
    };
    skipSpace();
    if (i >= n || text[i++] != u'[')
        return false;
    skipSpace();
    if (i < n && text[i] == u']')
        return (++i, skipSpace(), i == n);
    for (;;) {
        if (i >= n || text[i++] != u'"')
            return false;
        const qsizetype start = i;
        while (i < n && text[i] != u'"' && text[i] != u'\\')
            ++i;
        QString item = text.mid(start, i - start).toString();
        while (i < n && text[i] != u'"') {
            if (text[i] != u'\\') {
                item += text[i++];
                continue;
            }
            if (++i >= n)
                return false;
            switch (text[i++].unicode()) {
            case u'"':
                item += u'"';
                break;
            case u'\\':
                item += u'\\';
                break;
            case u'/':
                item += u'/';
                break;
            case u'b':
                item += u'\b';
                break;
            case u'f':
                item += u'\f';
                break;
            case u'n':
                item += u'\n';
                break;
            case u'r':
                item += u'\r';
                break;
            case u't':
                item += u'\t';
                break;
            case u'u': {
                char16_t unit = 0;
                if (!hex4(unit))
                    return false;
                item += QChar(unit);
                break;
            }
            default:
                return false;
            }
        }
        if (i >= n)
            return false;
        ++i; // the closing quote
        out.append(std::move(item));
        skipSpace();
        if (i < n && text[i] == u',') {
            ++i;
            skipSpace();
            continue;
        }
        if (i < n && text[i] == u']')
            return (++i, skipSpace(), i == n);
        return false;
    }
}

} // namespace

QStringList toList(const QString& text)
{
    if (text == u"[]")
        return {};
    QStringList parsed;
    if (parseList(text, parsed))
        return parsed;
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
    // What fromDateTime writes ("2026-11-23T09:00:00.000Z") is read digit by digit: every segment read
    // has one, and QDateTime::fromString costs a few microseconds. Anything else goes to Qt.
    constexpr std::string_view pattern = "dddd-dd-ddTdd:dd:dd.dddZ";
    if (text.size() == qsizetype(pattern.size())) {
        const char16_t* c = reinterpret_cast<const char16_t*>(text.constData());
        bool exact = true;
        for (std::size_t i = 0; i < pattern.size() && exact; ++i)
            exact = pattern[i] == 'd' ? (c[i] >= u'0' && c[i] <= u'9') : c[i] == char16_t(pattern[i]);
        if (exact) {
            const auto number = [c](int from, int digits) {
                int n = 0;
                for (int i = from; i < from + digits; ++i)
                    n = n * 10 + (c[i] - u'0');
                return n;
            };
            const QDate date(number(0, 4), number(5, 2), number(8, 2));
            const QTime time(number(11, 2), number(14, 2), number(17, 2), number(20, 3));
            if (date.isValid() && time.isValid())
                return QDateTime(date, time, QTimeZone::UTC);
        }
    }
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
