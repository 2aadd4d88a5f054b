// TestQaChecks: one data-driven table per quality check, with real tricky cases (RTL, CJK, Arabic
// digits, German quotes, French spacing, Spanish ¿ ¡, nested ICU plurals, HTML in Android strings,
// accelerators) and the true negatives that must stay silent.
#include <QTest>

#include "domain/Segment.h"
#include "qa/CheckRegistry.h"
#include "qa/QaChecker.h"

using tessera::domain::Segment;
using tessera::domain::SegmentState;
using tessera::qa::Issue;
using tessera::qa::QaChecker;
using tessera::qa::QaContext;

namespace {

// Rows: source, plural source (empty: none), target forms, target language, expected issues of the
// check, a piece of one issue's message (empty: none expected).
void columns()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("sourcePlural");
    QTest::addColumn<QStringList>("targets");
    QTest::addColumn<QString>("lang");
    QTest::addColumn<int>("expected");
    QTest::addColumn<QString>("message");
}

void row(const char* name, const QString& source, const QStringList& targets, const QString& lang, int expected,
         const QString& message = {}, const QString& sourcePlural = {})
{
    QTest::newRow(name) << source << sourcePlural << targets << lang << expected << message;
}

QString issuesText(const QList<Issue>& issues)
{
    QStringList lines;
    for (const Issue& i : issues)
        lines.append(i.message);
    return lines.join(QStringLiteral(" / "));
}

} // namespace

