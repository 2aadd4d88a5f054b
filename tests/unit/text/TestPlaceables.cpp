// Tests the placeables tokenizer on real, tricky strings: every syntax, overlaps, and prose left alone.
#include <QTest>

#include "text/Placeables.h"

using tessera::text::Placeable;
using tessera::text::PlaceableKind;
using tessera::text::Placeables;

namespace {

// "Kind:text" per span, so a failure shows what was found.
QStringList describe(const QString& text, const QList<Placeable>& spans)
{
    QStringList out;
    for (const Placeable& span : spans)
        out.append(tessera::text::placeableKindName(span.kind) + QLatin1Char(':') + text.mid(span.start, span.length));
    return out;
}

} // namespace

class TestPlaceables : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void find_data();
    void find();
    void withoutPlaceables();
    void spansOfLongText();
    void unclosedOpenersStayCheap();
};

void TestPlaceables::find_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    auto row = [](const char* name, const QString& text, const QStringList& expected) {
        QTest::newRow(name) << text << expected;
    };

    // printf, C and Apple
    row("printf s", "Hello %s!", {"Printf:%s"});
    row("printf d", "%d files selected", {"Printf:%d"});
    row("printf precision and escape", "Progress: %5.2f%%", {"Printf:%5.2f", "Escape:%%"});
    row("printf lengths", "%ld items, %llu bytes, %zu blocks, %hhd",
        {"Printf:%ld", "Printf:%llu", "Printf:%zu", "Printf:%hhd"});
    row("printf positional", "%2$s was copied to %1$s", {"Printf:%2$s", "Printf:%1$s"});
    row("printf flags", "[%-10s] [%08.3f] [%+d] [%#x]", {"Printf:%-10s", "Printf:%08.3f", "Printf:%+d", "Printf:%#x"});
    row("printf star", "%.*s…", {"Printf:%.*s"});
    row("apple object", "Delete “%@”?", {"Printf:%@"});
    row("apple positional object", "%1$@ invited %2$@", {"Printf:%1$@", "Printf:%2$@"});
    row("gettext inttypes macros", "%<PRIuMAX> bytes in %10<PRId64> blocks, %1$<PRIxPTR>",
        {"Printf:%<PRIuMAX>", "Printf:%10<PRId64>", "Printf:%1$<PRIxPTR>"});
    row("unclosed inttypes macro", "%<PRIuMAX bytes", {});
    row("percent escape", "100%% done", {"Escape:%%"});
    row("escape then letter", "%%d is literal", {"Escape:%%"});

    // Qt
    row("qt args", "Page %1 of %2", {"Qt:%1", "Qt:%2"});
    row("qt localized", "%L1 bytes free", {"Qt:%L1"});
    row("qt numerus", "%n file(s) deleted", {"Qt:%n"});
    row("qt localized numerus", "%Ln files", {"Qt:%Ln"});
    row("qt two digits", "%10 and %99", {"Qt:%10", "Qt:%99"});
    row("qt then percent sign", "%1%", {"Qt:%1"});
    row("qt arg with printf-looking tail", "%1 sec", {"Qt:%1"});

    // ICU MessageFormat
    row("icu name", "Hello {name}!", {"Icu:{name}"});
    row("icu number", "{0} files", {"Icu:{0}"});
    row("icu spaces", "Hello { name }", {"Icu:{ name }"});
    row("icu typed", "You have {count, number} points", {"Icu:{count, number}"});
    row("icu date style", "Due {due, date, short}", {"Icu:{due, date, short}"});
    row("icu skeleton", "{price, number, ::currency/EUR}", {"Icu:{price, number, ::currency/EUR}"});
    row("icu quoted date pattern", "{t, time, 'at' HH:mm}", {"Icu:{t, time, 'at' HH:mm}"});
    row("icu plural", "{count, plural, one {# file} other {# files}}",
        {"IcuSyntax:{count, plural, one {", "Icu:#", "IcuSyntax:} other {", "Icu:#", "IcuSyntax:}}"});
    row("icu plural explicit and nested arg", "{n, plural, =0 {No files} one {One file} other {{n} files}}",
        {"IcuSyntax:{n, plural, =0 {", "IcuSyntax:} one {", "IcuSyntax:} other {", "Icu:{n}", "IcuSyntax:}}"});
    row("icu plural offset", "{guests, plural, offset:1 =0 {nobody} =1 {{host}} other {{host} and # others}}",
        {"IcuSyntax:{guests, plural, offset:1 =0 {", "IcuSyntax:} =1 {", "Icu:{host}", "IcuSyntax:} other {",
         "Icu:{host}", "Icu:#", "IcuSyntax:}}"});
    row("icu select", "{gender, select, female {She} male {He} other {They}} liked it",
        {"IcuSyntax:{gender, select, female {", "IcuSyntax:} male {", "IcuSyntax:} other {", "IcuSyntax:}}"});
    row("icu select has no #", "{g, select, other {#1 fan}}", {"IcuSyntax:{g, select, other {", "IcuSyntax:}}"});
    row("icu selectordinal", "{n, selectordinal, one {#st} two {#nd} few {#rd} other {#th}}",
        {"IcuSyntax:{n, selectordinal, one {", "Icu:#", "IcuSyntax:} two {", "Icu:#", "IcuSyntax:} few {", "Icu:#",
         "IcuSyntax:} other {", "Icu:#", "IcuSyntax:}}"});
    row("icu nested", "{g, select, female {{n, plural, one {her cat} other {her # cats}}} other {{n} cats}}",
        {"IcuSyntax:{g, select, female {", "IcuSyntax:{n, plural, one {", "IcuSyntax:} other {", "Icu:#",
         "IcuSyntax:}}", "IcuSyntax:} other {", "Icu:{n}", "IcuSyntax:}}"});
    row("icu apostrophes", "{n, plural, one {it''s '{'one'}'} other {l'article #}}",
        {"IcuSyntax:{n, plural, one {", "IcuSyntax:} other {", "Icu:#", "IcuSyntax:}}"});
    row("icu markup in branch", "{n, plural, one {<b>#</b> file} other {<b>#</b> files}}",
        {"IcuSyntax:{n, plural, one {", "Tag:<b>", "Icu:#", "Tag:</b>", "IcuSyntax:} other {", "Tag:<b>", "Icu:#",
         "Tag:</b>", "IcuSyntax:}}"});
    row("icu multiline", "{n, plural,\n  one {# day}\n  other {# days}\n}",
        {"IcuSyntax:{n, plural,\n  one {", "Icu:#", "IcuSyntax:}\n  other {", "Icu:#", "IcuSyntax:}\n}"});
    row("hash outside plural", "Issue #42", {});

    // i18next
    row("i18next", "Hello {{name}}", {"I18next:{{name}}"});
    row("i18next spaces and path", "Hi {{ user.name }}!", {"I18next:{{ user.name }}"});
    row("i18next format", "{{count, number}} items on {{date, datetime}}",
        {"I18next:{{count, number}}", "I18next:{{date, datetime}}"});
    row("i18next unescaped", "{{- html}}", {"I18next:{{- html}}"});
    row("escaped braces", "{{}} and {{{x}}}", {"Icu:{x}"});

    // Python
    row("python format spec", "{x:>10}", {"Python:{x:>10}"});
    row("python conversion", "{0!r} is invalid", {"Python:{0!r}"});
    row("python auto", "{} of {}", {"Python:{}", "Python:{}"});
    row("python attribute", "Hi {user.name}", {"Python:{user.name}"});
    row("python index", "{items[0]} first", {"Python:{items[0]}"});
    row("python thousands", "{:,} rows", {"Python:{:,}"});
    row("python float", "{ratio:.1%}", {"Python:{ratio:.1%}"});
    row("python date", "{when:%Y-%m-%d}", {"Python:{when:%Y-%m-%d}"});
    row("python percent", "%(name)s has %(count)d new messages", {"Python:%(name)s", "Python:%(count)d"});
    row("python percent precision", "%(price).2f €", {"Python:%(price).2f"});

    // Ruby
    row("ruby", "%{count} items in %{folder}", {"Ruby:%{count}", "Ruby:%{folder}"});
    row("ruby formatted", "Total: %<total>.2f", {"Ruby:%<total>.2f"});

    // Markup
    row("bold", "<b>Bold</b> text", {"Tag:<b>", "Tag:</b>"});
    row("line breaks", "one<br/>two<br />three", {"Tag:<br/>", "Tag:<br />"});
    row("link", "Read the <a href=\"https://x.org/?a=1&b=2\" target=_blank>guide</a>.",
        {"Tag:<a href=\"https://x.org/?a=1&b=2\" target=_blank>", "Tag:</a>"});
    row("single-quoted attribute", "<img src='a.png' alt=\"A\"/>", {"Tag:<img src='a.png' alt=\"A\"/>"});
    row("android xliff", "<xliff:g id=\"count\">%d</xliff:g> left",
        {"Tag:<xliff:g id=\"count\">", "Printf:%d", "Tag:</xliff:g>"});
    row("comment", "Save<!-- verb --> file", {"Tag:<!-- verb -->"});
    row("entities", "Tom &amp; Jerry&nbsp;&#160;&#x41;&#X1F600;",
        {"Entity:&amp;", "Entity:&nbsp;", "Entity:&#160;", "Entity:&#x41;", "Entity:&#X1F600;"});
    row("escaped markup", "&lt;b&gt;", {"Entity:&lt;", "Entity:&gt;"});

    // Escapes
    row("newline escape", "Line one\\nLine two", {"Escape:\\n"});
    row("more escapes", "a\\tb \\\"q\\\" c:\\\\ \\'",
        {"Escape:\\t", "Escape:\\\"", "Escape:\\\"", "Escape:\\\\", "Escape:\\'"});
    row("unicode escape", "caf\\u00e9 \\U0001F600 \\x41", {"Escape:\\u00e9", "Escape:\\U0001F600", "Escape:\\x41"});
    row("short unicode escape is not one", "\\u00e", {});

    // Mixed
    row("mixed", "<b>%1$s</b> sent you {count} {{thing}} &amp; %(x)s\\n",
        {"Tag:<b>", "Printf:%1$s", "Tag:</b>", "Icu:{count}", "I18next:{{thing}}", "Entity:&amp;", "Python:%(x)s",
         "Escape:\\n"});

    // Prose: nothing to protect
    row("percent sentence", "100% sure", {});
    row("percent with space", "50 % off, 20% off", {});
    row("open brace", "a {brace", {});
    row("close brace", "a} b}", {});
    row("less than", "x < y", {});
    row("comparison", "if a<b and c>d", {});
    row("attribute without value", "<b and c>", {});
    row("heart", "I <3 you", {});
    row("email", "e-mail@example.org", {});
    row("ampersand", "AT & T; R&D", {});
    row("not an entity", "&; & amp; &#; &#xZZ;", {});
    row("spaced words in braces", "{not valid}", {});
    row("unknown icu type", "{n, colour}", {});
    row("empty i18next", "{{ }}", {});
    row("lone percent", "%", {});
    row("lone backslash", "\\", {});
    row("backslash before letter", "\\q", {});
    row("empty", "", {});
}

