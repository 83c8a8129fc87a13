<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1">
<context>
    <name>AreaController</name>
    <message>
        <location filename="../rgi_plugin/gui/area_controller.py" line="41" />
        <source>Select Handlungsraum on the map</source>
        <translation>Handlungsraum in der Karte wählen</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/area_controller.py" line="52" />
        <source>Open concept</source>
        <translation>Konzept öffnen</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/area_controller.py" line="93" />
        <source>The catalogue of the Handlungsräume cannot be read.</source>
        <translation>Der Katalog der Handlungsräume kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/area_controller.py" line="102" />
        <source>Use an official boundary file…</source>
        <translation>Amtliche Abgrenzung aus Datei verwenden …</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/area_controller.py" line="103" />
        <source>Use the bundled approximation</source>
        <translation>Mitgelieferte Näherung verwenden</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/area_controller.py" line="181" />
        <source>The Handlungsräume layer cannot be loaded.</source>
        <translation>Der Layer der Handlungsräume kann nicht geladen werden.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/area_controller.py" line="188" />
        <source>Handlungsräume (official boundaries: {name})</source>
        <translation>Handlungsräume (amtliche Abgrenzung: {name})</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/area_controller.py" line="191" />
        <source>QGIS cannot read the file {path}.</source>
        <translation>QGIS kann die Datei {path} nicht lesen.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/area_controller.py" line="193" />
        <source>The file {path} holds no polygons.</source>
        <translation>Die Datei {path} enthält keine Flächen.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/area_controller.py" line="244" />
        <source>The file {path} has no field {field}.</source>
        <translation>Die Datei {path} hat kein Feld {field}.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/area_controller.py" line="197" />
        <source>Settings: {key} = {path}, {field_key} = {field}</source>
        <translation>Einstellungen: {key} = {path}, {field_key} = {field}</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/area_controller.py" line="217" />
        <source>Boundaries: official file {path}</source>
        <translation>Abgrenzung: amtliche Datei {path}</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/area_controller.py" line="219" />
        <source>Boundaries: approximation from LOR 2021 and MSS 2021 (only 06 Wedding follows an official description).</source>
        <translation>Abgrenzung: Näherung aus LOR 2021 und MSS 2021 (nur 06 Wedding folgt einer amtlichen Beschreibung).</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/area_controller.py" line="223" />
        <source>Official boundaries of the Handlungsräume</source>
        <translation>Amtliche Abgrenzung der Handlungsräume</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/area_controller.py" line="223" />
        <source>Vector files (*.gpkg *.shp *.geojson *.json)</source>
        <translation>Vektordateien (*.gpkg *.shp *.geojson *.json)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/area_controller.py" line="230" />
        <source>The file {path} is not a polygon layer QGIS can read.</source>
        <translation>Die Datei {path} ist kein Flächenlayer, den QGIS lesen kann.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/area_controller.py" line="234" />
        <source>Code field</source>
        <translation>Feld mit der Gebietsnummer</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/area_controller.py" line="234" />
        <source>Which field holds the code of the Handlungsraum (01 … 13d)?</source>
        <translation>Welches Feld enthält die Nummer des Handlungsraums (01 … 13d)?</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/area_controller.py" line="248" />
        <source>No code in the field {field} matches a Handlungsraum; the file is not used.</source>
        <translation>Kein Wert im Feld {field} entspricht einem Handlungsraum; die Datei wird nicht verwendet.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/area_controller.py" line="248" />
        <source>Values found: {values}</source>
        <translation>Gefundene Werte: {values}</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/area_controller.py" line="255" />
        <source>Official boundaries used for {n} areas.</source>
        <translation>Amtliche Abgrenzung für {n} Gebiete verwendet.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/area_controller.py" line="255" />
        <source>Codes not in the catalogue: {unknown}. Areas without a boundary in the file: {missing}.</source>
        <translation>Nummern, die nicht im Katalog stehen: {unknown}. Gebiete ohne Abgrenzung in der Datei: {missing}.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/area_controller.py" line="304" />
        <source>Bundled data could not be loaded.</source>
        <translation>Die mitgelieferten Daten konnten nicht geladen werden.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/area_controller.py" line="325" />
        <source>No concept document is recorded for the Handlungsraum {code}.</source>
        <translation>Für den Handlungsraum {code} ist kein Konzept verzeichnet.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/area_controller.py" line="330" />
        <source>Documents (*.pdf *.docx *.odt);;All files (*)</source>
        <translation>Dokumente (*.pdf *.docx *.odt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/area_controller.py" line="338" />
        <source>{title} now opens the local file {path}.</source>
        <translation>{title} öffnet jetzt die lokale Datei {path}.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/area_controller.py" line="110" />
        <source>Export key figures of all areas (XLSX/CSV)…</source>
        <translation>Kennzahlen aller Gebiete exportieren (XLSX/CSV) …</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/area_controller.py" line="126" />
        <source>Key figures are not available.</source>
        <translation>Kennzahlen sind nicht verfügbar.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/area_controller.py" line="144" />
        <source>Export key figures</source>
        <translation>Kennzahlen exportieren</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/area_controller.py" line="157" />
        <source>Key figures of {n} areas written to {path}.</source>
        <translation>Kennzahlen von {n} Gebieten gespeichert: {path}.</translation>
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
        <location filename="../rgi_plugin/core/area_details.py" line="75" />
        <source>Ressortbeiträge</source>
        <translation>Ressortbeiträge</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/area_details.py" line="77" />
        <source>Department not stated in the source</source>
        <translation>Ressort in der Quelle nicht angegeben</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/area_details.py" line="80" />
        <source>official</source>
        <translation>amtlich</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/area_details.py" line="80" />
        <source>inferred</source>
        <translation>abgeleitet</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/area_details.py" line="81" />
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/area_details.py" line="81" />
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/area_details.py" line="81" />
        <source>Boundary</source>
        <translation>Abgrenzung</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/area_details.py" line="74" />
        <source>Key figures</source>
        <translation>Kennzahlen</translation>
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
        <location filename="../forms/areas_panel.ui" line="64" />
        <source>Boundaries</source>
        <translation>Abgrenzung</translation>
    </message>
    <message>
        <location filename="../forms/areas_panel.ui" line="65" />
        <source>Approximate or official boundaries of the Handlungsräume</source>
        <translation>Angenäherte oder amtliche Abgrenzung der Handlungsräume</translation>
    </message>
    <message>
        <location filename="../forms/areas_panel.ui" line="57" />
        <source>Fact sheet (PDF)</source>
        <translation>Steckbrief (PDF)</translation>
    </message>
    <message>
        <location filename="../forms/areas_panel.ui" line="58" />
        <source>Fact sheets of the Handlungsräume as PDF, and their layout</source>
        <translation>Steckbriefe der Handlungsräume als PDF und ihr Layout</translation>
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
        <location filename="../forms/dock.ui" line="71" />
        <source>Sources and licences…</source>
        <translation>Quellen und Lizenzen …</translation>
    </message>
    <message>
        <location filename="../forms/dock.ui" line="20" />
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location filename="../forms/dock.ui" line="61" />
        <source>MSS map shows</source>
        <translation>MSS-Karte zeigt</translation>
    </message>
</context>
<context>
    <name>FactSheetActions</name>
    <message>
        <location filename="../rgi_plugin/gui/fact_sheet_actions.py" line="26" />
        <source>Fact sheet of the selected area…</source>
        <translation>Steckbrief des gewählten Gebiets …</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/fact_sheet_actions.py" line="27" />
        <source>Fact sheets of all areas, one file…</source>
        <translation>Steckbriefe aller Gebiete in einer Datei …</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/fact_sheet_actions.py" line="28" />
        <source>Fact sheets of all areas, one file each…</source>
        <translation>Steckbriefe aller Gebiete, je Gebiet eine Datei …</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/fact_sheet_actions.py" line="30" />
        <source>Open the layout in the layout designer</source>
        <translation>Layout im Layout-Designer öffnen</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/fact_sheet_actions.py" line="31" />
        <source>Save the adjusted layout as template</source>
        <translation>Angepasstes Layout als Vorlage speichern</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/fact_sheet_actions.py" line="32" />
        <source>Use the built-in layout again</source>
        <translation>Wieder das mitgelieferte Layout verwenden</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/fact_sheet_actions.py" line="40" />
        <source>Select a Handlungsraum first.</source>
        <translation>Bitte zuerst einen Handlungsraum wählen.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/fact_sheet_actions.py" line="42" />
        <source>Save fact sheet</source>
        <translation>Steckbrief speichern</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/fact_sheet_actions.py" line="49" />
        <source>Save fact sheets</source>
        <translation>Steckbriefe speichern</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/fact_sheet_actions.py" line="52" />
        <source>Folder for the fact sheets</source>
        <translation>Ordner für die Steckbriefe</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/fact_sheet_actions.py" line="58" />
        <source>Creating fact sheets…</source>
        <translation>Steckbriefe werden erstellt …</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/fact_sheet_actions.py" line="58" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/fact_sheet_actions.py" line="102" />
        <source>The fact sheets could not be created.</source>
        <translation>Die Steckbriefe konnten nicht erstellt werden.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/fact_sheet_actions.py" line="72" />
        <source>Creating the fact sheets was cancelled.</source>
        <translation>Das Erstellen der Steckbriefe wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/fact_sheet_actions.py" line="80" />
        <source>{n} fact sheet file(s) written: {path}</source>
        <translation>{n} Steckbrief-Datei(en) gespeichert: {path}</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/fact_sheet_actions.py" line="81" />
        <source>Community Initiative</source>
        <translation>Gemeinschaftsinitiative</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/fact_sheet_actions.py" line="82" />
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/fact_sheet_actions.py" line="111" />
        <source>Open the layout in the layout designer first.</source>
        <translation>Bitte das Layout zuerst im Layout-Designer öffnen.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/fact_sheet_actions.py" line="118" />
        <source>Template saved; fact sheets now use it: {path}</source>
        <translation>Vorlage gespeichert; Steckbriefe verwenden sie nun: {path}</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/fact_sheet_actions.py" line="125" />
        <source>Fact sheets use the built-in layout again.</source>
        <translation>Steckbriefe verwenden wieder das mitgelieferte Layout.</translation>
    </message>
</context>
<context>
    <name>GemeinschaftsinitiativeDock</name>
    <message>
        <location filename="../rgi_plugin/gui/dock.py" line="26" />
        <source>Community Initiative</source>
        <translation>Gemeinschaftsinitiative</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/dock.py" line="58" />
        <source>{label}, assembled {date}. Works without a network connection.</source>
        <translation>{label}, zusammengestellt {date}. Funktioniert ohne Netzverbindung.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/dock.py" line="50" />
        <source>Edition</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/dock.py" line="72" />
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
        <location filename="../rgi_plugin/plugin.py" line="37" />
        <source>&amp;Community Initiative</source>
        <translation>&amp;Gemeinschaftsinitiative</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/plugin.py" line="45" />
        <source>Community Initiative panel</source>
        <translation>Bedienfeld Gemeinschaftsinitiative</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/plugin.py" line="48" />
        <source>Show or hide the Community Initiative panel</source>
        <translation>Bedienfeld Gemeinschaftsinitiative ein- oder ausblenden</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/plugin.py" line="51" />
        <source>Sources and licences…</source>
        <translation>Quellen und Lizenzen …</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/plugin.py" line="128" />
        <source>The bundled data description cannot be read.</source>
        <translation>Die Beschreibung der mitgelieferten Daten kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/plugin.py" line="136" />
        <source>Bundled data could not be loaded.</source>
        <translation>Die mitgelieferten Daten konnten nicht geladen werden.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/plugin.py" line="187" />
        <source>No MSS layer in the project: load one from the data list first.</source>
        <translation>Kein MSS-Layer im Projekt: bitte zuerst einen aus der Datenliste laden.</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../rgi_plugin/gui/import_report_dialog.py" line="23" />
        <source>Save report…</source>
        <translation>Bericht speichern …</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/import_report_dialog.py" line="36" />
        <source>Used</source>
        <translation>Übernommen</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/import_report_dialog.py" line="67" />
        <source>school number</source>
        <translation>Schulnummer</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/import_report_dialog.py" line="67" />
        <source>quota</source>
        <translation>Quote</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/import_report_dialog.py" line="67" />
        <source>school year</source>
        <translation>Schuljahr</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/import_report_dialog.py" line="68" />
        <source>Planungsraum id</source>
        <translation>Planungsraum-Nummer</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/import_report_dialog.py" line="68" />
        <source>class</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/import_report_dialog.py" line="72" />
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/import_report_dialog.py" line="74" />
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/import_report_dialog.py" line="77" />
        <source>percent</source>
        <translation>Prozent</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/import_report_dialog.py" line="77" />
        <source>shares</source>
        <translation>Anteile</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/import_report_dialog.py" line="78" />
        <source>Values read as</source>
        <translation>Werte gelesen als</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/import_report_dialog.py" line="83" />
        <source>Save report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/import_report_dialog.py" line="83" />
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/import_report_dialog.py" line="91" />
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../forms/import_report_dialog.ui" line="34" />
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../forms/import_report_dialog.ui" line="36" />
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../forms/import_report_dialog.ui" line="37" />
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location filename="../forms/import_report_dialog.ui" line="9" />
        <source>Import report</source>
        <translation>Importbericht</translation>
    </message>
    <message>
        <location filename="../forms/import_report_dialog.ui" line="35" />
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
</context>
<context>
    <name>IndicatorController</name>
    <message>
        <location filename="../rgi_plugin/gui/indicator_controller.py" line="41" />
        <source>Import Lernmittelbefreiung quotas…</source>
        <translation>Lernmittelbefreiungsquoten importieren …</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/indicator_controller.py" line="44" />
        <source>Import Sozialstrukturatlas classes…</source>
        <translation>Schichten des Sozialstrukturatlas importieren …</translation>
    </message>
</context>
<context>
    <name>Indicators</name>
    <message>
        <location filename="../rgi_plugin/core/indicators.py" line="57" />
        <source>The layer “{layer}” lacks the fields {fields}.</source>
        <translation>Dem Layer „{layer}“ fehlen die Felder {fields}.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/indicators.py" line="132" />
        <source>The layer “{layer}” already has a field {field}.</source>
        <translation>Der Layer „{layer}“ hat bereits ein Feld {field}.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/indicators.py" line="140" />
        <source>A memory layer for the schools could not be created.</source>
        <translation>Ein temporärer Layer für die Schulen konnte nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>LmbImport</name>
    <message>
        <location filename="../rgi_plugin/core/lmb_import.py" line="185" />
        <source>no school year</source>
        <translation>ohne Schuljahr</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/lmb_import.py" line="195" />
        <source>{value} % is outside 0–100 %</source>
        <translation>{value} % liegt außerhalb von 0–100 %</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/lmb_import.py" line="216" />
        <source>same value as row {row}</source>
        <translation>gleicher Wert wie Zeile {row}</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/lmb_import.py" line="219" />
        <source>not a school number</source>
        <translation>keine Schulnummer</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/lmb_import.py" line="234" />
        <source>{name} has no column with school numbers (BSN). Columns found: {columns}. Name the column “BSN” or “Schulnummer”, or choose it in the import dialog.</source>
        <translation>{name} hat keine Spalte mit Schulnummern (BSN). Gefundene Spalten: {columns}. Benennen Sie die Spalte „BSN“ oder „Schulnummer“ oder wählen Sie sie im Importdialog aus.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/lmb_import.py" line="239" />
        <source>{name} has no column with the Lmb quota. Columns found: {columns}. Name it “Lmb-Quote” or choose it in the import dialog.</source>
        <translation>{name} hat keine Spalte mit der Lmb-Quote. Gefundene Spalten: {columns}. Benennen Sie sie „Lmb-Quote“ oder wählen Sie sie im Importdialog aus.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/lmb_import.py" line="243" />
        <source>{name} has no column “{column}”.</source>
        <translation>{name} hat keine Spalte „{column}“.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/lmb_import.py" line="251" />
        <source>No value of the column “{column}” is a number: is it the right column?</source>
        <translation>Kein Wert der Spalte „{column}“ ist eine Zahl: Ist es die richtige Spalte?</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/lmb_import.py" line="298" />
        <source>values embedded in the project</source>
        <translation>im Projekt gespeicherte Werte</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/lmb_import.py" line="308" />
        <source>The Lmb table of this project was not found: {path}. Import it again.</source>
        <translation>Die Lmb-Tabelle dieses Projekts wurde nicht gefunden: {path}. Bitte importieren Sie sie erneut.</translation>
    </message>
</context>
<context>
    <name>LmbImportDialog</name>
    <message>
        <location filename="../rgi_plugin/gui/lmb_import_dialog.py" line="39" />
        <source>detected automatically</source>
        <translation>automatisch erkannt</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/lmb_import_dialog.py" line="40" />
        <source>percent (75,3)</source>
        <translation>Prozent (75,3)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/lmb_import_dialog.py" line="41" />
        <source>shares (0,753)</source>
        <translation>Anteile (0,753)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/lmb_import_dialog.py" line="57" />
        <source>Import Lernmittelbefreiung quotas</source>
        <translation>Lernmittelbefreiungsquoten importieren</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/lmb_import_dialog.py" line="79" />
        <source>Choose a table</source>
        <translation>Tabelle auswählen</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/lmb_import_dialog.py" line="79" />
        <source>Tables (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>Tabellen (*.csv *.txt *.xlsx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/lmb_import_dialog.py" line="121" />
        <source>— none —</source>
        <translation>— keine —</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/lmb_import_dialog.py" line="204" />
        <source>{n} Lmb quotas imported, {problems} rows not used (listed in the report).</source>
        <translation>{n} Lmb-Quoten importiert, {problems} Zeilen nicht übernommen (im Importbericht aufgeführt).</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/lmb_import_dialog.py" line="242" />
        <source>Lernmittelbefreiung</source>
        <translation>Lernmittelbefreiung</translation>
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
    <name>MssStyles</name>
    <message>
        <location filename="../rgi_plugin/core/mss_styles.py" line="130" />
        <source>The layer “{layer}” lacks the MSS fields {fields}.</source>
        <translation>Dem Layer „{layer}“ fehlen die MSS-Felder {fields}.</translation>
    </message>
</context>
<context>
    <name>SocialAtlas</name>
    <message>
        <location filename="../rgi_plugin/core/social_atlas.py" line="102" />
        <source>{name} has no column with Planungsraum ids. Columns found: {columns}. Name it “plr_id” or choose it in the import dialog.</source>
        <translation>{name} hat keine Spalte mit Planungsraum-Nummern. Gefundene Spalten: {columns}. Benennen Sie sie „plr_id“ oder wählen Sie sie im Importdialog aus.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/social_atlas.py" line="106" />
        <source>{name} has no column with the class (Schicht). Columns found: {columns}. Name it “Schicht” or choose it in the import dialog.</source>
        <translation>{name} hat keine Spalte mit der Schicht. Gefundene Spalten: {columns}. Benennen Sie sie „Schicht“ oder wählen Sie sie im Importdialog aus.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/social_atlas.py" line="125" />
        <source>not an 8-digit Planungsraum id</source>
        <translation>keine 8-stellige Planungsraum-Nummer</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/social_atlas.py" line="135" />
        <source>{unknown} of {total} ids are not Planungsräume of LOR 2021: the table uses the Planungsräume from before 2021 (447 LOR). No official key translating old into new ids is available, so nothing was joined; ask the Amt für Statistik Berlin-Brandenburg for the key or a table in LOR 2021.</source>
        <translation>{unknown} von {total} Nummern sind keine Planungsräume der LOR 2021: Die Tabelle verwendet die Planungsräume von vor 2021 (447 LOR). Ein amtlicher Schlüssel von alten zu neuen Nummern liegt nicht vor, daher wurde nichts verknüpft; bitte erfragen Sie beim Amt für Statistik Berlin-Brandenburg den Schlüssel oder eine Tabelle in LOR 2021.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/social_atlas.py" line="141" />
        <source>also a LOR 2021 id, but the table is old LOR</source>
        <translation>auch eine Nummer der LOR 2021, die Tabelle verwendet aber die alten LOR</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/social_atlas.py" line="148" />
        <source>not a Planungsraum of LOR 2021</source>
        <translation>kein Planungsraum der LOR 2021</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/social_atlas.py" line="158" />
        <source>Schicht must be 1 to 7</source>
        <translation>Schicht muss zwischen 1 und 7 liegen</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/social_atlas.py" line="171" />
        <source>same value as row {row}</source>
        <translation>gleicher Wert wie Zeile {row}</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/social_atlas.py" line="175" />
        <source>{n} Planungsräume of LOR 2021 have no class in this table.</source>
        <translation>{n} Planungsräume der LOR 2021 haben in dieser Tabelle keine Schicht.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/social_atlas.py" line="219" />
        <source>The layer “{layer}” lacks the fields {fields}.</source>
        <translation>Dem Layer „{layer}“ fehlen die Felder {fields}.</translation>
    </message>
</context>
<context>
    <name>SocialAtlasImportDialog</name>
    <message>
        <location filename="../rgi_plugin/gui/lmb_import_dialog.py" line="175" />
        <source>Import Sozialstrukturatlas classes</source>
        <translation>Schichten des Sozialstrukturatlas importieren</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/lmb_import_dialog.py" line="176" />
        <source>Planungsraum id:</source>
        <translation>Planungsraum-Nummer:</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/lmb_import_dialog.py" line="177" />
        <source>Class (Schicht):</source>
        <translation>Schicht:</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/lmb_import_dialog.py" line="260" />
        <source>Sozialstrukturatlas</source>
        <translation>Sozialstrukturatlas</translation>
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
<context>
    <name>TableImport</name>
    <message>
        <location filename="../rgi_plugin/core/table_import.py" line="61" />
        <source>Excel workbook, sheet “{sheet}”</source>
        <translation>Excel-Arbeitsmappe, Tabellenblatt „{sheet}“</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/table_import.py" line="63" />
        <source>semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/table_import.py" line="64" />
        <source>comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/table_import.py" line="65" />
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/table_import.py" line="66" />
        <source>none (one column)</source>
        <translation>keines (eine Spalte)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/table_import.py" line="68" />
        <source>CSV, encoding {encoding}, delimiter {delimiter}</source>
        <translation>CSV, Zeichenkodierung {encoding}, Trennzeichen {delimiter}</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/table_import.py" line="76" />
        <source>The file {path} does not exist.</source>
        <translation>Die Datei {path} existiert nicht.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/table_import.py" line="79" />
        <source>{name}: the old Excel format .xls cannot be read. Save the table as .xlsx or CSV.</source>
        <translation>{name}: Das alte Excel-Format .xls kann nicht gelesen werden. Bitte speichern Sie die Tabelle als .xlsx oder CSV.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/table_import.py" line="87" />
        <source>It was read from the sheet “{sheet}”; the workbook has the sheets {sheets}.</source>
        <translation>Gelesen wurde das Tabellenblatt „{sheet}“; die Arbeitsmappe enthält die Tabellenblätter {sheets}.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/table_import.py" line="90" />
        <source>{name} is empty: it has no header row and no data.</source>
        <translation>{name} ist leer: Die Datei hat weder eine Kopfzeile noch Daten.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/table_import.py" line="93" />
        <source>{name} has a header row but no data rows.</source>
        <translation>{name} hat eine Kopfzeile, aber keine Datenzeilen.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/table_import.py" line="134" />
        <source>{name} is empty.</source>
        <translation>{name} ist leer.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/table_import.py" line="167" />
        <source>(column {n})</source>
        <translation>(Spalte {n})</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/table_import.py" line="188" />
        <source>{name} has no sheet “{sheet}” (sheets: {sheets}).</source>
        <translation>{name} hat kein Tabellenblatt „{sheet}“ (Tabellenblätter: {sheets}).</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/table_import.py" line="197" />
        <source>{name} cannot be read as an Excel workbook ({error}).</source>
        <translation>{name} kann nicht als Excel-Arbeitsmappe gelesen werden ({error}).</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/table_import.py" line="206" />
        <source>Reading Excel files needs the Python packages pandas and openpyxl ({error}).</source>
        <translation>Zum Lesen von Excel-Dateien werden die Python-Pakete pandas und openpyxl benötigt ({error}).</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/table_import.py" line="272" />
        <source>chosen by the user</source>
        <translation>manuell gewählt</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/table_import.py" line="275" />
        <source>all {n} values without a percent sign lie between 0 and 1, so they are read as shares (0,753 = 75,3 %)</source>
        <translation>alle {n} Werte ohne Prozentzeichen liegen zwischen 0 und 1 und werden daher als Anteile gelesen (0,753 = 75,3 %)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/table_import.py" line="279" />
        <source>every value carries a percent sign</source>
        <translation>alle Werte tragen ein Prozentzeichen</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/table_import.py" line="280" />
        <source>not all values without a percent sign lie between 0 and 1</source>
        <translation>nicht alle Werte ohne Prozentzeichen liegen zwischen 0 und 1</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/table_import.py" line="336" />
        <source>Rows without {key} (not used)</source>
        <translation>Zeilen ohne {key} (nicht übernommen)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/table_import.py" line="337" />
        <source>Unknown {key} (not in the reference layer; not used)</source>
        <translation>{key} unbekannt (nicht im Bezugslayer; nicht übernommen)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/table_import.py" line="338" />
        <source>Planungsraum ids from before 2021 (447 LOR; not joined)</source>
        <translation>Planungsraum-Nummern von vor 2021 (447 LOR; nicht verknüpft)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/table_import.py" line="339" />
        <source>{key} listed more than once with different values (not used)</source>
        <translation>{key} mehrfach mit unterschiedlichen Werten (nicht übernommen)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/table_import.py" line="340" />
        <source>{key} listed more than once with the same value (counted once)</source>
        <translation>{key} mehrfach mit gleichem Wert (einmal gezählt)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/table_import.py" line="341" />
        <source>Rows of another school year (not used)</source>
        <translation>Zeilen eines anderen Schuljahres (nicht übernommen)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/table_import.py" line="342" />
        <source>Empty values (not used)</source>
        <translation>Leere Werte (nicht übernommen)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/table_import.py" line="343" />
        <source>Text in a number column (not used)</source>
        <translation>Text in einer Zahlenspalte (nicht übernommen)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/table_import.py" line="344" />
        <source>Values out of range (not used)</source>
        <translation>Werte außerhalb des zulässigen Bereichs (nicht übernommen)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/table_import.py" line="345" />
        <source>Values of at most 1 in a percent column (used; check whether they are shares)</source>
        <translation>Werte bis 1 in einer Prozentspalte (übernommen; bitte prüfen, ob es Anteile sind)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/table_import.py" line="347" />
        <source>Matched, but not a public primary school (not part of the criterion)</source>
        <translation>Zugeordnet, aber keine öffentliche Grundschule (nicht Teil des Kriteriums)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/table_import.py" line="348" />
        <source>Blank rows (skipped)</source>
        <translation>Leerzeilen (übersprungen)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/table_import.py" line="390" />
        <source>{rows} rows read: {matched} used, {problems} not used; repeated rows counted once: {repeated} (all listed below).</source>
        <translation>{rows} Zeilen gelesen: {matched} übernommen, {problems} nicht übernommen; mehrfache Zeilen einmal gezählt: {repeated} (alle unten aufgeführt).</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/table_import.py" line="393" />
        <source>{rows} rows read: {matched} used, {problems} not used (listed below).</source>
        <translation>{rows} Zeilen gelesen: {matched} übernommen, {problems} nicht übernommen (unten aufgeführt).</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/table_import.py" line="398" />
        <source>Used</source>
        <translation>Übernommen</translation>
    </message>
</context>
<context>
    <name>TableImportDialog</name>
    <message>
        <location filename="../forms/lmb_import_dialog.ui" line="9" />
        <source>Import Lernmittelbefreiung quotas</source>
        <translation>Lernmittelbefreiungsquoten importieren</translation>
    </message>
    <message>
        <location filename="../forms/lmb_import_dialog.ui" line="15" />
        <source>The table is read from the file on this computer and is never sent anywhere.</source>
        <translation>Die Tabelle wird aus der Datei auf diesem Computer gelesen und an keine Stelle übertragen.</translation>
    </message>
    <message>
        <location filename="../forms/lmb_import_dialog.ui" line="24" />
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <location filename="../forms/lmb_import_dialog.ui" line="29" />
        <source>CSV or Excel file (.csv, .txt, .xlsx)</source>
        <translation>CSV- oder Excel-Datei (.csv, .txt, .xlsx)</translation>
    </message>
    <message>
        <location filename="../forms/lmb_import_dialog.ui" line="34" />
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location filename="../forms/lmb_import_dialog.ui" line="46" />
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <location filename="../forms/lmb_import_dialog.ui" line="50" />
        <source>Sheet:</source>
        <translation>Tabellenblatt:</translation>
    </message>
    <message>
        <location filename="../forms/lmb_import_dialog.ui" line="58" />
        <source>School number (BSN):</source>
        <translation>Schulnummer (BSN):</translation>
    </message>
    <message>
        <location filename="../forms/lmb_import_dialog.ui" line="66" />
        <source>Lmb quota:</source>
        <translation>Lmb-Quote:</translation>
    </message>
    <message>
        <location filename="../forms/lmb_import_dialog.ui" line="74" />
        <source>Values are:</source>
        <translation>Werte sind:</translation>
    </message>
    <message>
        <location filename="../forms/lmb_import_dialog.ui" line="82" />
        <source>School year column:</source>
        <translation>Spalte Schuljahr:</translation>
    </message>
    <message>
        <location filename="../forms/lmb_import_dialog.ui" line="90" />
        <source>School year:</source>
        <translation>Schuljahr:</translation>
    </message>
    <message>
        <location filename="../forms/lmb_import_dialog.ui" line="101" />
        <source>First rows of the file:</source>
        <translation>Erste Zeilen der Datei:</translation>
    </message>
    <message>
        <location filename="../forms/lmb_import_dialog.ui" line="114" />
        <source>Store the values in the project (otherwise the project keeps only the path of the file)</source>
        <translation>Werte im Projekt speichern (sonst speichert das Projekt nur den Pfad der Datei)</translation>
    </message>
</context>
</TS>