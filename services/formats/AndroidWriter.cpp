#include "AndroidWriter.h"

#include <algorithm>

#include <QHash>

#include "AndroidEscape.h"
#include "AndroidParser.h"
#include "AndroidReader.h"
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

struct Edit {
    qsizetype begin;
    qsizetype end;
    QString text;
};

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

bool translated(const Segment& segment)
{
    if (segment.state == SegmentState::New || segment.flags.testFlag(SegmentFlag::Locked))
        return false;
    return std::any_of(segment.targets.begin(), segment.targets.end(), [](const QString& t) { return !t.isEmpty(); });
}

class Splicer {
public:
    Splicer(const QByteArray& text, const QString& fileName, const QString& language)
        : m_text(text)
        , m_fileName(fileName)
        , m_language(language)
        , m_eol(XmlText::lineEnding(QByteArrayView(text)))
    {}

    QList<Edit> edits;

    QString eol() const { return m_eol; }

    // The content of `value` replaced by `wanted` when they differ.
    Result<void> setValue(const AndroidValue& value, const QString& wanted, const QString& tag, const QString& key)
    {
        if (wanted == value.text)
            return {};
        QString error;
        const QString content = AndroidWriter::encode(wanted, value.mode, error);
        if (!error.isEmpty())
            return std::unexpected(invalid(m_fileName, value.line, value.column,
                                           QStringLiteral("the target of \"%1\": %2").arg(key, error)));
        if (value.selfClosing)
            edits.append({value.contentBegin, value.elementEnd,
                          QLatin1Char('>') + content + QStringLiteral("</") + tag + QLatin1Char('>')});
        else
            edits.append({value.contentBegin, value.contentEnd, content});
        return {};
    }

    // Items appended to a plurals or string-array: after its last item, or as its whole content.
    void appendItems(const AndroidEntry& entry, const QStringList& items, const QString& unit)
    {
        if (items.isEmpty())
            return;
        const QString entryIndent = XmlText::indentAt(QByteArrayView(m_text), entry.begin);
        const QString itemIndent = entry.values.isEmpty()
                                       ? entryIndent + unit
                                       : XmlText::indentAt(QByteArrayView(m_text), entry.values.first().elementBegin);
        QString out;
        for (const QString& item : items)
            out += m_eol + itemIndent + item;
        if (!entry.values.isEmpty()) {
            edits.append({entry.values.last().elementEnd, entry.values.last().elementEnd, out});
        } else if (entry.selfClosing) {
            const QString tag =
                entry.kind == AndroidEntry::Kind::Plurals ? QStringLiteral("plurals") : QStringLiteral("string-array");
            edits.append(
                {entry.startTagEnd - 2, entry.end,
                 QLatin1Char('>') + out + m_eol + entryIndent + QStringLiteral("</") + tag + QLatin1Char('>')});
        } else {
            const qsizetype endTag = m_text.lastIndexOf("</", entry.end - 1);
            edits.append({entry.startTagEnd, endTag, out + m_eol + entryIndent});
        }
    }

    Result<QString> item(const QString& quantity, const QString& text, AndroidTextMode mode, const QString& key,
                         const AndroidEntry& entry)
    {
        QString error;
        const QString content = AndroidWriter::encode(text, mode, error);
        if (!error.isEmpty())
            return std::unexpected(invalid(m_fileName, entry.line, entry.column,
                                           QStringLiteral("the target of \"%1\": %2").arg(key, error)));
        const QString attribute =
            quantity.isEmpty() ? QString() : QStringLiteral(" quantity=\"%1\"").arg(XmlText::escape(quantity, true));
        return QStringLiteral("<item") + attribute + QLatin1Char('>') + content + QStringLiteral("</item>");
    }