class TestQaChecks : public QObject {
    Q_OBJECT

private:
    void runCheck(const QString& id, int maxLength = 0)
    {
        QFETCH(QString, source);
        QFETCH(QString, sourcePlural);
        QFETCH(QStringList, targets);
        QFETCH(QString, lang);
        QFETCH(int, expected);
        QFETCH(QString, message);
        QaContext context;
        context.sourceLanguage = QStringLiteral("en");
        context.targetLanguage = lang;
        context.settings = tessera::qa::CheckRegistry::standard().defaultSettings();
        Segment segment;
        segment.id = QStringLiteral("s1");
        segment.key = QStringLiteral("k1");
        segment.source = source;
        segment.sourcePlural = sourcePlural;
        segment.targets = targets;
        segment.state = SegmentState::Translated;
        segment.context.maxLength = maxLength;
        context.settings.disabled.clear(); // every check on, also the opt-in ones
        const QaChecker checker(context);
        const QList<Issue> issues = checker.check(segment, {id});
        QVERIFY2(issues.size() == expected,
                 qPrintable(QStringLiteral("%1 issue(s): %2").arg(issues.size()).arg(issuesText(issues))));
        for (const Issue& issue : issues) {
            QCOMPARE(issue.check, id);
            QVERIFY(issue.start < 0 || issue.start + issue.length <= targets.value(issue.form).size());
        }
        if (!message.isEmpty())
            QVERIFY2(issuesText(issues).contains(message), qPrintable(issuesText(issues)));
    }

private Q_SLOTS:
    void placeables_data()
    {
        columns();
        row("printf same", "%s files in %d folders", {"%s Dateien in %d Ordnern"}, "de", 0);
        row("printf made positional and reordered", "%s copied to %d places", {"%2$d Orte: %1$s kopiert"}, "de", 0);
        row("printf swapped without positions", "%s of %d", {"%d von %s"}, "de", 2, "%s in the source is %d here");
        row("printf missing", "Delete %s?", {"Löschen?"}, "de", 1, "%s is missing");
        row("printf length modifier changed", "%ld bytes", {"%d Bytes"}, "de", 1, "%ld in the source is %d here");
        row("Qt reordered, %L1 for %1", "%1 of %2", {"%L2 sur %1"}, "fr", 0);
        row("Qt added", "Copy %1", {"%1 nach %2 kopieren"}, "de", 1, "%2 is not in the source");
        row("ICU nested plural keeps its argument",
            "{count, plural, one {# file in {folder}} other {# files in {folder}}}",
            {"{count, plural, one {# файл в {folder}} few {# файла в {folder}} many {# файлов в {folder}} other {# "
             "файла в {folder}}}"},
            "ru", 0);
        row("ICU argument lost in every branch",
            "{count, plural, one {# file in {folder}} other {# files in {folder}}}",
            {"{count, plural, one {# Datei} other {# Dateien}}"}, "de", 1, "{folder} is missing");
        row("i18next spacing inside braces", "Hello {{name}}", {"Hallo {{ name }}"}, "de", 0);
        row("i18next renamed", "Hello {{name}}", {"Hallo {{user}}"}, "de", 2, "{{name}} is missing");
        row("Python named and attribute", "%(count)d files by {user.name}", {"{user.name}: %(count)d Dateien"}, "de",
            0);
        row("Ruby renamed", "%{count} items", {"%{anzahl} Elemente"}, "de", 2, "%{count} is missing");
        row("one-number form may drop the count", "One file", {"Eine Datei", "%d Dateien"}, "de", 0, {}, "%d files");
        row("Russian 'one' is 1, 21, 31: keeps the count", "%d file", {"один файл", "%d файла", "%d файлов"}, "ru", 1,
            "%d is missing", "%d files");
        row("RTL Arabic keeps the placeholder", "Delete %s?", {"حذف %s؟"}, "ar", 0);
        row("100% is prose", "100% sure", {"100 % sicher"}, "de", 0);
        row("Apple %@", "Hello %@", {"Hallo %@"}, "de", 0);
        row("gettext <inttypes.h> macro", "Your variables take up %<PRIuMAX> bytes", {"变量占用 %<PRIuMAX> 字节"},
            "zh-CN", 0);
        row("strftime format is localized", "%a %b %e %H:%M:%S %Y", {"%a %e. %b %Y, %H:%M:%S"}, "de", 0);
        row("percent before a word", "Invalid %-encoding in URI", {"Ungültige %-Kodierung in der URI"}, "de", 0);
        // Real: avahi zh_CN writes "%s$2" for "%2$s"; printf then prints "$2" and the arguments in order.
        row("position written after the directive", "Browsing for %s in domain %s failed: %s",
            {"浏览在域 %s$2 中的 %s$1 失败：%s"}, "zh-CN", 2,
            "%s$2 prints \u201C$2\u201D: a positional argument is written %2$s");
        row("positional printf swapped", "Copy %1$s to %2$s", {"%2$s に %1$s をコピー"}, "ja", 0);
        row("a dollar amount after a directive in the source too", "Costs %d$5", {"Kostet %d$5"}, "de", 0);
        row("Qt %n kept in a plural", "%n file(s) deleted", {"%n Datei gelöscht", "%n Dateien gelöscht"}, "de", 0, {},
            "%n files deleted");
        row("Qt %n lost", "%n file(s) deleted", {"Dateien gelöscht"}, "de", 1, "%n is missing");
        row("Qt %L1 kept", "%L1 bytes free", {"%L1 Bytes frei"}, "de", 0);
        row("RTL Hebrew with LTR placeables", "Copied %1 to <b>%2</b>", {"\u200F%1 הועתק אל <b>%2</b>"}, "he", 0);
        row("RTL Arabic lost one of two LTR placeables", "Copied %1 to %2", {"تم نسخ %1"}, "ar", 1, "%2 is missing");
        row("i18next format kept", "Total: {{amount, currency}}", {"Gesamt: {{amount, currency}}"}, "de", 0);
        row("i18next nesting kept", "$t(common.save) changes", {"$t(common.save) Änderungen"}, "de", 0);
        row("i18next nesting lost", "$t(common.save) changes", {"Änderungen"}, "de", 1, "$t(common.save) is missing");
        row("i18next nesting points to another key", "$t(common.save, {\"count\": 2})",
            {"$t(common.cancel, {\"count\": 2})"}, "de", 2, "$t(common.save, {\"count\": 2}) is missing");
        row("i18next interpolation lost beside nesting", "{{count}} $t(common.items)", {"$t(common.items)"}, "de", 1,
            "{{count}} is missing");
    }
    void placeables() { runCheck(QStringLiteral("placeables")); }

