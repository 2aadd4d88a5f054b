#include "PoCreator.h"

#include <QDateTime>

#include "GettextPlurals.h"
#include "KeyParts.h"
#include "PoWrapper.h"

namespace tessera::formats {

using domain::Error;
using domain::ErrorCode;
using domain::Result;
using domain::Segment;
using domain::SegmentState;

namespace {

void appendLines(QString& out, const QString& keyword, const QString& value, bool noWrap = false)
{
    for (const QString& line : PoWrapper::wrap(keyword, value, noWrap))
        out += line + QLatin1Char('\n');
}

// "#: a.cpp:1 b.cpp:2" wrapped at 79 columns as msgcat wraps references.
void appendReferences(QString& out, const QStringList& locations)
{
    QString line = QStringLiteral("#:");
    for (const QString& location : locations) {
        if (line.size() > 2 && line.size() + 1 + location.size() > 79) {
            out += line + QLatin1Char('\n');
            line = QStringLiteral("#:");
        }
        line += QLatin1Char(' ') + location;
    }
    out += line + QLatin1Char('\n');
}

QString headerOf(const ParsedDocument& document, const QString& plurals)
{
    QString text = QStringLiteral("Project-Id-Version: \nPO-Revision-Date: %1\nLast-Translator: \nLanguage-Team: \n")
                       .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm+0000")));
    if (!document.targetLanguage.isEmpty()) {
        QString language = document.targetLanguage;
        text += QStringLiteral("Language: %1\n").arg(language.replace(QLatin1Char('-'), QLatin1Char('_')));
    }
    text += QStringLiteral("MIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\n"
                           "Content-Transfer-Encoding: 8bit\n");
    if (!plurals.isEmpty())
        text += QStringLiteral("Plural-Forms: %1\n").arg(plurals);
    text += QStringLiteral("X-Generator: Tessera\n");
    return text;
}

} // namespace

Result<QByteArray> PoCreator::create(const ParsedDocument& document, const QString& fileName)
{
    bool hasPlurals = false;
    for (const Segment& segment : document.segments)
        hasPlurals = hasPlurals || segment.isPlural();
    const QString plurals = GettextPlurals::header(document.targetLanguage);
    if (hasPlurals && plurals.isEmpty()) {
        return std::unexpected(Error{ErrorCode::InvalidInput,
                                     QStringLiteral("no gettext Plural-Forms is known for the target language \"%1\"")
                                         .arg(document.targetLanguage),
                                     fileName, 0, 0, QStringLiteral("targetLanguage")});
    }
    const int nplurals =
        plurals.isEmpty() ? 2 : plurals.section(QLatin1Char('='), 1, 1).section(QLatin1Char(';'), 0, 0).toInt();

    QString out;
    out += QStringLiteral("msgid \"\"\n");
    appendLines(out, QStringLiteral("msgstr"), headerOf(document, plurals));
    for (const Segment& segment : document.segments) {
        out += QLatin1Char('\n');
        if (!segment.translatorComment.isEmpty()) {
            for (const QString& line : segment.translatorComment.split(QLatin1Char('\n')))
                out += (line.isEmpty() ? QStringLiteral("#") : QStringLiteral("# ") + line) + QLatin1Char('\n');
        }
        if (!segment.context.note.isEmpty()) {
            for (const QString& line : segment.context.note.split(QLatin1Char('\n')))
                out += (line.isEmpty() ? QStringLiteral("#.") : QStringLiteral("#. ") + line) + QLatin1Char('\n');
        }
        if (!segment.context.locations.isEmpty())
            appendReferences(out, segment.context.locations);
        const bool fuzzy = segment.state == SegmentState::Draft || segment.state == SegmentState::Rejected;
        if (fuzzy)
            out += QStringLiteral("#, fuzzy\n");
        if (!segment.previousSource.isEmpty()) {
            for (const QString& line : PoWrapper::wrap(QStringLiteral("msgid"), segment.previousSource, false))
                out += QStringLiteral("#| ") + line + QLatin1Char('\n');
        }

        // Qt's context and comment as lconvert writes them: msgctxt "context|comment".
        const KeyParts key = KeyParts::of(segment);
        if (key.kind == KeyParts::Kind::Gettext)
            appendLines(out, QStringLiteral("msgctxt"), key.context);
        else if (key.kind == KeyParts::Kind::Qt && !(key.context.isEmpty() && key.comment.isEmpty()))
            appendLines(out, QStringLiteral("msgctxt"), key.context + QLatin1Char('|') + key.comment);
        else if (key.kind == KeyParts::Kind::Own)
            appendLines(out, QStringLiteral("msgctxt"), key.id);
        appendLines(out, QStringLiteral("msgid"), segment.source);
        if (segment.isPlural()) {
            appendLines(out, QStringLiteral("msgid_plural"), segment.sourcePlural);
            for (int i = 0; i < nplurals; ++i)
                appendLines(out, QStringLiteral("msgstr[%1]").arg(i), segment.targets.value(i));
        } else {
            appendLines(out, QStringLiteral("msgstr"), segment.targets.value(0));
        }
    }
    return out.toUtf8();
}

} // namespace tessera::formats