    Result<void> writeEntry(const AndroidEntry& entry, const QHash<QString, const Segment*>& byKey,
                            const AndroidEntry* source, const QString& unit)
    {
        if (entry.kind == AndroidEntry::Kind::String) {
            const Segment* segment = byKey.value(entry.key());
            if (!segment)
                return {};
            if (segment->targets.size() > 1)
                return std::unexpected(invalid(m_fileName, entry.line, entry.column,
                                               QStringLiteral("\"%1\" is a <string>, the segment has %2 plural forms")
                                                   .arg(entry.name)
                                                   .arg(segment->targets.size())));
            return setValue(entry.values.first(), segment->targets.value(0), QStringLiteral("string"), entry.name);
        }
        if (entry.kind == AndroidEntry::Kind::Array) {
            for (qsizetype i = 0; i < entry.values.size(); ++i) {
                if (const Segment* segment = byKey.value(entry.key(i))) {
                    if (auto set =
                            setValue(entry.values[i], segment->targets.value(0), QStringLiteral("item"), entry.key(i));
                        !set)
                        return set;
                }
            }
            if (!source || source->kind != AndroidEntry::Kind::Array)
                return {};
            QStringList items;
            for (qsizetype i = entry.values.size(); i < source->values.size(); ++i) {
                const Segment* segment = byKey.value(entry.key(i));
                if (!segment || !translated(*segment))
                    break; // items count by position: a gap would shift the ones after it
                auto made = item({}, segment->targets.value(0), source->values[i].mode, entry.key(i), entry);
                if (!made)
                    return std::unexpected(made.error());
                items.append(*made);
            }
            appendItems(entry, items, unit);
            return {};
        }
        const Segment* segment = byKey.value(entry.key());
        if (!segment)
            return {};
        const QStringList categories = AndroidReader::pluralCategories(m_language, entry);
        if (segment->targets.size() != categories.size())
            return std::unexpected(invalid(m_fileName, entry.line, entry.column,
                                           QStringLiteral("plural count mismatch: \"%1\" needs %2 forms (%3), the "
                                                          "segment has %4")
                                               .arg(entry.name)
                                               .arg(categories.size())
                                               .arg(categories.join(QStringLiteral(", ")))
                                               .arg(segment->targets.size())));
        // Items of categories the file lacks go after the item of the category before them.
        QList<std::pair<qsizetype, QString>> inserts; // position, item
        qsizetype anchor = -1;                        // elementEnd of the last item seen in category order
        QStringList atEnd;
        const AndroidTextMode mode = entry.values.isEmpty() ? AndroidTextMode::Plain : entry.values.first().mode;
        for (qsizetype i = 0; i < categories.size(); ++i) {
            const AndroidValue* found = nullptr;
            for (const AndroidValue& value : entry.values) {
                if (value.quantity == categories[i])
                    found = &value;
            }
            const QString& wanted = segment->targets[i];
            if (found) {
                if (auto set = setValue(*found, wanted, QStringLiteral("item"), entry.name); !set)
                    return set;
                anchor = found->elementEnd;
                continue;
            }
            if (wanted.isEmpty())
                continue;
            auto made = item(categories[i], wanted, mode, entry.name, entry);
            if (!made)
                return std::unexpected(made.error());
            if (anchor < 0 && !entry.values.isEmpty())
                inserts.append({-1, *made});
            else if (anchor < 0)
                atEnd.append(*made);
            else
                inserts.append({anchor, *made});
        }
        if (!entry.values.isEmpty()) {
            const QString itemIndent = XmlText::indentAt(QByteArrayView(m_text), entry.values.first().elementBegin);
            for (const auto& [position, made] : inserts) {
                if (position < 0)
                    edits.append({entry.values.first().elementBegin, entry.values.first().elementBegin,
                                  made + m_eol + itemIndent});
                else
                    edits.append({position, position, m_eol + itemIndent + made});
            }
        }
        appendItems(entry, atEnd, unit);
        return {};
    }

private:
    const QByteArray& m_text;
    QString m_fileName;
    QString m_language;
    QString m_eol;
};

QString indentUnit(const QString& entryIndent)
{
    return entryIndent.isEmpty() ? QStringLiteral("    ") : entryIndent;
}

Result<QByteArray> writeFile(const QByteArray* sourceData, const QString& sourceFileName, const QByteArray& original,
                             const QList<Segment>& segments, const QString& fileName, const QString& language)
{
    QHash<QString, const Segment*> byKey;
    byKey.reserve(segments.size());
    for (const Segment& segment : segments)
        byKey.insert(segment.key, &segment);

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
    const QString unit = indentUnit(entryIndent);

    Splicer splicer(*text, fileName, targetLanguage);
    QHash<QString, const AndroidEntry*> targetByName;
    for (const AndroidEntry& entry : entries) {
        targetByName.insert(entry.name, &entry);
        const AndroidEntry* source = sourceByName.value(entry.name);
        if (auto written = splicer.writeEntry(entry, byKey, source, unit); !written)
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
        if (!source.translatable)
            continue;
        QStringList texts;
        QStringList quantities;
        bool any = false;
        if (source.kind == AndroidEntry::Kind::Plurals) {
            const Segment* segment = byKey.value(source.key());
            if (!segment || !translated(*segment))
                continue;
            quantities = AndroidReader::pluralCategories(targetLanguage, source);
            if (segment->targets.size() != quantities.size())
                return std::unexpected(invalid(fileName, 0, 0,
                                               QStringLiteral("plural count mismatch: \"%1\" needs %2 forms, the "
                                                              "segment has %3")
                                                   .arg(source.name)
                                                   .arg(quantities.size())
                                                   .arg(segment->targets.size())));
            texts = segment->targets;
            for (qsizetype i = texts.size() - 1; i >= 0; --i) {
                if (texts[i].isEmpty()) {
                    texts.removeAt(i);
                    quantities.removeAt(i);
                }
            }
            any = !texts.isEmpty();
        } else {
            for (qsizetype i = 0; i < source.values.size(); ++i) {
                const Segment* segment = byKey.value(source.key(i));
                if (!segment || !translated(*segment))
                    break;
                texts.append(segment->targets.value(0));
            }
            // A string-array goes in whole or not at all: a shorter one would misplace the app's items.
            any = !texts.isEmpty() && texts.size() == source.values.size();
        }
        if (!any)
            continue;
        QString attributes;
        if (!source.formatted.isEmpty())
            attributes = QStringLiteral(" formatted=\"%1\"").arg(XmlText::escape(source.formatted, true));
        const AndroidTextMode mode = source.values.isEmpty() ? AndroidTextMode::Plain : source.values.first().mode;
        auto made = AndroidWriter::element(source.kind, source.name, attributes, quantities, texts, mode, entryIndent,
                                           unit, splicer.eol());
        if (!made)
            return std::unexpected(Error{made.error().code, made.error().message, fileName, 0, 0, {}});
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
                     [](const Edit& a, const Edit& b) { return a.begin < b.begin; });
    QByteArray out;
    out.reserve(text->size() + 4096);
    qsizetype copied = 0;
    for (const Edit& edit : splicer.edits) {
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