    void tags_data()
    {
        columns();
        row("same tags", "Click <b>here</b>", {"Klicken Sie <b>hier</b>"}, "de", 0);
        row("tags may move", "<b>Bold</b> and <i>italic</i>", {"<i>kursiv</i> und <b>fett</b>"}, "de", 0);
        row("closing tag lost", "Click <b>here</b>", {"Klicken Sie <b>hier"}, "de", 2, "<b> is not closed");
        row("crossed nesting", "<b><i>x</i></b>", {"<b><i>x</b></i>"}, "de", 1, "</b> closes <i>");
        row("href changed", "<a href=\"https://a.org\">site</a>", {"<a href=\"https://b.org\">Seite</a>"}, "de", 1,
            "attribute href of <a>");
        row("alt is prose", "<img alt=\"Logo\" src=\"l.png\"/>", {"<img alt=\"Firmenlogo\" src=\"l.png\"/>"}, "de", 0);
        row("Android xliff:g kept", "Tap <xliff:g id=\"count\">%1$d</xliff:g> times",
            {"<xliff:g id=\"count\">%1$d</xliff:g> Mal tippen"}, "de", 0);
        row("Android xliff:g id changed", "Tap <xliff:g id=\"count\">%1$d</xliff:g> times",
            {"<xliff:g id=\"n\">%1$d</xliff:g> Mal tippen"}, "de", 1, "attribute id");
        row("HTML in Android string, tag added", "<u>Terms</u> apply", {"<u>Es gelten</u> die <b>AGB</b>"}, "de", 2,
            "<b> is not in the source");
        row("br and br/ are one element", "Line<br>next", {"Zeile<br/>weiter"}, "de", 0);
        row("broken closing tag", "a <b>b</b>", {"a <b>b</b"}, "de", 3, "not a well-formed tag");
        row("comparison signs are prose", "x < y and y > z", {"x < y und y > z"}, "de", 0);
        row("half an element in the source", "<b>Warning:", {"<b>Warnung:"}, "de", 0);
        row("HTML element closed only in the translation", "<i>Take part", {"<i>Nehmen Sie teil</i>"}, "de", 1,
            "</i> is not in the source");
        row("usage meta-variables are prose", "--%s needs a <file> argument", {"--%s には <ファイル> 引数が必要です"},
            "ja", 0);
        row("address in angle brackets", "Report bugs to <bugs@example.org>", {"Fehler an „<bugs@example.org>“"}, "de",
            0);
        // Real: Angular's XLIFF from ngx-translation-io, the tool rewrote equiv-text and dropped xid.
        row("XLIFF placeholder display attributes are the tool's",
            "Updated <x id=\"ICU\" equiv-text=\"{minutes, plural, =0 {just now} other {{{minutes}} ago}}\" "
            "xid=\"1887283401472369100\"/>",
            {"Mis à jour <x id=\"ICU\" equiv-text=\"{minutes, plural, =0 {...} other {...}}\"/>"}, "fr", 0);
        row("XLIFF placeholder id changed", "Hello <ph id=\"1\" disp=\"{{name}}\"/>",
            {"Bonjour <ph id=\"2\" disp=\"{{name}}\"/>"}, "fr", 1, "attribute id of <ph/>");
        row("Android string with escaped markup kept as text", "Use &lt;b&gt;bold&lt;/b&gt;",
            {"Verwende &lt;b&gt;fett&lt;/b&gt;"}, "de", 0);
        row("Android string: markup escaped in the translation", "Tap <b>Save</b>",
            {"Tippen Sie auf &lt;b&gt;Speichern&lt;/b&gt;"}, "de", 2, "<b> is missing");
    }
    void tags() { runCheck(QStringLiteral("tags")); }

