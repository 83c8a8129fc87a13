<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1">
<context>
    <name>AreaController</name>
    <message>
        <location filename="../rgi_plugin/gui/area_controller.py" line="39" />
        <source>Select Handlungsraum on the map</source>
        <translation>Handlungsraum in der Karte wählen</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/area_controller.py" line="49" />
        <source>Open concept</source>
        <translation>Konzept öffnen</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/area_controller.py" line="87" />
        <source>The catalogue of the Handlungsräume cannot be read.</source>
        <translation>Der Katalog der Handlungsräume kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/area_controller.py" line="96" />
        <source>Use an official boundary file…</source>
        <translation>Amtliche Abgrenzung aus Datei verwenden …</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/area_controller.py" line="97" />
        <source>Use the bundled approximation</source>
        <translation>Mitgelieferte Näherung verwenden</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/area_controller.py" line="123" />
        <source>The Handlungsräume layer cannot be loaded.</source>
        <translation>Der Layer der Handlungsräume kann nicht geladen werden.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/area_controller.py" line="130" />
        <source>Handlungsräume (official boundaries: {name})</source>
        <translation>Handlungsräume (amtliche Abgrenzung: {name})</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/area_controller.py" line="133" />
        <source>QGIS cannot read the file {path}.</source>
        <translation>QGIS kann die Datei {path} nicht lesen.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/area_controller.py" line="135" />
        <source>The file {path} holds no polygons.</source>
        <translation>Die Datei {path} enthält keine Flächen.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/area_controller.py" line="185" />
        <source>The file {path} has no field {field}.</source>
        <translation>Die Datei {path} hat kein Feld {field}.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/area_controller.py" line="139" />
        <source>Settings: {key} = {path}, {field_key} = {field}</source>
        <translation>Einstellungen: {key} = {path}, {field_key} = {field}</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/area_controller.py" line="158" />
        <source>Boundaries: official file {path}</source>
        <translation>Abgrenzung: amtliche Datei {path}</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/area_controller.py" line="160" />
        <source>Boundaries: approximation from LOR 2021 and MSS 2021 (only 06 Wedding follows an official description).</source>
        <translation>Abgrenzung: Näherung aus LOR 2021 und MSS 2021 (nur 06 Wedding folgt einer amtlichen Beschreibung).</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/area_controller.py" line="164" />
        <source>Official boundaries of the Handlungsräume</source>
        <translation>Amtliche Abgrenzung der Handlungsräume</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/area_controller.py" line="164" />
        <source>Vector files (*.gpkg *.shp *.geojson *.json)</source>
        <translation>Vektordateien (*.gpkg *.shp *.geojson *.json)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/area_controller.py" line="171" />
        <source>The file {path} is not a polygon layer QGIS can read.</source>
        <translation>Die Datei {path} ist kein Flächenlayer, den QGIS lesen kann.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/area_controller.py" line="175" />
        <source>Code field</source>
        <translation>Feld mit der Gebietsnummer</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/area_controller.py" line="175" />
        <source>Which field holds the code of the Handlungsraum (01 … 13d)?</source>
        <translation>Welches Feld enthält die Nummer des Handlungsraums (01 … 13d)?</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/area_controller.py" line="189" />
        <source>No code in the field {field} matches a Handlungsraum; the file is not used.</source>
        <translation>Kein Wert im Feld {field} entspricht einem Handlungsraum; die Datei wird nicht verwendet.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/area_controller.py" line="189" />
        <source>Values found: {values}</source>
        <translation>Gefundene Werte: {values}</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/area_controller.py" line="196" />
        <source>Official boundaries used for {n} areas.</source>
        <translation>Amtliche Abgrenzung für {n} Gebiete verwendet.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/area_controller.py" line="196" />
        <source>Codes not in the catalogue: {unknown}. Areas without a boundary in the file: {missing}.</source>
        <translation>Nummern, die nicht im Katalog stehen: {unknown}. Gebiete ohne Abgrenzung in der Datei: {missing}.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/area_controller.py" line="243" />
        <source>Bundled data could not be loaded.</source>
        <translation>Die mitgelieferten Daten konnten nicht geladen werden.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/area_controller.py" line="264" />
        <source>No concept document is recorded for the Handlungsraum {code}.</source>
        <translation>Für den Handlungsraum {code} ist kein Konzept verzeichnet.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/area_controller.py" line="269" />
        <source>Documents (*.pdf *.docx *.odt);;All files (*)</source>
        <translation>Dokumente (*.pdf *.docx *.odt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/area_controller.py" line="277" />
        <source>{title} now opens the local file {path}.</source>
        <translation>{title} öffnet jetzt die lokale Datei {path}.</translation>
    </message>
</context>
<context>
    <name>AreaDetails</name>
    <message>
        <location filename="../rgi_plugin/core/area_details.py" line="18" />
        <source>confirmed contribution</source>
        <translation>bestätigter Ressortbeitrag</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/area_details.py" line="19" />
        <source>named in the GI context</source>
        <translation>im Zusammenhang der GI genannt</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/area_details.py" line="20" />
        <source>proposed in 2018</source>
        <translation>2018 vorgeschlagen</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/area_details.py" line="56" />
        <source>Bezirk</source>
        <translation>Bezirk</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/area_details.py" line="57" />
        <source>Population (MSS 2021)</source>
        <translation>Einwohnerinnen und Einwohner (MSS 2021)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/area_details.py" line="58" />
        <source>MSS 2021 status</source>
        <translation>Status MSS 2021</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/area_details.py" line="59" />
        <source>Planungsräume</source>
        <translation>Planungsräume</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/area_details.py" line="65" />
        <source>Part of {code} {name}</source>
        <translation>Teil von {code} {name}</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/area_details.py" line="67" />
        <source>Approximate boundary.</source>
        <translation>Abgrenzung angenähert.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/area_details.py" line="73" />
        <source>Ressortbeiträge</source>
        <translation>Ressortbeiträge</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/area_details.py" line="75" />
        <source>Department not stated in the source</source>
        <translation>Ressort in der Quelle nicht angegeben</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/area_details.py" line="78" />
        <source>official</source>
        <translation>amtlich</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/area_details.py" line="78" />
        <source>inferred</source>
        <translation>abgeleitet</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/area_details.py" line="79" />
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/area_details.py" line="79" />
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/area_details.py" line="79" />
        <source>Boundary</source>
        <translation>Abgrenzung</translation>
    </message>
</context>
<context>
    <name>AreasPanel</name>
    <message>
        <location filename="../rgi_plugin/gui/areas_panel.py" line="116" />
        <source>Select a Handlungsraum in the list or on the map.</source>
        <translation>Wählen Sie einen Handlungsraum in der Liste oder in der Karte.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/areas_panel.py" line="126" />
        <source>No concept document is recorded for this area.</source>
        <translation>Für dieses Gebiet ist kein Konzept verzeichnet.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/areas_panel.py" line="152" />
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/areas_panel.py" line="154" />
        <source>Open the concept (a local file takes precedence over the web address)</source>
        <translation>Konzept öffnen (eine lokale Datei hat Vorrang vor der Internetadresse)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/areas_panel.py" line="159" />
        <source>Assign a local file (e.g. on the file share) to this concept</source>
        <translation>Diesem Konzept eine lokale Datei zuordnen (z. B. auf dem Gruppenlaufwerk)</translation>
    </message>
    <message>
        <location filename="../forms/areas_panel.ui" line="11" />
        <source>Search: code, name, Bezirk, programme, department</source>
        <translation>Suche: Nummer, Name, Bezirk, Programm, Ressort</translation>
    </message>
    <message>
        <location filename="../forms/areas_panel.ui" line="22" />
        <source>Handlungsraum</source>
        <translation>Handlungsraum</translation>
    </message>
    <message>
        <location filename="../forms/areas_panel.ui" line="35" />
        <source>Concept documents</source>
        <translation>Handlungskonzepte</translation>
    </message>
    <message>
        <location filename="../forms/areas_panel.ui" line="47" />
        <source>Zoom to area</source>
        <translation>Auf Gebiet zoomen</translation>
    </message>
    <message>
        <location filename="../forms/areas_panel.ui" line="52" />
        <source>Load area layers</source>
        <translation>Gebietslayer laden</translation>
    </message>
    <message>
        <location filename="../forms/areas_panel.ui" line="57" />
        <source>Boundaries</source>
        <translation>Abgrenzung</translation>
    </message>
    <message>
        <location filename="../forms/areas_panel.ui" line="58" />
        <source>Approximate or official boundaries of the Handlungsräume</source>
        <translation>Angenäherte oder amtliche Abgrenzung der Handlungsräume</translation>
    </message>
</context>
<context>
    <name>ConceptDocuments</name>
    <message>
        <location filename="../rgi_plugin/core/documents.py" line="63" />
        <source>The local file {path} does not exist.</source>
        <translation>Die lokale Datei {path} ist nicht vorhanden.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/documents.py" line="48" />
        <source>The web address is opened instead.</source>
        <translation>Stattdessen wird die Internetadresse geöffnet.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/documents.py" line="58" />
        <source>No address is known for this document.</source>
        <translation>Für dieses Dokument ist keine Adresse bekannt.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/documents.py" line="61" />
        <source>Only http, https and file addresses are opened, not {url}.</source>
        <translation>Geöffnet werden nur http-, https- und Datei-Adressen, nicht {url}.</translation>
    </message>
</context>
<context>
    <name>DockContents</name>
    <message>
        <location filename="../forms/dock.ui" line="12" />
        <source>Cross-departmental joint initiative to strengthen socially disadvantaged neighbourhoods in Berlin.</source>
        <translation>Ressortübergreifende Gemeinschaftsinitiative zur Stärkung sozial benachteiligter Quartiere in Berlin.</translation>
    </message>
    <message>
        <location filename="../forms/dock.ui" line="24" />
        <source>Bundled data (offline)</source>
        <translation>Mitgelieferte Daten (offline)</translation>
    </message>
    <message>
        <location filename="../forms/dock.ui" line="31" />
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location filename="../forms/dock.ui" line="32" />
        <source>Objects</source>
        <translation>Objekte</translation>
    </message>
    <message>
        <location filename="../forms/dock.ui" line="44" />
        <source>Load selected</source>
        <translation>Auswahl laden</translation>
    </message>
    <message>
        <location filename="../forms/dock.ui" line="49" />
        <source>Load overview map</source>
        <translation>Übersichtskarte laden</translation>
    </message>
    <message>
        <location filename="../forms/dock.ui" line="59" />
        <source>Sources and licences…</source>
        <translation>Quellen und Lizenzen …</translation>
    </message>
    <message>
        <location filename="../forms/dock.ui" line="20" />
        <source>Data</source>
        <translation>Daten</translation>
    </message>
</context>
<context>
    <name>GemeinschaftsinitiativeDock</name>
    <message>
        <location filename="../rgi_plugin/gui/dock.py" line="24" />
        <source>Community Initiative</source>
        <translation>Gemeinschaftsinitiative</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/dock.py" line="50" />
        <source>{label}, assembled {date}. Works without a network connection.</source>
        <translation>{label}, zusammengestellt {date}. Funktioniert ohne Netzverbindung.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/dock.py" line="42" />
        <source>Edition</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/dock.py" line="64" />
        <source>Action areas</source>
        <translation>Handlungsräume</translation>
    </message>
</context>
<context>
    <name>GemeinschaftsinitiativeLocatorFilter</name>
    <message>
        <location filename="../rgi_plugin/gui/locator.py" line="26" />
        <source>Community Initiative</source>
        <translation>Gemeinschaftsinitiative</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/locator.py" line="44" />
        <source>Action areas</source>
        <translation>Handlungsräume</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/locator.py" line="48" />
        <source>Ressortbeiträge</source>
        <translation>Ressortbeiträge</translation>
    </message>
</context>
<context>
    <name>GemeinschaftsinitiativePlugin</name>
    <message>
        <location filename="../rgi_plugin/plugin.py" line="35" />
        <source>&amp;Community Initiative</source>
        <translation>&amp;Gemeinschaftsinitiative</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/plugin.py" line="43" />
        <source>Community Initiative panel</source>
        <translation>Bedienfeld Gemeinschaftsinitiative</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/plugin.py" line="46" />
        <source>Show or hide the Community Initiative panel</source>
        <translation>Bedienfeld Gemeinschaftsinitiative ein- oder ausblenden</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/plugin.py" line="49" />
        <source>Sources and licences…</source>
        <translation>Quellen und Lizenzen …</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/plugin.py" line="123" />
        <source>The bundled data description cannot be read.</source>
        <translation>Die Beschreibung der mitgelieferten Daten kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/plugin.py" line="131" />
        <source>Bundled data could not be loaded.</source>
        <translation>Die mitgelieferten Daten konnten nicht geladen werden.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../rgi_plugin/gui/messages.py" line="12" />
        <source>Community Initiative</source>
        <translation>Gemeinschaftsinitiative</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/messages.py" line="15" />
        <source>Details are in the log tab 'Gemeinschaftsinitiative'.</source>
        <translation>Einzelheiten stehen im Protokoll-Reiter „Gemeinschaftsinitiative“.</translation>
    </message>
</context>
<context>
    <name>SourcesDialog</name>
    <message>
        <location filename="../rgi_plugin/gui/sources_dialog.py" line="12" />
        <source>Sources and licences</source>
        <translation>Quellen und Lizenzen</translation>
    </message>
</context>
<context>
    <name>SourcesView</name>
    <message>
        <location filename="../rgi_plugin/core/sources.py" line="15" />
        <source>Assembled {date}; coordinate reference system {crs}.</source>
        <translation>Zusammengestellt {date}; Koordinatenbezugssystem {crs}.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/sources.py" line="26" />
        <source>Attribution</source>
        <translation>Namensnennung</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/sources.py" line="27" />
        <source>Publisher</source>
        <translation>Herausgeber</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/sources.py" line="28" />
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/sources.py" line="29" />
        <source>Basis of the licence statement</source>
        <translation>Grundlage der Lizenzangabe</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/sources.py" line="30" />
        <source>Edition</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/sources.py" line="31" />
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/sources.py" line="32" />
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
</context>
</TS>