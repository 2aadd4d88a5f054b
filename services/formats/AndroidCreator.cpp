#include "AndroidCreator.h"

#include <QRegularExpression>
#include <QSet>

#include "AndroidEscape.h"
#include "AndroidReader.h"
#include "AndroidWriter.h"
#include "text/PluralRules.h"

namespace tessera::formats {

using domain::Error;
using domain::ErrorCode;
using domain::Result;
using domain::Segment;
using domain::SegmentFlag;

namespace {

const QString indent = QStringLiteral("    ");
const QString eol = QStringLiteral("\n");

QString textOf(const Segment& segment, qsizetype form)
{
    const QString target = segment.targets.value(form);
    if (!target.isEmpty())
        return target;
    if (segment.isPlural())
        return form == 0 ? segment.source : segment.sourcePlural;
    return segment.source;
}

// Markup mode for text with tags that make a well-formed fragment, plain otherwise.
AndroidTextMode modeOf(const QStringList& texts)
{
    for (const QString& text : texts) {
        bool tag = false;
        for (qsizetype i = 0; i < text.size() && !tag; ++i)
            tag = text[i] == QLatin1Char('<') && AndroidEscape::markupLength(text, i) > 0;
        if (!tag)
            continue;
        QString error;
        AndroidWriter::encode(text, AndroidTextMode::Markup, error);
        if (error.isEmpty())
            return AndroidTextMode::Markup;
    }
    return AndroidTextMode::Plain;
}

QString comment(const QString& note)
{
    QString text = note;
    while (text.contains(QStringLiteral("--")))
        text.replace(QStringLiteral("--"), QStringLiteral("- -"));
    if (text.endsWith(QLatin1Char('-')))
        text += QLatin1Char(' ');
    return indent + QStringLiteral("<!-- ") + text + QStringLiteral(" -->") + eol;
}

} // namespace

QString AndroidCreator::resourceName(const QString& key)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_.]+$"));
    if (plain.match(key).hasMatch())
        return key; // as an Android file had it (translate-toolkit writes names that start with a digit)
    QString name;
    for (const QChar c : key) {
        const bool ok = (c.unicode() < 0x80 && c.isLetterOrNumber()) || c == QLatin1Char('_') || c == QLatin1Char('.');
        name += ok ? c : QLatin1Char('_');
    }
    if (name.isEmpty() || name[0].isDigit() || name[0] == QLatin1Char('.'))
        name.prepend(QLatin1Char('_'));
    return name;
}

Result<QByteArray> AndroidCreator::create(const ParsedDocument& document, const QString& fileName)
{
    QString language = document.targetLanguage;
    if (language.isEmpty())
        language = AndroidReader::languageOf(fileName);
    const QStringList categories = language.isEmpty() ? QStringList{QStringLiteral("one"), QStringLiteral("other")}
                                                      : text::PluralRules::categories(language);
    static const QRegularExpression arrayKey(QStringLiteral("^(.+)\\[([0-9]+)\\]$"));

    QString out = QStringLiteral("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<resources>\n");
    QSet<QString> used;
    auto unique = [&used](const QString& wanted) {
        QString name = wanted;
        for (int n = 2; used.contains(name); ++n)
            name = wanted + QLatin1Char('_') + QString::number(n);
        used.insert(name);
        return name;
    };
    const QList<Segment>& segments = document.segments;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const Segment& segment = segments[i];
        const auto match = arrayKey.match(segment.key);
        if (!segment.context.note.isEmpty())
            out += comment(segment.context.note);
        QString attributes;
        if (segment.flags.testFlag(SegmentFlag::Locked))
            attributes = QStringLiteral(" translatable=\"false\"");
        Result<QString> element;
        if (match.hasMatch() && match.captured(2) == QLatin1StringView("0") && !segment.isPlural()) {
            // A string-array: this item and the ones after it with the same name and the next index.
            QStringList texts = {textOf(segment, 0)};
            while (i + 1 < segments.size()) {
                const auto next = arrayKey.match(segments[i + 1].key);
                if (!next.hasMatch() || next.captured(1) != match.captured(1) ||
                    next.captured(2) != QString::number(texts.size()) || segments[i + 1].isPlural())
                    break;
                texts.append(textOf(segments[++i], 0));
            }
            element = AndroidWriter::element(AndroidEntry::Kind::Array, unique(resourceName(match.captured(1))),
                                             attributes, {}, texts, modeOf(texts), indent, indent, eol);
        } else if (segment.isPlural()) {
            // gettext-style targets (one per category some whole number selects, as PO has them)
            // fill the other categories with the last form.
            const auto rules = text::PluralRules::forLanguage(language);
            const QStringList integer = language.isEmpty() || !rules ? categories : rules->integerCategories();
            const bool gettextStyle = segment.targets.size() == integer.size() && integer.size() != categories.size();
            QStringList texts;
            // Other counts (a French PO file has one and other, CLDR adds many): the forms in order,
            // "other" and any category left over taking the last one.
            const qsizetype last = segment.targets.size() - 1;
            for (qsizetype form = 0; form < categories.size(); ++form) {
                qsizetype index = form;
                if (gettextStyle)
                    index = integer.indexOf(categories[form]);
                else if (segment.targets.size() != categories.size())
                    index = categories[form] == QLatin1StringView("other") || form >= last ? last : form;
                const QString target = segment.targets.value(index < 0 ? last : index);
                if (!target.isEmpty())
                    texts.append(target);
                else // no translation: the source's singular for "one", its plural for the others
                    texts.append(categories[form] == QLatin1StringView("one") ? segment.source : segment.sourcePlural);
            }
            element = AndroidWriter::element(AndroidEntry::Kind::Plurals, unique(resourceName(segment.key)), attributes,
                                             categories, texts, modeOf(texts), indent, indent, eol);
        } else {
            const QStringList texts = {textOf(segment, 0)};
            element = AndroidWriter::element(AndroidEntry::Kind::String, unique(resourceName(segment.key)), attributes,
                                             {}, texts, modeOf(texts), indent, indent, eol);
        }
        if (!element)
            return std::unexpected(Error{element.error().code, element.error().message, fileName, 0, 0, {}});
        out += indent + *element + eol;
    }
    out += QStringLiteral("</resources>\n");
    return out.toUtf8();
}

} // namespace tessera::formats
