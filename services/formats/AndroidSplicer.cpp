#include "AndroidSplicer.h"

#include <algorithm>

#include "AndroidReader.h"
#include "AndroidWriter.h"
#include "XmlText.h"

namespace tessera::formats {

using domain::Error;
using domain::ErrorCode;
using domain::Result;
using domain::Segment;
using domain::SegmentFlag;
using domain::SegmentState;

AndroidSplicer::AndroidSplicer(const QByteArray& text, const QString& fileName, const QString& language)
    : m_text(text)
    , m_fileName(fileName)
    , m_language(language)
    , m_eol(XmlText::lineEnding(QByteArrayView(text)))
{}

QString AndroidSplicer::indentUnit(const QString& entryIndent)
{
    return entryIndent.isEmpty() ? QStringLiteral("    ") : entryIndent;
}

bool AndroidSplicer::translated(const Segment& segment)
{
    if (segment.state == SegmentState::New || segment.flags.testFlag(SegmentFlag::Locked))
        return false;
    return std::any_of(segment.targets.begin(), segment.targets.end(), [](const QString& t) { return !t.isEmpty(); });
}

QList<AndroidTextMode> AndroidSplicer::itemModes(const AndroidEntry& entry)
{
    QList<AndroidTextMode> modes;
    modes.reserve(entry.values.size());
    for (const AndroidValue& value : entry.values)
        modes.append(value.mode);
    return modes;
}

Error AndroidSplicer::invalid(qint64 line, qint64 column, const QString& message) const
{
    return Error{ErrorCode::InvalidInput, message, m_fileName, int(line), int(column), {}};
}

// The content of `value` replaced by `wanted` when they differ.
Result<void> AndroidSplicer::setValue(const AndroidValue& value, const QString& wanted, const QString& tag,
                                      const QString& key)
{
    if (wanted == value.text)
        return {};
    QString error;
    const QString content = AndroidWriter::encode(wanted, value.mode, error);
    if (!error.isEmpty())
        return std::unexpected(
            invalid(value.line, value.column, QStringLiteral("the target of \"%1\": %2").arg(key, error)));
    if (value.selfClosing)
        edits.append({value.contentBegin, value.elementEnd,
                      QLatin1Char('>') + content + QStringLiteral("</") + tag + QLatin1Char('>')});
    else
        edits.append({value.contentBegin, value.contentEnd, content});
    return {};
}

// Items appended to a plurals or string-array: after its last item, or as its whole content.
void AndroidSplicer::appendItems(const AndroidEntry& entry, const QStringList& items, const QString& unit)
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
        edits.append({entry.startTagEnd - 2, entry.end,
                      QLatin1Char('>') + out + m_eol + entryIndent + QStringLiteral("</") + tag + QLatin1Char('>')});
    } else {
        const qsizetype endTag = m_text.lastIndexOf("</", entry.end - 1);
        edits.append({entry.startTagEnd, endTag, out + m_eol + entryIndent});
    }
}

Result<QString> AndroidSplicer::item(const QString& quantity, const QString& text, AndroidTextMode mode,
                                     const QString& key, const AndroidEntry& entry) const
{
    QString error;
    const QString content = AndroidWriter::encode(text, mode, error);
    if (!error.isEmpty())
        return std::unexpected(
            invalid(entry.line, entry.column, QStringLiteral("the target of \"%1\": %2").arg(key, error)));
    const QString attribute =
        quantity.isEmpty() ? QString() : QStringLiteral(" quantity=\"%1\"").arg(XmlText::escape(quantity, true));
    return QStringLiteral("<item") + attribute + QLatin1Char('>') + content + QStringLiteral("</item>");
}

