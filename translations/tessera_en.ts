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
</TS>