    void numbers_data()
    {
        columns();
        row("English to German notation", "1,000.5 MB free", {"1.000,5 MB frei"}, "de", 0);
        row("French no-break space grouping", "1,000.5 MB free", {"1\u202F000,5 Mo libres"}, "fr", 0);
        row("Arabic-Indic digits and separators", "1,000.5 MB free", {"١٬٠٠٠٫٥ ميغابايت متاحة"}, "ar", 0);
        row("Arabic-Indic digits changed", "Page 12 of 30", {"الصفحة ١٣ من ٣٠"}, "ar", 1, "12");
        row("ASCII digits in an Arabic translation", "Page 12 of 30", {"الصفحة 12 من 30"}, "ar", 0);
        row("Persian digits with Persian separators", "2,500.75 KB", {"۲٬۵۰۰٫۷۵ کیلوبایت"}, "fa", 0);
        row("Persian digits", "Page 12", {"صفحه ۱۲"}, "fa", 0);
        row("Devanagari digits", "Page 12", {"पृष्ठ १२"}, "hi", 0);
        row("changed", "Wait 30 seconds", {"Warten Sie 60 Sekunden"}, "de", 1, "30 in the source is 60 here");
        row("missing", "Port 8080 is busy", {"Der Port ist belegt"}, "de", 1, "8080 is missing");
        row("added", "Retry later", {"Später erneut versuchen (in 15 Minuten)"}, "de", 1, "15 is not in the source");
        row("small number in words", "Retry 3 times", {"Dreimal wiederholen"}, "de", 0);
        row("ordinal", "21st century", {"21. Jahrhundert"}, "de", 0);
        row("version number", "Version 2.6.1", {"Version 2.6.1"}, "de", 0);
        row("1.5 is 1,5", "1.5 seconds", {"1,5 Sekunden"}, "de", 0);
        row("names with digits", "MP3 and H264 files", {"Fichiers MP3 et H264"}, "fr", 0);
        row("time of day", "At 10:30", {"Um 10:30 Uhr"}, "de", 0);
        row("placeholders are no numbers", "%1 of %2", {"%2 von %1"}, "de", 0);
    }
    void numbers() { runCheck(QStringLiteral("numbers")); }

    void urls_data()
    {
        columns();
        row("kept, with sentence stop", "See https://tessera.example/docs.", {"Siehe https://tessera.example/docs."},
            "de", 0);
        row("changed", "See https://tessera.example/docs", {"Siehe https://tessera.example/de/docs"}, "de", 1,
            "in the source is");
        row("mail kept", "Report bugs to bugs@example.org", {"Fehler an bugs@example.org melden"}, "de", 0);
        row("mail lost", "Report bugs to bugs@example.org", {"Fehler bitte melden"}, "de", 1,
            "bugs@example.org is missing");
        row("inside French guillemets", "Visit www.example.org now", {"Visitez «\u00A0www.example.org\u00A0»"}, "fr",
            0);
    }
    void urls() { runCheck(QStringLiteral("urls")); }

    void escapes_data()
    {
        columns();
        row("literal \\n kept", "Line\\nnext", {"Zeile\\nweiter"}, "de", 0);
        row("literal \\n lost", "Line\\nnext", {"Zeile weiter"}, "de", 1, "\\n occurs 1 time(s) in the source, 0");
        row("Android apostrophe escape is language's own", "Don\\'t ask", {"Nicht fragen"}, "de", 0);
        row("French apostrophe escape added", "Open image", {"Ouvrir l\\'image"}, "fr", 0);
        row("entity for markup kept", "Use &lt;b&gt;", {"Verwende &lt;b&gt;"}, "de", 0);
        row("%% kept", "100%% done", {"100%% fertig"}, "de", 0);
    }
    void escapes() { runCheck(QStringLiteral("escapes")); }

    void whitespace_data()
    {
        columns();
        row("trailing space lost", "Name: ", {"Name:"}, "de", 1, "trailing white space");
        row("Japanese drops the space after full-width colon", "Name: ", {"名前："}, "ja", 0);
        row("Chinese drops a leading space", " files", {"文件"}, "zh", 0);
        row("leading newline lost", "\nDone", {"Fertig"}, "de", 1, "leading white space");
        row("doubled space", "Save file", {"Datei  speichern"}, "de", 1, "doubled space");
        row("line breaks", "Line one\nLine two", {"Zeile eins Zeile zwei"}, "de", 1, "1 line break(s)");
        row("help text reflowed",
            "  -a, --all       show all entries, also the hidden ones,\n                  in the order they were "
            "made\n",
            {"  -a, --all       alle Einträge zeigen, auch die\n                  versteckten, in der Reihenfolge\n    "
             "              ihrer Erstellung\n"},
            "de", 0);
        row("French no-break space is no doubled space", "Error: %s", {"Erreur\u00A0: %s"}, "fr", 0);
        row("RTL text", "Saved. ", {"تم الحفظ. "}, "ar", 0);
        // Real: avahi's French catalogue, where the message starts with the colon.
        row("French space before a leading colon", ": All for now\n", {"\u00A0: c'est tout pour le moment\n"}, "fr", 0);
        row("French narrow space before a leading question mark", "? unknown", {"\u202F? inconnu"}, "fr", 0);
        row("a leading space before a colon in German is white space", ": All for now", {" : Das war's"}, "de", 1,
            "leading white space");
    }
    void whitespace() { runCheck(QStringLiteral("whitespace")); }

