// JsonKeys: the translatable strings of a key-value JSON file (flat, i18next, ARB): keys made from
// member paths, i18next plural groups, the language a file name says, and pairing a target file
// with its source-language file.
#pragma once

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include "JsonScanner.h"
#include "ParsedDocument.h"

namespace tessera::formats {

// One segment's worth of string values in a scanned file.
struct JsonEntry {
    QString key;      // segment key: member names joined with '.'; plural groups: the base name
    QStringList path; // member names of the parent object, from the root
    QString leaf;     // member name (singular) or base member name without suffix (plural)
    int node = -1;    // singular: the string node
    bool plural = false;
    bool ordinal = false;
    QMap<QString, int> forms; // plural: category → string node
    QList<int> formOrder;     // plural: string nodes in file order
};

struct JsonEntries {
    QList<JsonEntry> entries;
    QHash<QString, qsizetype> byKey;
};

// What the first bytes of a JSON file look like, for detect().
struct JsonShape {
    bool object = false;       // the root is an object
    bool nested = false;       // a root member is an object
    bool pluralSuffix = false; // a member name ends in _one, _other, …
    bool nonString = false;    // a number, boolean, null or array somewhere
    bool arbLocale = false;    // a root member "@@locale" or "@key" metadata
    bool xcstrings = false;    // root members sourceLanguage and strings
    int strings = 0;           // string values seen
};

class JsonKeys {
public:
    enum class Mode { Flat, Arb, I18next };

    static JsonShape shape(const QByteArray& head);

    // read() and readPair() of the key-value filters: `source` may be null.
    static domain::Result<ParsedDocument> read(const QByteArray* source, const QString& sourceName,
                                               const QByteArray& target, const QString& targetName, Mode mode,
                                               const QString& format);

    // The entries of `scan` in file order (none in root "$schema" and "@metadata"). Flat: string members of
    // the root object. Arb: those whose names do not start with '@'. I18next: every string (array elements keyed by
    // index, names joined with '.'), _zero … _other and _ordinal_* siblings grouped into one plural entry. Keys that
    // would repeat get "#2", "#3".
    static JsonEntries collect(const JsonScan& scan, Mode mode);

    // Whether member `name` is an i18next plural form: "item_one" → base "item", category "one";
    // "place_ordinal_two" → base "place", category "two", ordinal.
    static bool splitPlural(const QString& name, QString& base, QString& category, bool& ordinal);
    // Whether a root member is about the file, not text: "$schema" (the file's JSON Schema, as in
    // Medusa's and Payload's) and "@metadata" (MediaWiki's and banana.js's authors and notes).
    static bool isFileMetadata(QStringView rootMember);

    // A file whose root object has exactly one member, an object named by a language tag
    // ({"de": {…}}: DevExtreme's, Syncfusion's, Rails i18n-js exports): that member is the root its
    // keys are read from and written into. The member's name, empty when the file has no such root
    // (never for ARB). From the scanned file, from the bytes (a walk that stops at the first root
    // member unless it is such an object), and the node of the key root in a scan (0 for none).
    static QString languageRoot(const JsonScan& scan, Mode mode);
    static QString languageRoot(const QByteArray& data, Mode mode);
    static int keyRootNode(const JsonScan& scan, Mode mode);
    // Whether a member name is a language tag whose language CLDR knows ("de", "pt-BR", "zh_Hans").
    static bool isLanguageName(const QString& name);
    // The empty translation file for `language` to write into when there is none yet: {"<tag>": {}}
    // when `source` has a language root (the tag spelled as the source spells its own: '_' for '-'
    // and lower case when the source's has a subtag so spelled), else empty (the filter's create()).
    static QByteArray newTranslation(const QByteArray& source, Mode mode, const QString& language);
    // `translation` (the file), or when there is none (empty) newTranslation() for `language` (else
    // the language `translationName` says): what writePair of i18next and flat JSON writes into.
    static QByteArray translationFile(const QByteArray& source, const QByteArray& translation,
                                      const QString& translationName, Mode mode, const QString& language);

    // CLDR order of plural categories.
    static const QStringList& categoryOrder();

    // Target forms of a plural entry: the CLDR categories of `language` (cardinal; none for ordinals
    // or an unknown language) plus the forms the file has, in CLDR order.
    static QStringList categories(const JsonEntry& entry, const QString& language);

    // The language a locale file's name gives: "de.json", "de-DE.arb", "app_de.arb",
    // "locales/de/translation.json", "de.lproj/Localizable.strings"; empty when none.
    static QString languageFromFileName(const QString& fileName);

    // Builds segments: keys and targets from `target`, sources from `source` (or the targets when
    // `source` is null). Keys only the target has come last, flagged Obsolete.
    static QList<domain::Segment> segments(const JsonScan& target, const JsonEntries& targetEntries,
                                           const JsonScan* source, const JsonEntries* sourceEntries,
                                           const QString& targetLanguage);

    // Text of a string node, empty for no node.
    static QString text(const JsonScan& scan, int node);
};

} // namespace tessera::formats
