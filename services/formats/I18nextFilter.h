// I18nextFilter: i18next v4 JSON (one file per language): nested keys joined with '.', _one/_other…
// siblings as one plural segment whose targets follow the target language's CLDR categories.
// Reading, pairing and writing: JsonKeyFilter.
#pragma once

#include "JsonKeyFilter.h"

namespace tessera::formats {

class I18nextFilter : public JsonKeyFilter {
public:
    I18nextFilter()
        : JsonKeyFilter(JsonKeys::Mode::I18next)
    {}

    QString id() const override;
    QString name() const override;
    int detect(const QString& fileName, const QByteArray& head) const override;
};

} // namespace tessera::formats
