#include "FileConverter.h"

#include <QFileInfo>
#include <QList>

#include "formats/Filter.h"
#include "formats/FilterRegistry.h"
#include "formats/ParsedDocument.h"
#include "text/LanguageTag.h"

namespace tessera::project {

using domain::ErrorCode;
using domain::Result;

namespace {

// A language given on the command line may fill in what the file leaves open, never contradict it.
Result<void> checkLanguage(const QString& inFile, const QString& given, const QString& fromFile, const QString& which,
                           const QString& field)
{
    if (given.isEmpty() || fromFile.isEmpty() ||
        text::LanguageTag::canonical(given) == text::LanguageTag::canonical(fromFile))
        return {};
    return std::unexpected(domain::Error{
        ErrorCode::InvalidInput, QStringLiteral("the file's %1 language is %2, not %3").arg(which, fromFile, given),
        inFile, 0, 0, field});
}

} // namespace

FileConverter::FileConverter(const formats::FilterRegistry& filters)
    : m_filters(filters)
{}

QList<const formats::Filter*> FileConverter::writersFor(const QString& fileName) const
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    QList<const formats::Filter*> writers;
    if (suffix.isEmpty())
        return writers;
    for (const auto& filter : m_filters.filters()) {
        if (filter->extensions().contains(suffix, Qt::CaseInsensitive))
            writers.append(filter.get());
    }
    return writers;
}

Result<const formats::Filter*> FileConverter::writerFor(const QString& outputName, const formats::Filter& reader,
                                                        const QString& format) const
{
    if (!format.isEmpty()) {
        if (const formats::Filter* filter = m_filters.byId(format))
            return filter;
        QStringList ids;
        for (const auto& filter : m_filters.filters())
            ids.append(filter->id());
        return domain::fail(
            ErrorCode::InvalidInput,
            QStringLiteral("unknown format \"%1\" (known: %2)").arg(format, ids.join(QStringLiteral(", "))));
    }
    const QList<const formats::Filter*> writers = writersFor(outputName);
    if (writers.contains(&reader))
        return &reader;
    if (writers.size() == 1)
        return writers.first();
    const QString suffix = QFileInfo(outputName).suffix();
    if (writers.isEmpty()) {
        return domain::fail(ErrorCode::InvalidInput,
                            QStringLiteral("no format Tessera writes has the extension %1")
                                .arg(suffix.isEmpty() ? QStringLiteral("\"\" (none)") : QStringLiteral(".") + suffix));
    }
    QStringList ids;
    for (const formats::Filter* filter : writers)
        ids.append(filter->id());
    return domain::fail(ErrorCode::InvalidInput, QStringLiteral(".%1 files can be %2: choose one with --to %3")
                                                     .arg(
                                                         suffix,
                                                         [&] {
                                                             QStringList names;
                                                             for (const formats::Filter* filter : writers)
                                                                 names.append(filter->name());
                                                             return names.join(QStringLiteral(" or "));
                                                         }(),
                                                         ids.join(QLatin1Char('|'))));
}

Result<QByteArray> FileConverter::convert(const QByteArray& input, const QString& inputName, const QString& outputName,
                                          const ConvertOptions& options) const
{
    const formats::Filter* reader = m_filters.detect(inputName, input.left(formats::FilterRegistry::DetectBytes));
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

    auto writer = writerFor(outputName, *reader, options.outputFormat);
    if (!writer)
        return std::unexpected(writer.error());
    if (*writer == reader)
        return reader->write(input, parsed->segments, outputName);
    if (parsed->sourceLanguage.isEmpty())
        parsed->sourceLanguage = options.sourceLanguage;
    if (parsed->targetLanguage.isEmpty())
        parsed->targetLanguage = options.targetLanguage;
    parsed->format = (*writer)->id();
    return (*writer)->create(*parsed, outputName);
}

} // namespace tessera::project
