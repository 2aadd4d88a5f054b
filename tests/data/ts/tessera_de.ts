<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>main</name>
    <message>
        <location filename="app/desktop/main.cpp" line="+60"/>
        <source>Tessera translation-management workbench</source>
        <translation>Tessera – Arbeitsumgebung für Übersetzungsmanagement</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the workspace at PATH (default: $TESSERA_WORKSPACE, else %1).</source>
        <translation>Öffnet den Arbeitsbereich unter PATH (Standard: $TESSERA_WORKSPACE, sonst %1).</translation>
    </message>
</context>
<context>
    <name>tessera::models::DocumentListModel</name>
    <message>
        <location filename="models/DocumentListModel.cpp" line="+52"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1
Format: %2
Segments: %3</source>
        <translation>%1
Format: %2
Segmente: %3</translation>
    </message>
</context>
<context>
    <name>tessera::models::ProjectListModel</name>
    <message>
        <location filename="models/ProjectListModel.cpp" line="+80"/>
        <source>Languages: %1 → %2</source>
        <translation>Sprachen: %1 → %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client: %1</source>
        <translation>Kunde: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deadline: %1</source>
        <translation>Abgabetermin: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No deadline</source>
        <translation>Kein Abgabetermin</translation>
    </message>
</context>
<context>
    <name>tessera::models::SegmentTableModel</name>
    <message>
        <location filename="models/SegmentTableModel.cpp" line="+184"/>
        <source>This segment is locked and cannot be edited.</source>
        <translation>Dieses Segment ist gesperrt und kann nicht bearbeitet werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last changed by %1</source>
        <translation>Zuletzt geändert von %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Used in: %1</source>
        <translation>Verwendet in: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maximum length: %1 characters</source>
        <translation>Maximale Länge: %1 Zeichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plural forms, one per line.</source>
        <translation>Pluralformen, eine pro Zeile.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>#</source>
        <extracomment>Column header: the segment&apos;s number in the document</extracomment>
        <translation>Nr.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>Ausgangstext</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target</source>
        <translation>Übersetzung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>New</source>
        <comment>segment state</comment>
        <translation>Neu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draft</source>
        <comment>segment state</comment>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Translated</source>
        <comment>segment state</comment>
        <translation>Übersetzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reviewed</source>
        <comment>segment state</comment>
        <translation>Geprüft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved</source>
        <comment>segment state</comment>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected</source>
        <comment>segment state</comment>
        <translation>Abgelehnt</translation>
    </message>
</context>
<context>
    <name>tessera::ui::dashboard::DashboardPage</name>
    <message>
        <location filename="ui/dashboard/DashboardPage.cpp" line="+86"/>
        <source>&lt;p&gt;&lt;b&gt;This workspace has no projects yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Create a project with &lt;code&gt;tessera-cli project create …&lt;/code&gt; or seed the demo with &lt;code&gt;tessera-cli demo create&lt;/code&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Dieser Arbeitsbereich enthält noch keine Projekte.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Legen Sie mit &lt;code&gt;tessera-cli project create …&lt;/code&gt; ein Projekt an oder richten Sie mit &lt;code&gt;tessera-cli demo create&lt;/code&gt; das Demoprojekt ein.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Double-click a document to open it in the editor.</source>
        <translation>Doppelklicken Sie auf ein Dokument, um es im Editor zu öffnen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot read the projects: %1</source>
        <translation>Die Projekte können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cannot read the documents: %1</source>
        <translation>Die Dokumente können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No project selected</source>
        <translation>Kein Projekt ausgewählt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Languages: %1 → %2</source>
        <translation>Sprachen: %1 → %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Client: %1</source>
        <translation>Kunde: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n Dokument</numerusform>
            <numerusform>%n Dokumente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-79"/>
        <location line="+80"/>
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n Segment</numerusform>
            <numerusform>%n Segmente</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No deadline</source>
        <translation>Kein Abgabetermin</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Deadline: %1 (%n day(s) overdue)</source>
        <translation>
            <numerusform>Abgabetermin: %1 (%n Tag überfällig)</numerusform>
            <numerusform>Abgabetermin: %1 (%n Tage überfällig)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deadline: %1 (today)</source>
        <translation>Abgabetermin: %1 (heute)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Deadline: %1 (in %n day(s))</source>
        <translation>
            <numerusform>Abgabetermin: %1 (in %n Tag)</numerusform>
            <numerusform>Abgabetermin: %1 (in %n Tagen)</numerusform>
        </translation>
    </message>
    <message>
        <location line="-148"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>due %1</source>
        <translation>fällig am %1</translation>
    </message>
</context>
<context>
    <name>tessera::ui::editor::EditorPage</name>
    <message>
        <location filename="ui/editor/EditorPage.cpp" line="+36"/>
        <source>Choose a project on the Dashboard, then double-click one of its documents.</source>
        <translation>Wählen Sie in der Übersicht ein Projekt und doppelklicken Sie auf eines seiner Dokumente.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;Document:</source>
        <translation>&amp;Dokument:</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Cannot read the documents: %1</source>
        <translation>Die Dokumente können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Cannot read the segments: %1</source>
        <translation>Die Segmente können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Translation not saved</source>
        <translation>Übersetzung nicht gespeichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workspace could not save your translation. It is unchanged; check that the disk is not full and try again.

