#include "Xliff12Writer.h"

#include <optional>

#include <QHash>
#include <QSet>

#include "Xliff12Parser.h"
#include "Xliff12Reader.h"
#include "XliffEdits.h"
#include "XliffMarkup.h"
#include "XliffScanner.h"
#include "XmlText.h"
#include "text/LanguageTag.h"

namespace tessera::formats {

using domain::Error;
using domain::Result;
using domain::Segment;
using domain::SegmentState;

namespace {

class UnitWriter {
public:
    UnitWriter(const QByteArray& text, const Xliff12Parser& parser, XliffEdits& edits)
        : m_text(text)
        , m_parser(parser)
        , m_edits(edits)
        , m_eol(XmlText::lineEnding(QByteArrayView(text)))
    {}

    Result<QString> xml(const QString& target, const QString& key, const Xliff12Unit& unit) const
    {
        auto xml = XliffMarkup::toXml(target, XliffVersion::V1);
        if (!xml) {
            Error error = m_parser.error(unit.line, unit.column,
                                         QStringLiteral("the target of \"%1\" is not well-formed XLIFF 1.2 content: "
                                                        "an inline code is not closed, or text has characters XML "
                                                        "cannot hold")
                                             .arg(key));
            error.field = key;
            return std::unexpected(error);
        }
        return *xml;
    }

    QString slice(qsizetype begin, qsizetype end) const
    {
        return XmlPull::toString(QByteArrayView(m_text).sliced(begin, end - begin));
    }

    // Writes `content` (element content, already XML) as the unit's target, with `state` when
    // `stateChanged` or when the target is new.
    void writeTarget(const Xliff12Unit& unit, const QString* content, SegmentState state, bool stateChanged)
    {
        const XliffSpan& span = unit.targetSpan;
        if (unit.hasTarget) {
            const QString tag = slice(span.tagBegin, span.tagEnd);
            QString newTag = tag;
            if (stateChanged)
                newTag = XliffMarkup::setAttribute(tag, QStringLiteral("state"), Xliff12Reader::stateValue(state));
            if (content && span.selfClosing()) {
                m_edits.replace(span.tagBegin, span.end,
                                XliffMarkup::openTag(newTag) + *content + QStringLiteral("</") +
                                    XliffMarkup::tagName(tag) + QLatin1Char('>'));
                return;
            }
            if (newTag != tag)
                m_edits.replace(span.tagBegin, span.tagEnd, newTag);
            if (content)
                m_edits.replace(span.tagEnd, span.contentEnd, *content);
            return;
        }
        const qsizetype at = unit.segmented ? unit.segSourceSpan.end : unit.sourceSpan.end;
        const QString name = unit.prefix.isEmpty() ? QStringLiteral("target") : unit.prefix + QStringLiteral(":target");
        m_edits.replace(at, at,
                        m_eol + XmlText::indentAt(QByteArrayView(m_text), unit.sourceSpan.tagBegin) + QLatin1Char('<') +
                            name + QStringLiteral(" state=\"") + Xliff12Reader::stateValue(state) +
                            QStringLiteral("\">") + (content ? *content : QString()) + QStringLiteral("</") + name +
                            QLatin1Char('>'));
    }

    void writeApproved(const XliffSpan& span, const QString& approved, SegmentState state)
    {
        if (!span.isValid())
            return;
        const QString tag = slice(span.tagBegin, span.tagEnd);
        QString newTag;
        if (state == SegmentState::Approved)
            newTag = XliffMarkup::setAttribute(tag, QStringLiteral("approved"), QStringLiteral("yes"));
        else if (!approved.isEmpty())
            newTag = XliffMarkup::setAttribute(tag, QStringLiteral("approved"), QStringLiteral("no"));
        if (!newTag.isEmpty() && newTag != tag)
            m_edits.replace(span.tagBegin, span.tagEnd, newTag);
    }

    Result<void> writeUnit(const Xliff12Unit& unit, const QString& key, const QString& target, SegmentState state)
    {
        const bool textChanged = target != unit.target;
        const bool stateChanged = state != Xliff12Reader::stateOf(unit, unit.target);
        if (!textChanged && !stateChanged && (unit.hasTarget || target.isEmpty()))
            return {};
        QString content;
        if (textChanged || !unit.hasTarget) {
            auto written = xml(target, key, unit);
            if (!written)
                return std::unexpected(written.error());
            content = *written;
        }
        writeTarget(unit, textChanged || !unit.hasTarget ? &content : nullptr, state, stateChanged);
        if (stateChanged)
            writeApproved(unit.unitSpan, unit.approved, state);
        return {};
    }

