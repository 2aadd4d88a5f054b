// UrlsCheck: addresses compare exactly, after cutting the sentence punctuation that follows them
// ("see https://example.org." keeps the address without the stop).
#include "UrlsCheck.h"

#include <algorithm>

#include <QRegularExpression>

#include "qa/CheckInput.h"
#include "qa/TextScan.h"

namespace tessera::qa::checks {

namespace {

struct Address {
    qsizetype start;
    QString text;
};

QList<Address> addresses(const QString& text)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"((?:\b(?:https?|ftp|sftp|file)://|\bwww\.)[^\s<>"'«»“”„]+|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b)"),
        QRegularExpression::UseUnicodePropertiesOption);
    QList<Address> found;
    if (!text.contains(QLatin1Char('@')) && !text.contains(QLatin1String("://")) &&
        !text.contains(QLatin1String("www.")))
        return found;
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        QString address = match.captured();
        while (!address.isEmpty() && QStringLiteral(".,;:!?)]}»").contains(address.back()))
            address.chop(1);
        if (address.contains(QLatin1Char('@')) && address.startsWith(QLatin1Char('.')))
            continue;
        found.append(Address{match.capturedStart(), address});
    }
    return found;
}

} // namespace

QString UrlsCheck::description() const
{
    return QStringLiteral("A web or e-mail address of the source is missing or changed in the translation, or one "
                          "was added.");
}

void UrlsCheck::run(const CheckInput& input, QList<Issue>& issues) const
{
    for (const FormText& form : input.forms()) {
        if (form.target.isEmpty())
            continue;
        const QList<Address> source = addresses(form.source);
        QList<Address> target = addresses(form.target);
        if (source.isEmpty() && target.isEmpty())
            continue;
        QList<Address> lost;
        for (const Address& a : source) {
            auto match = std::ranges::find_if(target, [&](const Address& t) { return t.text == a.text; });
            if (match != target.end())
                target.erase(match);
            else
                lost.append(a);
        }
        for (qsizetype i = 0; i < lost.size() || i < target.size(); ++i) {
            Issue issue;
            issue.form = form.form;
            if (i < lost.size()) {
                issue.sourceStart = lost.at(i).start;
                issue.sourceLength = lost.at(i).text.size();
            }
            if (i < target.size()) {
                issue.start = target.at(i).start;
                issue.length = target.at(i).text.size();
            }
            if (i < lost.size() && i < target.size())
                issue.message = QStringLiteral("%1 in the source is %2 here").arg(lost.at(i).text, target.at(i).text);
            else if (i < lost.size())
                issue.message = QStringLiteral("%1 is missing").arg(lost.at(i).text);
            else
                issue.message = QStringLiteral("%1 is not in the source").arg(target.at(i).text);
            issues.append(issue);
        }
    }
}

} // namespace tessera::qa::checks
