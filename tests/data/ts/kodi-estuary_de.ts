<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
    <extra-po-header-language>de_de</extra-po-header-language>
    <extra-po-header-language_team>German &lt;https://kodi.weblate.cloud/projects/kodi-add-ons-skins/skin-estuary/de_de/&gt;</extra-po-header-language_team>
    <extra-po-header-last_translator>Kai Sommerfeld &lt;ksooo@users.noreply.kodi.weblate.cloud&gt;</extra-po-header-last_translator>
    <extra-po-header-plural_forms>nplurals=2; plural=n != 1;</extra-po-header-plural_forms>
    <extra-po-header-po_revision_date>2023-11-24 16:07+0000</extra-po-header-po_revision_date>
    <extra-po-header-pot_creation_date>YEAR-MO-DA HO:MI+ZONE</extra-po-header-pot_creation_date>
    <extra-po-header-project_id_version>KODI Main</extra-po-header-project_id_version>
    <extra-po-header-report_msgid_bugs_to>https://github.com/xbmc/xbmc/issues/</extra-po-header-report_msgid_bugs_to>
    <extra-po-header-x_generator>Weblate 5.2.1</extra-po-header-x_generator>
    <extra-po-header_comment># Kodi Media Center language file
# Addon Name: Estuary
# Addon id: skin.estuary
# Addon Provider: Team Kodi</extra-po-header_comment>
    <extra-po-headers>Project-Id-Version,Report-Msgid-Bugs-To,POT-Creation-Date,PO-Revision-Date,Last-Translator,Language-Team,Language,MIME-Version,Content-Type,Content-Transfer-Encoding,Plural-Forms,X-Generator</extra-po-headers>
