// PoCharset: converts the strings of a PO file between its declared charset and QString.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringDecoder>
#include <QStringEncoder>

namespace tessera::formats {

class PoCharset {
public:
    PoCharset(); // UTF-8 until a header names another charset

    // False if Qt knows no such charset.
    bool setCharset(const QByteArray& name);
    const QByteArray& name() const { return m_name; }

    // False if `bytes` are not valid in the charset.
    bool decode(const QByteArray& bytes, QString& out);
    // False if `text` has characters the charset cannot hold.
    bool encode(const QString& text, QByteArray& out);

private:
    QByteArray m_name;
    QStringDecoder m_decoder;
    QStringEncoder m_encoder;
};

} // namespace tessera::formats