    void punctuation_data()
    {
        columns();
        row("question became statement", "Delete file?", {"Datei löschen."}, "de", 1,
            "the source ends with a question mark, the translation with a full stop");
        row("Chinese full stop", "File saved.", {"文件已保存。"}, "zh", 0);
        row("Japanese full-width question", "Continue?", {"続行しますか？"}, "ja", 0);
        row("Arabic question mark", "Continue?", {"متابعة؟"}, "ar", 0);
        row("Greek question mark is ;", "Continue?", {"Συνέχεια;"}, "el", 0);
        row("Hindi danda", "File saved.", {"फ़ाइल सहेजी गई।"}, "hi", 0);
        row("Thai ends without a stop", "File saved.", {"บันทึกไฟล์แล้ว"}, "th", 0);
        row("French colon needs a space", "Error:", {"Erreur:"}, "fr", 1, "French puts a no-break space before");
        row("French narrow no-break space", "Are you sure?", {"Êtes-vous sûr\u202F?"}, "fr", 0);
        row("French guillemets need spaces", "Type \"yes\"", {"Tapez «oui»"}, "fr", 2, "after \u201C\u00AB\u201D");
        row("French time and URL colons", "At 10:30, see http://x.org", {"À 10:30, voir http://x.org"}, "fr", 0);
        row("Spanish opening mark", "Delete file?", {"¿Borrar el archivo?"}, "es", 0);
        row("Spanish without ¿", "Delete file?", {"Borrar el archivo?"}, "es", 1, "Spanish opens a question");
        row("Spanish exclamation", "Done!", {"¡Hecho!"}, "es", 0);
        row("Spanish URL query is no question", "See https://x.org/?a=1 now", {"Ver https://x.org/?a=1 ahora"}, "es",
            0);
        row("ellipsis three dots or one", "Open...", {"Öffnen…"}, "de", 0);
        row("German quotes after the stop", "Click \"OK\".", {"Klicken Sie auf „OK“."}, "de", 0);
        row("a stop added to a phrase is the language's style", "File saved", {"ファイルを保存しました。"}, "ja", 0);
        row("Chinese phrase without 。 is the catalogue's style", "File saved.", {"文件已保存"}, "zh", 0);
        row("a quoted mark is no sentence end", "may only contain letters, “-” and “.”",
            {"darf nur Buchstaben, »-« und ».« enthalten"}, "de", 0);
        row("usage meta-variable at the end", "takes three arguments: <version> <relation> <version>",
            {"nimmt drei Argumente (<Version> <Relation> <Version>)"}, "de", 0);
        row("stop inside a tag lost", "<b>Done.</b>", {"<b>Fertig</b>"}, "de", 1, "full stop");
        row("colon before a placeholder", "File: %s", {"%s: Datei"}, "de", 0);
        // Real: sed's Spanish catalogue names regex operators; the mark is a symbol, not a sentence end.
        row("Spanish: a question mark at the start is a symbol", "? at start of expression",
            {"? al inicio de la expresión"}, "es", 0);
        row("Spanish: a quoted exclamation mark is a symbol", "multiple `!'s", {"`!'s múltiples"}, "es", 0);
        row("Spanish ¡ in the middle of the text", "Saved. Well done!", {"Guardado. ¡Bien hecho!"}, "es", 0);
        row("Spanish question after a placeholder", "Delete %s?", {"¿Borrar %s?"}, "es", 0);
        row("Spanish question after a placeholder without ¿", "Delete %s?", {"Borrar %s?"}, "es", 1, "\u00BF");
        row("Spanish question after an ellipsis without ¿", "Continue…?", {"Continuar…?"}, "es", 1, "\u00BF");
        row("Spanish question in brackets", "Delete (all)?", {"¿Borrar (todo)?"}, "es", 0);
        row("a quoted comma in GNU quotes is no ending", "unexpected `,'", {"`,' inesperada"}, "es", 0);
        row("French narrow no-break space before ; and !", "Stop; now!", {"Arrête\u202F; maintenant\u202F!"}, "fr", 0);
        row("French no-break space before : in the middle", "Error: %s", {"Erreur\u00A0: %s"}, "fr", 0);
        row("French exclamation without space", "Done!", {"Terminé!"}, "fr", 1, "before \u201C!\u201D");
        row("Japanese full-width colon and exclamation", "Warning: disk full!", {"警告：ディスクがいっぱいです！"},
            "ja", 0);
        row("Chinese full-width question became a stop", "Delete the file?", {"删除该文件。"}, "zh", 1,
            "question mark");
        row("German quotes around the sentence", "Click \"Save\".", {"Klicken Sie auf „Speichern“."}, "de", 0);
    }
    void punctuation() { runCheck(QStringLiteral("punctuation")); }

