// AndroidFilter: Android string resources (res/values-xx/strings.xml): <string>, <plurals> and
// <string-array> entries as segments, translations written back into the file.
#pragma once

#include "Filter.h"

namespace tessera::formats {

class AndroidFilter : public Filter {
public:
    QString id() const override;
    QString name() const override;
    QStringList extensions() const override;
    int detect(const QString& fileName, const QByteArray& head) const override;
    // The file alone (AndroidReader::read); pairing with the default file is AndroidReader::readPair.
    domain::Result<ParsedDocument> read(const QByteArray& data, const QString& fileName) const override;
    // Targets spliced in (AndroidWriter::write); inserting missing entries is AndroidWriter::writePair.
    domain::Result<QByteArray> write(const QByteArray& original, const QList<domain::Segment>& segments,
                                     const QString& fileName) const override;
    domain::Result<QByteArray> create(const ParsedDocument& document, const QString& fileName) const override;
};

} // namespace tessera::formats
