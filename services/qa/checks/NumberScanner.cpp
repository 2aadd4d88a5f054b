// NumberScanner: a number is a run of decimal digits of any script with single separators between
// digit groups ('.', ',', '\'', no-break and thin spaces, Arabic ٫ ٬, and a plain space before exactly
// three digits where the language groups with spaces). Each is read with this language's symbols,
// with the other language's (translators copy numbers as written) and as written.
#include "NumberScanner.h"

#include "qa/LanguageInfo.h"
#include "qa/TextScan.h"

namespace tessera::qa::checks {

namespace {

bool isSeparator(QChar c)
{
    switch (c.unicode()) {
    case u'.':
    case u',':
    case u'\'':
    case 0x00A0:
    case 0x202F:
    case 0x2009:
    case 0x066B: // Arabic decimal separator
    case 0x066C: // Arabic thousands separator
    case 0x2019: // ’ as a Swiss thousands separator
        return true;
    default:
        return false;
    }
}

bool groupsWithSpace(const LanguageInfo& language)
{
    const QChar g = language.groupingSeparator();
    return g == QChar(0x00A0) || g == QChar(0x202F) || g == QLatin1Char(' ') || g == QChar(0x2009);
}

// The number as `decimal`/`grouping` read it: grouping separators dropped, the decimal one as '.';
// empty when the text is no number that way (two decimal separators, groups not of three).
QString reading(QStringView digits, QChar decimal, QChar grouping)
{
    QString out;
    bool sawDecimal = false;
    qsizetype groupLength = -1; // digits since the last grouping separator; -1 before any
    qsizetype run = 0;
    for (QChar c : digits) {
        if (c.isDigit()) {
            out += QChar(u'0' + c.digitValue());
            ++run;
            continue;
        }
        const bool isGrouping = c == grouping || (TextScan::isSpace(c) && TextScan::isSpace(grouping)) ||
                                c == QChar(0x066C) || (c == QChar(0x2019) && grouping == QLatin1Char('\''));
        const bool isDecimal = c == decimal || c == QChar(0x066B);
        if (isDecimal && !sawDecimal) {
            if (groupLength >= 0 && run != 3)
                return {};
            sawDecimal = true;
            out += QLatin1Char('.');
        } else if (isGrouping && !sawDecimal) {
            if (groupLength >= 0 && run != 3)
                return {};
            groupLength = run;
        } else {
            return {};
        }
        run = 0;
    }
    if (!sawDecimal && groupLength >= 0 && run != 3)
        return {};
    return out;
}

} // namespace

bool FoundNumber::sameAs(const FoundNumber& other) const
{
    for (const QString& v : values) {
        if (other.values.contains(v))
            return true;
    }
    return false;
}

QList<FoundNumber> NumberScanner::scan(const QString& masked, const LanguageInfo& language, const LanguageInfo& other)
{
    QList<FoundNumber> numbers;
    const bool spaceGroups = groupsWithSpace(language);
    const qsizetype n = masked.size();
    qsizetype i = 0;
    while (i < n) {
        if (!masked.at(i).isDigit()) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < n) {
            if (masked.at(i).isDigit()) {
                ++i;
                continue;
            }
            const QChar c = masked.at(i);
            const bool separator = isSeparator(c) || (c == QLatin1Char(' ') && spaceGroups);
            if (!separator || i + 1 >= n || !masked.at(i + 1).isDigit())
                break;
            if (c == QLatin1Char(' ')) { // only "1 000", never "3 4"
                qsizetype d = i + 1;
                while (d < n && masked.at(d).isDigit())
                    ++d;
                if (d - i - 1 != 3)
                    break;
            }
            ++i;
        }
        FoundNumber number;
        number.start = start;
        number.length = i - start;
        const QStringView text = QStringView(masked).sliced(start, i - start);
        QString asWritten;
        for (QChar c : text)
            asWritten += c.isDigit() ? QChar(u'0' + c.digitValue()) : c;
        number.values.append(asWritten);
        for (const LanguageInfo* l : {&language, &other}) {
            const QString value = reading(text, l->decimalSeparator(), l->groupingSeparator());
            if (!value.isEmpty() && !number.values.contains(value))
                number.values.append(value);
        }
        const QChar before = start > 0 ? masked.at(start - 1) : QChar();
        const QChar after = i < n ? masked.at(i) : QChar();
        number.attached = before.isLetter() || after.isLetter() || before == QLatin1Char('_') ||
                          after == QLatin1Char('_') || before == QLatin1Char('#');
        bool ok = false;
        const int whole = asWritten.toInt(&ok);
        number.small = ok && whole >= 0 && whole <= 10;
        numbers.append(number);
    }
    return numbers;
}

} // namespace tessera::qa::checks