void TestPlaceables::find()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    const QList<Placeable> spans = Placeables::find(text);
    QCOMPARE(describe(text, spans), expected);
    qsizetype end = 0;
    for (const Placeable& span : spans) {
        QVERIFY(span.length > 0);
        QVERIFY2(span.start >= end, "spans overlap or are out of order");
        end = span.end();
    }
    QVERIFY(end <= text.size());
}

void TestPlaceables::withoutPlaceables()
{
    QCOMPARE(Placeables::withoutPlaceables(QStringLiteral("Click<br/>here, %1!")), QStringLiteral("Click here,  !"));
    QCOMPARE(Placeables::withoutPlaceables(QStringLiteral("plain")), QStringLiteral("plain"));
}

void TestPlaceables::spansOfLongText()
{
    // Positions stay right far into a text, past surrogate pairs.
    QString text;
    for (int i = 0; i < 1000; ++i)
        text += QStringLiteral("😀 <b>%1</b> ");
    const QList<Placeable> spans = Placeables::find(text);
    QCOMPARE(spans.size(), 3000);
    QCOMPARE(text.mid(spans.last().start, spans.last().length), QStringLiteral("</b>"));
}

void TestPlaceables::unclosedOpenersStayCheap()
{
    // Each opener looks ahead a bounded distance only; these would be quadratic otherwise. Nothing
    // here is a placeable, and the test finishes in a blink (speed itself is not asserted).
    for (const char* opener : {"{a, select, b {", "{a, number, ", "<a href=\"", "<!--", "{x:", "{x[", "{{a, "}) {
        const QString text = QString::fromLatin1(opener).repeated(5000);
        const QList<Placeable> spans = Placeables::find(text);
        QVERIFY2(spans.isEmpty(), opener);
    }
}

QTEST_GUILESS_MAIN(TestPlaceables)
#include "TestPlaceables.moc"