    // A segmented unit: `targets` and `states` by mid (only the mids Tessera has segments for).
    Result<void> writeSegmented(const Xliff12Unit& unit, const QString& key, const QHash<QString, QString>& targets,
                                SegmentState state, bool stateChanged)
    {
        QHash<QString, const XliffMarker*> current;
        for (const XliffMarker& marker : unit.targetMarkers) {
            if (!current.contains(marker.mid)) // the first, as the reader takes it
                current.insert(marker.mid, &marker);
        }
        bool rebuild = !unit.hasTarget || unit.targetSpan.selfClosing();
        bool textChanged = false;
        for (auto it = targets.begin(); it != targets.end(); ++it) {
            const XliffMarker* marker = current.value(it.key());
            const QString now = marker ? marker->text : QString();
            if (now == it.value())
                continue;
            textChanged = true;
            if (!marker)
                rebuild = true;
        }
        if (!textChanged && !stateChanged)
            return {};
        if (!textChanged) {
            writeTarget(unit, nullptr, state, true);
        } else if (!rebuild) {
            writeTarget(unit, nullptr, state, stateChanged);
            for (auto it = targets.begin(); it != targets.end(); ++it) {
                const XliffMarker* marker = current.value(it.key());
                if (marker->text == it.value())
                    continue;
                auto content = xml(it.value(), key + QLatin1Char('#') + it.key(), unit);
                if (!content)
                    return std::unexpected(content.error());
                const XliffSpan& span = marker->span;
                if (span.selfClosing()) {
                    const QString tag = slice(span.tagBegin, span.tagEnd);
                    m_edits.replace(span.tagBegin, span.end,
                                    XliffMarkup::openTag(tag) + *content + QStringLiteral("</") +
                                        XliffMarkup::tagName(tag) + QLatin1Char('>'));
                } else {
                    m_edits.replace(span.tagEnd, span.contentEnd, *content);
                }
            }
        } else {
            // The target mirrors the seg-source with each <mrk>'s content translated.
            QString content;
            qsizetype copied = unit.segSourceSpan.tagEnd;
            for (const XliffMarker& marker : unit.segSource) {
                QString target = targets.contains(marker.mid)   ? targets.value(marker.mid)
                                 : current.contains(marker.mid) ? current.value(marker.mid)->text
                                                                : QString();
                auto xmlTarget = xml(target, key + QLatin1Char('#') + marker.mid, unit);
                if (!xmlTarget)
                    return std::unexpected(xmlTarget.error());
                const XliffSpan& span = marker.span;
                const QString tag = slice(span.tagBegin, span.tagEnd);
                content += slice(copied, span.tagBegin);
                content += XliffMarkup::openTag(tag) + *xmlTarget + QStringLiteral("</") + XliffMarkup::tagName(tag) +
                           QLatin1Char('>');
                copied = span.end;
            }
            content += slice(copied, unit.segSourceSpan.contentEnd);
            writeTarget(unit, &content, state, stateChanged);
        }
        if (stateChanged)
            writeApproved(unit.unitSpan, unit.approved, state);
        return {};
    }

