#include "TmUnitKey.h"

#include <QStringEncoder>

#include "domain/TmUnit.h"

namespace tessera::store {

quint64 TmUnitKey::hash(std::span<const QByteArrayView> fields)
{
    quint64 value = 14695981039346656037ull;
    for (QByteArrayView field : fields) {
        for (char c : field)
            value = (value ^ quint8(c)) * 1099511628211ull;
        value = (value ^ 0u) * 1099511628211ull;
    }
    return value;
}

quint64 TmUnitKey::set(const domain::TmUnit& unit)
{
    const std::array<const QString*, s_fields> texts{&unit.tmName, &unit.sourceLanguage, &unit.targetLanguage,
                                                     &unit.source, &unit.target};
    for (std::size_t i = 0; i < texts.size(); ++i) {
        QByteArray& buffer = m_buffers[i];
        QStringEncoder encoder(QStringEncoder::Utf8);
        const qsizetype needed = encoder.requiredSpace(texts[i]->size());
        if (buffer.size() < needed)
            buffer.resize(needed);
        const char* end = encoder.appendToBuffer(buffer.data(), *texts[i]);
        m_views[i] = QByteArrayView(buffer.constData(), end - buffer.constData());
    }
    m_value = hash(m_views);
    return m_value;
}

} // namespace tessera::store
