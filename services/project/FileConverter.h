// FileConverter: turns a file of one format into a file of another (format chosen by the output
// file's extension) through the file filters, without a workspace.
#pragma once

#include <QByteArray>
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
};

class FileConverter {
public:
    explicit FileConverter(const formats::FilterRegistry& filters);

    // The filter that writes files named like `fileName` (by extension); with several, `preferred`
    // if it is one of them; null if none or undecided.
    const formats::Filter* writerFor(const QString& fileName, const formats::Filter* preferred) const;

    // `input` (named `inputName`, format detected) as a file named `outputName`. Fails with
    // InvalidInput for a file the reader rejects (file, line, column), for languages that
    // contradict the file, and — saying "not supported yet" — when no filter writes the output's
    // format or that filter can only write into an existing file of its own format.
    domain::Result<QByteArray> convert(const QByteArray& input, const QString& inputName, const QString& outputName,
                                       const ConvertOptions& options = {}) const;

private:
    const formats::FilterRegistry& m_filters;
};

} // namespace tessera::project