Result<void> AndroidSplicer::writeEntry(const AndroidEntry& entry, SegmentSource& segments,
                                        const QList<AndroidTextMode>* sourceItems, const QString& unit)
{
    if (entry.kind == AndroidEntry::Kind::String) {
        auto found = segments.find(entry.key());
        if (!found)
            return std::unexpected(found.error());
        const Segment* segment = *found;
        if (!segment)
            return {};
        if (segment->targets.size() > 1)
            return std::unexpected(invalid(entry.line, entry.column,
                                           QStringLiteral("\"%1\" is a <string>, the segment has %2 plural forms")
                                               .arg(entry.name)
                                               .arg(segment->targets.size())));
        return setValue(entry.values.first(), segment->targets.value(0), QStringLiteral("string"), entry.name);
    }
    if (entry.kind == AndroidEntry::Kind::Array) {
        for (qsizetype i = 0; i < entry.values.size(); ++i) {
            auto found = segments.find(entry.key(i));
            if (!found)
                return std::unexpected(found.error());
            if (const Segment* segment = *found) {
                if (auto set =
                        setValue(entry.values[i], segment->targets.value(0), QStringLiteral("item"), entry.key(i));
                    !set)
                    return set;
            }
        }
        if (!sourceItems)
            return {};
        QStringList items;
        for (qsizetype i = entry.values.size(); i < sourceItems->size(); ++i) {
            auto found = segments.find(entry.key(i));
            if (!found)
                return std::unexpected(found.error());
            const Segment* segment = *found;
            if (!segment || !translated(*segment))
                break; // items count by position: a gap would shift the ones after it
            auto made = item({}, segment->targets.value(0), sourceItems->at(i), entry.key(i), entry);
            if (!made)
                return std::unexpected(made.error());
            items.append(*made);
        }
        appendItems(entry, items, unit);
        return {};
    }
    auto found = segments.find(entry.key());
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return {};
    return writePlurals(entry, **found, unit);
}

Result<void> AndroidSplicer::writePlurals(const AndroidEntry& entry, const Segment& segment, const QString& unit)
{
    const QStringList categories = AndroidReader::pluralCategories(m_language, entry);
    if (segment.targets.size() != categories.size())
        return std::unexpected(invalid(entry.line, entry.column,
                                       QStringLiteral("plural count mismatch: \"%1\" needs %2 forms (%3), the "
                                                      "segment has %4")
                                           .arg(entry.name)
                                           .arg(categories.size())
                                           .arg(categories.join(QStringLiteral(", ")))
                                           .arg(segment.targets.size())));
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
        const QString& wanted = segment.targets[i];
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
                edits.append(
                    {entry.values.first().elementBegin, entry.values.first().elementBegin, made + m_eol + itemIndent});
            else
                edits.append({position, position, m_eol + itemIndent + made});
        }
    }
    appendItems(entry, atEnd, unit);
    return {};
}

Result<QString> AndroidSplicer::newEntry(const AndroidEntry& source, SegmentSource& segments,
                                         const QString& entryIndent, const QString& unit) const
{
    if (!source.translatable)
        return QString();
    QStringList texts;
    QStringList quantities;
    bool any = false;
    if (source.kind == AndroidEntry::Kind::Plurals) {
        auto found = segments.find(source.key());
        if (!found)
            return std::unexpected(found.error());
        const Segment* segment = *found;
        if (!segment || !translated(*segment))
            return QString();
        quantities = AndroidReader::pluralCategories(m_language, source);
        if (segment->targets.size() != quantities.size())
            return std::unexpected(invalid(0, 0,
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
            auto found = segments.find(source.key(i));
            if (!found)
                return std::unexpected(found.error());
            const Segment* segment = *found;
            if (!segment || !translated(*segment))
                break;
            texts.append(segment->targets.value(0));
        }
        // A string-array goes in whole or not at all: a shorter one would misplace the app's items.
        any = !texts.isEmpty() && texts.size() == source.values.size();
    }
    if (!any)
        return QString();
    QString attributes;
    if (!source.formatted.isEmpty())
        attributes = QStringLiteral(" formatted=\"%1\"").arg(XmlText::escape(source.formatted, true));
    const AndroidTextMode mode = source.values.isEmpty() ? AndroidTextMode::Plain : source.values.first().mode;
    auto made =
        AndroidWriter::element(source.kind, source.name, attributes, quantities, texts, mode, entryIndent, unit, m_eol);
    if (!made)
        return std::unexpected(Error{made.error().code, made.error().message, m_fileName, 0, 0, {}});
    return *made;
}

} // namespace tessera::formats
