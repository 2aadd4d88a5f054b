#include "LanguagePath.h"

#include <QRegularExpression>
#include <QStringList>

namespace tessera::formats {

namespace {

struct Parts {
    QString folder; // with its trailing slash, or empty
    QString base;   // the file name without its last extension
    QString suffix; // the last extension with its dot, or empty
};

Parts split(const QString& path)
{
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    const QString file = path.mid(slash + 1);
    const qsizetype dot = file.lastIndexOf(QLatin1Char('.'));
    return {path.left(slash + 1), dot > 0 ? file.left(dot) : file, dot > 0 ? file.mid(dot) : QString()};
}

} // namespace

bool LanguagePath::isTag(const QString& name)
{
    static const QRegularExpression tag(
        QStringLiteral("^[a-z]{2,3}(?:[-_][A-Z][a-z]{3})?(?:[-_](?:[A-Z]{2}|[0-9]{3}))?$"));
    return tag.match(name).hasMatch();
}

QStringList LanguagePath::spellings(const QString& language)
{
    QStringList all{language};
    const auto add = [&all](const QString& spelling) {
        if (!all.contains(spelling))
            all.append(spelling);
    };
    const QString underscore = QString(language).replace(QLatin1Char('-'), QLatin1Char('_'));
    add(underscore);
    add(language.toLower());
    add(underscore.toLower());
    add(QString(language).remove(QLatin1Char('-')));
    return all;
}

QString LanguagePath::json(const QString& sourcePath, const QString& language)
{
    const Parts parts = split(sourcePath);
    QStringList folders = parts.folder.split(QLatin1Char('/'));
    for (qsizetype i = folders.size() - 1; i >= 0; --i) {
        if (isTag(folders[i])) {
            folders[i] = language;
            return folders.join(QLatin1Char('/')) + parts.base + parts.suffix;
        }
    }
    if (isTag(parts.base))
        return parts.folder + language + parts.suffix;
    return parts.folder + parts.base + QLatin1Char('.') + language + parts.suffix;
}

QString LanguagePath::arb(const QString& sourcePath, const QString& language)
{
    const Parts parts = split(sourcePath);
    const QString locale = QString(language).replace(QLatin1Char('-'), QLatin1Char('_'));
    if (isTag(parts.base))
        return parts.folder + locale + parts.suffix;
    // The longest _suffix that is a tag: app_pt_BR → app_ + locale.
    QStringList words = parts.base.split(QLatin1Char('_'));
    for (qsizetype first = 1; first < words.size(); ++first) {
        if (isTag(words.mid(first).join(QLatin1Char('_'))))
            return parts.folder + words.mid(0, first).join(QLatin1Char('_')) + QLatin1Char('_') + locale + parts.suffix;
    }
    return parts.folder + parts.base + QLatin1Char('_') + locale + parts.suffix;
}

QString LanguagePath::lproj(const QString& sourcePath, const QString& language)
{
    QStringList folders = sourcePath.split(QLatin1Char('/'));
    for (qsizetype i = folders.size() - 2; i >= 0; --i) {
        if (folders[i].endsWith(QLatin1StringView(".lproj"))) {
            folders[i] = language + QStringLiteral(".lproj");
            return folders.join(QLatin1Char('/'));
        }
    }
    return json(sourcePath, language);
}

} // namespace tessera::formats
