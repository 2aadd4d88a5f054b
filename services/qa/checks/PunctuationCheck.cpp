// PunctuationCheck: marks compare by kind, so "." matches "。" and "।", "?" matches "؟" and Greek
// ";". The fix writes the source's kind the target language's way (and with French spacing).
// Thai, Lao and Khmer end sentences without a stop.
#include "PunctuationCheck.h"

#include "qa/CheckInput.h"
#include "qa/LanguageInfo.h"
#include "qa/Punctuation.h"
#include "qa/TextScan.h"

namespace tessera::qa::checks {

namespace {

constexpr QChar s_noBreakSpace(0x00A0);
constexpr QChar s_narrowNoBreakSpace(0x202F);

// Markup tags masked (so "Done.</b>" ends with a stop), other placeables, and "<version>" in a usage
// text, read as a letter (so "File: %s" and "takes: <file>" end with no mark).
QString maskForEnding(const QString& text, const QList<text::Placeable>& placeables)
{
    static const QStringList inline_{QStringLiteral("b"),    QStringLiteral("i"),     QStringLiteral("u"),
                                     QStringLiteral("a"),    QStringLiteral("em"),    QStringLiteral("strong"),
                                     QStringLiteral("span"), QStringLiteral("br"),    QStringLiteral("p"),
                                     QStringLiteral("big"),  QStringLiteral("small"), QStringLiteral("tt")};
    QString result = text;
    for (const text::Placeable& p : placeables) {
        bool markup = false;
        if (p.kind == text::PlaceableKind::Tag) {
            const QStringView tag = QStringView(text).sliced(p.start, p.length);
            qsizetype nameEnd = tag.startsWith(QLatin1String("</")) ? 2 : 1;
            const qsizetype nameStart = nameEnd;
            while (nameEnd < tag.size() && tag.at(nameEnd).isLetterOrNumber())
                ++nameEnd;
            markup = nameStart == 2 || tag.contains(QLatin1Char('=')) || tag.endsWith(QLatin1String("/>")) ||
                     inline_.contains(tag.sliced(nameStart, nameEnd - nameStart).toString().toLower());
        }
        const QChar fill = markup ? QChar(TextScan::maskChar) : QLatin1Char('x');
        for (qsizetype i = p.start; i < p.end(); ++i)
            result[i] = fill;
    }
    return result;
}

QString frenchSpaceBefore(QChar mark)
{
    return QString(mark == QLatin1Char(':') ? s_noBreakSpace : s_narrowNoBreakSpace);
}

void frenchSpacing(const FormText& form, QList<Issue>& issues)
{
    const QString t = TextScan::masked(form.target, form.targetPlaceables);
    const qsizetype n = t.size();
    for (qsizetype i = 1; i < n; ++i) {
        const QChar c = t.at(i);
        const QChar before = t.at(i - 1);
        if (c == QLatin1Char(':') || c == QLatin1Char(';') || c == QLatin1Char('!') || c == QLatin1Char('?')) {
            const QChar after = i + 1 < n ? t.at(i + 1) : QChar(u' ');
            if (TextScan::isSpace(before) || before == QLatin1Char('!') || before == QLatin1Char('?') ||
                before == QChar(TextScan::maskChar) || !(TextScan::isSpace(after) || Punctuation::isClosing(after)))
                continue;
            Issue issue;
            issue.form = form.form;
            issue.start = i;
            issue.length = 1;
            issue.message = QStringLiteral("French puts a no-break space before \u201C%1\u201D").arg(c);
            issue.fix = {TextEdit{i, 0, frenchSpaceBefore(c)}};
            issues.append(issue);
        } else if (c == QChar(0x00BB) && !TextScan::isSpace(before) && t.left(i).contains(QChar(0x00AB))) {
            Issue issue;
            issue.form = form.form;
            issue.start = i;
            issue.length = 1;
            issue.message = QStringLiteral("French puts a no-break space before \u201C\u00BB\u201D");
            issue.fix = {TextEdit{i, 0, QString(s_noBreakSpace)}};
            issues.append(issue);
        }
        if (before == QChar(0x00AB) && !TextScan::isSpace(c) && t.indexOf(QChar(0x00BB), i) > 0) {
            Issue issue;
            issue.form = form.form;
            issue.start = i - 1;
            issue.length = 1;
            issue.message = QStringLiteral("French puts a no-break space after \u201C\u00AB\u201D");
            issue.fix = {TextEdit{i, 0, QString(s_noBreakSpace)}};
            issues.append(issue);
        }
    }
}

// Whether the ? or ! at `at` closes a sentence: it follows a word (letters, digits, a placeable, a
// closing bracket or quote, or another such mark) and is followed by space, a closing mark or the end.
// A mark quoted as a symbol ("`!'", "'?'") or standing alone ("? at the start") closes nothing.
bool endsSentence(const QString& masked, qsizetype at, QChar mark)
{
    if (at + 1 < masked.size()) {
        const QChar after = masked.at(at + 1);
        if (!TextScan::isSpace(after) && !Punctuation::isClosing(after) && after != mark)
            return false;
    }
    qsizetype b = at;
    while (b > 0 && (masked.at(b - 1) == QLatin1Char('?') || masked.at(b - 1) == QLatin1Char('!')))
        --b;
    if (b == 0)
        return false;
    const QChar before = masked.at(b - 1);
    if (before.isLetterOrNumber() || before == QChar(TextScan::maskChar) || before.isMark())
        return true;
    // A closing bracket or quote ends a word ("(file)?"), unless the quote opens the mark ("`?'").
    // A trailing ellipsis or stop belongs to the sentence ("Continue…?").
    if (before == QChar(0x2026) || before == QLatin1Char('.'))
        return b >= 2 && !TextScan::isSpace(masked.at(b - 2));
    if (before == QLatin1Char(')') || before == QLatin1Char(']') || before == QChar(0x00BB) ||
        before == QChar(0x201D) || before == QChar(0x2019) || before == QLatin1Char('>'))
        return true;
    if (before == QLatin1Char('"') || before == QLatin1Char('\''))
        return b >= 2 && masked.at(b - 2).isLetterOrNumber();
    return false;
}

} // namespace

QString PunctuationCheck::description() const
{
    return QStringLiteral("The translation ends with another sentence mark than the source, or breaks the target "
                          "language's rules (French spaces before : ; ! ?, Spanish \u00BF \u00A1).");
}

void PunctuationCheck::run(const CheckInput& input, QList<Issue>& issues) const
{
    const LanguageInfo& sourceLanguage = input.sourceLanguage();
    const LanguageInfo& target = input.targetLanguage();
    using Kind = Punctuation::Kind;
    for (const FormText& form : input.forms()) {
        if (form.target.trimmed().isEmpty())
            continue;
        const Punctuation::Ending s =
            Punctuation::ending(maskForEnding(form.source, form.sourcePlaceables), sourceLanguage);
        const QString maskedTarget = maskForEnding(form.target, form.targetPlaceables);
        const Punctuation::Ending t = Punctuation::ending(maskedTarget, target);
        const bool droppedStop = target.noFinalStop() && s.kind == Kind::Stop && t.kind == Kind::None;
        // A stop the translation adds to a phrase is the target language's style (Japanese 。 on every
        // message): on real catalogues most such hits were right.
        const bool addedStop = s.kind == Kind::None && t.kind == Kind::Stop;
        // Chinese and Japanese catalogues end phrases with or without 。 by their own convention.
        const bool cjkStop = target.fullWidthPunctuation() && (s.kind == Kind::Stop || s.kind == Kind::None) &&
                             (t.kind == Kind::Stop || t.kind == Kind::None);
        if (s.kind != t.kind && !droppedStop && !addedStop && !cjkStop) {
            Issue issue;
            issue.form = form.form;
            issue.start = t.start;
            issue.length = t.length;
            issue.sourceStart = s.start;
            issue.sourceLength = s.length;
            issue.message = QStringLiteral("the source ends with %1, the translation with %2")
                                .arg(Punctuation::name(s.kind), Punctuation::name(t.kind));
            QString mark = Punctuation::markFor(s.kind, target);
            qsizetype start = t.start;
            qsizetype length = t.length;
            const bool spaced = s.kind == Kind::Colon || s.kind == Kind::Semicolon || s.kind == Kind::Question ||
                                s.kind == Kind::Exclamation;
            // French spacing goes with the new mark, and the old mark's space goes with it.
            while (start > 0 && TextScan::isSpace(form.target.at(start - 1)) && form.target.at(start - 1) != u'\n' &&
                   t.kind != Kind::None) {
                --start;
                ++length;
            }
            if (target.frenchSpacing() && spaced)
                mark = frenchSpaceBefore(mark.at(0)) + mark;
            // Only when the end is plain text: a mark before a closing quote or tag is left to a person.
            if (maskedTarget.sliced(t.start + t.length).trimmed().isEmpty())
                issue.fix = {TextEdit{start, length, mark}};
            issues.append(issue);
        }
        if (target.frenchSpacing() && !sourceLanguage.frenchSpacing())
            frenchSpacing(form, issues);
        if (target.invertedMarks()) {
            const QString masked = TextScan::masked(form.target, form.targetPlaceables);
            for (const auto& [closing, opening, word] :
                 {std::tuple{QLatin1Char('?'), QChar(0x00BF), QStringLiteral("question")},
                  std::tuple{QLatin1Char('!'), QChar(0x00A1), QStringLiteral("exclamation")}}) {
                // The last sentence mark: after a word (so not "? at start" or "`!'", where the mark is
                // named) and followed by space or the end (so not "?id=" in an address).
                qsizetype at = masked.size();
                do {
                    at = masked.lastIndexOf(closing, at - 1 - masked.size());
                } while (at >= 0 && !endsSentence(masked, at, closing));
                if (at < 0 || masked.left(at).contains(opening))
                    continue;
                Issue issue;
                issue.form = form.form;
                issue.start = at;
                issue.length = 1;
                issue.message = QStringLiteral("Spanish opens an %1 with \u201C%2\u201D").arg(word, opening);
                if (word == QLatin1String("question"))
                    issue.message = QStringLiteral("Spanish opens a question with \u201C%1\u201D").arg(opening);
                issues.append(issue);
            }
        }
    }
}

} // namespace tessera::qa::checks