Details: %1</source>
        <translation>Der Arbeitsbereich konnte Ihre Übersetzung nicht speichern und ist unverändert. Prüfen Sie, ob der Datenträger voll ist, und versuchen Sie es erneut.

Details: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%1 of %n segment(s) translated</source>
        <translation>
            <numerusform>%1 von %n Segment übersetzt</numerusform>
            <numerusform>%1 von %n Segmenten übersetzt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::ui::shell::AboutDialog</name>
    <message>
        <location filename="ui/shell/AboutDialog.cpp" line="+18"/>
        <source>About Tessera</source>
        <translation>Über Tessera</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tessera %1</source>
        <translation>Tessera %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A translation-management workbench: translate, review and track multilingual projects, offline first, with a team server.</source>
        <translation>Eine Arbeitsumgebung für Übersetzungsmanagement: mehrsprachige Projekte übersetzen, prüfen und verfolgen – auch offline, mit einem Teamserver.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Built on</source>
        <translation>Basiert auf</translation>
    </message>
</context>
<context>
    <name>tessera::ui::shell::MainWindow</name>
    <message>
        <location filename="ui/shell/MainWindow.cpp" line="+52"/>
        <source>Tessera — %1</source>
        <translation>Tessera — %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewers will approve or reject translations here, with quality categories and comments.</source>
        <translation>Hier geben Prüfer Übersetzungen frei oder lehnen sie ab, mit Fehlerkategorien und Kommentaren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+34"/>
        <source>Analytics</source>
        <translation>Auswertung</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Progress, throughput and quality of your projects will be charted here.</source>
        <translation>Hier werden Fortschritt, Durchsatz und Qualität Ihrer Projekte in Diagrammen dargestellt.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Workspace…</source>
        <translation>Arbeitsbereich ö&amp;ffnen …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Tessera</source>
        <translation>&amp;Über Tessera</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Workspace: %1</source>
        <translation>Arbeitsbereich: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not connected to a Tessera server: sync is not set up yet. Your work is saved in this workspace.</source>
        <translation>Nicht mit einem Tessera-Server verbunden: Die Synchronisierung ist noch nicht eingerichtet. Ihre Arbeit wird in diesem Arbeitsbereich gespeichert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Offline</source>
        <extracomment>Status bar: the app has no connection to a Tessera server</extracomment>
        <translation>Offline</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>That document is no longer in the project.</source>
        <translation>Dieses Dokument gehört nicht mehr zum Projekt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open Workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Review</source>
        <comment>navigation</comment>
        <extracomment>Navigation entry: the review and approval queue</extracomment>
        <translation>Prüfung</translation>
    </message>
</context>
<context>
    <name>tessera::ui::shell::PlaceholderPage</name>
    <message>
        <location filename="ui/shell/PlaceholderPage.cpp" line="+19"/>
        <source>This view is not built yet.</source>
        <translation>Diese Ansicht ist noch nicht umgesetzt.</translation>
    </message>
</context>
<context>
    <name>tessera::ui::shell::WorkspaceErrorMessage</name>
    <message>
        <location filename="ui/shell/WorkspaceErrorMessage.cpp" line="+10"/>
        <source>Cannot open the workspace</source>
        <translation>Arbeitsbereich kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tessera cannot write to the workspace %1.</source>
        <translation>Tessera kann nicht in den Arbeitsbereich %1 schreiben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a folder you are allowed to write to, or fix the folder&apos;s permissions.</source>
        <translation>Wählen Sie einen Ordner, in den Sie schreiben dürfen, oder korrigieren Sie die Zugriffsrechte des Ordners.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a Tessera workspace.</source>
        <translation>%1 ist kein Tessera-Arbeitsbereich.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file was left as it is. Choose another folder for the workspace.</source>
        <translation>Die Datei wurde nicht verändert. Wählen Sie einen anderen Ordner für den Arbeitsbereich.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The workspace %1 was made by a newer version of Tessera.</source>
        <translation>Der Arbeitsbereich %1 wurde von einer neueren Tessera-Version angelegt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing in it was changed. Open it with that newer version.</source>
        <translation>Darin wurde nichts verändert. Öffnen Sie ihn mit dieser neueren Version.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The workspace %1 is already open in another Tessera window or program.</source>
        <translation>Der Arbeitsbereich %1 ist bereits in einem anderen Tessera-Fenster oder -Programm geöffnet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the other program first, then try again.</source>
        <translation>Schließen Sie zuerst das andere Programm und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tessera cannot open the workspace %1.</source>
        <translation>Tessera kann den Arbeitsbereich %1 nicht öffnen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing in it was changed.</source>
        <translation>Darin wurde nichts verändert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
</context>
</TS>
