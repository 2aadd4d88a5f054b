#include "PoHeader.h"

#include <QList>

namespace tessera::formats {

PoHeader PoHeader::parse(const QByteArray& msgstr)
{
    PoHeader header;
    header.charset = QByteArrayLiteral("UTF-8");
    for (const QByteArray& rawLine : msgstr.split('\n')) {
        const qsizetype colon = rawLine.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = rawLine.left(colon).trimmed().toLower();
        const QByteArray value = rawLine.mid(colon + 1).trimmed();
        if (name == "content-type") {
            const qsizetype at = value.toLower().indexOf("charset=");
            if (at >= 0) {
                QByteArray charset = value.mid(at + 8);
                const qsizetype end = charset.indexOf(';');
                if (end >= 0)
                    charset.truncate(end);
                charset = charset.trimmed();
                // "CHARSET" is the placeholder of a fresh POT: gettext reads such files as ASCII/UTF-8.
                if (!charset.isEmpty() && charset != "CHARSET")
                    header.charset = charset;
            }
        } else if (name == "language") {
            header.language = QString::fromUtf8(value);
        } else if (name == "plural-forms") {
            const qsizetype at = value.indexOf("nplurals");
            if (at >= 0) {
                qsizetype i = at + 8;
                while (i < value.size() && (value[i] == ' ' || value[i] == '='))
                    ++i;
                qsizetype j = i;
                while (j < value.size() && value[j] >= '0' && value[j] <= '9')
                    ++j;
                bool ok = false;
                const int n = value.mid(i, j - i).toInt(&ok);
                if (ok && n > 0 && n < 100)
                    header.nplurals = n;
            }
        }
    }
    return header;
}

} // namespace tessera::formats
