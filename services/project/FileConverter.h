// FileConverter: turns a file of one format into a file of another (format chosen by the output
// file's extension) through the file filters, without a workspace.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include "domain/Result.h"

namespace tessera::formats {
class Filter;
class FilterRegistry;
} // namespace tessera::formats

namespace tessera::project {

struct ConvertOptions {
    QString sourceLanguage; // BCP 47; empty: as the input file says
    QString targetLanguage;
    QString outputFormat; // a filter id ("xliff2"); empty: from OUT's extension
};

class FileConverter {
public:
    explicit FileConverter(const formats::FilterRegistry& filters);

    // The filters that write files named like `fileName` (by extension).
    QList<const formats::Filter*> writersFor(const QString& fileName) const;

    // `input` (named `inputName`, format detected) as a file named `outputName`. The same format
    // comes back byte-identical; another format is a new file made by that format's filter, with the
    // languages given filling in what the input leaves open. Fails with InvalidInput for a file the
    // reader rejects (file, line, column), for languages that contradict the file, for an unknown
    // output format, and for an extension several formats share without `outputFormat`.
    domain::Result<QByteArray> convert(const QByteArray& input, const QString& inputName, const QString& outputName,
                                       const ConvertOptions& options = {}) const;

private:
    domain::Result<const formats::Filter*> writerFor(const QString& outputName, const formats::Filter& reader,
                                                     const QString& format) const;

    const formats::FilterRegistry& m_filters;
};

} // namespace tessera::project