<context>
    <name></name>
    <message>
        <source>Estuary skin by phil65. (Kodi&apos;s default skin)</source>
        <comment>Addon Summary</comment>
        <translation>Estuary Skin von phil65. (Kodi-Standardskin)</translation>
    </message>
    <message>
        <source>Estuary is the default skin for Kodi 17.0 and above. It attempts to be easy for first time Kodi users to understand and use.</source>
        <comment>Addon Description</comment>
        <translation>Estuary ist der Standardskin für Kodi 17.0 und höher. Ziel war es, einen einfach zu bedienenden Skin für neue Kodi-Benutzer zu entwickeln.</translation>
    </message>
    <message>
        <source>Estuary is the default skin for Kodi, removing it may cause issues</source>
        <comment>Addon Disclaimer</comment>
        <translation>Estuary ist der Standardskin von Kodi. Ein Entfernen des Skins kann Probleme verursachen</translation>
    </message>
    <message>
        <source>Now playing</source>
        <comment>#31000</comment>
        <translation>Gerade läuft</translation>
    </message>
    <message>
        <source>Search...</source>
        <comment>#31001</comment>
        <translation>Suchen ...</translation>
    </message>
    <message>
        <source>Show media fanart as background</source>
        <comment>#31002</comment>
        <translation>Medien-Fanart als Hintergrund verwenden</translation>
    </message>
    <message>
        <source>Cinema mode</source>
        <comment>#31003</comment>
        <translation>Kinomodus</translation>
    </message>
    <message>
        <source>Change mode</source>
        <comment>#31004</comment>
        <translation>Modus ändern</translation>
    </message>
    <message>
        <source>Watch as 2D</source>
        <comment>#31005</comment>
        <translation>In 2D ansehen</translation>
    </message>
    <message>
        <source>Random movies</source>
        <comment>#31006</comment>
        <translation>Zufällige Filme</translation>
    </message>
    <message>
        <source>Unwatched movies</source>
        <comment>#31007</comment>
        <translation>Ungesehene Filme</translation>
    </message>
    <message>
        <source>Enable category widgets</source>
        <comment>#31008</comment>
        <translation>Kategorie-Widgets aktivieren</translation>
    </message>
    <message>
        <source>Download icons</source>
        <comment>#31009</comment>
        <translation>Symbole downloaden</translation>
    </message>
    <message>
        <source>In progress movies</source>
        <comment>#31010</comment>
        <translation>Begonnene Filme</translation>
    </message>
    <message>
        <source>Most played albums</source>
        <comment>#31011</comment>
        <translation>Meistgehörte Alben</translation>
    </message>
    <message>
        <source>Random albums</source>
        <comment>#31012</comment>
        <translation>Zufällige Alben</translation>
    </message>
    <message>
        <source>Random artists</source>
        <comment>#31013</comment>
        <translation>Zufällige Interpreten</translation>
    </message>
    <message>
        <source>Unplayed albums</source>
        <comment>#31014</comment>
        <translation>Ungehörte Alben</translation>
    </message>
    <message>
        <source>Recent recordings</source>
        <comment>#31015</comment>
        <extracomment>home screen recordings widget: recent tv / radio recordings</extracomment>
        <translation>Zuletzt erstellte Aufnahmen</translation>
    </message>
    <message>
        <source>Recently played channels</source>
        <comment>#31016</comment>
        <extracomment>home screen channel widget: recently played tv channels. (please note that in some non-english languages #31018 and #31016 might not be equal)</extracomment>
        <translation>Zuletzt gesehene Sender</translation>
    </message>
    <message>
        <source>Rated</source>
        <comment>#31017</comment>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Recently played channels</source>
        <comment>#31018</comment>
        <extracomment>home screen channel widget: recently played radio channels. (please note that in some non-english languages #31018 and #31016 might not be equal)</extracomment>
        <translation>Zuletzt gehörte Sender</translation>
    </message>
    <message>
        <source>Forecast</source>
        <comment>#31019</comment>
        <translation>Vorhersage</translation>
    </message>
    <message>
        <source>Actions</source>
        <comment>#31020</comment>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>Misc options</source>
        <comment>#31021</comment>
        <translation>Sonstige Einstellungen</translation>
    </message>
    <message>
        <source>Sort by</source>
        <comment>#31022</comment>
        <translation>Sortieren nach</translation>
    </message>
    <message>
        <source>Viewtype</source>
        <comment>#31023</comment>
        <translation>Ansicht</translation>
    </message>
    <message>
        <source>Choose rating to display for media items</source>
        <comment>#31024</comment>
        <translation>Bewertung, die für Medieninhalte angezeigt werden soll</translation>
    </message>
    <message>
        <source>No favourites found. You can add any item from media views to this list by using the context menu.</source>
        <comment>#31025</comment>
        <translation>Keine Favoriten gefunden. Es kann jeder beliebige Eintrag aus den Medienansichten via Kontextmenü zu den Favoriten hinzugefügt werden.</translation>
    </message>
    <message>
        <source>Timeshift</source>
        <comment>#31026</comment>
        <translation>Timeshift</translation>
    </message>
    <message>
        <source>Next aired</source>
        <comment>#31027</comment>
        <translation>Nächste Folgen</translation>
    </message>
    <message>
        <source>Show fanart</source>
        <comment>#31028</comment>
        <translation>Fanart anzeigen</translation>
    </message>
    <message>
        <source>Last logged in</source>
        <comment>#31029</comment>
        <translation>Zuletzt angemeldet</translation>
    </message>
    <message>
        <source>System memory usage</source>
        <comment>#31030</comment>
        <extracomment>Label to show the system memory usage</extracomment>
        <translation>Systemspeicherauslastung</translation>
    </message>
    <message>
        <source>Version info</source>
        <comment>#31031</comment>
        <translation>Versionsinformationen</translation>
    </message>
    <message>
        <source>Order</source>
        <comment>#31032</comment>
        <translation>Reihenfolge</translation>
    </message>
    <message>
        <source>Your rating</source>
        <comment>#31033</comment>
        <translation>Persönliche Bewertung</translation>
    </message>
    <message>
        <source>Extended info</source>
        <comment>#31034</comment>
        <translation>Erweiterte Informationen</translation>
    </message>
    <message>
        <source>Pages</source>
        <comment>#31035</comment>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>items</source>
        <comment>#31036</comment>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Selected track</source>
        <comment>#31037</comment>
        <translation>Ausgewählter Track</translation>
    </message>
    <message>
        <source>Rewind</source>
        <comment>#31038</comment>
        <translation>Rücklauf</translation>
    </message>
    <message>
        <source>Fast forward</source>
        <comment>#31039</comment>
        <translation>Schneller Vorlauf</translation>
    </message>
    <message>
        <source>Camera manufacturer</source>
        <comment>#31041</comment>
        <translation>Kamerahersteller</translation>
    </message>
    <message>
        <source>Playlist options</source>
        <comment>#31042</comment>
        <translation>Wiedergabelisten-Einstellungen</translation>
    </message>
    <message>
        <source>Set the type and add rules to create a smart playlist. These playlists are dynamic and include all media items from your database which apply to your chosen rules.</source>
        <comment>#31043</comment>
        <translation>Typ festlegen und Regeln für eine intelligente Wiedergabeliste hinzufügen. Diese Art von Wiedergabeliste ist dynamisch und beinhaltet alle Medieneinträge aus der Bibliothek, welche die gesetzten Regeln erfüllen.</translation>
    </message>
    <message>
        <source>Add group</source>
        <comment>#31044</comment>
        <translation>Gruppe hinzufügen</translation>
    </message>
    <message>
        <source>Rename group</source>
        <comment>#31045</comment>
        <translation>Gruppe umbenennen</translation>
    </message>
    <message>
        <source>Delete group</source>
        <comment>#31046</comment>
        <translation>Gruppe löschen</translation>
    </message>
    <message>
        <source>Available</source>
        <comment>#31048</comment>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>filtered</source>
        <comment>#31052</comment>
        <translation>gefiltert</translation>
    </message>
    <message>
        <source>Arial based</source>
        <comment>#31053</comment>
        <translation>Arial-basiert</translation>
    </message>
    <message>
        <source>Press [B]Left[/B] to step back, or [B]Right[/B] to step forward</source>
        <comment>#31054</comment>
        <translation>[B]Links[/B] für einen Schritt zurück, [B]Rechts[/B] für einen Schritt vorwärts drücken</translation>
    </message>
    <message>
        <source>Press [B]Right[/B] to frame advance</source>
        <comment>#31055</comment>
        <translation>[B]Rechts[/B] für einen Frame weiter drücken</translation>
    </message>
    <message>
        <source>Go to playlist</source>
        <comment>#31056</comment>
        <translation>Zur Wiedergabeliste ...</translation>
    </message>
    <message>
        <source>Show login screen on startup</source>
        <comment>#31057</comment>
        <translation>Anmeldebildschirm beim Programmstart anzeigen</translation>
    </message>
    <message>
        <source>Automatic Login on startup</source>
        <comment>#31058</comment>
        <translation>Automatische Anmeldung beim Programmstart</translation>
    </message>
    <message>
        <source>Main menu items</source>
        <comment>#31061</comment>
        <translation>Hauptmenüeinträge</translation>
    </message>
    <message>
        <source>Choose weather fanart pack</source>
        <comment>#31062</comment>
        <translation>Fanart-Pack für Wetterbildschirm auswählen</translation>
    </message>
    <message>
        <source>Sections</source>
        <comment>#31063</comment>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <source>Video playlist</source>
        <comment>#31065</comment>
        <translation>Videowiedergabeliste</translation>
    </message>
    <message>
        <source>Music playlist</source>
        <comment>#31066</comment>
        <translation>Musikwiedergabeliste</translation>
    </message>
    <message>
        <source>Event log</source>
        <comment>#31067</comment>
        <translation>Ereignisprotokoll</translation>
    </message>
    <message>
        <source>Choose presets</source>
        <comment>#31068</comment>
        <translation>Voreinstellungen auswählen</translation>
    </message>
    <message>
        <source>Last Updated</source>
        <comment>#31069</comment>
        <translation>Zuletzt aktualisiert</translation>
    </message>
    <message>
        <source>by</source>
        <comment>#31071</comment>
        <translation>von</translation>
    </message>
    <message>
        <source>Power Options</source>
        <comment>#31072</comment>
        <translation>Ausschalten</translation>
    </message>
    <message>
        <source>Total length</source>
        <comment>#31073</comment>
        <translation>Gesamtlänge</translation>
    </message>
    <message>
        <source>Total duration</source>
        <comment>#31074</comment>
        <translation>Gesamtdauer</translation>
    </message>
    <message>
        <source>Movie sets</source>
        <comment>#31075</comment>
        <translation>Filmreihen</translation>
    </message>
    <message>
        <source>Cast not available</source>
        <comment>#31079</comment>
        <translation>Besetzung nicht verfügbar</translation>
    </message>
    <message>
        <source>Ends at</source>
        <comment>#31080</comment>
        <translation>Endet um</translation>
    </message>
    <message>
        <source>Lyrics add-on</source>
        <comment>#31082</comment>
        <translation>Liedtexte-Addon</translation>
    </message>
    <message>
        <source>Lyrics add-on settings</source>
        <comment>#31083</comment>
        <translation>Einstellungen für das Liedtexte-Addon</translation>
    </message>
    <message>
        <source>Visualisation settings</source>
        <comment>#31084</comment>
        <translation>Visualisierungseinstellungen</translation>
    </message>
    <message>
        <source>Available groups</source>
        <comment>#31089</comment>
        <translation>Verfügbare Gruppen</translation>
    </message>
    <message>
        <source>Video menu</source>
        <comment>#31092</comment>
        <translation>Videomenü</translation>
    </message>
    <message>
        <source>Show weather info in top bar</source>
        <comment>#31093</comment>
        <translation>Wetterinformationen in der Kopfleiste anzeigen</translation>
    </message>
    <message>
        <source>Use slide animations</source>
        <comment>#31095</comment>
        <translation>Slide-Animationen verwenden</translation>
    </message>
    <message>
        <source>Local subtitle available</source>
        <comment>#31096</comment>
        <translation>Lokaler Untertitel verfügbar</translation>
    </message>
    <message>
        <source>Channel options</source>
        <comment>#31097</comment>
        <translation>Sendereinstellungen</translation>
    </message>
    <message>
        <source>Select your Kodi user profile[CR]to login and continue</source>
        <comment>#31098</comment>
        <translation>Bitte Kodi-Benutzerprofil zum Anmelden auswählen</translation>
    </message>
    <message>
        <source>IconWall</source>
        <comment>#31099</comment>
        <extracomment>viewtype name</extracomment>
        <translation>IconWall</translation>
    </message>
    <message>
        <source>Shift</source>
        <comment>#31100</comment>
        <extracomment>viewtype name</extracomment>
        <translation>Shift</translation>
    </message>
    <message>
        <source>InfoWall</source>
        <comment>#31101</comment>
        <extracomment>viewtype name</extracomment>
        <translation>InfoWall</translation>
    </message>
    <message>
        <source>Wall</source>
        <comment>#31102</comment>
        <extracomment>viewtype name</extracomment>
        <translation>Wall</translation>
    </message>
    <message>
        <source>Enter text here...</source>
        <comment>#31103</comment>
        <translation>Text hier eingeben ...</translation>
    </message>
    <message>
        <source>Your library is currently empty. In order to populate it with your personal media, enter &quot;Files&quot; section, add a media source and configure it. After the source has been added and indexed you will be able to browse your library.</source>
        <comment>#31104</comment>
        <translation>Die persönliche Bibliothek ist derzeit leer. Um sie mit Inhalten zu füllen, zu „Dateien“ wechseln, eine Medienquelle hinzufügen und diese dann konfigurieren. Nachdem die Quelle hinzugefügt und indiziert wurde, kann die Bibliothek durchstöbert werden.</translation>
    </message>
    <message>
        <source>Add video sources and set the appropriate content type in order to populate your video libraries.</source>
        <comment>#31105</comment>
        <translation>Videoquellen hinzufügen und den korrekten Inhaltstyp auswählen, um die persönlichen Bibliotheken zu befüllen.</translation>
    </message>
    <message>
        <source>Teletext</source>
        <comment>#31106</comment>
        <translation>Teletext</translation>
    </message>
    <message>
        <source>WideList</source>
        <comment>#31107</comment>
        <extracomment>viewtype name</extracomment>
        <translation>WideList</translation>
    </message>
    <message>
        <source>Enter files section</source>
        <comment>#31110</comment>
        <translation>Zu „Dateien“ ...</translation>
    </message>
    <message>
        <source>View your personal pictures or download one of the many image add-ons from the official repository.</source>
        <comment>#31111</comment>
        <translation>Persönliche Fotos anschauen oder eines der vielen Bilder-Addons aus dem offiziellen Repository downloaden.</translation>
    </message>
    <message>
        <source>Toggle audio stream</source>
        <comment>#31112</comment>
        <translation>Tonspur wechseln</translation>
    </message>
    <message>
        <source>Search local library</source>
        <comment>#31113</comment>
        <translation>Lokale Bibliothek durchsuchen</translation>
    </message>
    <message>
        <source>Search YouTube</source>
        <comment>#31114</comment>
        <translation>YouTube durchsuchen</translation>
    </message>
    <message>
        <source>Toggle subtitle</source>
        <comment>#31115</comment>
        <translation>Untertitel umschalten</translation>
    </message>
    <message>
        <source>Remove this main menu item</source>
        <comment>#31116</comment>
        <translation>Diesen Hauptmenüeintrag entfernen</translation>
    </message>
    <message>
        <source>Edit nodes</source>
        <comment>#31117</comment>
        <translation>Menü bearbeiten</translation>
    </message>
    <message>
        <source>Enter add-on browser</source>
        <comment>#31118</comment>
        <translation>Zum Addon-Browser ...</translation>
    </message>
    <message>
        <source>You do not have any add-ons installed yet. Visit our add-on browser to browse through our collection and improve your Kodi experience.</source>
        <comment>#31119</comment>
        <translation>Es sind noch keine Addons installiert. Den Addon-Browser öffnen, um in der Addon-Sammlung zu stöbern.</translation>
    </message>
    <message>
        <source>You did not set up a weather provider yet. In order to view weather information, choose a weather provider and set up your location.</source>
        <comment>#31120</comment>
        <translation>Es ist noch kein Wetterinformationsanbieter eingerichtet. Um Wetterinformationen zu erhalten, einen Wetterinformationsanbieter auswählen und Orte einrichten.</translation>
    </message>
    <message>
        <source>Set weather provider</source>
        <comment>#31121</comment>
        <translation>Wetterinformationsanbieter festlegen</translation>
    </message>
    <message>
        <source>Unwatched TV Shows</source>
        <comment>#31122</comment>
        <translation>Ungesehene Serien</translation>
    </message>
    <message>
        <source>Same director</source>
        <comment>#31123</comment>
        <translation>Filme dieses Regisseurs</translation>
    </message>
    <message>
        <source>Press up for actor info</source>
        <comment>#31125</comment>
        <translation>[B]Hoch[/B] für Darstellerinfo drücken</translation>
    </message>
    <message>
        <source>Press OK to read plot</source>
        <comment>#31126</comment>
        <translation>[B]OK[/B] zum Lesen der Handlung drücken</translation>
    </message>
    <message>
        <source>Show icons</source>
        <comment>#31127</comment>
        <translation>Symbole anzeigen</translation>
    </message>
    <message>
        <source>Contributors</source>
        <comment>#31128</comment>
        <translation>Mitwirkende</translation>
    </message>
    <message>
        <source>General settings applying to all areas of the skin.</source>
        <comment>#31129</comment>
        <translation>Allgemeine Einstellungen, die für den gesamten Skin gelten.</translation>
    </message>
    <message>
        <source>Main menu-related settings: Configure the home screen to your likings.</source>
        <comment>#31130</comment>
        <translation>Einstellungen für das Hauptmenü. Der Hauptbildschirm kann gemäß persönlicher Vorlieben angepasst werden.</translation>
    </message>
    <message>
        <source>Choose skin fanart pack</source>
        <comment>#31131</comment>
        <translation>Fanart-Pack für Skin auswählen</translation>
    </message>
    <message>
        <source>Select Program</source>
        <comment>#31132</comment>
        <translation>Programm auswählen</translation>
    </message>
    <message>
        <source>Select Resolution</source>
        <comment>#31133</comment>
        <translation>Auflösung auswählen</translation>
    </message>
    <message>
        <source>Remaining</source>
        <comment>#31134</comment>
        <translation>Restzeit</translation>
    </message>
    <message>
        <source>Binary</source>
        <comment>#31135</comment>
        <translation>Binär</translation>
    </message>
    <message>
        <source>Click here to see latest changes...</source>
        <comment>#31136</comment>
        <translation>Hier klicken, um die letzten Änderungen zu sehen ...</translation>
    </message>
    <message>
        <source>PVR</source>
        <comment>#31137</comment>
        <extracomment>Label to show PVR info page</extracomment>
        <translation>PVR</translation>
    </message>
    <message>
        <source>Player</source>
        <comment>#31138</comment>
        <extracomment>Label to show player info page</extracomment>
        <translation>Player</translation>
    </message>
    <message>
        <source>Video decoder</source>
        <comment>#31139</comment>
        <extracomment>Label to show video decoder name</extracomment>
        <translation>Videodecoder</translation>
    </message>
    <message>
        <source>Pixel format</source>
        <comment>#31140</comment>
        <extracomment>Label to show the video pixel format</extracomment>
        <translation>Pixelformat</translation>
    </message>
    <message>
        <source>Changes for version</source>
        <comment>#31141</comment>
        <translation>Änderungen für Version</translation>
    </message>
    <message>
        <source>Play speed</source>
        <comment>#31142</comment>
        <translation>Wiedergabegeschwindigkeit</translation>
    </message>
    <message>
        <source>You did not set up PVR yet. In order to use PVR, choose a PVR client addon and configure it. Please visit http://kodi.wiki/view/PVR to learn more.</source>
        <comment>#31143</comment>
        <translation>Der Personal Video Recorder wurde noch nicht eingerichtet. Um den PVR nutzen zu können, muss ein PVR-Client-Addon ausgewählt und konfiguriert werden. Mehr Informationen unter http://kodi.wiki/view/PVR.</translation>
    </message>
    <message>
        <source>Enter add-on browser</source>
        <comment>#31144</comment>
        <translation>Zum Addon-Browser ...</translation>
    </message>
    <message>
        <source>Search add-ons</source>
        <comment>#31145</comment>
        <translation>Addons durchsuchen</translation>
    </message>
    <message>
        <source>In cinemas</source>
        <comment>#31146</comment>
        <translation>In den Kinos</translation>
    </message>
    <message>
        <source>In cinemas soon</source>
        <comment>#31147</comment>
        <translation>Demnächst in den Kinos</translation>
    </message>
    <message>
        <source>Categories</source>
        <comment>#31148</comment>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>Select genre fanart pack</source>
        <comment>#31149</comment>
        <translation>Genre-Fanart-Pack auswählen</translation>
    </message>
    <message>
        <source>Origin</source>
        <comment>#31150</comment>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Unwatched music videos</source>
        <comment>#31151</comment>
        <translation>Ungesehene Musikvideos</translation>
    </message>
    <message>
        <source>Random music videos</source>
        <comment>#31152</comment>
        <translation>Zufällige Musikvideos</translation>
    </message>
    <message>
        <source>You do not have any add-ons of this type installed. Enter the add-on browser to download add-ons created by our community.</source>
        <comment>#31153</comment>
        <translation>Es sind keine passenden Addons installiert. Bitte im Addon-Browser ein passendes Addon herunterladen und installieren.</translation>
    </message>
    <message>
        <source>Press OK to switch between locations</source>
        <comment>#31154</comment>
        <translation>[B]OK[/B] zum Wechseln des Ortes drücken</translation>
    </message>
    <message>
        <source>No bookmarks created yet.</source>
        <comment>#31155</comment>
        <translation>Es wurden noch keine Lesezeichen angelegt.</translation>
    </message>
    <message>
        <source>Choose background pattern</source>
        <comment>#31156</comment>
        <translation>Hintergrundmuster auswählen</translation>
    </message>
    <message>
        <source>Edit categories</source>
        <comment>#31157</comment>
        <translation>Kategorien bearbeiten</translation>
    </message>
    <message>
        <source>Touch mode</source>
        <comment>#31158</comment>
        <translation>Touch-Modus</translation>
    </message>
    <message>
        <source>Artwork</source>
        <comment>#31159</comment>
        <translation>Artwork</translation>
    </message>
    <message>
        <source>Show media flags</source>
        <comment>#31160</comment>
        <translation>Medienflags anzeigen</translation>
    </message>
    <message>
        <source>Numeric pad</source>
        <comment>#31161</comment>
        <translation>Zifferneingabe</translation>
    </message>
    <message>
        <source>Play your personal games or download one of the many game add-ons from the official repository.</source>
        <comment>#31162</comment>
        <translation>Eigene Spiele spielen oder eines von vielen Spiele-Addons aus dem offiziellen Repository downloaden.</translation>
    </message>
    <message>
        <source>Show Fanart background</source>
        <comment>#31163</comment>
        <translation>Fanart-Hintergrund anzeigen</translation>
    </message>
    <message>
        <source>Choose kind of profile identification</source>
        <comment>#31164</comment>
        <extracomment>Choose profile identifier</extracomment>
        <translation>Art der Profilidentifikation auswählen</translation>
    </message>
    <message>
        <source>Profile name</source>
        <comment>#31165</comment>
        <extracomment>Label for the kind of profile identification</extracomment>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>Profile avatar</source>
        <comment>#31166</comment>
        <extracomment>Label for the kind of profile identification</extracomment>
        <translation>Profil-Avatar</translation>
    </message>
    <message>
        <source>Animate background</source>
        <comment>#31167</comment>
        <extracomment>Label of a setting</extracomment>
        <translation>Hintergrund animieren</translation>
    </message>
    <message>
        <source>Show posters instead of thumbs for musicvideos</source>
        <comment>#31168</comment>
        <extracomment>Label of a setting</extracomment>
        <translation>Für Musikvideos Poster anstelle von Vorschaubildern zeigen</translation>
    </message>
    <message>
        <source>Artwork related settings.</source>
        <comment>#31169</comment>
        <extracomment>Description label for skin settings area</extracomment>
        <translation>Einstellungen für Artwork</translation>
    </message>
    <message>
        <source>On screen display</source>
        <comment>#31170</comment>
        <extracomment>Label for OSD settings category</extracomment>
        <translation>Bildschirmmenü (OSD)</translation>
    </message>
    <message>
        <source>On screen display (OSD) related settings</source>
        <comment>#31171</comment>
        <extracomment>Helper text for the label of OSD settings category</extracomment>
        <translation>Einstellungen für das Bildschirmmenü (OSD)</translation>
    </message>
    <message>
        <source>Automatically close video OSD</source>
        <comment>#31172</comment>
        <extracomment>Setting Automatically close video OSD</extracomment>
        <translation>Video-OSD automatisch schließen</translation>
    </message>
    <message>
        <source>Video OSD autoclose time (seconds)</source>
        <comment>#31173</comment>
        <extracomment>Setting auto close time for video osd</extracomment>
        <translation>Video-OSD automatisch schließen nach (Sekunden)</translation>
    </message>
    <message>
        <source>Default select action for albums on the home screen</source>
        <comment>#31174</comment>
        <extracomment>Setting to control what happens when clicking a music album on the home screen</extracomment>
        <translation>Aktion bei Auswahl von Alben auf dem Hauptbildschirm</translation>
    </message>
    <message>
        <source>Default select action for TV shows on the home screen</source>
        <comment>#31175</comment>
        <extracomment>Setting to control what happens when clicking a TV show on the home screen</extracomment>
        <translation>Aktion bei Auswahl von Serien auf dem Hauptbildschirm</translation>
    </message>
    <message>
        <source>Default select action for movie sets on the home screen</source>
        <comment>#31176</comment>
        <extracomment>Setting to control what happens when clicking a movie set on the home screen</extracomment>
        <translation>Aktion bei Auswahl von Filmreihen auf dem Hauptbildschirm</translation>
    </message>
    <message>
        <source>Video codec</source>
        <comment>#31600</comment>
        <extracomment>Label to show the video codec name</extracomment>
        <translatorcomment>empty strings from id 31170 to 31599</translatorcomment>
        <translation>Videocodec</translation>
    </message>
    <message>
        <source>Video resolution</source>
        <comment>#31601</comment>
        <extracomment>Label to show the video resolution</extracomment>
        <translation>Videoauflösung</translation>
    </message>
    <message>
        <source>Video aspect</source>
        <comment>#31602</comment>
        <extracomment>Label to show the video aspect</extracomment>
        <translation>Videoseitenverhältnis</translation>
    </message>
    <message>
        <source>Video bitrate</source>
        <comment>#31603</comment>
        <extracomment>Label to show the video bitrate</extracomment>
        <translation>Videobitrate</translation>
    </message>
    <message>
        <source>Audio codec</source>
        <comment>#31604</comment>
        <extracomment>Label to show the audio codec name</extracomment>
        <translation>Audiocodec</translation>
    </message>
    <message>
        <source>Audio channels</source>
        <comment>#31605</comment>
        <extracomment>Label to show the number of audio channels</extracomment>
        <translation>Audiokanäle</translation>
    </message>
    <message>
        <source>Audio bitrate</source>
        <comment>#31606</comment>
        <extracomment>Label to show the audio bitrate</extracomment>
        <translation>Audiobitrate</translation>
    </message>
    <message>
        <source>Screen resolution</source>
        <comment>#31607</comment>
        <extracomment>Label to show the screen resolution</extracomment>
        <translation>Bildschirmauflösung</translation>
    </message>
    <message>
        <source>System rendering speed</source>
        <comment>#31608</comment>
        <extracomment>Label to show the system rendering speed</extracomment>
        <translation>Rendergeschwindigkeit</translation>
    </message>
    <message>
        <source>System CPU usage</source>
        <comment>#31609</comment>
        <extracomment>Label to show the system CPU usage</extracomment>
        <translation>CPU-Auslastung</translation>
    </message>
    <message>
        <source>Media</source>
        <comment>#31610</comment>
        <extracomment>Label to show the media (metadata) info page</extracomment>
        <translation>Medien</translation>
    </message>
    <message>
        <source>System</source>
        <comment>#31611</comment>
        <extracomment>Label to show the system info page</extracomment>
        <translation>System</translation>
    </message>
    <message>
        <source>Add version</source>
        <comment>#31612</comment>
        <translation type="vanished">Version hinzufügen</translation>
    </message>
    <message>
        <source>Add extras</source>
        <comment>#31613</comment>
        <translation type="vanished">Extras hinzufügen</translation>
    </message>
    <message>
        <source>Set default</source>
        <comment>#31614</comment>
        <translation type="vanished">Als Standard festlegen</translation>
    </message>
    <message>
        <source>Extras</source>
        <comment>#31615</comment>
        <translation type="vanished">Extras</translation>
    </message>
    <message>
        <source>Select + X</source>
        <comment>#31059</comment>
        <translation type="vanished">Select + X</translation>
    </message>
    <message>
        <source>Select + Start</source>
        <comment>#31060</comment>
        <translation type="vanished">Select + Start</translation>
    </message>
    <message>
        <source>PVR info</source>
        <comment>#31137</comment>
        <translation type="vanished">PVR-Informationen</translation>
    </message>
    <message>
        <source>Player process info</source>
        <comment>#31138</comment>
        <translation type="vanished">Player-Informationen</translation>
    </message>
</context>
</TS>