    void capitalization_data()
    {
        columns();
        row("capital lost", "Open file", {"datei öffnen"}, "de", 1, "starts with a capital");
        row("placeholder first", "%s files", {"%s Dateien"}, "de", 0);
        row("German nouns are capitals", "file not found", {"Datei nicht gefunden"}, "de", 0);
        row("capital added to a fragment is the catalogue's convention", "file not found", {"Fichier introuvable"},
            "fr", 0);
        row("option name first", "Invalid argument for --max-age", {"--max-age: ungültiges Argument"}, "de", 0);
        row("Spanish after ¿", "Delete?", {"¿borrar?"}, "es", 1);
        row("Spanish after ¿ capital", "Delete?", {"¿Borrar?"}, "es", 0);
        row("Arabic has no case", "Open", {"فتح"}, "ar", 0);
        row("name with inner capital", "iPhone settings", {"Réglages de l’iPhone"}, "fr", 0);
        row("acronym first", "URL is invalid", {"l’URL est invalide"}, "fr", 0);
        row("Japanese", "Open file", {"ファイルを開く"}, "ja", 0);
    }
    void capitalization() { runCheck(QStringLiteral("capitalization")); }

    void brackets_data()
    {
        columns();
        row("bracket left open", "Size (in bytes)", {"Größe (in Bytes"}, "de", 1, "\u201C(\u201D is not closed");
        row("full-width brackets", "Size (bytes)", {"サイズ（バイト）"}, "ja", 0);
        row("mixed widths", "Size (bytes)", {"大小（字节)"}, "zh", 0);
        row("German quotes pair", "Click \"OK\"", {"Klicken Sie „OK“"}, "de", 0);
        row("German quote left open", "Click \"OK\"", {"Klicken Sie „OK"}, "de", 1, "quotation mark");
        row("German guillemets reversed", "Say \"hi\"", {"Sag »hallo«"}, "de", 0);
        row("Polish quotes", "Say \"hi\"", {"Powiedz „cześć”"}, "pl", 0);
        row("corner brackets", "Press \"OK\"", {"「OK」を押す"}, "ja", 0);
        row("list item in the source", "1) First", {"1) Erstens"}, "de", 0);
        row("smiley", "Done :)", {"Fertig :)"}, "de", 0);
        row("a lone quote mark to localize", "`", {"„"}, "de", 0);
        row("ICU braces are placeables", "{n, plural, one {# file} other {# files}}",
            {"{n, plural, one {# Datei} other {# Dateien}}"}, "de", 0);
    }
    void brackets() { runCheck(QStringLiteral("brackets")); }

    void repeatedWords_data()
    {
        columns();
        row("word twice", "Delete the file", {"Löschen Sie die Datei Datei"}, "de", 1, "\u201CDatei\u201D is repeated");
        row("case differs", "The file", {"Datei datei"}, "de", 1);
        row("French reflexive", "We met", {"Nous nous sommes rencontrés"}, "fr", 0);
        row("German relative pronoun", "The one that", {"Die, die das das Kind"}, "de", 0);
        row("Japanese reduplication", "Sometimes", {"時々時々"}, "ja", 0);
        row("numbers", "Score 1 1", {"Stand 1 1"}, "de", 0);
        row("across a line break", "Close\nclose", {"Schließen\nschließen"}, "de", 0);
    }
    void repeatedWords() { runCheck(QStringLiteral("repeated-words")); }

