// JsonFlatFilter: flat key-value JSON (one file per language): a root object of strings,
// keys as they are (docusaurus code translations, tldraw, many web apps). Reading, pairing and
// writing: JsonKeyFilter.
#pragma once

#include "JsonKeyFilter.h"

namespace tessera::formats {

class JsonFlatFilter : public JsonKeyFilter {
public:
    JsonFlatFilter()
        : JsonKeyFilter(JsonKeys::Mode::Flat)
    {}

    QString id() const override;
    QString name() const override;
    int detect(const QString& fileName, const QByteArray& head) const override;
};

} // namespace tessera::formats
