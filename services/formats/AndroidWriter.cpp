#include "AndroidWriter.h"

#include <algorithm>

#include <QHash>

#include "AndroidEscape.h"
#include "AndroidParser.h"
#include "AndroidReader.h"
#include "AndroidSplicer.h"
#include "XmlPull.h"
#include "XmlText.h"

namespace tessera::formats {

using domain::Error;
using domain::ErrorCode;
using domain::Result;
using domain::Segment;
using domain::SegmentFlag;
using domain::SegmentState;

namespace {

Error invalid(const QString& fileName, qint64 line, qint64 column, const QString& message)
{
    return Error{ErrorCode::InvalidInput, message, fileName, int(line), int(column), {}};
}

// Whether `fragment` is well-formed element content (prefixes such as xliff: need no declaration,
// as in the files).
bool wellFormed(const QString& fragment)
{
    const QByteArray document = "<r>" + fragment.toUtf8() + "</r>";
    XmlPull reader(document);
    reader.setNamespaceProcessing(false);
    while (!reader.atEnd())
        reader.next();
    return !reader.hasError();
}

Result<QByteArray> writeFile(const QByteArray* sourceData, const QString& sourceFileName, const QByteArray& original,
                             const QList<Segment>& segments, const QString& fileName, const QString& language)
{
    SegmentList byKey(segments);

    auto text = AndroidParser::decode(original, fileName);
    if (!text)
        return std::unexpected(text.error());
    QList<AndroidEntry> entries;
    qsizetype contentBegin = -1;
    qsizetype resourcesEnd = -1;
    bool resourcesSelfClosing = false;
    {
        AndroidParser parser(*text, fileName);
        QHash<QString, qint64> names;
        AndroidEntry entry;
        while (true) {
            auto more = parser.next(entry);
            if (!more)
                return std::unexpected(more.error());
            if (!*more)
                break;
            if (names.contains(entry.name))
                return std::unexpected(invalid(fileName, entry.line, entry.column,
                                               QStringLiteral("duplicate name \"%1\"").arg(entry.name)));
            names.insert(entry.name, entry.line);
            entries.append(std::move(entry));
        }
        contentBegin = parser.resourcesContentBegin();
        resourcesEnd = parser.resourcesEnd();
        resourcesSelfClosing = parser.resourcesSelfClosing();
    }
    QList<AndroidEntry> sources;
    QByteArray sourceText;
    if (sourceData) {
        auto decoded = AndroidParser::decode(*sourceData, sourceFileName);
        if (!decoded)
            return std::unexpected(decoded.error());
        sourceText = *decoded;
        auto list = AndroidReader::entries(sourceText, sourceFileName);
        if (!list)
            return std::unexpected(list.error());
        sources = std::move(*list);
    }
    QHash<QString, const AndroidEntry*> sourceByName;
    for (const AndroidEntry& entry : sources)
        sourceByName.insert(entry.name, &entry);

    const QString folderLanguage = AndroidReader::languageOf(fileName);
    const QString targetLanguage = folderLanguage.isEmpty() ? language : folderLanguage;
    const QString entryIndent =
        entries.isEmpty() ? QStringLiteral("    ") : XmlText::indentAt(QByteArrayView(*text), entries.first().begin);
    const QString unit = AndroidSplicer::indentUnit(entryIndent);

    AndroidSplicer splicer(*text, fileName, targetLanguage);
    QHash<QString, const AndroidEntry*> targetByName;
    for (const AndroidEntry& entry : entries) {
        targetByName.insert(entry.name, &entry);
        const AndroidEntry* source = sourceByName.value(entry.name);
        const QList<AndroidTextMode> sourceItems = source && source->kind == AndroidEntry::Kind::Array
                                                       ? AndroidSplicer::itemModes(*source)
                                                       : QList<AndroidTextMode>();
        if (auto written = splicer.writeEntry(
                entry, byKey, source && source->kind == AndroidEntry::Kind::Array ? &sourceItems : nullptr, unit);
            !written)
            return std::unexpected(written.error());
    }

    // Entries of the default file that the translation lacks.
    QString selfClosingInserts;
    qsizetype anchor = contentBegin;
    for (const AndroidEntry& source : sources) {
        if (const AndroidEntry* present = targetByName.value(source.name)) {
            anchor = present->end;
            continue;
        }
        auto made = splicer.newEntry(source, byKey, entryIndent, unit);
        if (!made)
            return std::unexpected(made.error());
        if (made->isEmpty())
            continue;
        if (resourcesSelfClosing)
            selfClosingInserts += splicer.eol() + entryIndent + *made;
        else
            splicer.edits.append({anchor, anchor, splicer.eol() + entryIndent + *made});
    }
    if (!selfClosingInserts.isEmpty())
        splicer.edits.append({resourcesEnd, contentBegin,
                              QLatin1Char('>') + selfClosingInserts + splicer.eol() + QStringLiteral("</resources>")});

    if (splicer.edits.isEmpty())
        return original;
    std::stable_sort(splicer.edits.begin(), splicer.edits.end(),
                     [](const AndroidEdit& a, const AndroidEdit& b) { return a.begin < b.begin; });
    QByteArray out;
    out.reserve(text->size() + 4096);
    qsizetype copied = 0;
    for (const AndroidEdit& edit : splicer.edits) {
        out += QByteArrayView(*text).sliced(copied, qMax<qsizetype>(0, edit.begin - copied));
        out += edit.text.toUtf8();
        copied = qMax(copied, edit.end);
    }
    out += QByteArrayView(*text).sliced(copied);
    return XmlText::encodeUtf8Like(out, original);
}

} // namespace

QString AndroidWriter::encode(const QString& text, AndroidTextMode mode, QString& error)
{
    error.clear();
    switch (mode) {
    case AndroidTextMode::Cdata:
        return AndroidEscape::encodeCdata(text);
    case AndroidTextMode::Markup: {
        const QString fragment = AndroidEscape::encodeMarkup(text);
        if (!wellFormed(fragment))
            error = QStringLiteral("the markup is not well-formed XML");
        return fragment;
    }
    case AndroidTextMode::Plain:
        break;
    }
    return AndroidEscape::encode(text);
}

Result<QString> AndroidWriter::element(AndroidEntry::Kind kind, const QString& name, const QString& attributes,
                                       const QStringList& quantities, const QStringList& texts, AndroidTextMode mode,
                                       const QString& indent, const QString& unit, const QString& eol)
{
    const QString nameAttribute = QStringLiteral(" name=\"%1\"").arg(XmlText::escape(name, true)) + attributes;
    QString error;
    auto content = [&](const QString& text) -> QString {
        const QString encoded = encode(text, mode, error);
        return encoded;
    };
    QString out;
    if (kind == AndroidEntry::Kind::String) {
        out = QStringLiteral("<string") + nameAttribute + QLatin1Char('>') + content(texts.value(0)) +
              QStringLiteral("</string>");
    } else {
        const QString tag =
            kind == AndroidEntry::Kind::Plurals ? QStringLiteral("plurals") : QStringLiteral("string-array");
        out = QLatin1Char('<') + tag + nameAttribute + QLatin1Char('>');
        for (qsizetype i = 0; i < texts.size(); ++i) {
            out += eol + indent + unit + QStringLiteral("<item");
            if (kind == AndroidEntry::Kind::Plurals)
                out += QStringLiteral(" quantity=\"%1\"").arg(XmlText::escape(quantities.value(i), true));
            out += QLatin1Char('>') + content(texts[i]) + QStringLiteral("</item>");
        }
        out += eol + indent + QStringLiteral("</") + tag + QLatin1Char('>');
    }
    if (!error.isEmpty())
        return std::unexpected(
            Error{ErrorCode::InvalidInput, QStringLiteral("\"%1\": %2").arg(name, error), {}, 0, 0, {}});
    return out;
}

Result<QByteArray> AndroidWriter::write(const QByteArray& original, const QList<Segment>& segments,
                                        const QString& fileName, const QString& language)
{
    return writeFile(nullptr, {}, original, segments, fileName, language);
}

Result<QByteArray> AndroidWriter::writePair(const QByteArray& sourceData, const QString& sourceFileName,
                                            const QByteArray& original, const QList<Segment>& segments,
                                            const QString& fileName, const QString& language)
{
    return writeFile(&sourceData, sourceFileName, original, segments, fileName, language);
}

} // namespace tessera::formats
