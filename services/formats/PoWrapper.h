// PoWrapper: lays out a PO string over lines the way msgcat and msgmerge do (page width 79).
#pragma once

#include <QString>
#include <QStringList>

namespace tessera::formats {

class PoWrapper {
public:
    // The lines for `keyword` ("msgstr", "msgstr[1]") with `value`, without line terminators:
    // `msgstr "…"` when it fits, otherwise `msgstr ""` and continuation lines broken after spaces
    // and other break opportunities of Unicode line breaking, and after every "\n".
    static QStringList wrap(const QString& keyword, const QString& value, bool noWrap, int pageWidth = 79);

    // Columns a character takes (East Asian wide: 2, combining: 0).
    static int width(char32_t c);
};

} // namespace tessera::formats