    void accelerators_data()
    {
        columns();
        row("ampersand kept", "&File", {"&Datei"}, "de", 0);
        row("ampersand lost", "&File", {"Datei"}, "de", 1, "the accelerator &F is missing");
        row("underscore kept", "_Open", {"Ö_ffnen"}, "de", 0);
        row("underscore lost", "_Open", {"Öffnen"}, "de", 1, "_O is missing");
        row("Japanese style", "&File", {"ファイル(&F)"}, "ja", 0);
        row("two accelerators", "&File", {"&Da&tei"}, "de", 1, "2 accelerators");
        row("ampersand as a word", "Tom & Jerry", {"Tom und Jerry"}, "de", 0);
        row("escaped ampersand", "Save && Quit", {"Speichern und beenden"}, "de", 0);
        row("entity", "Save &amp; quit", {"Speichern &amp; beenden"}, "de", 0);
    }
    void accelerators() { runCheck(QStringLiteral("accelerators")); }

    void plurals_data()
    {
        columns();
        row("Russian three forms", "%d file", {"%d файл", "%d файла", "%d файлов"}, "ru", 0, {}, "%d files");
        row("Russian two forms", "%d file", {"%d файл", "%d файлов"}, "ru", 1, "ru has 3", "%d files");
        row("Russian form empty", "%d file", {"%d файл", "", "%d файлов"}, "ru", 1,
            "plural form 1 (few: 2, 3, 4…) is empty", "%d files");
        row("French two forms (CLDR's many is for millions)", "%d file", {"%d fichier", "%d fichiers"}, "fr", 0, {},
            "%d files");
        row("Japanese one form", "%d file", {"%d 個のファイル"}, "ja", 0, {}, "%d files");
        row("Arabic six forms", "%d file", {"لا ملفات", "ملف واحد", "ملفان", "%d ملفات", "%d ملفًا", "%d ملف"}, "ar", 0,
            {}, "%d files");
        row("ICU Russian complete", "{n, plural, one {# file} other {# files}}",
            {"{n, plural, one {# файл} few {# файла} many {# файлов} other {# файла}}"}, "ru", 0);
        row("ICU Russian lacks few", "{n, plural, one {# file} other {# files}}",
            {"{n, plural, one {# файл} many {# файлов} other {# файла}}"}, "ru", 1, "no \u201Cfew\u201D branch");
        row("ICU without other", "{n, plural, one {# file} other {# files}}", {"{n, plural, one {# Datei}}"}, "de", 1,
            "\u201Cother\u201D");
        row("ICU category German lacks", "{n, plural, one {# file} other {# files}}",
            {"{n, plural, one {# Datei} few {# Dateien} other {# Dateien}}"}, "de", 1,
            "no plural category \u201Cfew\u201D");
        row("ICU =0 and =1 stand in for French one", "{n, plural, =0 {none} =1 {one file} other {# files}}",
            {"{n, plural, =0 {aucun} =1 {un fichier} other {# fichiers}}"}, "fr", 0);
        row("ICU =1 alone does not cover French one (0 is one too)", "{n, plural, =1 {one file} other {# files}}",
            {"{n, plural, =1 {un fichier} other {# fichiers}}"}, "fr", 1, "no \u201Cone\u201D branch");
        row("ICU =1 does not stand in for Russian one (21, 31…)", "{n, plural, =1 {one file} other {# files}}",
            {"{n, plural, =1 {один файл} few {# файла} many {# файлов} other {# файла}}"}, "ru", 1,
            "no \u201Cone\u201D branch");
        row("ICU explicit =0 is fine", "{n, plural, one {# file} other {# files}}",
            {"{n, plural, =0 {Keine Datei} one {# Datei} other {# Dateien}}"}, "de", 0);
        row("ICU nested select and plural",
            "{g, select, female {{n, plural, one {She has # file} other {She has # files}}} other {{n, plural, one "
            "{They have # file} other {They have # files}}}}",
            {"{g, select, female {{n, plural, one {Sie hat # Datei} other {Sie hat # Dateien}}} other {{n, plural, "
             "one {Sie haben # Datei} other {Sie haben # Dateien}}}}"},
            "de", 0);
        row("ICU plural with offset nested in a select",
            "{host, select, female {{guests, plural, offset:1 =0 {She is alone} =1 {She and {guest}} other {She, "
            "{guest} and # others}}} other {{guests, plural, offset:1 =0 {They are alone} other {They, {guest} and # "
            "others}}}}",
            {"{host, select, female {{guests, plural, offset:1 =0 {Она одна} =1 {Она и {guest}} one {Она, {guest} и # "
             "гость} few {Она, {guest} и # гостя} many {Она, {guest} и # гостей} other {Она, {guest} и # гостя}}} "
             "other {{guests, plural, offset:1 =0 {Они одни} one {Они, {guest} и # гость} few {Они, {guest} и # "
             "гостя} many {Они, {guest} и # гостей} other {Они, {guest} и # гостя}}}}"},
            "ru", 0);
        row("ICU plural with offset nested in a select lacks few",
            "{host, select, female {{guests, plural, offset:1 =0 {She is alone} other {She and # others}}} other "
            "{{guests, plural, offset:1 =0 {They are alone} other {They and # others}}}}",
            {"{host, select, female {{guests, plural, offset:1 =0 {Она одна} one {Она и # гость} many {Она и # "
             "гостей} other {Она и # гостя}}} other {{guests, plural, offset:1 =0 {Они одни} one {Они и # гость} few "
             "{Они и # гостя} many {Они и # гостей} other {Они и # гостя}}}}"},
            "ru", 1, "no \u201Cfew\u201D branch");
        row("ICU with an XLIFF placeholder holding braces in an attribute",
            "{VAR_PLURAL, plural, =0 {just now} =1 {one minute ago} other {<x id=\"INTERPOLATION\"/> minutes ago}}",
            {"{VAR_PLURAL, plural, =0 {à l'instant} =1 {il y a une minute} other {il y a <x id=\"INTERPOLATION\" "
             "equiv-text=\"{{minutes}}\"/> "
             "minutes} }"},
            "fr", 0);
        row("ICU plural argument renamed", "{n, plural, one {# file} other {# files}}",
            {"{count, plural, one {# Datei} other {# Dateien}}"}, "de", 1, "argument \u201Cn\u201D is missing");
        row("ICU syntax broken", "{n, plural, one {# file} other {# files}}",
            {"{n, plural, one {# Datei} other {# Dateien}"}, "de", 1, "not valid ICU MessageFormat");
        row("braces in prose are not ICU", "Use {braces} freely", {"Verwende {Klammern"}, "de", 0);
    }
    void plurals() { runCheck(QStringLiteral("plurals")); }

