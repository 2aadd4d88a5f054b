// PoHeader: what Tessera reads from a PO header entry: charset, language and plural count.
#pragma once

#include <QByteArray>
#include <QString>

namespace tessera::formats {

struct PoHeader {
    QByteArray charset; // from Content-Type; "UTF-8" when none is named
    QString language;   // the Language field, may be empty
    int nplurals = 0;   // from Plural-Forms, 0 when absent or a placeholder

    // Parses the header's msgstr (escapes already decoded). Header fields are ASCII.
    static PoHeader parse(const QByteArray& msgstr);
};

} // namespace tessera::formats
