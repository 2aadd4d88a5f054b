#include "PoWriter.h"

#include <algorithm>

#include "GettextPlurals.h"
#include "PoCharset.h"
#include "PoEntry.h"
#include "PoHeader.h"
#include "PoParser.h"
#include "PoReader.h"
#include "PoWrapper.h"

namespace tessera::formats {

using domain::Error;
using domain::ErrorCode;
using domain::Result;
using domain::Segment;
using domain::SegmentState;

namespace {

// Whether a catalog whose header is a template's holds translations all the same: then it is its
// language's catalog already (Horde ships them with "nplurals=INTEGER") and is written as it is.
bool holdsTranslations(const QByteArray& original)
{
    PoParser parser(original, {});
    PoEntry entry;
    while (true) {
        auto more = parser.next(entry);
        if (!more || !*more)
            return false; // a parse error: the writer's own parse names it
        if (entry.isHeader())
            continue;
        for (const QByteArray& msgstr : std::as_const(entry.msgstr)) {
            if (!msgstr.isEmpty())
                return true;
        }
    }
}

bool wantsFuzzy(SegmentState state)
{
    return state == SegmentState::Draft || state == SegmentState::Rejected;
}

qsizetype nextLineStart(const QByteArray& data, qsizetype end)
{
    if (end < data.size() && data[end] == '\r')
        ++end;
    if (end < data.size() && data[end] == '\n')
        ++end;
    return end;
}

QList<QByteArray> flagsOfLine(const QByteArray& data, const PoEntry& entry)
{
    QList<QByteArray> flags;
    const qsizetype hash = data.indexOf('#', entry.flagsBegin);
    const QByteArray text = data.mid(hash + 2, entry.flagsEnd - hash - 2);
    for (const QByteArray& flag : text.split(',')) {
        const QByteArray f = flag.trimmed();
        if (!f.isEmpty())
            flags.append(f);
    }
    return flags;
}

// One change to the original's bytes: [begin, end) becomes `text`.
struct Splice {
    qsizetype begin = 0;
    qsizetype end = 0;
    QByteArray text;
};

// The splice that adds or removes an entry's "fuzzy" flag as msgcat writes flags.
Splice fuzzySplice(const QByteArray& original, const PoEntry& entry, bool fuzzy)
{
    if (fuzzy && entry.flagsBegin < 0) {
        // msgcat puts "#," after references and before "#|" previous lines.
        const qsizetype at = entry.previousBegin >= 0 ? entry.previousBegin : entry.keywordBegin;
        return {at, at, QByteArray("#, fuzzy") + entry.eol};
    }
    QList<QByteArray> flags = flagsOfLine(original, entry);
    flags.removeAll(QByteArrayLiteral("fuzzy"));
    if (fuzzy)
        flags.prepend(QByteArrayLiteral("fuzzy"));
    if (flags.isEmpty())
        return {entry.flagsBegin, nextLineStart(original, entry.flagsEnd), {}};
    return {entry.flagsBegin, entry.flagsEnd, "#, " + flags.join(", ")};
}

// The number of plural forms gettext's formula `pluralForms` ("nplurals=3; plural=…;") has, 0 if none.
int nplurals(const QString& pluralForms)
{
    return PoHeader::parse("Plural-Forms: " + pluralForms.toLatin1()).nplurals;
}

// A translator comment as msgcat writes it: "# " and each line, a bare "#" for an empty line.
QStringList commentLines(const QString& comment)
{
    if (comment.isEmpty())
        return {};
    QString text = comment;
    text.replace(QLatin1StringView("\r\n"), QLatin1StringView("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
    QStringList lines;
    for (const QString& line : text.split(QLatin1Char('\n')))
        lines.append(line.isEmpty() ? QStringLiteral("#") : QStringLiteral("# ") + line);
    return lines;
}

} // namespace

Result<QByteArray> PoWriter::write(const QByteArray& original, const QList<Segment>& segments, const QString& fileName,
                                   const QString& language)
{
    SegmentList source(segments);
    QByteArray bytes;
    ByteOutput out(bytes);
    out.reserve(original.size() + 4096);
    if (auto written = write(original, source, fileName, out, language); !written)
        return std::unexpected(written.error());
    return bytes;
}

Result<void> PoWriter::write(const QByteArray& original, SegmentSource& segments, const QString& fileName,
                             ByteOutput& out, const QString& language)
{
    qsizetype copied = 0;
    const auto copyTo = [&](qsizetype position) {
        out.append(QByteArrayView(original.constData() + copied, position - copied));
        copied = position;
    };

    PoParser parser(original, fileName);
    PoCharset charset;
    bool headerSeen = false;
    PoEntry entry;
    // Writes the entry's msgstr lines (msgstr[i] for a plural entry) with `values`, as msgcat wraps them.
    const auto writeMsgstrs = [&](const QStringList& values) -> Result<void> {
        copyTo(entry.msgstrBegin);
        const bool noWrap = entry.flags.contains(QByteArrayLiteral("no-wrap"));
        for (qsizetype i = 0; i < values.size(); ++i) {
            const QString keyword = entry.plural ? QStringLiteral("msgstr[%1]").arg(i) : QStringLiteral("msgstr");
            const QStringList lines = PoWrapper::wrap(keyword, values[i], noWrap);
            for (qsizetype l = 0; l < lines.size(); ++l) {
                QByteArray bytes;
                if (!charset.encode(lines[l], bytes)) {
                    return std::unexpected(Error{ErrorCode::InvalidInput,
                                                 QStringLiteral("the translation has characters that %1 cannot hold")
                                                     .arg(QString::fromLatin1(charset.name())),
                                                 fileName,
                                                 entry.msgstrLine,
                                                 1,
                                                 {}});
                }
                if (i > 0 || l > 0)
                    out.append(entry.eol);
                out.append(bytes);
            }
        }
        copied = entry.msgstrEnd;
        return {};
    };
    // A template (a POT: no Language) or another language's catalog written for `language` becomes
    // that language's catalog as msginit makes one: the header says the language, its charset and
    // its plural formula and is no longer fuzzy, and every plural entry has that many msgstr[i].
    int forms = 0; // the plural forms each plural entry gets; 0: as many as it has
    while (true) {
        auto more = parser.next(entry);
        if (!more)
            return std::unexpected(more.error());
        if (!*more)
            break;
        if (entry.isHeader() && !headerSeen) {
            headerSeen = true;
            auto header = PoReader::readHeader(entry, charset, parser);
            if (!header)
                return std::unexpected(header.error());
            const bool otherLanguage =
                !header->language.trimmed().isEmpty() && !PoHeader::isFor(header->language, language);
            if (language.isEmpty() || !(otherLanguage || (header->isTemplate && !holdsTranslations(original))))
                continue;
            const QString pluralForms = GettextPlurals::header(language);
            forms = nplurals(pluralForms);
            auto text = PoReader::decode(charset, entry.msgstr.value(0), fileName, entry.msgstrLine);
            if (!text)
                return std::unexpected(text.error());
            if (entry.isFuzzy()) {
                const Splice unfuzzy = fuzzySplice(original, entry, false);
                copyTo(unfuzzy.begin);
                out.append(unfuzzy.text);
                copied = unfuzzy.end;
            }
            if (auto written = writeMsgstrs({PoHeader::forLanguage(*text, language, pluralForms)}); !written)
                return written;
            continue;
        }
        auto msgid = PoReader::decode(charset, entry.msgid, fileName, entry.line);
        if (!msgid)
            return std::unexpected(msgid.error());
        QString context;
        if (entry.hasContext) {
            auto c = PoReader::decode(charset, entry.msgctxt, fileName, entry.line);
            if (!c)
                return std::unexpected(c.error());
            context = *c;
        }
        if (out.failed())
            break; // finish() says why
        auto found = segments.find(PoReader::key(entry.hasContext, context, *msgid));
        if (!found)
            return std::unexpected(found.error());
        const Segment* segment = *found;
        if (!segment)
            continue;

        QStringList current;
        for (qsizetype i = 0; i < entry.msgstr.size(); ++i) {
            auto t = PoReader::decode(charset, entry.msgstr[i], fileName, entry.msgstrLines[i]);
            if (!t)
                return std::unexpected(t.error());
            current.append(*t);
        }
        const qsizetype room = entry.plural && forms > 0 ? forms : current.size();
        QStringList wanted = segment->targets;
        for (qsizetype i = room; i < wanted.size(); ++i) {
            if (!wanted[i].isEmpty()) {
                return std::unexpected(Error{ErrorCode::InvalidInput,
                                             QStringLiteral("the segment has %1 target forms, the file has room for %2")
                                                 .arg(wanted.size())
                                                 .arg(room),
                                             fileName,
                                             entry.msgstrLine,
                                             1,
                                             {}});
            }
        }
        wanted.resize(room);
        const bool fuzzy = wantsFuzzy(segment->state);
        const bool targetsChanged = wanted != current;
        const bool commentChanged = segment->translatorComment != PoReader::translatorComment(entry, charset);
        if (!targetsChanged && fuzzy == entry.isFuzzy() && !commentChanged)
            continue;

        // The entry's changes in file order (a comment insertion before a "#, fuzzy" insertion at the
        // same place, as msgcat orders them), then applied front to back.
        QList<Splice> splices;
        if (commentChanged) {
            QByteArray lines;
            for (const QString& line : commentLines(segment->translatorComment)) {
                QByteArray bytes;
                if (!charset.encode(line, bytes)) {
                    return std::unexpected(Error{ErrorCode::InvalidInput,
                                                 QStringLiteral("the translator comment has characters that %1 "
                                                                "cannot hold")
                                                     .arg(QString::fromLatin1(charset.name())),
                                                 fileName, entry.line, 1, QStringLiteral("translatorComment")});
                }
                lines += bytes + entry.eol;
            }
            // msgcat writes translator comments first; an entry that has some keeps them where they are.
            const auto& old = entry.translatorCommentLines;
            if (old.isEmpty()) {
                const qsizetype at = entry.commentsBegin >= 0 ? entry.commentsBegin : entry.keywordBegin;
                splices.append({at, at, lines});
            } else {
                splices.append({old.first().first, old.first().second, lines});
                for (qsizetype i = 1; i < old.size(); ++i)
                    splices.append({old[i].first, old[i].second, {}});
            }
        }
        if (fuzzy != entry.isFuzzy())
            splices.append(fuzzySplice(original, entry, fuzzy));
        std::stable_sort(splices.begin(), splices.end(),
                         [](const Splice& a, const Splice& b) { return a.begin < b.begin; });
        for (const Splice& splice : std::as_const(splices)) {
            copyTo(splice.begin);
            out.append(splice.text);
            copied = splice.end;
        }

        if (targetsChanged) {
            if (auto written = writeMsgstrs(wanted); !written)
                return written;
        }
    }
    copyTo(original.size());
    return out.finish(fileName);
}

} // namespace tessera::formats