    void length_data()
    {
        columns();
        row("fits", "Save", {"Speichern"}, "de", 0);
        row("too long", "Save", {"Abspeichern"}, "de", 1, "11 characters, 1 more than the maximum of 10");
        row("emoji count once", "OK", {"👍👍👍👍👍👍👍👍👍👍"}, "de", 0);
        row("CJK", "Save", {"保存保存保存保存保存保存"}, "zh", 1, "12 characters");
    }
    void length() { runCheck(QStringLiteral("length"), 10); }

    void empty_data()
    {
        columns();
        row("empty", "Save", {""}, "de", 1, "empty");
        row("all plural forms empty", "%d file", {"", ""}, "de", 1, {}, "%d files");
        row("empty source", "", {""}, "de", 0);
        row("filled", "Save", {"Speichern"}, "de", 0);
    }
    void empty() { runCheck(QStringLiteral("empty")); }

    void sameAsSource_data()
    {
        columns();
        row("untranslated sentence", "Save the file", {"Save the file"}, "de", 1, "unchanged");
        row("acronym", "OK", {"OK"}, "de", 0);
        row("file name", "README.md", {"README.md"}, "de", 0);
        row("placeholders only", "%s: %s", {"%s: %s"}, "de", 0);
        row("one word, a loanword or name", "Status", {"Status"}, "de", 0);
        row("English to British English", "Save the file", {"Save the file"}, "en-GB", 0);
        row("address", "https://example.org", {"https://example.org"}, "de", 0);
        row("code-like words", "GTK_THEME x86_64", {"GTK_THEME x86_64"}, "de", 0);
        row("a person's name", "Eric B. Decker", {"Eric B. Decker"}, "fr", 0);
    }
    void sameAsSource() { runCheck(QStringLiteral("same-as-source")); }
};

QTEST_GUILESS_MAIN(TestQaChecks)
#include "TestQaChecks.moc"
