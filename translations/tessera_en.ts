<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>tessera::ui::dashboard::DashboardPage</name>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n segment</numerusform>
            <numerusform>%n segments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deadline: %1 (%n day(s) overdue)</source>
        <translation>
            <numerusform>Deadline: %1 (%n day overdue)</numerusform>
            <numerusform>Deadline: %1 (%n days overdue)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deadline: %1 (in %n day(s))</source>
        <translation>
            <numerusform>Deadline: %1 (in %n day)</numerusform>
            <numerusform>Deadline: %1 (in %n days)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::ui::editor::EditorPage</name>
    <message numerus="yes">
        <source>%1 of %n segment(s) translated</source>
        <translation>
            <numerusform>%1 of %n segment translated</numerusform>
            <numerusform>%1 of %n segments translated</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::ui::editor::ContextPanel</name>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::ui::editor::SuggestionHtml</name>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>%n month ago</numerusform>
            <numerusform>%n months ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>%n year ago</numerusform>
            <numerusform>%n years ago</numerusform>
        </translation>
    </message>
</context>
</TS>
