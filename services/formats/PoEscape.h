// PoEscape: the C escapes of PO strings, decoded to the file's bytes and written as gettext writes them.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace tessera::formats {

class PoEscape {
public:
    // Decodes the text between the quotes of one PO string line. On a bad escape returns false and
    // sets `errorOffset` (into `quoted`) and `message`.
    static bool decode(QByteArrayView quoted, QByteArray& out, qsizetype& errorOffset, QString& message);

    // Escapes `text` as msgcat does: \a \b \f \n \r \t \v \\ \" ; everything else as it is.
    static QString encode(QStringView text);

    // Whether `c` is written as a two-character escape.
    static bool isEscaped(QChar c);
};

} // namespace tessera::formats
