#include "TextMatcher.h"

#include <algorithm>
#include <utility>

namespace tessera::editing {

namespace {

domain::Error inputError(const QString& field, const QString& message, int column = 0)
{
    domain::Error error{domain::ErrorCode::InvalidInput, message, {}, 0, column, field};
    return error;
}

} // namespace

domain::Result<TextMatcher> TextMatcher::compile(const FindPattern& pattern, const QString& replacement)
{
    if (pattern.text.isEmpty())
        return std::unexpected(inputError(QStringLiteral("pattern"), QStringLiteral("the text to find is empty")));
    QString expression = pattern.regex ? pattern.text : QRegularExpression::escape(pattern.text);
    // Lookarounds rather than \b: \b next to a non-word character ("%s", "(") would never match.
    if (pattern.wholeWord)
        expression = QStringLiteral("(?<![\\w])(?:%1)(?![\\w])").arg(expression);
    QRegularExpression::PatternOptions options = QRegularExpression::UseUnicodePropertiesOption;
    if (!pattern.caseSensitive)
        options |= QRegularExpression::CaseInsensitiveOption;
    TextMatcher matcher;
    matcher.m_pattern = pattern;
    matcher.m_expression = QRegularExpression(expression, options);
    if (!matcher.m_expression.isValid()) {
        // The offset is into the wrapped expression; the user typed the part after the prefix.
        const int prefix = pattern.wholeWord ? 12 : 0; // "(?<![\\w])(?:"
        const int column = std::max(0, int(matcher.m_expression.patternErrorOffset()) - prefix) + 1;
        return std::unexpected(inputError(
            QStringLiteral("pattern"),
            QStringLiteral("invalid regular expression: %1").arg(matcher.m_expression.errorString()), column));
    }
    matcher.m_expression.optimize();
    auto pieces = parseReplacement(replacement, pattern.regex, matcher.m_expression.captureCount());
    if (!pieces)
        return std::unexpected(pieces.error());
    matcher.m_replacement = std::move(*pieces);
    return matcher;
}

domain::Result<QList<TextMatcher::Piece>> TextMatcher::parseReplacement(const QString& replacement, bool regex,
                                                                        int groups)
{
    QList<Piece> pieces;
    if (!regex) {
        pieces.append({replacement, -1});
        return pieces;
    }
    QString literal;
    auto flush = [&] {
        if (!literal.isEmpty())
            pieces.append({std::exchange(literal, QString()), -1});
    };
    for (qsizetype i = 0; i < replacement.size(); ++i) {
        const QChar c = replacement.at(i);
        const QChar next = i + 1 < replacement.size() ? replacement.at(i + 1) : QChar();
        if ((c == u'\\' || c == u'$') && next.isDigit()) {
            // \1 … \99 and $1 … $99: two digits only when the group exists ($10 with one group: $1, "0").
            int group = next.digitValue();
            qsizetype used = 2;
            if (i + 2 < replacement.size() && replacement.at(i + 2).isDigit()) {
                const int two = group * 10 + replacement.at(i + 2).digitValue();
                if (two <= groups) {
                    group = two;
                    used = 3;
                }
            }
            if (group > groups)
                return std::unexpected(
                    inputError(QStringLiteral("replacement"),
                               QStringLiteral("the replacement refers to group %1, but the pattern has %2 group(s)")
                                   .arg(group)
                                   .arg(groups),
                               int(i) + 1));
            flush();
            pieces.append({QString(), group});
            i += used - 1;
            continue;
        }
        if (c == u'\\' && !next.isNull()) {
            // \n and \t as in the pattern; any other escaped character stands for itself (\\ \$).
            literal += next == u'n' ? QChar(u'\n') : next == u't' ? QChar(u'\t') : next;
            ++i;
            continue;
        }
        if (c == u'$' && next == u'$') {
            literal += u'$';
            ++i;
            continue;
        }
        literal += c;
    }
    flush();
    return pieces;
}

QList<TextSpan> TextMatcher::find(const QString& text) const
{
    QList<TextSpan> spans;
    auto it = m_expression.globalMatchView(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        if (match.capturedLength(0) > 0)
            spans.append({match.capturedStart(0), match.capturedLength(0)});
    }
    return spans;
}

bool TextMatcher::matches(const QString& text) const
{
    auto it = m_expression.globalMatchView(text);
    while (it.hasNext()) {
        if (it.next().capturedLength(0) > 0)
            return true;
    }
    return false;
}

QString TextMatcher::expand(const QRegularExpressionMatch& match) const
{
    QString out;
    for (const Piece& piece : m_replacement)
        out += piece.group >= 0 ? match.captured(piece.group) : piece.literal;
    return out;
}

QString TextMatcher::replace(const QString& text, QList<TextSpan>* before, QList<TextSpan>* after) const
{
    QString out;
    qsizetype copied = 0;
    auto it = m_expression.globalMatchView(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        if (match.capturedLength(0) == 0)
            continue;
        out += QStringView(text).mid(copied, match.capturedStart(0) - copied);
        const QString replacement = expand(match);
        if (before)
            before->append({match.capturedStart(0), match.capturedLength(0)});
        if (after)
            after->append({out.size(), replacement.size()});
        out += replacement;
        copied = match.capturedEnd(0);
    }
    out += QStringView(text).mid(copied);
    return out;
}

} // namespace tessera::editing
