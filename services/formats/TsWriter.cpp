#include "TsWriter.h"

#include <algorithm>

#include "TsMessage.h"
#include "TsParser.h"
#include "TsReader.h"
#include "XmlText.h"
#include "text/LanguageTag.h"

namespace tessera::formats {

using domain::Error;
using domain::ErrorCode;
using domain::Result;
using domain::Segment;
using domain::SegmentState;

namespace {

bool wantsUnfinished(SegmentState state)
{
    return state == SegmentState::New || state == SegmentState::Draft || state == SegmentState::Rejected;
}

QString translationElement(const TsMessage& message, const QStringList& targets, bool unfinished, const QString& indent,
                           const QString& eol)
{
    QString out = QStringLiteral("<translation");
    if (unfinished)
        out += QStringLiteral(" type=\"unfinished\"");
    out += message.translationAttributes;
    out += QLatin1Char('>');
    if (message.numerus) {
        for (const QString& target : targets) {
            out += eol + indent + QStringLiteral("    <numerusform>") + TsWriter::escape(target) +
                   QStringLiteral("</numerusform>");
        }
        out += eol + indent;
    } else {
        out += TsWriter::escape(targets.value(0));
    }
    out += QStringLiteral("</translation>");
    return out;
}

// One change to the UTF-8 text: [begin, end) becomes `text`.
struct Splice {
    qsizetype begin = 0;
    qsizetype end = 0;
    QByteArray text;
};

// Removing the element [begin, end): its whole line when nothing else is on it, else the element alone.
Splice removal(const QByteArray& text, qsizetype begin, qsizetype end)
{
    const auto [from, to] = XmlText::removal(text, begin, end);
    return {from, to, {}};
}

} // namespace

QString TsWriter::escape(const QString& text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        switch (c) {
        case u'"':
            out += QStringLiteral("&quot;");
            break;
        case u'&':
            out += QStringLiteral("&amp;");
            break;
        case u'>':
            out += QStringLiteral("&gt;");
            break;
        case u'<':
            out += QStringLiteral("&lt;");
            break;
        case u'\'':
            out += QStringLiteral("&apos;");
            break;
        default:
            if (c < 0x20 && c != u'\n' && c != u'\t')
                out += QStringLiteral("<byte value=\"x%1\"/>").arg(uint(c), 0, 16);
            else if (c > 0x7f && ch.isSpace())
                out += QStringLiteral("&#x%1;").arg(uint(c), 0, 16);
            else
                out += ch;
        }
    }
    return out;
}

Result<QByteArray> TsWriter::write(const QByteArray& original, const QList<Segment>& segments, const QString& fileName,
                                   const QString& language)
{
    SegmentList source(segments);
    QByteArray bytes;
    ByteOutput out(bytes);
    if (auto written = write(original, source, fileName, out, language); !written)
        return std::unexpected(written.error());
    return bytes;
}

Result<void> TsWriter::write(const QByteArray& original, SegmentSource& segments, const QString& fileName,
                             ByteOutput& out, const QString& language)
{
    auto text = TsParser::decode(original, fileName);
    if (!text)
        return std::unexpected(text.error());
    const QString eol = XmlText::lineEnding(QByteArrayView(*text));
    out.writeUtf16Like(original); // a UTF-16 file is parsed as UTF-8 and written back in UTF-16

    qsizetype copied = 0;
    bool changed = false;
    TsParser parser(*text, fileName);
    TsMessage message;
    while (true) {
        auto more = parser.next(message);
        if (!more)
            return std::unexpected(more.error());
        if (!*more)
            break;
        if (message.isObsolete())
            continue;
        if (out.failed())
            break; // finish() says why
        auto found = segments.find(message.key());
        if (!found)
            return std::unexpected(found.error());
        const Segment* segment = *found;
        if (!segment)
            continue;
        QStringList wanted = segment->targets;
        QStringList current = message.translations;
        if (current.isEmpty())
            current.append(QString());
        if (!message.numerus && wanted.size() > 1) {
            return std::unexpected(parser.error(message.line, message.column,
                                                QStringLiteral("the segment has %1 target forms, the message is "
                                                               "not numerus")
                                                    .arg(wanted.size())));
        }
        if (wanted.isEmpty())
            wanted.append(QString());
        const bool unfinished = wantsUnfinished(segment->state);
        // Untranslated stays as the file has it, however many empty forms it holds.
        const bool translationChanged = (wanted != current && (domain::hasText(wanted) || domain::hasText(current))) ||
                                        unfinished != wantsUnfinished(TsReader::stateOf(message));
        const bool commentChanged = segment->translatorComment != message.translatorComment;
        if (!translationChanged && !commentChanged)
            continue;
        const bool hasComment = message.translatorCommentBegin >= 0;
        if (message.translationBegin < 0 && (translationChanged || !hasComment)) {
            return std::unexpected(
                parser.error(message.line, message.column, QStringLiteral("the message has no <translation>")));
        }

        QList<Splice> splices;
        if (commentChanged) {
            const QByteArray element = (QStringLiteral("<translatorcomment>") + escape(segment->translatorComment) +
                                        QStringLiteral("</translatorcomment>"))
                                           .toUtf8();
            if (!hasComment) // lupdate writes it just before <translation>, on a line of its own
                splices.append(
                    {message.translationBegin, message.translationBegin,
                     element + (eol + XmlText::indentAt(QByteArrayView(*text), message.translationBegin)).toUtf8()});
            else if (segment->translatorComment.isEmpty()) // lupdate leaves an empty one out
                splices.append(removal(*text, message.translatorCommentBegin, message.translatorCommentEnd));
            else
                splices.append({message.translatorCommentBegin, message.translatorCommentEnd, element});
        }
        if (translationChanged) {
            splices.append({message.translationBegin, message.translationEnd,
                            translationElement(message, wanted, unfinished,
                                               XmlText::indentAt(QByteArrayView(*text), message.translationBegin), eol)
                                .toUtf8()});
        }
        std::stable_sort(splices.begin(), splices.end(),
                         [](const Splice& a, const Splice& b) { return a.begin < b.begin; });
        if (!changed) {
            out.reserve(text->size() + 4096);
            // A file Tessera changes says whose translations it holds: a <TS> without a language
            // (lupdate's template) gets the document's, as lupdate -target-language writes it, and
            // one naming another language is corrected, so that lrelease applies the document's
            // plural forms.
            const QByteArray qtName = QString(language).replace(QLatin1Char('-'), QLatin1Char('_')).toUtf8();
            if (!language.isEmpty() && parser.languageInsertAt() >= 0) {
                const qsizetype at = parser.languageInsertAt();
                out.append(QByteArrayView(*text).sliced(copied, at - copied));
                out.append(" language=\"" + qtName + '"');
                copied = at;
            } else if (!language.isEmpty() && parser.languageValueBegin() >= 0 &&
                       !text::LanguageTag::sameOrNarrower(parser.language(), language)) {
                out.append(QByteArrayView(*text).sliced(copied, parser.languageValueBegin() - copied));
                out.append(qtName);
                copied = parser.languageValueEnd();
            }
        }
        changed = true;
        for (const Splice& splice : std::as_const(splices)) {
            out.append(QByteArrayView(*text).sliced(copied, splice.begin - copied));
            out.append(splice.text);
            copied = splice.end;
        }
    }
    out.append(QByteArrayView(*text).sliced(copied));
    return out.finish(fileName);
}

} // namespace tessera::formats
