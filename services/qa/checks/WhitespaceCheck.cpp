// WhitespaceCheck: the ends must carry the source's white space (strings are often joined), except
// that a Chinese or Japanese translation may drop a space the source has next to its own
// punctuation or text, which needs none. Fixes copy the source's white space onto the ends and
// collapse doubled spaces.
#include "WhitespaceCheck.h"

#include "qa/CheckInput.h"
#include "qa/LanguageInfo.h"
#include "qa/TextScan.h"

namespace tessera::qa::checks {

namespace {

QString shown(QStringView space)
{
    if (space.isEmpty())
        return QStringLiteral("none");
    QString out;
    for (QChar c : space) {
        switch (c.unicode()) {
        case u' ':
            out += QStringLiteral("space ");
            break;
        case u'\n':
            out += QStringLiteral("newline ");
            break;
        case u'\t':
            out += QStringLiteral("tab ");
            break;
        case 0x00A0:
            out += QStringLiteral("no-break space ");
            break;
        default:
            out += QStringLiteral("U+%1 ").arg(QString::number(c.unicode(), 16).toUpper().rightJustified(4, u'0'));
        }
    }
    return out.trimmed();
}

bool onlySpaces(QStringView s)
{
    for (QChar c : s) {
        if (c != QLatin1Char(' '))
            return false;
    }
    return true;
}

bool isFrenchSpacedMark(QChar c)
{
    return c == QLatin1Char(':') || c == QLatin1Char(';') || c == QLatin1Char('!') || c == QLatin1Char('?') ||
           c == QChar(0x00BB);
}

} // namespace

QString WhitespaceCheck::description() const
{
    return QStringLiteral("Leading or trailing white space differs from the source, spaces are doubled, or the "
                          "number of line breaks differs.");
}

void WhitespaceCheck::run(const CheckInput& input, QList<Issue>& issues) const
{
    const bool cjk = input.targetLanguage().writesWithoutSpaces();
    const bool french = input.targetLanguage().frenchSpacing() && !input.sourceLanguage().frenchSpacing();
    for (const FormText& form : input.forms()) {
        const QString& source = form.source;
        const QString& target = form.target;
        if (TextScan::leadingSpace(target) == target.size() || TextScan::leadingSpace(source) == source.size())
            continue;
        const QStringView sourceLead = QStringView(source).first(TextScan::leadingSpace(source));
        const QStringView targetLead = QStringView(target).first(TextScan::leadingSpace(target));
        const QStringView sourceTrail = QStringView(source).last(TextScan::trailingSpace(source));
        const QStringView targetTrail = QStringView(target).last(TextScan::trailingSpace(target));
        const bool dropsSpace = [&](QStringView s, QStringView t, QChar next) {
            return cjk && t.isEmpty() && onlySpaces(s) && TextScan::isCjk(next);
        }(sourceLead, targetLead, target.at(targetLead.size()));
        // French writes a no-break space before : ; ! ? », also when the text starts with the mark
        // (": All for now" is " : c'est tout"), where it is not leading white space of the message.
        const bool frenchMarkSpace = [&] {
            if (!french || !sourceLead.isEmpty() || targetLead.size() != 1 || targetLead.front() == QLatin1Char('\n'))
                return false;
            const QChar mark = target.at(1);
            return isFrenchSpacedMark(mark) && source.startsWith(mark);
        }();
        if (sourceLead != targetLead && !dropsSpace && !frenchMarkSpace) {
            Issue issue;
            issue.form = form.form;
            issue.start = 0;
            issue.length = targetLead.size();
            issue.sourceStart = 0;
            issue.sourceLength = sourceLead.size();
            issue.message = QStringLiteral("leading white space is %1 in the source, %2 here")
                                .arg(shown(sourceLead), shown(targetLead));
            issue.fix = {TextEdit{0, targetLead.size(), sourceLead.toString()}};
            issues.append(issue);
        }
        const qsizetype trailStart = target.size() - targetTrail.size();
        const bool dropsTrail =
            cjk && targetTrail.isEmpty() && onlySpaces(sourceTrail) && TextScan::isCjk(target.at(trailStart - 1));
        if (sourceTrail != targetTrail && !dropsTrail) {
            Issue issue;
            issue.form = form.form;
            issue.start = trailStart;
            issue.length = targetTrail.size();
            issue.sourceStart = source.size() - sourceTrail.size();
            issue.sourceLength = sourceTrail.size();
            issue.message = QStringLiteral("trailing white space is %1 in the source, %2 here")
                                .arg(shown(sourceTrail), shown(targetTrail));
            issue.fix = {TextEdit{trailStart, targetTrail.size(), sourceTrail.toString()}};
            issues.append(issue);
        }

        const qsizetype end = trailStart;
        // Doubled spaces inside the text, when the source has none.
        if (!source.contains(QLatin1String("  "))) {
            Issue issue;
            issue.form = form.form;
            for (qsizetype i = targetLead.size(); i + 1 < end; ++i) {
                if (target.at(i) != QLatin1Char(' ') || target.at(i + 1) != QLatin1Char(' '))
                    continue;
                qsizetype j = i;
                while (j < end && target.at(j) == QLatin1Char(' '))
                    ++j;
                if (issue.start < 0) {
                    issue.start = i;
                    issue.length = j - i;
                }
                issue.fix.append(TextEdit{i + 1, j - i - 1, QString()});
                i = j;
            }
            if (issue.start >= 0) {
                issue.message = QStringLiteral("doubled space");
                issues.append(issue);
            }
        }

        // Inside the text only: line breaks at the ends were reported above.
        const qsizetype sourceLines =
            QStringView(source).sliced(sourceLead.size()).chopped(sourceTrail.size()).count(QLatin1Char('\n'));
        const qsizetype targetLines =
            QStringView(target).sliced(targetLead.size(), end - targetLead.size()).count(QLatin1Char('\n'));
        // Only in short texts (labels, short messages), where a line break is layout: longer texts and
        // help screens are reflowed to the language's word lengths, and every such hit measured on real
        // catalogues was a reflow.
        if (sourceLines != targetLines && source.size() <= 60) {
            Issue issue;
            issue.form = form.form;
            issue.message = QStringLiteral("%1 line break(s) in the source, %2 here").arg(sourceLines).arg(targetLines);
            issues.append(issue);
        }
    }
}

} // namespace tessera::qa::checks
