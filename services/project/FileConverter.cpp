#include "FileConverter.h"

#include <QFileInfo>
#include <QList>

#include "formats/Filter.h"
#include "formats/FilterRegistry.h"
#include "formats/ParsedDocument.h"

namespace tessera::project {

using domain::ErrorCode;
using domain::Result;

namespace {

constexpr qsizetype s_detectBytes = 4096;

QString canonicalTag(const QString& tag)
{
    return QString(tag).replace(QLatin1Char('_'), QLatin1Char('-')).toLower();
}

// A language given on the command line may fill in what the file leaves open, never contradict it.
Result<void> checkLanguage(const QString& inFile, const QString& given, const QString& fromFile, const QString& which,
                           const QString& field)
{
    if (given.isEmpty() || fromFile.isEmpty() || canonicalTag(given) == canonicalTag(fromFile))
        return {};
    return std::unexpected(domain::Error{
        ErrorCode::InvalidInput, QStringLiteral("the file's %1 language is %2, not %3").arg(which, fromFile, given),
        inFile, 0, 0, field});
}

} // namespace

FileConverter::FileConverter(const formats::FilterRegistry& filters)
    : m_filters(filters)
{}

const formats::Filter* FileConverter::writerFor(const QString& fileName, const formats::Filter* preferred) const
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix.isEmpty())
        return nullptr;
    QList<const formats::Filter*> candidates;
    for (const auto& filter : m_filters.filters()) {
        if (filter->extensions().contains(suffix, Qt::CaseInsensitive))
            candidates.append(filter.get());
    }
    if (preferred && candidates.contains(preferred))
        return preferred;
    return candidates.size() == 1 ? candidates.first() : nullptr;
}

Result<QByteArray> FileConverter::convert(const QByteArray& input, const QString& inputName, const QString& outputName,
                                          const ConvertOptions& options) const
{
    const formats::Filter* reader = m_filters.detect(inputName, input.left(s_detectBytes));
    if (!reader)
        return std::unexpected(domain::Error{
            ErrorCode::InvalidInput, QStringLiteral("not a file format Tessera can read"), inputName, 0, 0, {}});
    auto parsed = reader->read(input, inputName);
    if (!parsed) {
        domain::Error error = parsed.error();
        if (error.file.isEmpty())
            error.file = inputName;
        return std::unexpected(error);
    }
    if (auto ok = checkLanguage(inputName, options.sourceLanguage, parsed->sourceLanguage, QStringLiteral("source"),
                                QStringLiteral("--source-lang"));
        !ok)
        return std::unexpected(ok.error());
    if (auto ok = checkLanguage(inputName, options.targetLanguage, parsed->targetLanguage, QStringLiteral("target"),
                                QStringLiteral("--target-lang"));
        !ok)
        return std::unexpected(ok.error());

    const formats::Filter* writer = writerFor(outputName, reader);
    if (!writer) {
        const QString suffix = QFileInfo(outputName).suffix();
        return domain::fail(ErrorCode::InvalidInput,
                            QStringLiteral("converting %1 to %2 is not supported yet: no filter writes %2 files")
                                .arg(reader->name(), suffix.isEmpty() ? QStringLiteral("extension-less")
                                                                      : QStringLiteral(".") + suffix));
    }
    // The filter interface writes translations into an existing file of the filter's own format;
    // making a new file of another format needs a writer that starts from nothing, which no
    // filter offers yet. Faking one would lose what the other format carries.
    if (writer->id() != reader->id())
        return domain::fail(ErrorCode::InvalidInput,
                            QStringLiteral("converting %1 to %2 is not supported yet: the %2 filter cannot create a "
                                           "new file")
                                .arg(reader->name(), writer->name()));
    return writer->write(input, parsed->segments, outputName);
}

} // namespace tessera::project
