// NumberScanner: the numbers of a text with the readings they may have in a language, so that
// 1,000.5 (English) equals 1.000,5 (German), 1 000,5 (French) and ١٬٠٠٠٫٥ (Arabic).
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace tessera::qa {
class LanguageInfo;
}

namespace tessera::qa::checks {

struct FoundNumber {
    qsizetype start = 0;
    qsizetype length = 0;
    QStringList values;    // canonical readings ("1000.5", "1.000.5" as written…), ASCII digits
    bool attached = false; // glued to letters ("MP3", "x86", "1st", "第3"): a name or ordinal more than a number
    bool small = false;    // a whole number 0–10, often written as a word instead

    bool sameAs(const FoundNumber& other) const;
};

class NumberScanner {
public:
    // `masked` is the text with placeables masked (TextScan::masked), so %1 or {0} are no numbers.
    static QList<FoundNumber> scan(const QString& masked, const LanguageInfo& language, const LanguageInfo& other);
};

} // namespace tessera::qa::checks
