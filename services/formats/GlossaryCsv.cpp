#include "GlossaryCsv.h"

#include <QHash>

#include "CsvParser.h"
#include "text/LanguageTag.h"

namespace tessera::formats {

using domain::Concept;
using domain::Error;
using domain::ErrorCode;
using domain::Result;
using domain::Term;
using domain::TermStatus;

namespace {

enum class Column { Ignored, Language, Definition, Note, PartOfSpeech, Status, Location, Source, Target };

struct ColumnSpec {
    Column kind = Column::Ignored;
    QString language;
    QString header;
};

ColumnSpec columnOf(const QString& header)
{
    const QString name = header.trimmed().toLower();
    ColumnSpec spec;
    spec.header = header.trimmed();
    static const QHash<QString, Column> names = {
        {QStringLiteral("definition"), Column::Definition},
        {QStringLiteral("note"), Column::Note},
        {QStringLiteral("notes"), Column::Note},
        {QStringLiteral("comment"), Column::Note},
        {QStringLiteral("comments"), Column::Note},
        {QStringLiteral("part of speech"), Column::PartOfSpeech},
        {QStringLiteral("part-of-speech"), Column::PartOfSpeech},
        {QStringLiteral("partofspeech"), Column::PartOfSpeech},
        {QStringLiteral("pos"), Column::PartOfSpeech},
        {QStringLiteral("status"), Column::Status},
        {QStringLiteral("location"), Column::Location},
        {QStringLiteral("source"), Column::Source},
        {QStringLiteral("target"), Column::Target},
    };
    if (const auto found = names.constFind(name); found != names.cend()) {
        spec.kind = *found;
        return spec;
    }
    if (auto tag = text::LanguageTag::normalize(header.trimmed())) {
        spec.kind = Column::Language;
        spec.language = *tag;
    }
    return spec;
}

std::optional<TermStatus> statusOf(const QString& text)
{
    const QString name = text.trimmed().toLower();
    if (name.isEmpty() || name == QLatin1StringView("preferred"))
        return TermStatus::Preferred;
    if (name == QLatin1StringView("admitted"))
        return TermStatus::Admitted;
    if (name == QLatin1StringView("forbidden") || name == QLatin1StringView("deprecated"))
        return TermStatus::Forbidden;
    return std::nullopt;
}

Error invalid(const QString& fileName, int line, int column, const QString& field, const QString& message)
{
    return Error{ErrorCode::InvalidInput, message, fileName, line, column, field};
}

QString quoted(const QString& field, QChar delimiter)
{
    // As python's QUOTE_MINIMAL, and also any of the delimiters the reader may detect, so that a
    // one-column table reads back the same whatever its delimiter.
    static const QString special = QStringLiteral(",;\t\"\r\n");
    bool needs = false;
    for (const QChar c : field)
        needs = needs || c == delimiter || special.contains(c);
    if (!needs)
        return field;
    return QLatin1Char('"') + QString(field).replace(QStringLiteral("\""), QStringLiteral("\"\"")) + QLatin1Char('"');
}

} // namespace

Result<QList<Concept>> GlossaryCsv::read(const QByteArray& data, const QString& fileName)
{
    return read(data, fileName, Options{});
}

Result<QList<Concept>> GlossaryCsv::read(const QByteArray& data, const QString& fileName, const Options& options)
{
    auto text = CsvParser::decode(data, fileName);
    if (!text)
        return std::unexpected(text.error());
    CsvParser parser(*text, fileName, CsvParser::detectDelimiter(*text));
    CsvRecord header;
    auto more = parser.next(header);
    if (!more)
        return std::unexpected(more.error());
    if (!*more)
        return std::unexpected(invalid(fileName, 1, 1, {},
                                       QStringLiteral("the file is empty: a glossary needs a "
                                                      "header row naming its languages")));
    QList<ColumnSpec> columns;
    bool terms = false;
    bool toolkit = false;
    for (const CsvCell& cell : header.cells) {
        ColumnSpec spec = columnOf(cell.text);
        if (spec.kind == Column::Source || spec.kind == Column::Target) {
            toolkit = true;
            const QString& language = spec.kind == Column::Source ? options.sourceLanguage : options.targetLanguage;
            if (language.isEmpty())
                return std::unexpected(invalid(fileName, cell.line, cell.column, spec.header,
                                               QStringLiteral("the column \"%1\" names no language: give the %1 "
                                                              "language")
                                                   .arg(spec.header)));
            auto tag = text::LanguageTag::normalize(language);
            if (!tag)
                return std::unexpected(invalid(fileName, cell.line, cell.column, spec.header, tag.error().message));
            spec.language = *tag;
        }
        terms = terms || spec.kind == Column::Language || toolkit;
        columns.append(spec);
    }
    if (!terms)
        return std::unexpected(invalid(fileName, header.line, 1, {},
                                       QStringLiteral("the header row names no language column (such as \"en\" or "
                                                      "\"de-DE\")")));

    QList<Concept> concepts;
    CsvRecord record;
    while (true) {
        more = parser.next(record);
        if (!more)
            return std::unexpected(more.error());
        if (!*more)
            break;
        if (record.cells.size() > columns.size()) {
            const CsvCell& extra = record.cells[columns.size()];
            return std::unexpected(invalid(
                fileName, extra.line, extra.column, {},
                QStringLiteral("the row has %1 cells, the header %2").arg(record.cells.size()).arg(columns.size())));
        }
        Concept concept_;
        QString partOfSpeech;
        TermStatus status = TermStatus::Preferred;
        for (qsizetype i = 0; i < record.cells.size(); ++i) {
            const CsvCell& cell = record.cells[i];
            const ColumnSpec& spec = columns[i];
            switch (spec.kind) {
            case Column::Language:
            case Column::Source:
            case Column::Target:
                if (!cell.text.trimmed().isEmpty()) {
                    Term term;
                    term.language = spec.language;
                    term.text = cell.text;
                    concept_.terms.append(term);
                }
                break;
            case Column::Definition:
                concept_.definition = cell.text;
                break;
            case Column::Note:
            case Column::Location:
                concept_.note = concept_.note.isEmpty() ? cell.text : concept_.note + QLatin1Char('\n') + cell.text;
                break;
            case Column::PartOfSpeech:
                partOfSpeech = cell.text.trimmed();
                break;
            case Column::Status: {
                const auto parsed = statusOf(cell.text);
                if (!parsed)
                    return std::unexpected(invalid(fileName, cell.line, cell.column, spec.header,
                                                   QStringLiteral("unknown status \"%1\": use preferred, admitted or "
                                                                  "forbidden")
                                                       .arg(cell.text)));
                status = *parsed;
                break;
            }
            case Column::Ignored:
                break;
            }
        }
        if (concept_.terms.isEmpty())
            continue;
        for (Term& term : concept_.terms) {
            term.status = status;
            term.partOfSpeech = partOfSpeech;
        }
        concepts.append(std::move(concept_));
    }
    return concepts;
}

QByteArray GlossaryCsv::write(const QList<Concept>& concepts, QChar delimiter)
{
    // Columns: each language as often as a concept has terms in it.
    QStringList languages;
    QHash<QString, int> columnsOf;
    bool definition = false;
    bool note = false;
    bool partOfSpeech = false;
    bool status = false;
    for (const Concept& concept_ : concepts) {
        QHash<QString, int> count;
        for (const Term& term : concept_.terms) {
            if (!columnsOf.contains(term.language)) {
                languages.append(term.language);
                columnsOf.insert(term.language, 0);
            }
            columnsOf[term.language] = qMax(columnsOf[term.language], ++count[term.language]);
            partOfSpeech = partOfSpeech || !term.partOfSpeech.isEmpty();
            status = status || term.status != TermStatus::Preferred;
        }
        definition = definition || !concept_.definition.isEmpty();
        note = note || !concept_.note.isEmpty();
    }
    const QString eol = QStringLiteral("\r\n");
    QStringList header;
    for (const QString& language : languages) {
        for (int i = 0; i < columnsOf[language]; ++i)
            header.append(language);
    }
    if (definition)
        header.append(QStringLiteral("definition"));
    if (note)
        header.append(QStringLiteral("note"));
    if (partOfSpeech)
        header.append(QStringLiteral("part of speech"));
    if (status)
        header.append(QStringLiteral("status"));
    QString out;
    auto row = [&](const QStringList& fields) {
        QStringList cells;
        for (const QString& field : fields)
            cells.append(quoted(field, delimiter));
        // A row whose only field is empty would be a blank line: python's csv writes "" then.
        if (cells.size() == 1 && cells.first().isEmpty())
            cells.first() = QStringLiteral("\"\"");
        out += cells.join(delimiter) + eol;
    };
    row(header);
    for (const Concept& concept_ : concepts) {
        QStringList fields;
        for (const QString& language : languages) {
            QStringList texts;
            for (const Term& term : concept_.terms) {
                if (term.language == language)
                    texts.append(term.text);
            }
            for (int i = 0; i < columnsOf[language]; ++i)
                fields.append(texts.value(i));
        }
        QString termPos;
        TermStatus termStatus = TermStatus::Preferred;
        for (const Term& term : concept_.terms) {
            if (termPos.isEmpty())
                termPos = term.partOfSpeech;
        }
        if (!concept_.terms.isEmpty())
            termStatus = concept_.terms.first().status;
        if (definition)
            fields.append(concept_.definition);
        if (note)
            fields.append(concept_.note);
        if (partOfSpeech)
            fields.append(termPos);
        if (status)
            fields.append(domain::termStatusName(termStatus));
        row(fields);
    }
    return out.toUtf8();
}

} // namespace tessera::formats
