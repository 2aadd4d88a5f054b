<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>main</name>
    <message>
        <source>Tessera translation-management workbench</source>
        <translation>Tessera – Arbeitsumgebung für Übersetzungsmanagement</translation>
    </message>
    <message>
        <source>Open the workspace at PATH (default: $TESSERA_WORKSPACE, else %1).</source>
        <translation>Öffnet den Arbeitsbereich unter PATH (Standard: $TESSERA_WORKSPACE, sonst %1).</translation>
    </message>
</context>
<context>
    <name>tessera::models::DocumentListModel</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
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
        <source>Languages: %1 → %2</source>
        <translation>Sprachen: %1 → %2</translation>
    </message>
    <message>
        <source>Client: %1</source>
        <translation>Kunde: %1</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>Abgabetermin: %1</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>Kein Abgabetermin</translation>
    </message>
</context>
<context>
    <name>tessera::models::SegmentTableModel</name>
    <message>
        <source>This segment is locked and cannot be edited.</source>
        <translation>Dieses Segment ist gesperrt und kann nicht bearbeitet werden.</translation>
    </message>
    <message>
        <source>Last changed by %1</source>
        <translation>Zuletzt geändert von %1</translation>
    </message>
    <message>
        <source>Used in: %1</source>
        <translation>Verwendet in: %1</translation>
    </message>
    <message>
        <source>Maximum length: %1 characters</source>
        <translation>Maximale Länge: %1 Zeichen</translation>
    </message>
    <message>
        <source>Plural forms, one per line.</source>
        <translation>Pluralformen, eine pro Zeile.</translation>
    </message>
    <message>
        <source>#</source>
        <extracomment>Column header: the segment&apos;s number in the document</extracomment>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Ausgangstext</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Übersetzung</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>New</source>
        <comment>segment state</comment>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Draft</source>
        <comment>segment state</comment>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Translated</source>
        <comment>segment state</comment>
        <translation>Übersetzt</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <comment>segment state</comment>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>Approved</source>
        <comment>segment state</comment>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Rejected</source>
        <comment>segment state</comment>
        <translation>Abgelehnt</translation>
    </message>
</context>
<context>
    <name>tessera::ui::dashboard::DashboardPage</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;This workspace has no projects yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Create a project with &lt;code&gt;tessera-cli project create …&lt;/code&gt; or seed the demo with &lt;code&gt;tessera-cli demo create&lt;/code&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Dieser Arbeitsbereich enthält noch keine Projekte.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Legen Sie mit &lt;code&gt;tessera-cli project create …&lt;/code&gt; ein Projekt an oder richten Sie mit &lt;code&gt;tessera-cli demo create&lt;/code&gt; das Demoprojekt ein.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <source>Double-click a document to open it in the editor.</source>
        <translation>Doppelklicken Sie auf ein Dokument, um es im Editor zu öffnen.</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Cannot read the projects: %1</source>
        <translation>Die Projekte können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the documents: %1</source>
        <translation>Die Dokumente können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No project selected</source>
        <translation>Kein Projekt ausgewählt</translation>
    </message>
    <message>
        <source>Languages: %1 → %2</source>
        <translation>Sprachen: %1 → %2</translation>
    </message>
    <message>
        <source>Client: %1</source>
        <translation>Kunde: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n Dokument</numerusform>
            <numerusform>%n Dokumente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n Segment</numerusform>
            <numerusform>%n Segmente</numerusform>
        </translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>Kein Abgabetermin</translation>
    </message>
    <message numerus="yes">
        <source>Deadline: %1 (%n day(s) overdue)</source>
        <translation>
            <numerusform>Abgabetermin: %1 (%n Tag überfällig)</numerusform>
            <numerusform>Abgabetermin: %1 (%n Tage überfällig)</numerusform>
        </translation>
    </message>
    <message>
        <source>Deadline: %1 (today)</source>
        <translation>Abgabetermin: %1 (heute)</translation>
    </message>
    <message numerus="yes">
        <source>Deadline: %1 (in %n day(s))</source>
        <translation>
            <numerusform>Abgabetermin: %1 (in %n Tag)</numerusform>
            <numerusform>Abgabetermin: %1 (in %n Tagen)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>fällig am %1</translation>
    </message>
</context>
<context>
    <name>tessera::ui::editor::EditorPage</name>
    <message>
        <source>Choose a project on the Dashboard, then double-click one of its documents.</source>
        <translation>Wählen Sie in der Übersicht ein Projekt und doppelklicken Sie auf eines seiner Dokumente.</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Dokument:</translation>
    </message>
    <message>
        <source>Cannot read the documents: %1</source>
        <translation>Die Dokumente können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the segments: %1</source>
        <translation>Die Segmente können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Translation not saved</source>
        <translation>Übersetzung nicht gespeichert</translation>
    </message>
    <message>
        <source>The workspace could not save your translation. It is unchanged; check that the disk is not full and try again.

