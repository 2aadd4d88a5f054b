#include "LanguagePath.h"

#include <QRegularExpression>
#include <QStringList>

#include "text/LanguageTag.h"

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
        QStringLiteral("^([a-z]{2,3})(?:[-_][A-Z][a-z]{3})?(?:[-_](?:[A-Z]{2}|[0-9]{3}))?$"));
    // Two or three letters are a language only when they name one: src/, app.json and nls.json
    // (VS Code's and Theia's nls.de.json beside it) are no language's.
    const QRegularExpressionMatch match = tag.match(name);
    return match.hasMatch() && text::LanguageTag::isKnownLanguage(match.capturedView(1));
}

QStringList LanguagePath::spellings(const QString& language)
{
    QStringList all{language};
    const auto add = [&all](const QString& spelling) {
        if (!all.contains(spelling))
            all.append(spelling);
    };
    const auto addForms = [&add](const QString& tag) {
        add(tag);
        const QString underscore = QString(tag).replace(QLatin1Char('-'), QLatin1Char('_'));
        add(underscore);
        add(tag.toLower());
        add(underscore.toLower());
        add(QString(tag).remove(QLatin1Char('-')));
    };
    addForms(language);
    // The codes ISO 639 has since replaced, which Android (values-iw, values-in: Java's Locale kept
    // them) and older projects still use.
    static const QList<std::pair<QLatin1StringView, QLatin1StringView>> legacy = {
        {QLatin1StringView("he"), QLatin1StringView("iw")}, {QLatin1StringView("id"), QLatin1StringView("in")},
        {QLatin1StringView("yi"), QLatin1StringView("ji")}, {QLatin1StringView("jv"), QLatin1StringView("jw")},
        {QLatin1StringView("ro"), QLatin1StringView("mo")}, {QLatin1StringView("nb"), QLatin1StringView("no")}};
    const qsizetype end = language.indexOf(QLatin1Char('-'));
    const QStringView primary = QStringView(language).first(end < 0 ? language.size() : end);
    for (const auto& [current, old] : legacy) {
        if (primary == current)
            addForms(QString(old) + language.sliced(primary.size()));
    }
    // Xcode's and GNUstep's old .lproj names: the language's English name (German.lproj).
    if (const QString name = text::LanguageTag::englishName(language); !name.isEmpty())
        add(name);
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
    // A base name that ends in the language after '.', '_' or '-' (Cloudscape's all.en.json,
    // Oblique's oblique-en.json, OVH's Messages_fr_FR.json): the language replaced.
    for (const QChar separator : {QLatin1Char('.'), QLatin1Char('_'), QLatin1Char('-')}) {
        const QStringList words = parts.base.split(separator);
        for (qsizetype first = 1; first < words.size(); ++first) {
            if (isTag(words.mid(first).join(separator)))
                return parts.folder + words.mid(0, first).join(separator) + separator + language + parts.suffix;
        }
    }
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