    // The translator comment `wanted` written into the note at `noteSpan` (the unit's or group's
    // translator note, when there is one): its text replaced, or the note removed when `wanted` is
    // empty; without such a note, a <note from="translator"> added to `unit` after its last note,
    // else after its target (which writeTarget() may just have added), else after its source.
    Result<void> writeComment(const QString& wanted, const QString& current, const XliffSpan& noteSpan,
                              const Xliff12Unit& unit, const QString& key)
    {
        if (wanted == current)
            return {};
        if (!XliffMarkup::isXmlSafe(wanted)) {
            Error error = m_parser.error(unit.line, unit.column,
                                         QStringLiteral("the translator comment of \"%1\" has characters XML "
                                                        "cannot hold")
                                             .arg(key));
            error.field = key;
            return std::unexpected(error);
        }
        const QString content = XmlText::escape(wanted);
        if (unit.poCommentSpan.isValid() && !unit.poCommentSpan.selfClosing() &&
            &noteSpan == &unit.translatorNoteSpan) {
            const XliffSpan& copy = unit.poCommentSpan;
            if (wanted.isEmpty()) {
                const auto [from, to] = XmlText::removal(m_text, copy.tagBegin, copy.end);
                m_edits.replace(from, to, QString());
            } else {
                m_edits.replace(copy.tagEnd, copy.contentEnd, content);
            }
        }
        if (noteSpan.isValid()) {
            if (wanted.isEmpty()) {
                const auto [from, to] = XmlText::removal(m_text, noteSpan.tagBegin, noteSpan.end);
                m_edits.replace(from, to, QString());
            } else if (noteSpan.selfClosing()) {
                const QString tag = slice(noteSpan.tagBegin, noteSpan.tagEnd);
                m_edits.replace(noteSpan.tagBegin, noteSpan.end,
                                XliffMarkup::openTag(tag) + content + QStringLiteral("</") + XliffMarkup::tagName(tag) +
                                    QLatin1Char('>'));
            } else {
                m_edits.replace(noteSpan.tagEnd, noteSpan.contentEnd, content);
            }
            return {};
        }
        if (wanted.isEmpty())
            return {};
        const XliffSpan& sibling = unit.lastNoteSpan.isValid() ? unit.lastNoteSpan
                                   : unit.hasTarget            ? unit.targetSpan
                                   : unit.segmented            ? unit.segSourceSpan
                                                               : unit.sourceSpan;
        const qsizetype at = unit.lastNoteSpan.isValid() || unit.hasTarget ? sibling.end
                             : unit.segmented                              ? unit.segSourceSpan.end
                                                                           : unit.sourceSpan.end;
        const QString name = unit.prefix.isEmpty() ? QStringLiteral("note") : unit.prefix + QStringLiteral(":note");
        m_edits.replace(at, at,
                        m_eol + XmlText::indentAt(QByteArrayView(m_text), sibling.tagBegin) + QLatin1Char('<') + name +
                            QStringLiteral(" from=\"translator\">") + content + QStringLiteral("</") + name +
                            QLatin1Char('>'));
        return {};
    }

private:
    const QByteArray& m_text;
    const Xliff12Parser& m_parser;
    XliffEdits& m_edits;
    QString m_eol;
};

} // namespace

Result<QByteArray> Xliff12Writer::write(const QByteArray& original, const QList<Segment>& segments,
                                        const QString& fileName, const QString& language)
{
    SegmentList source(segments);
    QByteArray bytes;
    ByteOutput out(bytes);
    if (auto written = write(original, source, fileName, out, true, language); !written)
        return std::unexpected(written.error());
    return bytes;
}

Result<void> Xliff12Writer::write(const QByteArray& original, SegmentSource& segments, const QString& fileName,
                                  ByteOutput& out, bool checkKeys, const QString& language)
{
    auto text = XliffScanner::utf8(original, fileName);
    if (!text)
        return std::unexpected(text.error());
    out.writeUtf16Like(original); // a UTF-16 file is parsed as UTF-8 and written back in UTF-16
    Xliff12Parser parser(*text, fileName);
    parser.setSpansOnly(true);
    const bool multiFile = parser.multiFile();
    XliffEdits edits;
    UnitWriter writer(*text, parser, edits);

    QSet<QString> keys;
    const auto writeEntry = [&](Xliff12Entry&& entry) -> Result<void> {
        if (entry.units.isEmpty() || Xliff12Reader::isHeader(entry))
            return {};
        const QString key = Xliff12Reader::keyOf(entry, multiFile);
        const Xliff12Unit& first = entry.units.first();
        // The keys the reader gives this entry must be unique, as the reader requires.
        QStringList entryKeys;
        if (!entry.plural && first.segmented && !first.segSource.isEmpty()) {
            for (const XliffMarker& marker : first.segSource)
                entryKeys.append(key + QLatin1Char('#') + marker.mid);
        } else {
            entryKeys.append(key);
        }
        for (const QString& entryKey : entryKeys) {
            if (!checkKeys)
                break;
            if (keys.contains(entryKey))
                return std::unexpected(
                    parser.error(entry.line, entry.column, QStringLiteral("duplicate key \"%1\"").arg(entryKey)));
            keys.insert(entryKey);
        }
        if (entry.plural) {
            auto found = segments.find(key);
            if (!found)
                return std::unexpected(found.error());
            const Segment* segment = *found;
            if (!segment)
                return {};
            if (segment->targets.size() > entry.units.size()) {
                Error error = parser.error(entry.line, entry.column,
                                           QStringLiteral("\"%1\" has %2 plural forms; the file's group has %3")
                                               .arg(key)
                                               .arg(segment->targets.size())
                                               .arg(entry.units.size()));
                error.field = key;
                return std::unexpected(error);
            }
            const bool stateChanged = segment->state != Xliff12Reader::stateOf(entry);
            for (qsizetype i = 0; i < entry.units.size(); ++i) {
                const Xliff12Unit& unit = entry.units[i];
                const QString target = segment->targets.value(i);
                // A form keeps its own state unless the segment's changed.
                const SegmentState state = stateChanged ? segment->state : Xliff12Reader::stateOf(unit, unit.target);
                if (auto written = writer.writeUnit(unit, key, target, stateChanged ? segment->state : state); !written)
                    return written;
            }
            if (stateChanged && !entry.groupApproved.isEmpty())
                writer.writeApproved(entry.groupSpan, entry.groupApproved, segment->state);
            if (entry.translatorNoteSpan.isValid())
                return writer.writeComment(segment->translatorComment, entry.translatorComment,
                                           entry.translatorNoteSpan, first, key);
            return writer.writeComment(segment->translatorComment, first.translatorComment, first.translatorNoteSpan,
                                       first, key);
        }
        if (first.segmented && !first.segSource.isEmpty()) {
            QHash<QString, QString> targets;
            bool any = false;
            bool stateChanged = false;
            int least = 5;
            SegmentState state = SegmentState::Approved;
            std::optional<QString> comment; // the first part's comment that differs from the unit's
            for (const XliffMarker& marker : first.segSource) {
                auto found = segments.find(key + QLatin1Char('#') + marker.mid);
                if (!found)
                    return std::unexpected(found.error());
                const Segment* segment = *found;
                QString current;
                for (const XliffMarker& translated : first.targetMarkers) {
                    if (translated.mid == marker.mid) {
                        current = translated.text;
                        break;
                    }
                }
                SegmentState markerState = Xliff12Reader::stateOf(first, current);
                if (segment) {
                    any = true;
                    if (segment->targets.size() > 1) {
                        Error error = parser.error(
                            first.line, first.column,
                            QStringLiteral("\"%1\" has plural forms; the unit has none").arg(segment->key));
                        error.field = segment->key;
                        return std::unexpected(error);
                    }
                    targets.insert(marker.mid, segment->targets.value(0));
                    if (!comment && segment->translatorComment != first.translatorComment)
                        comment = segment->translatorComment;
                    stateChanged = stateChanged || segment->state != markerState;
                    markerState = segment->state;
                }
                if (Xliff12Reader::rank(markerState) < least) {
                    least = Xliff12Reader::rank(markerState);
                    state = markerState;
                }
            }
            if (!any)
                return {};
            if (auto written = writer.writeSegmented(first, key, targets, state, stateChanged); !written)
                return written;
            if (comment)
                return writer.writeComment(*comment, first.translatorComment, first.translatorNoteSpan, first, key);
            return {};
        }
        auto found = segments.find(key);
        if (!found)
            return std::unexpected(found.error());
        const Segment* segment = *found;
        if (!segment)
            return {};
        if (segment->targets.size() > 1) {
            Error error = parser.error(first.line, first.column,
                                       QStringLiteral("\"%1\" has %2 target forms; the trans-unit is not plural")
                                           .arg(key)
                                           .arg(segment->targets.size()));
            error.field = key;
            return std::unexpected(error);
        }
        if (auto written = writer.writeUnit(first, key, segment->targets.value(0), segment->state); !written)
            return written;
        return writer.writeComment(segment->translatorComment, first.translatorComment, first.translatorNoteSpan, first,
                                   key);
    };
    qsizetype retagged = -1; // the <file> tag given the document's language
    auto parsed = parser.parse([&](Xliff12Entry&& entry) -> Result<void> {
        if (auto written = writeEntry(std::move(entry)); !written)
            return written;
        // A file's first edit: a <file> naming another target language than the document's gets
        // the document's (its tag comes before its units and after every earlier edit), as TS and
        // XLIFF 2 files do.
        const XliffSpan tag = parser.fileTag();
        const QString named = parser.fileTargetLanguage();
        if (!edits.isEmpty() && !language.isEmpty() && tag.isValid() && tag.tagBegin != retagged && !named.isEmpty() &&
            !text::LanguageTag::sameOrNarrower(named, language)) {
            retagged = tag.tagBegin;
            edits.replace(tag.tagBegin, tag.tagEnd,
                          XliffMarkup::setAttribute(QByteArrayView(*text), tag.tagBegin, tag.tagEnd,
                                                    QStringLiteral("target-language"), language));
        }
        edits.flush(QByteArrayView(*text), out);
        if (out.failed())
            return out.finish(fileName); // stops the parse with the device's error
        return {};
    });
    if (!parsed)
        return std::unexpected(parsed.error());
    edits.finish(QByteArrayView(*text), out);
    return out.finish(fileName);
}

} // namespace tessera::formats