Details: %1</source>
        <translation>Der Arbeitsbereich konnte Ihre Übersetzung nicht speichern und ist unverändert. Prüfen Sie, ob der Datenträger voll ist, und versuchen Sie es erneut.

Details: %1</translation>
    </message>
    <message numerus="yes">
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
        <source>About Tessera</source>
        <translation>Über Tessera</translation>
    </message>
    <message>
        <source>Tessera %1</source>
        <translation>Tessera %1</translation>
    </message>
    <message>
        <source>A translation-management workbench: translate, review and track multilingual projects, offline first, with a team server.</source>
        <translation>Eine Arbeitsumgebung für Übersetzungsmanagement: mehrsprachige Projekte übersetzen, prüfen und verfolgen – auch offline, mit einem Teamserver.</translation>
    </message>
    <message>
        <source>Built on</source>
        <translation>Basiert auf</translation>
    </message>
</context>
<context>
    <name>tessera::ui::shell::MainWindow</name>
    <message>
        <source>Tessera — %1</source>
        <translation>Tessera — %1</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Reviewers will approve or reject translations here, with quality categories and comments.</source>
        <translation>Hier geben Prüfer Übersetzungen frei oder lehnen sie ab, mit Fehlerkategorien und Kommentaren.</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Auswertung</translation>
    </message>
    <message>
        <source>Progress, throughput and quality of your projects will be charted here.</source>
        <translation>Hier werden Fortschritt, Durchsatz und Qualität Ihrer Projekte in Diagrammen dargestellt.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>Arbeitsbereich ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Tessera</source>
        <translation>&amp;Über Tessera</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Arbeitsbereich: %1</translation>
    </message>
    <message>
        <source>Not connected to a Tessera server: sync is not set up yet. Your work is saved in this workspace.</source>
        <translation>Nicht mit einem Tessera-Server verbunden: Die Synchronisierung ist noch nicht eingerichtet. Ihre Arbeit wird in diesem Arbeitsbereich gespeichert.</translation>
    </message>
    <message>
        <source>Offline</source>
        <extracomment>Status bar: the app has no connection to a Tessera server</extracomment>
        <translation>Offline</translation>
    </message>
    <message>
        <source>That document is no longer in the project.</source>
        <translation>Dieses Dokument gehört nicht mehr zum Projekt.</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>Review</source>
        <comment>navigation</comment>
        <extracomment>Navigation entry: the review and approval queue</extracomment>
        <translation>Prüfung</translation>
    </message>
</context>
<context>
    <name>tessera::ui::shell::PlaceholderPage</name>
    <message>
        <source>This view is not built yet.</source>
        <translation>Diese Ansicht ist noch nicht umgesetzt.</translation>
    </message>
</context>
<context>
    <name>tessera::ui::shell::WorkspaceErrorMessage</name>
    <message>
        <source>Cannot open the workspace</source>
        <translation>Arbeitsbereich kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Tessera cannot write to the workspace %1.</source>
        <translation>Tessera kann nicht in den Arbeitsbereich %1 schreiben.</translation>
    </message>
    <message>
        <source>Choose a folder you are allowed to write to, or fix the folder&apos;s permissions.</source>
        <translation>Wählen Sie einen Ordner, in den Sie schreiben dürfen, oder korrigieren Sie die Zugriffsrechte des Ordners.</translation>
    </message>
    <message>
        <source>%1 is not a Tessera workspace.</source>
        <translation>%1 ist kein Tessera-Arbeitsbereich.</translation>
    </message>
    <message>
        <source>The file was left as it is. Choose another folder for the workspace.</source>
        <translation>Die Datei wurde nicht verändert. Wählen Sie einen anderen Ordner für den Arbeitsbereich.</translation>
    </message>
    <message>
        <source>The workspace %1 was made by a newer version of Tessera.</source>
        <translation>Der Arbeitsbereich %1 wurde von einer neueren Tessera-Version angelegt.</translation>
    </message>
    <message>
        <source>Nothing in it was changed. Open it with that newer version.</source>
        <translation>Darin wurde nichts verändert. Öffnen Sie ihn mit dieser neueren Version.</translation>
    </message>
    <message>
        <source>The workspace %1 is already open in another Tessera window or program.</source>
        <translation>Der Arbeitsbereich %1 ist bereits in einem anderen Tessera-Fenster oder -Programm geöffnet.</translation>
    </message>
    <message>
        <source>Close the other program first, then try again.</source>
        <translation>Schließen Sie zuerst das andere Programm und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Tessera cannot open the workspace %1.</source>
        <translation>Tessera kann den Arbeitsbereich %1 nicht öffnen.</translation>
    </message>
    <message>
        <source>Nothing in it was changed.</source>
        <translation>Darin wurde nichts verändert.</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
</context>
</TS>
