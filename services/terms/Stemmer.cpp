#include "Stemmer.h"

#include <libstemmer.h>

namespace tessera::terms {

namespace {

struct Algorithm {
    const char* language; // ISO 639-1 (or -3 where there is no -1) primary subtag
    const char* name;     // Snowball's name, as sb_stemmer_list() gives it
};

// The algorithms of libstemmer 2.2 (Debian 13), by the languages' BCP 47 primary subtags.
constexpr Algorithm s_algorithms[] = {
    {"ar", "arabic"},    {"ca", "catalan"},    {"da", "danish"},     {"de", "german"},   {"el", "greek"},
    {"en", "english"},   {"es", "spanish"},    {"eu", "basque"},     {"fi", "finnish"},  {"fr", "french"},
    {"ga", "irish"},     {"hi", "hindi"},      {"hu", "hungarian"},  {"hy", "armenian"}, {"id", "indonesian"},
    {"it", "italian"},   {"lt", "lithuanian"}, {"nb", "norwegian"},  {"ne", "nepali"},   {"nl", "dutch"},
    {"nn", "norwegian"}, {"no", "norwegian"},  {"pt", "portuguese"}, {"ro", "romanian"}, {"ru", "russian"},
    {"sr", "serbian"},   {"sv", "swedish"},    {"ta", "tamil"},      {"tr", "turkish"},  {"yi", "yiddish"},
};

QString primarySubtag(const QString& language)
{
    const QString lower = language.trimmed().toLower();
    qsizetype end = 0;
    while (end < lower.size() && lower.at(end) != QLatin1Char('-') && lower.at(end) != QLatin1Char('_'))
        ++end;
    return lower.left(end);
}

} // namespace

QString Stemmer::algorithmFor(const QString& language)
{
    const QString primary = primarySubtag(language);
    for (const Algorithm& a : s_algorithms) {
        if (primary == QLatin1String(a.language))
            return QString::fromLatin1(a.name);
    }
    return {};
}

Stemmer::Stemmer(const QString& language)
{
    const QString algorithm = algorithmFor(language);
    if (algorithm.isEmpty())
        return;
    m_stemmer = sb_stemmer_new(algorithm.toLatin1().constData(), "UTF_8");
    if (m_stemmer)
        m_algorithm = algorithm;
}

Stemmer::~Stemmer()
{
    if (m_stemmer)
        sb_stemmer_delete(m_stemmer);
}

QString Stemmer::stem(QStringView foldedWord)
{
    if (!m_stemmer)
        return foldedWord.toString();
    m_utf8 = foldedWord.toUtf8();
    const sb_symbol* stemmed =
        sb_stemmer_stem(m_stemmer, reinterpret_cast<const sb_symbol*>(m_utf8.constData()), int(m_utf8.size()));
    if (!stemmed) // out of memory: the word itself still matches itself
        return foldedWord.toString();
    return QString::fromUtf8(reinterpret_cast<const char*>(stemmed), sb_stemmer_length(m_stemmer));
}

} // namespace tessera::terms
