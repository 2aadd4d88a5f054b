#include "PoCharset.h"

namespace tessera::formats {

namespace {
// Every string is decoded on its own; a U+FEFF inside a string is text, not a byte order mark.
constexpr auto decoderFlags = QStringConverter::Flag::Stateless | QStringConverter::Flag::ConvertInitialBom;
} // namespace

PoCharset::PoCharset()
    : m_name(QByteArrayLiteral("UTF-8"))
    , m_decoder(QStringConverter::Utf8, decoderFlags)
    , m_encoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless)
{}

bool PoCharset::setCharset(const QByteArray& name)
{
    const QByteArray lower = name.toLower();
    if (lower == "utf-8" || lower == "utf8" || lower == "ascii" || lower == "us-ascii") {
        // ASCII is a subset; gettext tools read such files as UTF-8 in practice.
        m_name = name;
        m_decoder = QStringDecoder(QStringConverter::Utf8, decoderFlags);
        m_encoder = QStringEncoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
        return true;
    }
    QStringDecoder decoder(name.constData(), decoderFlags);
    QStringEncoder encoder(name.constData(), QStringConverter::Flag::Stateless);
    if (!decoder.isValid() || !encoder.isValid())
        return false;
    m_name = name;
    m_decoder = std::move(decoder);
    m_encoder = std::move(encoder);
    return true;
}

bool PoCharset::decode(const QByteArray& bytes, QString& out)
{
    m_decoder.resetState();
    out = m_decoder.decode(bytes);
    return !m_decoder.hasError();
}

bool PoCharset::encode(const QString& text, QByteArray& out)
{
    m_encoder.resetState();
    out = m_encoder.encode(text);
    return !m_encoder.hasError();
}

} // namespace tessera::formats
