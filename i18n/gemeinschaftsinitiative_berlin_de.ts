<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>AreaBoundaries</name>
    <message>
        <location filename="../rgi_plugin/controllers/boundaries.py" line="69"/>
        <source>The Handlungsräume layer cannot be loaded.</source>
        <translation>Der Layer der Handlungsräume kann nicht geladen werden.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/controllers/boundaries.py" line="94"/>
        <source>Handlungsräume (official boundaries: {name})</source>
        <translation>Handlungsräume (amtliche Abgrenzung: {name})</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/controllers/boundaries.py" line="97"/>
        <source>QGIS cannot read the file {path}.</source>
        <translation>QGIS kann die Datei {path} nicht lesen.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/controllers/boundaries.py" line="99"/>
        <source>The file {path} holds no polygons.</source>
        <translation>Die Datei {path} enthält keine Flächen.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/controllers/boundaries.py" line="150"/>
        <source>The file {path} has no field {field}.</source>
        <translation>Die Datei {path} hat kein Feld {field}.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/controllers/boundaries.py" line="103"/>
        <source>Settings: {key} = {path}, {field_key} = {field}</source>
        <translation>Einstellungen: {key} = {path}, {field_key} = {field}</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/controllers/boundaries.py" line="122"/>
        <source>Boundaries: official file {path}</source>
        <translation>Abgrenzung: amtliche Datei {path}</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/controllers/boundaries.py" line="125"/>
        <source>Boundaries: approximation from LOR 2021 and MSS 2021 (only 06 Wedding follows an official description).</source>
        <translation>Abgrenzung: Näherung aus LOR 2021 und MSS 2021 (nur 06 Wedding folgt einer amtlichen Beschreibung).</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/controllers/boundaries.py" line="128"/>
        <source>Official boundaries of the Handlungsräume</source>
        <translation>Amtliche Abgrenzung der Handlungsräume</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/controllers/boundaries.py" line="128"/>
        <source>Vector files (*.gpkg *.shp *.geojson *.json)</source>
        <translation>Vektordateien (*.gpkg *.shp *.geojson *.json)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/controllers/boundaries.py" line="135"/>
        <source>The file {path} is not a polygon layer QGIS can read.</source>
        <translation>Die Datei {path} ist kein Flächenlayer, den QGIS lesen kann.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/controllers/boundaries.py" line="140"/>
        <source>Code field</source>
        <translation>Feld mit der Gebietsnummer</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/controllers/boundaries.py" line="140"/>
        <source>Which field holds the code of the Handlungsraum (01 … 13d)?</source>
        <translation>Welches Feld enthält die Nummer des Handlungsraums (01 … 13d)?</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/controllers/boundaries.py" line="154"/>
        <source>No code in the field {field} matches a Handlungsraum; the file is not used.</source>
        <translation>Kein Wert im Feld {field} entspricht einem Handlungsraum; die Datei wird nicht verwendet.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/controllers/boundaries.py" line="154"/>
        <source>Values found: {values}</source>
        <translation>Gefundene Werte: {values}</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/controllers/boundaries.py" line="164"/>
        <source>Official boundaries used for {n} areas.</source>
        <translation>Amtliche Abgrenzung für {n} Gebiete verwendet.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/controllers/boundaries.py" line="164"/>
        <source>Codes not in the catalogue: {unknown}. Areas without a boundary in the file: {missing}.</source>
        <translation>Nummern, die nicht im Katalog stehen: {unknown}. Gebiete ohne Abgrenzung in der Datei: {missing}.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/controllers/boundaries.py" line="82"/>
        <source>Handlungsräume ({label})</source>
        <translation>Handlungsräume ({label})</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/controllers/boundaries.py" line="86"/>
        <source>Handlungsräume {label}: the Planungsräume (LOR 2021) the official map covers by more than half, assigned to the areas by overlap with the approximation and Bezirk. Not an official dataset. Shares per Planungsraum: layer {shares} in {path}.</source>
        <translation>Handlungsräume {label}: die Planungsräume (LOR 2021), die die amtliche Karte zu mehr als der Hälfte bedeckt, den Gebieten zugeordnet nach Überlappung mit der Näherung und Bezirk. Kein amtlicher Datensatz. Anteile je Planungsraum: Layer {shares} in {path}.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/controllers/boundaries.py" line="124"/>
        <source>Boundaries: {label}, at Planungsraum level.</source>
        <translation>Abgrenzung: {label}, auf Ebene der Planungsräume.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/controllers/boundaries.py" line="186"/>
        <source>{code} not on the map</source>
        <translation>{code} nicht in der Karte</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/controllers/boundaries.py" line="192"/>
        <source>Same as the approximation: {n} areas.</source>
        <translation>Wie die Näherung: {n} Gebiete.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/controllers/boundaries.py" line="194"/>
        <source>Differences: {list}.</source>
        <translation>Unterschiede: {list}.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/controllers/boundaries.py" line="213"/>
        <source>Deriving the Handlungsräume from the map service {url} …</source>
        <translation>Die Handlungsräume werden aus dem Kartendienst {url} abgeleitet …</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/controllers/boundaries.py" line="220"/>
        <source>Handlungsräume map</source>
        <translation>Karte der Handlungsräume</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/controllers/boundaries.py" line="220"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/controllers/boundaries.py" line="222"/>
        <source>The boundaries could not be derived; nothing was changed.</source>
        <translation>Die Abgrenzung konnte nicht abgeleitet werden; nichts wurde geändert.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/controllers/boundaries.py" line="232"/>
        <source>The derived boundaries could not be saved.</source>
        <translation>Die abgeleitete Abgrenzung konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/controllers/boundaries.py" line="244"/>
        <source>Boundaries {label}: {n} areas found; {m} findings need a look (partial coverage, ambiguity, areas not on the map).</source>
        <translation>Abgrenzung {label}: {n} Gebiete gefunden; {m} Befunde brauchen einen Blick (teilweise Bedeckung, Mehrdeutigkeit, Gebiete nicht in der Karte).</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/controllers/boundaries.py" line="248"/>
        <source>Boundaries {label}: {n} areas found.</source>
        <translation>Abgrenzung {label}: {n} Gebiete gefunden.</translation>
    </message>
</context>
<context>
    <name>AreaController</name>
    <message>
        <location filename="../rgi_plugin/controllers/areas.py" line="53"/>
        <source>Select Handlungsraum on the map</source>
        <translation>Handlungsraum in der Karte wählen</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/controllers/areas.py" line="64"/>
        <source>Open concept</source>
        <translation>Konzept öffnen</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/controllers/areas.py" line="131"/>
        <source>The catalogue of the Handlungsräume cannot be read.</source>
        <translation>Der Katalog der Handlungsräume kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/controllers/areas.py" line="143"/>
        <source>Use an official boundary file…</source>
        <translation>Amtliche Abgrenzung aus Datei verwenden …</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/controllers/areas.py" line="144"/>
        <source>Use the bundled approximation</source>
        <translation>Mitgelieferte Näherung verwenden</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/controllers/areas.py" line="224"/>
        <source>Bundled data could not be loaded.</source>
        <translation>Die mitgelieferten Daten konnten nicht geladen werden.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/controllers/areas.py" line="245"/>
        <source>No concept document is recorded for the Handlungsraum {code}.</source>
        <translation>Für den Handlungsraum {code} ist kein Konzept verzeichnet.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/controllers/areas.py" line="251"/>
        <source>Documents (*.pdf *.docx *.odt);;All files (*)</source>
        <translation>Dokumente (*.pdf *.docx *.odt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/controllers/areas.py" line="260"/>
        <source>{title} now opens the local file {path}.</source>
        <translation>{title} öffnet jetzt die lokale Datei {path}.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/controllers/areas.py" line="153"/>
        <source>Export key figures of all areas (XLSX/CSV)…</source>
        <translation>Kennzahlen aller Gebiete exportieren (XLSX/CSV) …</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/controllers/areas.py" line="146"/>
        <source>Show the official map (WMS) for comparison</source>
        <translation>Amtliche Karte (WMS) zum Vergleich einblenden</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/controllers/areas.py" line="142"/>
        <source>Derive boundaries from the Geoportal</source>
        <translation>Abgrenzung aus dem Geoportal ableiten</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/controllers/areas.py" line="154"/>
        <source>All areas side by side (table, XLSX/CSV)…</source>
        <translation>Alle Gebiete im Vergleich (Tabelle, XLSX/CSV) …</translation>
    </message>
</context>
<context>
    <name>AreaDetails</name>
    <message>
        <location filename="../rgi_plugin/core/areas/details.py" line="57"/>
        <source>Bezirk</source>
        <translation>Bezirk</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/areas/details.py" line="58"/>
        <source>Population (MSS 2021)</source>
        <translation>Einwohner (MSS 2021)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/areas/details.py" line="59"/>
        <source>MSS 2021 status</source>
        <translation>Status MSS 2021</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/areas/details.py" line="61"/>
        <source>Planungsräume</source>
        <translation>Planungsräume</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/areas/details.py" line="67"/>
        <source>Part of {code} {name}</source>
        <translation>Teil von {code} {name}</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/areas/details.py" line="71"/>
        <source>Approximate boundary.</source>
        <translation>Abgrenzung angenähert.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/areas/details.py" line="92"/>
        <source>Ressortbeiträge</source>
        <translation>Ressortbeiträge</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/areas/details.py" line="95"/>
        <source>Department not stated in the source</source>
        <translation>Ressort in der Quelle nicht angegeben</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/areas/details.py" line="104"/>
        <source>official</source>
        <translation>amtlich</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/areas/details.py" line="104"/>
        <source>inferred</source>
        <translation>abgeleitet</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/areas/details.py" line="106"/>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/areas/details.py" line="106"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/areas/details.py" line="106"/>
        <source>Boundary</source>
        <translation>Abgrenzung</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/areas/details.py" line="86"/>
        <source>Key figures</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/areas/details.py" line="101"/>
        <source>* Assigned to this area by inference: the source names the programme for the Gemeinschaftsinitiative as a whole, not for single areas.</source>
        <translation>* Zuordnung zu diesem Gebiet abgeleitet: Die Quelle nennt das Programm für die Gemeinschaftsinitiative insgesamt, nicht für einzelne Gebiete.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/areas/details.py" line="83"/>
        <source>Key figures are not available.</source>
        <translation>Kennzahlen sind nicht verfügbar.</translation>
    </message>
</context>
<context>
    <name>AreaFigures</name>
    <message>
        <location filename="../rgi_plugin/core/areas/export.py" line="61"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/areas/export.py" line="17"/>
        <source>Area</source>
        <translation>Gebiet</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/areas/export.py" line="18"/>
        <source>Planning areas</source>
        <translation>Planungsräume</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/areas/export.py" line="19"/>
        <source>Planning areas not found</source>
        <translation>Planungsräume nicht gefunden</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/areas/export.py" line="20"/>
        <source>Population</source>
        <translation>Einwohner</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/areas/export.py" line="21"/>
        <source>Planning areas rated by the MSS</source>
        <translation>Planungsräume mit MSS-Bewertung</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/areas/export.py" line="22"/>
        <source>of which requiring special attention</source>
        <translation>davon mit besonderem Aufmerksamkeitsbedarf</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/areas/export.py" line="23"/>
        <source>Share of planning areas requiring special attention (%)</source>
        <translation>Anteil Planungsräume mit besonderem Aufmerksamkeitsbedarf (%)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/areas/export.py" line="25"/>
        <source>Share of population in areas requiring special attention (%)</source>
        <translation>Anteil Einwohner in Gebieten mit besonderem Aufmerksamkeitsbedarf (%)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/areas/export.py" line="27"/>
        <source>Public primary schools</source>
        <translation>Öffentliche Grundschulen</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/areas/export.py" line="28"/>
        <source>of which with an Lmb quota</source>
        <translation>davon mit Lmb-Quote</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/areas/export.py" line="29"/>
        <source>of which at or above the Lmb threshold</source>
        <translation>davon Lmb-Quote ab Schwelle</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/areas/export.py" line="30"/>
        <source>Lmb threshold (%)</source>
        <translation>Lmb-Schwelle (%)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/areas/export.py" line="31"/>
        <source>Mean Lmb quota (%)</source>
        <translation>Mittlere Lmb-Quote (%)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/areas/export.py" line="34"/>
        <source>Planning areas class {value}</source>
        <translation>Planungsräume Schicht {value}</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/areas/export.py" line="37"/>
        <source>Planning areas without class</source>
        <translation>Planungsräume ohne Schicht</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/areas/export.py" line="39"/>
        <source>Data editions</source>
        <translation>Datenstände</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/areas/export.py" line="40"/>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>AreaLayer</name>
    <message>
        <location filename="../rgi_plugin/core/areas/layer.py" line="28"/>
        <source>Official description (possibly incomplete)</source>
        <translation>Amtliche Beschreibung (evtl. unvollständig)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/areas/layer.py" line="29"/>
        <source>Approximate: LOR unit of the same name</source>
        <translation>Näherung: gleichnamige LOR-Einheit</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/areas/layer.py" line="30"/>
        <source>Approximate: LOR region with MSS criterion</source>
        <translation>Näherung: LOR-Region mit MSS-Kriterium</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/areas/layer.py" line="129"/>
        <source>Open concept</source>
        <translation>Konzept öffnen</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/areas/layer.py" line="31"/>
        <source>Derived from the Geoportal's map service (Planungsräume)</source>
        <translation>Abgeleitet aus dem Kartendienst des Geoportals (Planungsräume)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/areas/layer.py" line="74"/>
        <source>Marker: an area too small to see at this scale</source>
        <translation>Markierung: Gebiet in diesem Maßstab zu klein zum Erkennen</translation>
    </message>
</context>
<context>
    <name>AreaSummary</name>
    <message>
        <location filename="../rgi_plugin/core/areas/summary.py" line="142"/>
        <source>Social structure atlas: {source}</source>
        <translation>Sozialstrukturatlas: {source}</translation>
    </message>
</context>
<context>
    <name>AreasPanel</name>
    <message>
        <location filename="../rgi_plugin/gui/areas_panel.py" line="186"/>
        <source>Select a Handlungsraum in the list or on the map.</source>
        <translation>Wählen Sie einen Handlungsraum in der Liste oder in der Karte.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/areas_panel.py" line="167"/>
        <source>No concept document is recorded for this area.</source>
        <translation>Für dieses Gebiet ist kein Konzept verzeichnet.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/areas_panel.py" line="242"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/areas_panel.py" line="244"/>
        <source>Open the concept (a local file takes precedence over the web address)</source>
        <translation>Konzept öffnen (eine lokale Datei hat Vorrang vor der Internetadresse)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/areas_panel.py" line="249"/>
        <source>Assign a local file (e.g. on the file share) to this concept</source>
        <translation>Diesem Konzept eine lokale Datei zuordnen (z. B. auf dem Gruppenlaufwerk)</translation>
    </message>
    <message>
        <location filename="../forms/areas_panel.ui" line="11"/>
        <source>Search: code, name, Bezirk, programme, department</source>
        <translation>Suche: Nummer, Name, Bezirk, Programm, Ressort</translation>
    </message>
    <message>
        <location filename="../forms/areas_panel.ui" line="22"/>
        <source>Handlungsraum</source>
        <translation>Handlungsraum</translation>
    </message>
    <message>
        <location filename="../forms/areas_panel.ui" line="107"/>
        <source>Concept documents</source>
        <translation>Handlungskonzepte</translation>
    </message>
    <message>
        <location filename="../forms/areas_panel.ui" line="125"/>
        <source>Zoom to area</source>
        <translation>Auf Gebiet zoomen</translation>
    </message>
    <message>
        <location filename="../forms/areas_panel.ui" line="130"/>
        <source>Load area layers</source>
        <translation>Gebietslayer laden</translation>
    </message>
    <message>
        <location filename="../forms/areas_panel.ui" line="143"/>
        <source>Boundaries</source>
        <translation>Abgrenzung</translation>
    </message>
    <message>
        <location filename="../forms/areas_panel.ui" line="144"/>
        <source>Approximate or official boundaries of the Handlungsräume</source>
        <translation>Angenäherte oder amtliche Abgrenzung der Handlungsräume</translation>
    </message>
    <message>
        <location filename="../forms/areas_panel.ui" line="135"/>
        <source>Fact sheet (PDF)</source>
        <translation>Steckbrief (PDF)</translation>
    </message>
    <message>
        <location filename="../forms/areas_panel.ui" line="136"/>
        <source>Fact sheets of the Handlungsräume as PDF, and their layout</source>
        <translation>Steckbriefe der Handlungsräume als PDF und ihr Layout</translation>
    </message>
    <message>
        <location filename="../forms/areas_panel.ui" line="28"/>
        <source>Overview</source>
        <translation>Überblick</translation>
    </message>
    <message>
        <location filename="../forms/areas_panel.ui" line="56"/>
        <source>Development</source>
        <translation>Entwicklung</translation>
    </message>
    <message>
        <location filename="../forms/areas_panel.ui" line="84"/>
        <source>All areas side by side…</source>
        <translation>Alle Gebiete im Vergleich …</translation>
    </message>
    <message>
        <location filename="../forms/areas_panel.ui" line="85"/>
        <source>All Handlungsräume in one sortable table, with export to XLSX/CSV</source>
        <translation>Alle Handlungsräume in einer sortierbaren Tabelle, mit Export nach XLSX/CSV</translation>
    </message>
    <message>
        <location filename="../forms/areas_panel.ui" line="90"/>
        <source>MSS change map…</source>
        <translation>MSS-Veränderungskarte …</translation>
    </message>
    <message>
        <location filename="../forms/areas_panel.ui" line="91"/>
        <source>Status class change of every Planungsraum between two MSS editions (Processing: rgi:mss_change)</source>
        <translation>Veränderung der Statusklasse jedes Planungsraums zwischen zwei MSS-Ausgaben (Verarbeitung: rgi:mss_change)</translation>
    </message>
    <message>
        <location filename="../forms/areas_panel.ui" line="42"/>
        <source>Key figures</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <location filename="../forms/areas_panel.ui" line="99"/>
        <source>Contributions</source>
        <translation>Beiträge</translation>
    </message>
</context>
<context>
    <name>CatalogueBar</name>
    <message>
        <location filename="../rgi_plugin/gui/catalogue_bar.py" line="35"/>
        <source>Read again</source>
        <translation>Neu lesen</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/catalogue_bar.py" line="36"/>
        <source>Read the catalogue of the shared workspace again</source>
        <translation>Den Katalog des gemeinsamen Arbeitsbereichs neu lesen</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/catalogue_bar.py" line="40"/>
        <source>Edit catalogue</source>
        <translation>Katalog bearbeiten</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/catalogue_bar.py" line="58"/>
        <source>Catalogue: shared workspace</source>
        <translation>Katalog: gemeinsamer Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/catalogue_bar.py" line="60"/>
        <source>Catalogue: bundled data – the shared workspace cannot be used</source>
        <translation>Katalog: mitgelieferte Daten – der gemeinsame Arbeitsbereich ist nicht nutzbar</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/catalogue_bar.py" line="62"/>
        <source>Catalogue: bundled data</source>
        <translation>Katalog: mitgelieferte Daten</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/catalogue_bar.py" line="68"/>
        <source>Add or change Ressortbeiträge and concept documents in the shared workspace</source>
        <translation>Ressortbeiträge und Handlungskonzepte im gemeinsamen Arbeitsbereich anlegen oder ändern</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/catalogue_bar.py" line="68"/>
        <source>Add or change the concept documents of your Bezirk&apos;s areas in the shared workspace</source>
        <translation>Handlungskonzepte der Handlungsräume Ihres Bezirks im gemeinsamen Arbeitsbereich anlegen oder ändern</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/catalogue_bar.py" line="79"/>
        <source>New Ressortbeitrag…</source>
        <translation>Neuer Ressortbeitrag …</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/catalogue_bar.py" line="82"/>
        <source>Change Ressortbeitrag</source>
        <translation>Ressortbeitrag ändern</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/catalogue_bar.py" line="88"/>
        <source>New concept document…</source>
        <translation>Neues Handlungskonzept …</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/catalogue_bar.py" line="92"/>
        <source>Change concept document</source>
        <translation>Handlungskonzept ändern</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/catalogue_bar.py" line="96"/>
        <source>The concept documents of {area} are kept by its Bezirk and the Senate&apos;s coordinators</source>
        <translation>Die Handlungskonzepte von {area} führen sein Bezirk und die Koordination des Senats</translation>
    </message>
</context>
<context>
    <name>CatalogueEdit</name>
    <message>
        <location filename="../rgi_plugin/gui/catalogue_edit.py" line="35"/>
        <source>Created by {created_by} on {created_at}; last changed by {changed_by} on {changed_at}.</source>
        <translation>Angelegt von {created_by} am {created_at}; zuletzt geändert von {changed_by} am {changed_at}.</translation>
    </message>
</context>
<context>
    <name>ConceptDocuments</name>
    <message>
        <location filename="../rgi_plugin/core/areas/documents.py" line="61"/>
        <source>The local file {path} does not exist.</source>
        <translation>Die lokale Datei {path} ist nicht vorhanden.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/areas/documents.py" line="45"/>
        <source>The web address is opened instead.</source>
        <translation>Stattdessen wird die Internetadresse geöffnet.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/areas/documents.py" line="56"/>
        <source>No address is known for this document.</source>
        <translation>Für dieses Dokument ist keine Adresse bekannt.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/areas/documents.py" line="59"/>
        <source>Only http, https and file addresses are opened, not {url}.</source>
        <translation>Geöffnet werden nur http-, https- und Datei-Adressen, nicht {url}.</translation>
    </message>
</context>
<context>
    <name>CriteriaOverlay</name>
    <message>
        <location filename="../rgi_plugin/core/overlay/run.py" line="87"/>
        <source>{plr} Planungsräume: MSS criterion met by {mss}, school criterion by {school}, social criterion by {social}; {candidates} candidates in {areas} candidate areas.</source>
        <translation>{plr} Planungsräume: MSS-Kriterium erfüllt von {mss}, Schulkriterium von {school}, Sozialkriterium von {social}; {candidates} Kandidaten in {areas} Kandidatengebieten.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/overlay/assignment.py" line="55"/>
        <source>None of the schools lies in a Planungsraum. Do the layers cover the same place?</source>
        <translation>Keine der Schulen liegt in einem Planungsraum. Decken die Layer dasselbe Gebiet ab?</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/overlay/assignment.py" line="61"/>
        <source>{n} schools lie in no Planungsraum and are not counted: {ids}</source>
        <translation>{n} Schulen liegen in keinem Planungsraum und werden nicht gezählt: {ids}</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/overlay/assignment.py" line="120"/>
        <source>{n} schools belong to no catchment area and are not counted: {ids}</source>
        <translation>{n} Schulen gehören zu keinem Einschulbereich und werden nicht gezählt: {ids}</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/overlay/assignment.py" line="126"/>
        <source>Catchment areas name school numbers that no school has: {ids}</source>
        <translation>Einschulbereiche nennen Schulnummern, die keine Schule hat: {ids}</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/overlay/assignment.py" line="132"/>
        <source>{n} catchment areas hold no school that passes the filter.</source>
        <translation>{n} Einschulbereiche enthalten keine Schule, die den Filter erfüllt.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/overlay/areas.py" line="82"/>
        <source>No current Handlungsraum covers any Planungsraum. Do the layers cover the same place?</source>
        <translation>Kein bestehender Handlungsraum überdeckt einen Planungsraum. Decken die Layer dasselbe Gebiet ab?</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/overlay/areas.py" line="89"/>
        <source>Current Handlungsräume that cover no Planungsraum by the minimum share: {ids}</source>
        <translation>Bestehende Handlungsräume, die keinen Planungsraum zum Mindestanteil überdecken: {ids}</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/overlay/candidates.py" line="37"/>
        <source>No Planungsraum has data for more than {most} criteria, fewer than the minimum of {minimum}: there can be no candidate.</source>
        <translation>Für keinen Planungsraum liegen Daten zu mehr als {most} Kriterien vor, weniger als das Minimum von {minimum}: Es kann keinen Kandidaten geben.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/overlay/candidates.py" line="68"/>
        <source>Candidates without geometry belong to no candidate area: {ids}</source>
        <translation>Kandidaten ohne Geometrie gehören zu keinem Kandidatengebiet: {ids}</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/overlay/tables.py" line="63"/>
        <source>The field &apos;{field}&apos; is missing in &apos;{layer}&apos;. Fields there: {fields}.</source>
        <translation>Das Feld „{field}“ fehlt in „{layer}“. Vorhandene Felder: {fields}.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/overlay/checks.py" line="54"/>
        <source>points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/overlay/checks.py" line="55"/>
        <source>lines</source>
        <translation>Linien</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/overlay/checks.py" line="56"/>
        <source>polygons</source>
        <translation>Flächen</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/overlay/checks.py" line="58"/>
        <source>no geometry</source>
        <translation>keine Geometrie</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/overlay/checks.py" line="59"/>
        <source>&apos;{layer}&apos; must hold {expected}, but it holds {found}.</source>
        <translation>„{layer}“ muss {expected} enthalten, enthält aber {found}.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/overlay/checks.py" line="68"/>
        <source>&apos;{layer}&apos; has no features.</source>
        <translation>„{layer}“ enthält keine Objekte.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/overlay/checks.py" line="86"/>
        <source>The school filter &apos;{expression}&apos; is not a valid expression: {error}</source>
        <translation>Der Schulfilter „{expression}“ ist kein gültiger Ausdruck: {error}</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/overlay/mss.py" line="49"/>
        <source>&apos;{layer}&apos; holds {value}, which is not an 8-digit Planungsraum id.</source>
        <translation>„{layer}“ enthält {value}; das ist keine 8-stellige Planungsraum-Nummer.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/overlay/planungsraeume.py" line="70"/>
        <source>A feature of &apos;{layer}&apos; has no Planungsraum id (field &apos;{field}&apos;).</source>
        <translation>Ein Objekt in „{layer}“ hat keine Planungsraum-Nummer (Feld „{field}“).</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/overlay/planungsraeume.py" line="84"/>
        <source>&apos;{layer}&apos; holds these Planungsraum ids more than once: {ids}.</source>
        <translation>„{layer}“ enthält diese Planungsraum-Nummern mehrfach: {ids}.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/overlay/planungsraeume.py" line="90"/>
        <source>Planungsräume without geometry (no school or area can lie in them): {ids}</source>
        <translation>Planungsräume ohne Geometrie (darin kann keine Schule und kein Gebiet liegen): {ids}</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/overlay/schools.py" line="53"/>
        <source>Give the Lmb quotas either as a field of the schools or as a table, not both.</source>
        <translation>Bitte die Lmb-Quoten entweder als Feld der Schulen oder als Tabelle angeben, nicht beides.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/overlay/schools.py" line="63"/>
        <source>No school of &apos;{layer}&apos; passes the filter &apos;{expression}&apos;.</source>
        <translation>Keine Schule in „{layer}“ erfüllt den Filter „{expression}“.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/overlay/schools.py" line="68"/>
        <source>{n} schools pass the filter.</source>
        <translation>{n} Schulen erfüllen den Filter.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/overlay/schools.py" line="70"/>
        <source>Schools without a location are not used: {ids}</source>
        <translation>Schulen ohne Standort werden nicht verwendet: {ids}</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/overlay/schools.py" line="85"/>
        <source>No Lmb quotas given (field or table): the school criterion has no data.</source>
        <translation>Keine Lmb-Quoten angegeben (Feld oder Tabelle): Für das Schulkriterium liegen keine Daten vor.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/overlay/areas.py" line="51"/>
        <source>{n} features of &apos;{layer}&apos; have no code or no geometry and are not used.</source>
        <translation>{n} Objekte in „{layer}“ haben keinen Code oder keine Geometrie und werden nicht verwendet.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/overlay/schools.py" line="134"/>
        <source>{n} schools that pass the filter have no Lmb quota: {ids}</source>
        <translation>{n} Schulen, die den Filter erfüllen, haben keine Lmb-Quote: {ids}</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/overlay/assignment.py" line="106"/>
        <source>No catchment area holds or names a school that passes the filter and covers a Planungsraum by the minimum share.</source>
        <translation>Kein Einschulbereich enthält oder nennt eine Schule, die den Filter erfüllt, und überdeckt einen Planungsraum zum Mindestanteil.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/overlay/assignment.py" line="112"/>
        <source>{n} catchment areas cover no Planungsraum by the minimum share of {share} %: their schools are not counted: {ids}</source>
        <translation>{n} Einschulbereiche überdecken keinen Planungsraum zum Mindestanteil von {share} %; ihre Schulen werden nicht gezählt: {ids}</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/overlay/assignment.py" line="164"/>
        <source>{n} Planungsräume have schools below the threshold and schools without an Lmb quota: the school criterion is unknown (NULL) there: {ids}</source>
        <translation>{n} Planungsräume haben Schulen unter der Schwelle und Schulen ohne Lmb-Quote: Das Schulkriterium ist dort unbekannt (NULL): {ids}</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/overlay/areas.py" line="108"/>
        <source>{n} of the {total} current Handlungsräume are drawn from the MSS criterion itself (basis criteria_derived): their share of Planungsräume meeting the MSS criterion is 100 % by construction, not a finding: {ids}</source>
        <translation>{n} der {total} bestehenden Handlungsräume sind aus dem MSS-Kriterium selbst abgegrenzt (basis criteria_derived): Ihr Anteil an Planungsräumen mit erfülltem MSS-Kriterium ist per Konstruktion 100 %, kein Befund: {ids}</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/overlay/schools.py" line="155"/>
        <source>School numbers that occur more than once in &apos;{layer}&apos; (every location counts, with the one quota of the school): {ids}</source>
        <translation>Schulnummern, die in „{layer}“ mehrfach vorkommen (jeder Standort zählt, mit der einen Quote der Schule): {ids}</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/overlay/tables.py" line="25"/>
        <source>The ids of '{layer}' match none of the Planungsräume (ids there: {ids}; Planungsraum ids: {plr_ids}).</source>
        <translation>Die Nummern in „{layer}“ passen zu keinem Planungsraum (Nummern dort: {ids}; Planungsraum-Nummern: {plr_ids}).</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/overlay/mss.py" line="57"/>
        <source>&apos;{layer}&apos;, Planungsraum {id}: &apos;{status}&apos; / &apos;{dynamics}&apos; is not an MSS status / dynamics class.</source>
        <translation>„{layer}“, Planungsraum {id}: „{status}“ / „{dynamics}“ ist keine Status- bzw. Dynamikklasse des MSS.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/overlay/mss.py" line="65"/>
        <source>{n} rows of &apos;{layer}&apos; have no Planungsraum id and are not used (features: {ids})</source>
        <translation>{n} Zeilen aus „{layer}“ haben keine Planungsraum-Nummer und werden nicht verwendet (Objekte: {ids})</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/overlay/mss.py" line="68"/>
        <source>{n} rows of &apos;{layer}&apos; carry the MSS placeholder -9999 instead of a class: no MSS rating (keine Bewertung) for {ids}</source>
        <translation>{n} Zeilen aus „{layer}“ tragen den MSS-Platzhalter -9999 statt einer Klasse: keine Bewertung für {ids}</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/overlay/mss.py" line="73"/>
        <source>{n} rows of &apos;{layer}&apos; that the MSS marks invalid hold values that are no MSS class: no MSS rating (keine Bewertung) for {ids}</source>
        <translation>{n} Zeilen aus „{layer}“, die das MSS als ungültig kennzeichnet, enthalten Werte, die keine MSS-Klasse sind: keine Bewertung für {ids}</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/overlay/mss.py" line="77"/>
        <source>Populations of &apos;{layer}&apos; that are not whole numbers (treated as no population): {ids}</source>
        <translation>Einwohnerzahlen in „{layer}“, die keine ganzen Zahlen sind (als ohne Einwohnerzahl behandelt): {ids}</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/overlay/mss.py" line="38"/>
        <source>No MSS validity field: every row with a status is rated.</source>
        <translation>Kein Gültigkeitsfeld für das MSS: Jede Zeile mit Status wird bewertet.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/overlay/mss.py" line="40"/>
        <source>{n} Planungsräume have no MSS rating (marked invalid or without status): no data for the MSS criterion.</source>
        <translation>{n} Planungsräume haben keine MSS-Bewertung (als ungültig gekennzeichnet oder ohne Status): keine Daten für das MSS-Kriterium.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/overlay/tables.py" line="37"/>
        <source>{n} Planungsräume have no row in '{layer}' (no data for this criterion): {ids}</source>
        <translation>{n} Planungsräume haben keine Zeile in „{layer}“ (keine Daten für dieses Kriterium): {ids}</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/overlay/tables.py" line="40"/>
        <source>{n} ids of &apos;{layer}&apos; match no Planungsraum and are not used: {ids}</source>
        <translation>{n} Nummern aus „{layer}“ passen zu keinem Planungsraum und werden nicht verwendet: {ids}</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/overlay/tables.py" line="85"/>
        <source>school numbers</source>
        <translation>Schulnummern</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/overlay/tables.py" line="85"/>
        <source>Lmb quotas</source>
        <translation>Lmb-Quoten</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/overlay/tables.py" line="89"/>
        <source>&apos;{layer}&apos; has no column recognisable as {role} (columns there: {columns}); name it with {parameter}.</source>
        <translation>„{layer}“ hat keine Spalte, die als {role} erkennbar ist (Spalten dort: {columns}); geben Sie sie mit {parameter} an.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/overlay/tables.py" line="106"/>
        <source>Lmb quotas from &apos;{layer}&apos;: </source>
        <translation>Lmb-Quoten aus „{layer}“: </translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/overlay/tables.py" line="112"/>
        <source>&apos;{layer}&apos; has no usable Lmb quota for the schools that pass the filter: {lines}</source>
        <translation>„{layer}“ enthält keine verwendbare Lmb-Quote für die Schulen, die den Filter erfüllen: {lines}</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/overlay/tables.py" line="115"/>
        <source>The school numbers of &apos;{layer}&apos; match none of the schools that pass the filter (numbers there: {ids}).</source>
        <translation>Die Schulnummern in „{layer}“ passen zu keiner Schule, die den Filter erfüllt (Nummern dort: {ids}).</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/overlay/tables.py" line="127"/>
        <source>Lmb quotas from the field &apos;{field}&apos; of &apos;{layer}&apos;: </source>
        <translation>Lmb-Quoten aus dem Feld „{field}“ von „{layer}“: </translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/overlay/tables.py" line="152"/>
        <source>Social atlas &apos;{layer}&apos;: </source>
        <translation>Sozialstrukturatlas „{layer}“: </translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/overlay/tables.py" line="159"/>
        <source>The class {value} occurs in no Planungsraum of &apos;{layer}&apos;: the social criterion is met nowhere.</source>
        <translation>Die Schicht {value} kommt in keinem Planungsraum von „{layer}“ vor: Das Sozialkriterium ist nirgends erfüllt.</translation>
    </message>
</context>
<context>
    <name>CriteriaOverlayAlgorithm</name>
    <message>
        <location filename="../rgi_plugin/processing/criteria_overlay/algorithm.py" line="115"/>
        <source>Criteria overlay</source>
        <translation>Kriterien-Überlagerung</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/criteria_overlay/algorithm.py" line="118"/>
        <source>Which Planungsräume meet the criteria of the Gemeinschaftsinitiative on current data.</source>
        <translation>Welche Planungsräume die Kriterien der Gemeinschaftsinitiative nach aktuellen Daten erfüllen.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/criteria_overlay/algorithm.py" line="155"/>
        <source>Planungsräume</source>
        <translation>Planungsräume</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/criteria_overlay/algorithm.py" line="156"/>
        <source>Planungsraum id field</source>
        <translation>Feld Planungsraum-Nummer</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/criteria_overlay/algorithm.py" line="157"/>
        <source>Planungsraum name field</source>
        <translation>Feld Planungsraum-Name</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/criteria_overlay/algorithm.py" line="159"/>
        <source>MSS indices (layer or table)</source>
        <translation>MSS-Indizes (Layer oder Tabelle)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/criteria_overlay/algorithm.py" line="160"/>
        <source>MSS: Planungsraum id field</source>
        <translation>MSS: Feld Planungsraum-Nummer</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/criteria_overlay/algorithm.py" line="161"/>
        <source>MSS: status index field</source>
        <translation>MSS: Feld Statusindex</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/criteria_overlay/algorithm.py" line="162"/>
        <source>MSS: dynamics index field</source>
        <translation>MSS: Feld Dynamikindex</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/criteria_overlay/algorithm.py" line="163"/>
        <source>MSS: validity field</source>
        <translation>MSS: Feld Gültigkeit</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/criteria_overlay/algorithm.py" line="164"/>
        <source>MSS: population field</source>
        <translation>MSS: Feld Einwohnerzahl</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/criteria_overlay/algorithm.py" line="165"/>
        <source>MSS rule: status classes that count on their own</source>
        <translation>MSS-Regel: Statusklassen, die allein zählen</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/criteria_overlay/algorithm.py" line="166"/>
        <source>MSS rule: status classes that count with negative dynamics</source>
        <translation>MSS-Regel: Statusklassen, die bei negativer Dynamik zählen</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/criteria_overlay/algorithm.py" line="169"/>
        <source>Schools</source>
        <translation>Schulen</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/criteria_overlay/algorithm.py" line="170"/>
        <source>School number field</source>
        <translation>Feld Schulnummer</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/criteria_overlay/algorithm.py" line="171"/>
        <source>Schools that count (filter)</source>
        <translation>Berücksichtigte Schulen (Filter)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/criteria_overlay/algorithm.py" line="173"/>
        <source>Lmb quota field of the schools</source>
        <translation>Feld Lmb-Quote der Schulen</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/criteria_overlay/algorithm.py" line="174"/>
        <source>Lmb table (school number and quota)</source>
        <translation>Lmb-Tabelle (Schulnummer und Quote)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/criteria_overlay/algorithm.py" line="178"/>
        <source>Lmb threshold (percent)</source>
        <translation>Lmb-Schwellenwert (Prozent)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/criteria_overlay/algorithm.py" line="179"/>
        <source>Catchment areas (Einschulbereiche)</source>
        <translation>Einschulbereiche</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/criteria_overlay/algorithm.py" line="181"/>
        <source>Catchment areas: school number field</source>
        <translation>Einschulbereiche: Feld Schulnummer</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/criteria_overlay/algorithm.py" line="182"/>
        <source>Catchment areas: minimum share of a Planungsraum (percent)</source>
        <translation>Einschulbereiche: Mindestanteil an einem Planungsraum (Prozent)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/criteria_overlay/algorithm.py" line="184"/>
        <source>Social atlas (layer or table)</source>
        <translation>Sozialstrukturatlas (Layer oder Tabelle)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/criteria_overlay/algorithm.py" line="187"/>
        <source>Social atlas: class that counts</source>
        <translation>Sozialstrukturatlas: zählende Schicht</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/criteria_overlay/algorithm.py" line="189"/>
        <source>Minimum number of criteria</source>
        <translation>Mindestzahl erfüllter Kriterien</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/criteria_overlay/algorithm.py" line="190"/>
        <source>Current Handlungsräume</source>
        <translation>Bestehende Handlungsräume</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/criteria_overlay/algorithm.py" line="191"/>
        <source>Handlungsräume: code field</source>
        <translation>Handlungsräume: Feld Code</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/criteria_overlay/algorithm.py" line="192"/>
        <source>Handlungsräume: name field</source>
        <translation>Handlungsräume: Feld Name</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/criteria_overlay/algorithm.py" line="193"/>
        <source>Handlungsräume: minimum share of a Planungsraum (percent)</source>
        <translation>Handlungsräume: Mindestanteil an einem Planungsraum (Prozent)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/criteria_overlay/algorithm.py" line="194"/>
        <source>Candidate areas: largest gap between neighbours (m)</source>
        <translation>Kandidatengebiete: größter Abstand zwischen Nachbarn (m)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/criteria_overlay/algorithm.py" line="196"/>
        <source>Note on the data</source>
        <translation>Hinweis zu den Daten</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/criteria_overlay/algorithm.py" line="198"/>
        <source>Planungsräume with criteria</source>
        <translation>Planungsräume mit Kriterien</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/criteria_overlay/algorithm.py" line="204"/>
        <source>Candidate areas</source>
        <translation>Kandidatengebiete</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/criteria_overlay/algorithm.py" line="202"/>
        <source>Summary per Handlungsraum</source>
        <translation>Übersicht je Handlungsraum</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/criteria_overlay/algorithm.py" line="204"/>
        <source>Planungsräume meeting the MSS criterion</source>
        <translation>Planungsräume, die das MSS-Kriterium erfüllen</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/criteria_overlay/algorithm.py" line="204"/>
        <source>Planungsräume meeting the school criterion</source>
        <translation>Planungsräume, die das Schulkriterium erfüllen</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/criteria_overlay/algorithm.py" line="204"/>
        <source>Planungsräume meeting the social criterion</source>
        <translation>Planungsräume, die das Sozialkriterium erfüllen</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/criteria_overlay/algorithm.py" line="204"/>
        <source>Candidate Planungsräume</source>
        <translation>Planungsräume als Kandidaten</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/criteria_overlay/parameters.py" line="69"/>
        <source>The input &apos;{}&apos; cannot be read.</source>
        <translation>Die Eingabe „{}“ kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/criteria_overlay/parameters.py" line="109"/>
        <source>{parameter}: choose &apos;{none}&apos; alone or status classes, not both.</source>
        <translation>{parameter}: Bitte entweder „{none}“ allein oder Statusklassen wählen, nicht beides.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/criteria_overlay/algorithm.py" line="232"/>
        <source>MSS rule: {}</source>
        <translation>MSS-Regel: {}</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/criteria_overlay/algorithm.py" line="233"/>
        <source>Lmb threshold: {} %</source>
        <translation>Lmb-Schwellenwert: {} %</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/criteria_overlay/algorithm.py" line="234"/>
        <source>Schools that count: {}</source>
        <translation>Berücksichtigte Schulen: {}</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/criteria_overlay/algorithm.py" line="235"/>
        <source>Minimum number of criteria: {}</source>
        <translation>Mindestzahl erfüllter Kriterien: {}</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/criteria_overlay/algorithm.py" line="238"/>
        <source>Social atlas class that counts: {}</source>
        <translation>Zählende Schicht des Sozialstrukturatlas: {}</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/criteria_overlay/algorithm.py" line="248"/>
        <source>Canceled: no output was written.</source>
        <translation>Abgebrochen: Es wurde keine Ausgabe geschrieben.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/criteria_overlay/algorithm.py" line="176"/>
        <source>Lmb table: school number field (empty: detected)</source>
        <translation>Lmb-Tabelle: Feld Schulnummer (leer: erkannt)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/criteria_overlay/algorithm.py" line="177"/>
        <source>Lmb table: quota field (empty: detected)</source>
        <translation>Lmb-Tabelle: Feld Quote (leer: erkannt)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/criteria_overlay/algorithm.py" line="185"/>
        <source>Social atlas: Planungsraum id field (empty: detected)</source>
        <translation>Sozialstrukturatlas: Feld Planungsraum-Nummer (leer: erkannt)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/criteria_overlay/algorithm.py" line="186"/>
        <source>Social atlas: class field (empty: detected)</source>
        <translation>Sozialstrukturatlas: Feld Schicht (leer: erkannt)</translation>
    </message>
</context>
<context>
    <name>CriteriaOverlayCompareAlgorithm</name>
    <message>
        <location filename="../rgi_plugin/processing/criteria_overlay_compare.py" line="90"/>
        <source>Criteria overlay: compare two MSS editions</source>
        <translation>Kriterien-Überlagerung: zwei MSS-Ausgaben vergleichen</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/criteria_overlay_compare.py" line="93"/>
        <source>Runs the criteria overlay on two MSS editions and lists the Planungsräume that entered or left the candidate set.</source>
        <translation>Führt die Kriterien-Überlagerung auf zwei MSS-Ausgaben aus und listet die Planungsräume, die zu den Kandidaten hinzugekommen oder aus ihnen herausgefallen sind.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/criteria_overlay_compare.py" line="100"/>
        <source>&lt;p&gt;Runs the criteria overlay (as &lt;i&gt;rgi:criteria_overlay&lt;/i&gt;) on each edition's own Planungsräume: MSS 2013–2019 on the Planungsräume before 2021, 2021 and later on LOR 2021. BEFORE = MSS 2017 reproduces the basis of 2018.&lt;/p&gt;&lt;p&gt;Criteria: the MSS rule (inferred default: status niedrig or sehr niedrig, or mittel with negative dynamics); a public primary school at or above the Lmb threshold (only with an LMB_TABLE; its values stay local); the social criterion (SOCIAL): the GESIx of the Gesundheits- und Sozialstrukturatlas 2022 split into seven equal-count classes, class 7 = the lowest values. This is an &lt;b&gt;inferred&lt;/b&gt; stand-in for Schicht 7 of the 2013 atlas: GESIx 2013 for editions up to 2017, GESIx 2022 after; on LOR 2021 by the class of the old Planungsraum covering most of each new one.&lt;/p&gt;&lt;p&gt;OUTPUT lists the Planungsräume that entered (candidate only in AFTER) or left (only in BEFORE) with the deciding values of their edition. Across LOR schemes nothing is joined by id: a Planungsraum entered when BEFORE's candidates cover less than half of it, and left when AFTER's do.&lt;/p&gt;&lt;p&gt;Output fields:&lt;/p&gt;&lt;ul&gt;{}&lt;/ul&gt;</source>
        <translation>&lt;p&gt;Führt die Kriterien-Überlagerung (wie &lt;i&gt;rgi:criteria_overlay&lt;/i&gt;) auf den eigenen Planungsräumen jeder Ausgabe aus: MSS 2013–2019 auf den Planungsräumen vor 2021, ab 2021 auf LOR 2021. BEFORE = MSS 2017 bildet die Grundlage von 2018 nach.&lt;/p&gt;&lt;p&gt;Kriterien: die MSS-Regel (erschlossene Voreinstellung: Status niedrig oder sehr niedrig, oder mittel mit negativer Dynamik); eine öffentliche Grundschule ab der Lmb-Schwelle (nur mit LMB_TABLE; deren Werte bleiben lokal); das soziale Kriterium (SOCIAL): der GESIx des Gesundheits- und Sozialstrukturatlas 2022, in sieben gleich große Klassen geteilt, Klasse 7 = die niedrigsten Werte. Das ist ein &lt;b&gt;erschlossener&lt;/b&gt; Ersatz für Schicht 7 des Atlas 2013: GESIx 2013 für Ausgaben bis 2017, danach GESIx 2022; auf LOR 2021 über die Klasse des alten Planungsraums, der den neuen größtenteils überdeckt.&lt;/p&gt;&lt;p&gt;OUTPUT listet die Planungsräume, die hinzugekommen (nur in AFTER Kandidat) oder herausgefallen (nur in BEFORE) sind, mit den entscheidenden Werten ihrer Ausgabe. Zwischen LOR-Ständen wird nichts über die Nummer verbunden: Ein Planungsraum ist hinzugekommen, wenn die Kandidaten von BEFORE weniger als die Hälfte seiner Fläche überdecken, herausgefallen, wenn die von AFTER es tun.&lt;/p&gt;&lt;p&gt;Ausgabefelder:&lt;/p&gt;&lt;ul&gt;{}&lt;/ul&gt;</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/criteria_overlay_compare.py" line="116"/>
        <source>Earlier edition</source>
        <translation>Frühere Ausgabe</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/criteria_overlay_compare.py" line="116"/>
        <source>Later edition</source>
        <translation>Spätere Ausgabe</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/criteria_overlay_compare.py" line="121"/>
        <source>Schools (empty: the bundled schools of October 2023)</source>
        <translation>Schulen (leer: die mitgelieferten Schulen vom Oktober 2023)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/criteria_overlay_compare.py" line="125"/>
        <source>Lmb table (school number and quota)</source>
        <translation>Lmb-Tabelle (Schulnummer und Quote)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/criteria_overlay_compare.py" line="127"/>
        <source>Lmb table: school number field</source>
        <translation>Lmb-Tabelle: Feld Schulnummer</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/criteria_overlay_compare.py" line="129"/>
        <source>Lmb table: quota field</source>
        <translation>Lmb-Tabelle: Feld Quote</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/criteria_overlay_compare.py" line="131"/>
        <source>Lmb threshold (percent)</source>
        <translation>Lmb-Schwellenwert (Prozent)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/criteria_overlay_compare.py" line="134"/>
        <source>Social criterion from the GESIx (inferred classes)</source>
        <translation>Soziales Kriterium aus dem GESIx (erschlossene Klassen)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/criteria_overlay_compare.py" line="136"/>
        <source>Minimum number of criteria</source>
        <translation>Mindestzahl erfüllter Kriterien</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/criteria_overlay_compare.py" line="141"/>
        <source>Planungsräume entered or left</source>
        <translation>Hinzugekommene und herausgefallene Planungsräume</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/criteria_overlay_compare.py" line="143"/>
        <source>Planungsräume with criteria, earlier edition</source>
        <translation>Planungsräume mit Kriterien, frühere Ausgabe</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/criteria_overlay_compare.py" line="143"/>
        <source>Planungsräume with criteria, later edition</source>
        <translation>Planungsräume mit Kriterien, spätere Ausgabe</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/criteria_overlay_compare.py" line="147"/>
        <source>Planungsräume entered</source>
        <translation>Hinzugekommene Planungsräume</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/criteria_overlay_compare.py" line="147"/>
        <source>Planungsräume left</source>
        <translation>Herausgefallene Planungsräume</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/criteria_overlay_compare.py" line="147"/>
        <source>Candidates in the earlier edition</source>
        <translation>Kandidaten in der früheren Ausgabe</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/criteria_overlay_compare.py" line="147"/>
        <source>Candidates in the later edition</source>
        <translation>Kandidaten in der späteren Ausgabe</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/criteria_overlay_compare.py" line="155"/>
        <source>Choose two different editions (both are {}).</source>
        <translation>Bitte zwei verschiedene Ausgaben wählen (beide sind {}).</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/criteria_overlay_compare.py" line="207"/>
        <source>Criteria overlay on {}</source>
        <translation>Kriterien-Überlagerung auf {}</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/criteria_overlay_compare.py" line="221"/>
        <source>Canceled: no output was written.</source>
        <translation>Abgebrochen: Es wurde keine Ausgabe geschrieben.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/criteria_overlay_compare.py" line="138"/>
        <source>Current Handlungsräume (empty: the boundaries derived from the Geoportal's map when in use, else the bundled approximation)</source>
        <translation>Bestehende Handlungsräume (leer: die aus dem Kartendienst des Geoportals abgeleitete Abgrenzung, wenn sie verwendet wird, sonst die mitgelieferte Näherung)</translation>
    </message>
</context>
<context>
    <name>CriteriaOverlayFields</name>
    <message>
        <location filename="../rgi_plugin/core/overlay/output.py" line="21"/>
        <source>Planungsraum id, 8 digits</source>
        <translation>Planungsraum-Nummer, 8-stellig</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/overlay/output.py" line="21"/>
        <source>name of the Planungsraum (if a name field was given)</source>
        <translation>Name des Planungsraums (wenn ein Namensfeld angegeben ist)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/overlay/output.py" line="21"/>
        <source>population (MSS population field)</source>
        <translation>Einwohnerzahl (Einwohnerfeld des MSS)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/overlay/output.py" line="21"/>
        <source>MSS status index class (1 hoch … 4 sehr niedrig)</source>
        <translation>Klasse des MSS-Statusindex (1 hoch … 4 sehr niedrig)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/overlay/output.py" line="21"/>
        <source>MSS dynamics index class (1 positiv, 3 stabil, 5 negativ)</source>
        <translation>Klasse des MSS-Dynamikindex (1 positiv, 3 stabil, 5 negativ)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/overlay/output.py" line="21"/>
        <source>MSS validity remark (kom)</source>
        <translation>Gültigkeitsvermerk des MSS (kom)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/overlay/output.py" line="21"/>
        <source>criterion 1: MSS rule met; NULL without a valid MSS rating</source>
        <translation>Kriterium 1: MSS-Regel erfüllt; NULL ohne gültige MSS-Bewertung</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/overlay/output.py" line="21"/>
        <source>schools passing the filter assigned to the Planungsraum</source>
        <translation>dem Planungsraum zugeordnete Schulen, die den Filter erfüllen</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/overlay/output.py" line="21"/>
        <source>of these, schools with an Lmb quota</source>
        <translation>davon Schulen mit Lmb-Quote</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/overlay/output.py" line="21"/>
        <source>of these, schools at or above the threshold</source>
        <translation>davon Schulen mit Quote am oder über dem Schwellenwert</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/overlay/output.py" line="21"/>
        <source>highest Lmb quota (percent) of the assigned schools</source>
        <translation>höchste Lmb-Quote (Prozent) der zugeordneten Schulen</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/overlay/output.py" line="21"/>
        <source>school numbers at or above the threshold</source>
        <translation>Schulnummern am oder über dem Schwellenwert</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/overlay/output.py" line="21"/>
        <source>social-atlas class (Schicht)</source>
        <translation>Schicht des Sozialstrukturatlas</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/overlay/output.py" line="21"/>
        <source>criterion 3: the class that counts; NULL without data</source>
        <translation>Kriterium 3: die zählende Schicht; NULL ohne Daten</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/overlay/output.py" line="21"/>
        <source>criteria with data (0–3)</source>
        <translation>Kriterien mit Daten (0–3)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/overlay/output.py" line="21"/>
        <source>criteria met (0–3)</source>
        <translation>erfüllte Kriterien (0–3)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/overlay/output.py" line="21"/>
        <source>at least the minimum number of criteria met</source>
        <translation>mindestens die Mindestzahl an Kriterien erfüllt</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/overlay/output.py" line="21"/>
        <source>candidate area the Planungsraum belongs to</source>
        <translation>Kandidatengebiet, zu dem der Planungsraum gehört</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/overlay/output.py" line="21"/>
        <source>current Handlungsraum it lies in</source>
        <translation>bestehender Handlungsraum, in dem er liegt</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/overlay/output.py" line="21"/>
        <source>share of the Planungsraum inside its best-covering current area</source>
        <translation>Anteil des Planungsraums im ihn am stärksten überdeckenden bestehenden Handlungsraum</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/overlay/output.py" line="21"/>
        <source>note on the data, e.g. that Lmb values are examples</source>
        <translation>Hinweis zu den Daten, z. B. dass Lmb-Werte Beispieldaten sind</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/overlay/output.py" line="52"/>
        <source>number of the candidate area (ordered by lowest Planungsraum id)</source>
        <translation>Nummer des Kandidatengebiets (geordnet nach kleinster Planungsraum-Nummer)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/overlay/output.py" line="52"/>
        <source>number of Planungsräume</source>
        <translation>Anzahl der Planungsräume</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/overlay/output.py" line="52"/>
        <source>their ids</source>
        <translation>ihre Nummern</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/overlay/output.py" line="66"/>
        <source>population</source>
        <translation>Einwohnerzahl</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/overlay/output.py" line="52"/>
        <source>size in km²</source>
        <translation>Größe in km²</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/overlay/output.py" line="52"/>
        <source>current Handlungsräume its Planungsräume lie in</source>
        <translation>bestehende Handlungsräume, in denen seine Planungsräume liegen</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/overlay/output.py" line="52"/>
        <source>its Planungsräume inside a current area</source>
        <translation>seine Planungsräume innerhalb eines bestehenden Handlungsraums</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/overlay/output.py" line="52"/>
        <source>overlap with the current Handlungsräume in km²</source>
        <translation>Überschneidung mit den bestehenden Handlungsräumen in km²</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/overlay/output.py" line="52"/>
        <source>overlap as a share of its size</source>
        <translation>Überschneidung als Anteil an seiner Größe</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/overlay/output.py" line="66"/>
        <source>note on the data</source>
        <translation>Hinweis zu den Daten</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/overlay/output.py" line="66"/>
        <source>&apos;handlungsraum&apos;, &apos;outside&apos; (in no current area) or &apos;total&apos;</source>
        <translation>„handlungsraum“, „outside“ (in keinem bestehenden Handlungsraum) oder „total“ (gesamt)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/overlay/output.py" line="66"/>
        <source>code of the current Handlungsraum</source>
        <translation>Code des bestehenden Handlungsraums</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/overlay/output.py" line="66"/>
        <source>its name (if a name field was given)</source>
        <translation>sein Name (wenn ein Namensfeld angegeben ist)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/overlay/output.py" line="66"/>
        <source>Planungsräume</source>
        <translation>Planungsräume</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/overlay/output.py" line="66"/>
        <source>Planungsräume meeting the MSS criterion</source>
        <translation>Planungsräume, die das MSS-Kriterium erfüllen</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/overlay/output.py" line="66"/>
        <source>Planungsräume meeting the school criterion</source>
        <translation>Planungsräume, die das Schulkriterium erfüllen</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/overlay/output.py" line="66"/>
        <source>Planungsräume meeting the social criterion</source>
        <translation>Planungsräume, die das Sozialkriterium erfüllen</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/overlay/output.py" line="66"/>
        <source>Planungsräume meeting the minimum number of criteria</source>
        <translation>Planungsräume, die die Mindestzahl an Kriterien erfüllen</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/overlay/output.py" line="66"/>
        <source>their population</source>
        <translation>deren Einwohnerzahl</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/overlay/output.py" line="66"/>
        <source>share of Planungsräume meeting the criteria (percent)</source>
        <translation>Anteil der Planungsräume, die die Kriterien erfüllen (Prozent)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/overlay/output.py" line="66"/>
        <source>share of population living there (percent)</source>
        <translation>Anteil der dort lebenden Bevölkerung (Prozent)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/overlay/output.py" line="66"/>
        <source>ids of those Planungsräume</source>
        <translation>Nummern dieser Planungsräume</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/overlay/output.py" line="21"/>
        <source>every assigned school with its Lmb quota in percent, e.g. '01G24 81.5; 01G28 –' (–: no quota)</source>
        <translation>jede zugeordnete Schule mit ihrer Lmb-Quote in Prozent, z. B. „01G24 81.5; 01G28 –“ (–: keine Quote)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/overlay/output.py" line="21"/>
        <source>criterion 2: a school at or above the threshold; false only when every school there has a quota below it; NULL otherwise</source>
        <translation>Kriterium 2: eine Schule an oder über der Schwelle; false nur, wenn jede Schule dort eine Quote darunter hat; sonst NULL</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/overlay/output.py" line="66"/>
        <source>note on the current area, e.g. that its boundary is drawn from the MSS criterion (its MSS share is then 100 % by construction)</source>
        <translation>Hinweis zum bestehenden Gebiet, z. B. dass seine Abgrenzung aus dem MSS-Kriterium abgeleitet ist (sein MSS-Anteil ist dann per Konstruktion 100 %)</translation>
    </message>
</context>
<context>
    <name>CriteriaOverlayHelp</name>
    <message>
        <location filename="../rgi_plugin/processing/criteria_overlay/help.py" line="20"/>
        <source>Planungsraum id; integers that lost their leading zero are padded to 8 digits.</source>
        <translation>Planungsraum-Nummer; Ganzzahlen ohne führende Null werden auf 8 Stellen ergänzt.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/criteria_overlay/help.py" line="22"/>
        <source>Optional name, copied to plr_name; if the layer lacks it, the names stay empty.</source>
        <translation>Optionaler Name, übernommen nach plr_name; fehlt das Feld, bleiben die Namen leer.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/criteria_overlay/help.py" line="27"/>
        <source>Planungsraum id in the MSS data.</source>
        <translation>Planungsraum-Nummer in den MSS-Daten.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/criteria_overlay/help.py" line="28"/>
        <source>Status index class (SI_N: 1 hoch, 2 mittel, 3 niedrig, 4 sehr niedrig; class names are accepted too).</source>
        <translation>Klasse des Statusindex (SI_N: 1 hoch, 2 mittel, 3 niedrig, 4 sehr niedrig; Klassennamen werden ebenfalls erkannt).</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/criteria_overlay/help.py" line="30"/>
        <source>Dynamics index class (DI_N: 1 positiv, 3 stabil, 5 negativ).</source>
        <translation>Klasse des Dynamikindex (DI_N: 1 positiv, 3 stabil, 5 negativ).</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/criteria_overlay/help.py" line="31"/>
        <source>Validity remark (KOM); rows whose value is not 'gültig' are invalid and give crit_mss NULL. Empty: every row with a status counts.</source>
        <translation>Gültigkeitsvermerk (KOM); Zeilen mit einem anderen Wert als „gültig“ sind ungültig und ergeben crit_mss NULL. Leer: Jede Zeile mit Status zählt.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/criteria_overlay/help.py" line="35"/>
        <source>Status classes that meet the MSS criterion on their own. Values: hoch, mittel, niedrig, sehr niedrig.</source>
        <translation>Statusklassen, die das MSS-Kriterium allein erfüllen. Werte: hoch, mittel, niedrig, sehr niedrig.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/criteria_overlay/help.py" line="37"/>
        <source>Status classes that meet it only with negative dynamics (DI_N 5). &apos;keine&apos; (alone): no such class.</source>
        <translation>Statusklassen, die es nur bei negativer Dynamik (DI_N 5) erfüllen. „keine“ (allein): keine solche Klasse.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/criteria_overlay/help.py" line="39"/>
        <source>School locations (points).</source>
        <translation>Schulstandorte (Punkte).</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/criteria_overlay/help.py" line="43"/>
        <source>Which schools count (default: public primary schools). Empty: all schools.</source>
        <translation>Welche Schulen zählen (Voreinstellung: öffentliche Grundschulen). Leer: alle Schulen.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/criteria_overlay/help.py" line="58"/>
        <source>A school meets criterion 2 at or above this quota.</source>
        <translation>Eine Schule erfüllt Kriterium 2 ab dieser Quote (einschließlich).</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/criteria_overlay/help.py" line="59"/>
        <source>Optional catchment areas (Einschulbereiche). Without them a school counts for the Planungsraum that contains it; with them, for every Planungsraum its catchment area covers.</source>
        <translation>Optionale Einschulbereiche. Ohne sie zählt eine Schule für den Planungsraum, in dem sie liegt; mit ihnen für jeden Planungsraum, den ihr Einschulbereich überdeckt.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/criteria_overlay/help.py" line="62"/>
        <source>School number(s) of a catchment area (comma-separated). Empty: the schools lying inside it.</source>
        <translation>Schulnummer(n) eines Einschulbereichs (durch Komma getrennt). Leer: die darin liegenden Schulen.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/criteria_overlay/help.py" line="77"/>
        <source>How many criteria a Planungsraum must meet to be a candidate. Only criteria with data can be met; n_criteria_data says how many had data.</source>
        <translation>Wie viele Kriterien ein Planungsraum erfüllen muss, um Kandidat zu sein. Erfüllt sein können nur Kriterien mit Daten; n_criteria_data gibt an, für wie viele Daten vorlagen.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/criteria_overlay/help.py" line="84"/>
        <source>Code of the Handlungsraum (e.g. 06, 13a).</source>
        <translation>Code des Handlungsraums (z. B. 06, 13a).</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/criteria_overlay/help.py" line="85"/>
        <source>Optional name of the Handlungsraum, copied to the summary.</source>
        <translation>Optionaler Name des Handlungsraums, übernommen in die Übersicht.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/criteria_overlay/help.py" line="86"/>
        <source>A Planungsraum lies in the current area that covers the largest part of it, if that part is at least this share.</source>
        <translation>Ein Planungsraum liegt in dem bestehenden Handlungsraum, der den größten Teil von ihm überdeckt, sofern dieser Teil mindestens diesen Anteil ausmacht.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/criteria_overlay/help.py" line="97"/>
        <source>Planungsräume with their criteria; fields below.</source>
        <translation>Planungsräume mit ihren Kriterien; Felder siehe unten.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/criteria_overlay/help.py" line="98"/>
        <source>Adjacent candidate Planungsräume dissolved into numbered areas; fields below.</source>
        <translation>Benachbarte Planungsräume als Kandidaten, zu nummerierten Gebieten zusammengefasst; Felder siehe unten.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/criteria_overlay/help.py" line="99"/>
        <source>Table: one row per current Handlungsraum, one for the Planungsräume outside all of them (with the candidates there), one for the whole city; fields below.</source>
        <translation>Tabelle: eine Zeile je bestehendem Handlungsraum, eine für die Planungsräume außerhalb aller Handlungsräume (mit den dortigen Kandidaten), eine für die ganze Stadt; Felder siehe unten.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/criteria_overlay/help.py" line="112"/>
        <source>&lt;p&gt;Re-derives the Planungsräume that meet the criteria of the Gemeinschaftsinitiative from current data: (1) MSS &lt;i&gt;Gebiet mit besonderem Aufmerksamkeitsbedarf&lt;/i&gt;, (2) a primary school with a Lernmittelbefreiung quota at or above the threshold, (3) the social-atlas class. A Planungsraum is a candidate when it meets at least the minimum number of criteria; a criterion without data (NULL) is neither met nor failed. Neighbouring candidates form candidate areas, which are compared with the current Handlungsräume.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ermittelt aus aktuellen Daten neu, welche Planungsräume die Kriterien der Gemeinschaftsinitiative erfüllen: (1) MSS &lt;i&gt;Gebiet mit besonderem Aufmerksamkeitsbedarf&lt;/i&gt;, (2) eine Grundschule mit einer Lernmittelbefreiungsquote am oder über dem Schwellenwert, (3) die Schicht des Sozialstrukturatlas. Ein Planungsraum ist Kandidat, wenn er mindestens die Mindestzahl an Kriterien erfüllt; ein Kriterium ohne Daten (NULL) gilt weder als erfüllt noch als nicht erfüllt. Benachbarte Kandidaten bilden Kandidatengebiete, die mit den bestehenden Handlungsräumen verglichen werden.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/criteria_overlay/help.py" line="120"/>
        <source>&lt;p&gt;&lt;b&gt;The MSS rule is a parameter.&lt;/b&gt; Its default, {rule}, is an &lt;b&gt;inferred reading&lt;/b&gt;: the exact MSS rule for &apos;besonderer Aufmerksamkeitsbedarf&apos; was not found in the published sources.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Die MSS-Regel ist ein Parameter.&lt;/b&gt; Ihre Voreinstellung, {rule}, ist eine &lt;b&gt;erschlossene Lesart&lt;/b&gt;: Die genaue MSS-Regel für „besonderen Aufmerksamkeitsbedarf“ wurde in den veröffentlichten Quellen nicht gefunden.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/criteria_overlay/help.py" line="125"/>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/criteria_overlay/help.py" line="132"/>
        <source>Fields of OUTPUT (Planungsräume)</source>
        <translation>Felder von OUTPUT (Planungsräume)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/criteria_overlay/help.py" line="133"/>
        <source>Fields of CANDIDATES (candidate areas)</source>
        <translation>Felder von CANDIDATES (Kandidatengebiete)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/criteria_overlay/help.py" line="135"/>
        <source>Fields of SUMMARY (table)</source>
        <translation>Felder von SUMMARY (Tabelle)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/criteria_overlay/help.py" line="136"/>
        <source>Numbers returned as well: MSS_COUNT, SCHOOL_COUNT, SOCIAL_COUNT (Planungsräume meeting each criterion), CANDIDATE_COUNT, CANDIDATE_AREA_COUNT.</source>
        <translation>Außerdem zurückgegebene Zahlen: MSS_COUNT, SCHOOL_COUNT, SOCIAL_COUNT (Planungsräume, die das jeweilige Kriterium erfüllen), CANDIDATE_COUNT, CANDIDATE_AREA_COUNT.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/criteria_overlay/help.py" line="16"/>
        <source>Polygons of the Planungsräume. Whatever the CRS of the inputs, areas, shares and distances are computed in EPSG:25833 (ETRS89 / UTM 33N, metres), and the outputs are written in it; inputs in another CRS (e.g. geographic or Web Mercator) are reprojected.</source>
        <translation>Flächen der Planungsräume. Gleich in welchem KBS die Eingaben vorliegen: Flächen, Anteile und Abstände werden in EPSG:25833 (ETRS89 / UTM 33N, Meter) berechnet, und die Ausgaben werden darin geschrieben; Eingaben in einem anderen KBS (z. B. geographisch oder Web Mercator) werden umprojiziert.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/criteria_overlay/help.py" line="24"/>
        <source>MSS indices as a layer or table, joined by Planungsraum id. The placeholder -9999 (FIS-Broker, GDI) means no value: such rows get no rating (crit_mss NULL) and are counted in the log; so are rows without an id.</source>
        <translation>MSS-Indizes als Layer oder Tabelle, verknüpft über die Planungsraum-Nummer. Der Platzhalter -9999 (FIS-Broker, GDI) bedeutet „kein Wert“: Solche Zeilen erhalten keine Bewertung (crit_mss NULL) und werden im Protokoll gezählt; ebenso Zeilen ohne Nummer.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/criteria_overlay/help.py" line="33"/>
        <source>Population (EW), summed for candidate areas and the summary; German thousands (&quot;1.234&quot;) are read as 1234.</source>
        <translation>Einwohnerzahl (EW), summiert für Kandidatengebiete und Übersicht; deutsche Tausenderpunkte („1.234“) werden als 1234 gelesen.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/criteria_overlay/help.py" line="40"/>
        <source>School number (BSN): joins the Lmb table and catchment areas (written 01G24, 1G24 or 01g24 alike), and is listed in schools_above. A number that occurs more than once is reported; every location counts.</source>
        <translation>Schulnummer (BSN): verknüpft Lmb-Tabelle und Einschulbereiche (01G24, 1G24 und 01g24 gelten gleich) und wird in schools_above aufgeführt. Eine mehrfach vorkommende Nummer wird gemeldet; jeder Standort zählt.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/criteria_overlay/help.py" line="44"/>
        <source>Lmb quota as a field of the schools, read by the rules of the Lmb import: &quot;75,3&quot;, &quot;75.3 %&quot;, shares (0,753) when the whole field lies between 0 and 1. Empty values and conflicting values of one school are listed in the log.</source>
        <translation>Lmb-Quote als Feld der Schulen, gelesen nach den Regeln des Lmb-Imports: „75,3“, „75.3 %“, Anteile (0,753), wenn das ganze Feld zwischen 0 und 1 liegt. Leere und widersprüchliche Werte einer Schule stehen im Protokoll.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/criteria_overlay/help.py" line="47"/>
        <source>Or: a table of Lmb quotas joined by school number: a CSV or XLSX file (read exactly as the import dialog reads it: title lines, delimiter, encoding, German numbers, shares, school years) or a layer. Every row that is not used is listed in the log with its reason. Use a field or a table, not both; with neither, the school criterion has no data.</source>
        <translation>Oder: eine Tabelle der Lmb-Quoten, verknüpft über die Schulnummer: eine CSV- oder XLSX-Datei (genau so gelesen wie im Importdialog: Titelzeilen, Trennzeichen, Kodierung, deutsche Zahlen, Anteile, Schuljahre) oder ein Layer. Jede nicht verwendete Zeile steht mit Grund im Protokoll. Feld oder Tabelle verwenden, nicht beides; ohne beides hat das Schulkriterium keine Daten.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/criteria_overlay/help.py" line="53"/>
        <source>School number in the Lmb table; empty: detected from the usual names (BSN, Schulnummer, Schul-Nr. …) or the content.</source>
        <translation>Schulnummer in der Lmb-Tabelle; leer: anhand der üblichen Namen (BSN, Schulnummer, Schul-Nr. …) oder des Inhalts erkannt.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/criteria_overlay/help.py" line="55"/>
        <source>Lmb quota in the Lmb table; empty: detected from the usual names (Lmb-Quote, Anteil lernmittelbefreit …; never a count such as Lmb Anzahl).</source>
        <translation>Lmb-Quote in der Lmb-Tabelle; leer: anhand der üblichen Namen erkannt (Lmb-Quote, Anteil lernmittelbefreit …; nie eine Anzahl wie Lmb Anzahl).</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/criteria_overlay/help.py" line="64"/>
        <source>A catchment area counts for a Planungsraum when it covers at least this share of it, and some area at all (touching is not covering, also at 0 %). A catchment area that covers no Planungsraum so is listed in the log; its schools do not count.</source>
        <translation>Ein Einschulbereich zählt für einen Planungsraum, wenn er mindestens diesen Anteil davon und überhaupt Fläche davon überdeckt (Berühren ist kein Überdecken, auch bei 0 %). Ein Einschulbereich, der so keinen Planungsraum überdeckt, steht im Protokoll; seine Schulen zählen nicht.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/criteria_overlay/help.py" line="68"/>
        <source>Optional social-atlas classes (Sozialstrukturatlas Schicht 1–7) as a CSV/XLSX file (read as the social-atlas import reads it) or a layer, joined by Planungsraum id. Duplicates, empty ids and classes outside 1–7 are listed in the log.</source>
        <translation>Optionale Schichten des Sozialstrukturatlas (Schicht 1–7) als CSV-/XLSX-Datei (gelesen wie beim Import des Sozialstrukturatlas) oder als Layer, verknüpft über die Planungsraum-Nummer. Doppelte Zeilen, leere Nummern und Schichten außerhalb 1–7 stehen im Protokoll.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/criteria_overlay/help.py" line="71"/>
        <source>Planungsraum id in the social-atlas data; empty: detected (plr_id, PLR, Planungsraum …).</source>
        <translation>Planungsraum-Nummer in den Daten des Sozialstrukturatlas; leer: erkannt (plr_id, PLR, Planungsraum …).</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/criteria_overlay/help.py" line="73"/>
        <source>Class (Schicht) as a number or &quot;Schicht 7&quot;; empty: detected (Schicht, Klasse …).</source>
        <translation>Schicht als Zahl oder „Schicht 7“; leer: erkannt (Schicht, Klasse …).</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/criteria_overlay/help.py" line="75"/>
        <source>The class that meets criterion 3; a warning says when no Planungsraum has it.</source>
        <translation>Die Schicht, die Kriterium 3 erfüllt; eine Warnung nennt es, wenn kein Planungsraum sie hat.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/criteria_overlay/help.py" line="79"/>
        <source>Optional current Handlungsräume to compare with; parts with the same code form one area. If the layer has a field 'basis' (the plugin's areas have it), areas drawn from the MSS criterion itself (criteria_derived) are named in the log and in hr_note: their MSS share is 100 % by construction.</source>
        <translation>Optionale bestehende Handlungsräume zum Vergleich; Teile mit demselben Code bilden ein Gebiet. Hat der Layer ein Feld „basis“ (die Gebiete des Plugins haben es), werden Gebiete, die aus dem MSS-Kriterium selbst abgegrenzt sind (criteria_derived), im Protokoll und in hr_note genannt: Ihr MSS-Anteil ist per Konstruktion 100 %.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/criteria_overlay/help.py" line="88"/>
        <source>Candidate Planungsräume at most this far apart (metres) form one candidate area: those that overlap or touch, along a border or at a corner (distance 0), and those separated by a gap up to this width, which bridges small gaps in the outlines. 0: only those that touch.</source>
        <translation>Planungsräume als Kandidaten, die höchstens so weit (Meter) auseinanderliegen, bilden ein Kandidatengebiet: solche, die sich überlappen oder berühren, entlang einer Grenze oder an einem Eckpunkt (Abstand 0), und solche mit einer Lücke bis zu dieser Breite, was kleine Lücken in den Umrissen überbrückt. 0: nur solche, die sich berühren.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/criteria_overlay/help.py" line="93"/>
        <source>Note written to data_note of every output and to the layer names. Set automatically to 'Beispieldaten – keine amtlichen Werte' when the Lmb values are example data (the table says so in its data, or the layer is marked so).</source>
        <translation>Hinweis, der in data_note jeder Ausgabe und in die Layernamen geschrieben wird. Wird automatisch auf „Beispieldaten – keine amtlichen Werte“ gesetzt, wenn die Lmb-Werte Beispieldaten sind (die Tabelle sagt es in ihren Daten, oder der Layer ist so gekennzeichnet).</translation>
    </message>
</context>
<context>
    <name>CriteriaOverlayStyles</name>
    <message>
        <location filename="../rgi_plugin/core/overlay/styles.py" line="23"/>
        <source>Criteria overlay: Planungsräume</source>
        <translation>Kriterien-Überlagerung: Planungsräume</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/overlay/styles.py" line="24"/>
        <source>Criteria overlay: candidate areas</source>
        <translation>Kriterien-Überlagerung: Kandidatengebiete</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/overlay/styles.py" line="25"/>
        <source>Criteria overlay: summary per Handlungsraum</source>
        <translation>Kriterien-Überlagerung: Übersicht je Handlungsraum</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/overlay/styles.py" line="38"/>
        <source>Candidate in a current Handlungsraum</source>
        <translation>Kandidat in einem bestehenden Handlungsraum</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/overlay/styles.py" line="38"/>
        <source>Candidate outside the current Handlungsräume (new)</source>
        <translation>Kandidat außerhalb der bestehenden Handlungsräume (neu)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/overlay/styles.py" line="38"/>
        <source>In a current Handlungsraum, criteria not met</source>
        <translation>In einem bestehenden Handlungsraum, Kriterien nicht erfüllt</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/overlay/styles.py" line="48"/>
        <source>Not a candidate</source>
        <translation>Kein Kandidat</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/overlay/styles.py" line="61"/>
        <source>Candidate area overlapping current Handlungsräume</source>
        <translation>Kandidatengebiet mit Überschneidung mit bestehenden Handlungsräumen</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/overlay/styles.py" line="63"/>
        <source>Candidate area outside the current Handlungsräume</source>
        <translation>Kandidatengebiet außerhalb der bestehenden Handlungsräume</translation>
    </message>
</context>
<context>
    <name>DataController</name>
    <message>
        <location filename="../rgi_plugin/controllers/data.py" line="42"/>
        <source>The bundled data description cannot be read.</source>
        <translation>Die Beschreibung der mitgelieferten Daten kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/controllers/data.py" line="50"/>
        <source>Bundled data could not be loaded.</source>
        <translation>Die mitgelieferten Daten konnten nicht geladen werden.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/controllers/data.py" line="120"/>
        <source>No MSS layer in the project: load one from the data list first.</source>
        <translation>Kein MSS-Layer im Projekt: bitte zuerst einen aus der Datenliste laden.</translation>
    </message>
</context>
<context>
    <name>DerivedBoundaries</name>
    <message>
        <location filename="../rgi_plugin/core/areas/derived.py" line="90"/>
        <source>Partly covered, assigned to {codes}: {shares}</source>
        <translation>Teilweise bedeckt, {codes} zugeordnet: {shares}</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/areas/derived.py" line="91"/>
        <source>Partly covered, below the threshold, not assigned: {shares}</source>
        <translation>Teilweise bedeckt, unter der Schwelle, nicht zugeordnet: {shares}</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/areas/derived.py" line="93"/>
        <source>Ambiguous, not assigned: {plrs} could belong to {codes}</source>
        <translation>Mehrdeutig, nicht zugeordnet: {plrs} könnte zu {codes} gehören</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/areas/derived.py" line="95"/>
        <source>Covered on the map but no Handlungsraum of the same Bezirk overlaps: {plrs}</source>
        <translation>In der Karte bedeckt, aber kein Handlungsraum desselben Bezirks überlappt: {plrs}</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/areas/derived.py" line="98"/>
        <source>Not found on the map: {codes}</source>
        <translation>In der Karte nicht gefunden: {codes}</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/areas/derived.py" line="99"/>
        <source>A covered region shared by {codes} was split by Bezirk and approximation: {plrs}</source>
        <translation>Ein bedecktes Gebiet, das {codes} teilen, wurde nach Bezirk und Näherung geteilt: {plrs}</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/areas/derived_map.py" line="139"/>
        <source>Deriving the Handlungsräume from the Geoportal map</source>
        <translation>Handlungsräume aus der Karte des Geoportals ableiten</translation>
    </message>
</context>
<context>
    <name>DevelopmentController</name>
    <message>
        <location filename="../rgi_plugin/controllers/development.py" line="123"/>
        <source>The development over the MSS editions is not available.</source>
        <translation>Die Entwicklung über die MSS-Ausgaben ist nicht verfügbar.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/controllers/development.py" line="142"/>
        <source>* Estimate for {editions}: the area cuts through Planungsräume of these editions; their inhabitants are counted by area share.</source>
        <translation>* Schätzung für {editions}: Das Gebiet schneidet Planungsräume dieser Ausgaben; deren Einwohner zählen nach Flächenanteil.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/controllers/development.py" line="149"/>
        <source>Editions: {editions}</source>
        <translation>Ausgaben: {editions}</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/controllers/development.py" line="194"/>
        <source>Export all areas side by side</source>
        <translation>Alle Gebiete im Vergleich exportieren</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/controllers/development.py" line="201"/>
        <source>The table could not be written.</source>
        <translation>Die Tabelle konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/controllers/development.py" line="203"/>
        <source>{n} areas side by side written to {path}.</source>
        <translation>{n} Gebiete im Vergleich nach {path} geschrieben.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/controllers/development.py" line="118"/>
        <source>{n} MSS edition(s) cannot be used; the development is shown without them.</source>
        <translation>{n} MSS-Ausgabe(n) nicht verwendbar; die Entwicklung wird ohne sie gezeigt.</translation>
    </message>
</context>
<context>
    <name>DockContents</name>
    <message>
        <location filename="../forms/dock.ui" line="12"/>
        <source>Cross-departmental joint initiative to strengthen socially disadvantaged neighbourhoods in Berlin.</source>
        <translation>Ressortübergreifende Gemeinschaftsinitiative zur Stärkung sozial benachteiligter Quartiere in Berlin.</translation>
    </message>
    <message>
        <location filename="../forms/dock.ui" line="24"/>
        <source>Bundled data (offline)</source>
        <translation>Mitgelieferte Daten (offline)</translation>
    </message>
    <message>
        <location filename="../forms/dock.ui" line="31"/>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location filename="../forms/dock.ui" line="32"/>
        <source>Objects</source>
        <translation>Objekte</translation>
    </message>
    <message>
        <location filename="../forms/dock.ui" line="44"/>
        <source>Load selected</source>
        <translation>Auswahl laden</translation>
    </message>
    <message>
        <location filename="../forms/dock.ui" line="49"/>
        <source>Load overview map</source>
        <translation>Übersichtskarte laden</translation>
    </message>
    <message>
        <location filename="../forms/dock.ui" line="77"/>
        <source>Sources and licences…</source>
        <translation>Quellen und Lizenzen …</translation>
    </message>
    <message>
        <location filename="../forms/dock.ui" line="20"/>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location filename="../forms/dock.ui" line="61"/>
        <source>MSS map shows</source>
        <translation>MSS-Karte zeigt</translation>
    </message>
    <message>
        <location filename="../forms/dock.ui" line="71"/>
        <source>Criteria overlay…</source>
        <translation>Kriterien-Überlagerung …</translation>
    </message>
    <message>
        <location filename="../forms/dock.ui" line="72"/>
        <source>Which Planungsräume meet the GI criteria on current data: opens the Processing algorithm with the loaded layers</source>
        <translation>Welche Planungsräume die GI-Kriterien nach aktuellen Daten erfüllen: öffnet den Verarbeitungsalgorithmus mit den geladenen Layern</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <location filename="../rgi_plugin/gui/catalogue_edit.py" line="155"/>
        <source>Change concept document</source>
        <translation>Handlungskonzept ändern</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/catalogue_edit.py" line="155"/>
        <source>New concept document</source>
        <translation>Neues Handlungskonzept</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/catalogue_edit.py" line="159"/>
        <source>the document itself</source>
        <translation>das Dokument selbst</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/catalogue_edit.py" line="159"/>
        <source>a page of the Bezirk</source>
        <translation>eine Seite des Bezirks</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/catalogue_edit.py" line="159"/>
        <source>the page of the initiative</source>
        <translation>die Seite der Initiative</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/catalogue_edit.py" line="179"/>
        <source>The concept document needs a title.</source>
        <translation>Das Handlungskonzept braucht einen Titel.</translation>
    </message>
    <message>
        <location filename="../forms/document_dialog.ui" line="8"/>
        <source>Concept document</source>
        <translation>Handlungskonzept</translation>
    </message>
    <message>
        <location filename="../forms/document_dialog.ui" line="13"/>
        <source>Handlungsraum:</source>
        <translation>Handlungsraum:</translation>
    </message>
    <message>
        <location filename="../forms/document_dialog.ui" line="19"/>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <location filename="../forms/document_dialog.ui" line="25"/>
        <source>Year:</source>
        <translation>Jahr:</translation>
    </message>
    <message>
        <location filename="../forms/document_dialog.ui" line="31"/>
        <source>Author:</source>
        <translation>Verfasser:</translation>
    </message>
    <message>
        <location filename="../forms/document_dialog.ui" line="37"/>
        <source>Web address:</source>
        <translation>Internetadresse:</translation>
    </message>
    <message>
        <location filename="../forms/document_dialog.ui" line="43"/>
        <source>The address is:</source>
        <translation>Die Adresse ist:</translation>
    </message>
    <message>
        <location filename="../forms/document_dialog.ui" line="49"/>
        <source>File on the share:</source>
        <translation>Datei auf dem Laufwerk:</translation>
    </message>
    <message>
        <location filename="../forms/document_dialog.ui" line="53"/>
        <source>e.g. \\server\share\GI-IHK-06.pdf (takes precedence over the web address)</source>
        <translation>z. B. \\server\freigabe\GI-IHK-06.pdf (hat Vorrang vor der Internetadresse)</translation>
    </message>
    <message>
        <location filename="../forms/document_dialog.ui" line="57"/>
        <source>Note:</source>
        <translation>Hinweis:</translation>
    </message>
</context>
<context>
    <name>EditionParameter</name>
    <message>
        <location filename="../rgi_plugin/processing/base.py" line="31"/>
        <source>{parameter}: there is no edition {label}.</source>
        <translation>{parameter}: Eine Ausgabe {label} gibt es nicht.</translation>
    </message>
</context>
<context>
    <name>Editions</name>
    <message>
        <location filename="../rgi_plugin/core/editions/catalogue.py" line="56"/>
        <source>LOR before 2021 ({n} Planungsräume)</source>
        <translation>LOR vor 2021 ({n} Planungsräume)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/editions/catalogue.py" line="57"/>
        <source>LOR 2021 ({n} Planungsräume)</source>
        <translation>LOR 2021 ({n} Planungsräume)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/editions/catalogue.py" line="122"/>
        <source>bundled</source>
        <translation>mitgeliefert</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/editions/catalogue.py" line="124"/>
        <source>loaded from the service</source>
        <translation>aus dem Dienst geladen</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/editions/catalogue.py" line="251"/>
        <source>There is no MSS edition {edition}. Known editions: {known}.</source>
        <translation>Eine MSS-Ausgabe {edition} gibt es nicht. Bekannte Ausgaben: {known}.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/editions/change.py" line="60"/>
        <source>{before} → {after}, both on {scheme}: the tables are joined by Planungsraum id (the same key in both). si_change = status class {after} − status class {before} (1 high … 4 very low): positive = lower status, negative = higher status. Planungsräume rated in only one edition have no change (note).</source>
        <translation>{before} → {after}, beide auf {scheme}: Die Tabellen sind über die Planungsraum-Nummer verbunden (in beiden derselbe Schlüssel). si_change = Statusklasse {after} − Statusklasse {before} (1 hoch … 4 sehr niedrig): positiv = niedrigerer Status, negativ = höherer Status. Planungsräume, die nur in einer Ausgabe bewertet sind, haben keine Veränderung (note).</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/editions/change.py" line="66"/>
        <source>{before} ({scheme_before}) → {after} ({scheme}): different LOR schemes, no id is joined. For each Planungsraum of {after} the status of {before} is the mean status class of the overlapping Planungsräume of {before}, weighted by the overlapping area (rated ones only; overlaps under 1 % of its area are slivers of differently simplified outlines and left out); si_change = status class {after} − that mean. cover_pct: share of the area covered by rated Planungsräume of {before}; di_n_from: the dynamics class covering most of it; from_plr_ids: the Planungsräume of {before} with their share in percent.</source>
        <translation>{before} ({scheme_before}) → {after} ({scheme}): verschiedene LOR-Stände, keine Nummer wird verbunden. Für jeden Planungsraum von {after} ist der Status von {before} die mittlere Statusklasse der überlappenden Planungsräume von {before}, gewichtet mit der Überlappungsfläche (nur bewertete; Überlappungen unter 1 % seiner Fläche sind Splitter unterschiedlich vereinfachter Umrisse und bleiben außen vor); si_change = Statusklasse {after} − dieses Mittel. cover_pct: Anteil der Fläche, den bewertete Planungsräume von {before} überdecken; di_n_from: die Dynamikklasse, die den größten Teil überdeckt; from_plr_ids: die Planungsräume von {before} mit ihrem Anteil in Prozent.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/editions/change.py" line="82"/>
        <source>Choose two different editions (both are {edition}).</source>
        <translation>Bitte zwei verschiedene Ausgaben wählen (beide sind {edition}).</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/editions/trend.py" line="38"/>
        <source>improved</source>
        <translation>verbessert</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/editions/trend.py" line="39"/>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/editions/trend.py" line="40"/>
        <source>worsened</source>
        <translation>verschlechtert</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/editions/trend.py" line="41"/>
        <source>no statement</source>
        <translation>keine Aussage</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/editions/trend.py" line="48"/>
        <source>{arrow} {word} ({base} → {latest}: {before} % → {after} %, {change} percentage points)</source>
        <translation>{arrow} {word} ({base} → {latest}: {before} % → {after} %, {change} Prozentpunkte)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/editions/trend.py" line="101"/>
        <source>Trend since MSS {base}: share of the population in Planungsräume with status low or very low, newest edition against MSS {base}. At least {points} percentage points less: improved; at least {points} more: worsened; otherwise unchanged. Each Planungsraum of an edition counts with the share of its area inside the Handlungsraum (its population spread evenly over its area); editions before 2021 on their own Planungsräume, never joined to LOR 2021 by id.</source>
        <translation>Trend seit MSS {base}: Anteil der Einwohner in Planungsräumen mit Status niedrig oder sehr niedrig, neueste Ausgabe gegen MSS {base}. Mindestens {points} Prozentpunkte weniger: verbessert; mindestens {points} mehr: verschlechtert; sonst unverändert. Jeder Planungsraum einer Ausgabe zählt mit dem Anteil seiner Fläche im Handlungsraum (seine Einwohner gleichmäßig über die Fläche verteilt); Ausgaben vor 2021 auf ihren eigenen Planungsräumen, nie über die Nummer mit LOR 2021 verbunden.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/editions/overlay.py" line="74"/>
        <source>Social criterion: GESIx {year} of the Gesundheits- und Sozialstrukturatlas 2022, the Planungsräume split into {n} equal-count classes, class {n} = the lowest values (most disadvantaged). An inferred stand-in for Schicht 7 of the 2013 atlas, not an official class.</source>
        <translation>Soziales Kriterium: GESIx {year} des Gesundheits- und Sozialstrukturatlas 2022, die Planungsräume in {n} gleich große Klassen geteilt, Klasse {n} = die niedrigsten Werte (am stärksten benachteiligt). Ein erschlossener Ersatz für Schicht 7 des Atlas 2013, keine amtliche Klasse.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/editions/overlay.py" line="88"/>
        <source>Transferred to {scheme} by area: each Planungsraum takes the class of the Planungsraum before 2021 that covers most of it, if it covers at least half (no id joined); {n} Planungsräume got a class.</source>
        <translation>Über die Fläche auf {scheme} übertragen: Jeder Planungsraum erhält die Klasse des Planungsraums vor 2021, der ihn größtenteils überdeckt, wenn dieser mindestens die Hälfte überdeckt (keine Nummer verbunden); {n} Planungsräume haben eine Klasse erhalten.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/editions/overlay.py" line="93"/>
        <source>inferred classes</source>
        <translation>erschlossene Klassen</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/editions/overlay.py" line="184"/>
        <source>{before} → {after} on the same Planungsräume: entered = candidate in {after}, not in {before}; left = the reverse (joined by Planungsraum id).</source>
        <translation>{before} → {after} auf denselben Planungsräumen: hinzugekommen = Kandidat in {after}, nicht in {before}; herausgefallen = umgekehrt (über die Planungsraum-Nummer verbunden).</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/editions/overlay.py" line="187"/>
        <source>{before} → {after} on different LOR schemes (no id joined): entered = a candidate Planungsraum of {after} covered less than half by candidates of {before}; left = a candidate of {before} covered less than half by candidates of {after}. other_cover_pct gives that cover.</source>
        <translation>{before} → {after} auf verschiedenen LOR-Ständen (keine Nummer verbunden): hinzugekommen = ein Kandidat von {after}, den Kandidaten von {before} zu weniger als der Hälfte überdecken; herausgefallen = ein Kandidat von {before}, den Kandidaten von {after} zu weniger als der Hälfte überdecken. other_cover_pct nennt diese Überdeckung.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/editions/store.py" line="86"/>
        <source>The data of {edition} cannot be read: {path}</source>
        <translation>Die Daten von {edition} können nicht gelesen werden: {path}</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/editions/store.py" line="115"/>
        <source>The layer of {edition} is no longer in the project.</source>
        <translation>Der Layer von {edition} ist nicht mehr im Projekt.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/editions/store.py" line="154"/>
        <source>{edition}: the layer “{layer}” lacks the fields {fields}.</source>
        <translation>{edition}: Dem Layer „{layer}“ fehlen die Felder {fields}.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/editions/store.py" line="185"/>
        <source>{edition}: the layer “{layer}” has no Planungsraum geometry with plr_id.</source>
        <translation>{edition}: Der Layer „{layer}“ hat keine Planungsraum-Geometrie mit plr_id.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/editions/store.py" line="199"/>
        <source>{edition}: the Planungsraum {id} appears twice in “{layer}”.</source>
        <translation>{edition}: Der Planungsraum {id} kommt in „{layer}“ doppelt vor.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/editions/store.py" line="49"/>
        <source>{edition}: Planungsräume with more than one row (the first is used): {ids}</source>
        <translation>{edition}: Planungsräume mit mehr als einer Zeile (die erste wird verwendet): {ids}</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/editions/store.py" line="49"/>
        <source>{edition}: rows without a Planungsraum id, not used (feature ids): {ids}</source>
        <translation>{edition}: Zeilen ohne Planungsraum-Nummer, nicht verwendet (Objekt-Nummern): {ids}</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/editions/store.py" line="49"/>
        <source>{edition}: values that are no Planungsraum id, not used: {ids}</source>
        <translation>{edition}: Werte, die keine Planungsraum-Nummer sind, nicht verwendet: {ids}</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/editions/store.py" line="49"/>
        <source>{edition}: rows with an unknown status or dynamics class (no rating): {ids}</source>
        <translation>{edition}: Zeilen mit unbekannter Status- oder Dynamikklasse (keine Bewertung): {ids}</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/editions/store.py" line="49"/>
        <source>{edition}: rows with an unreadable population (none counted): {ids}</source>
        <translation>{edition}: Zeilen mit unlesbarer Einwohnerzahl (keine gezählt): {ids}</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/editions/store.py" line="160"/>
        <source>{edition}: the layer “{layer}” holds no Planungsraum row.</source>
        <translation>{edition}: Der Layer „{layer}“ enthält keine Planungsraum-Zeile.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/editions/chart.py" line="51"/>
        <source>Population by MSS status; above: % niedrig/sehr niedrig</source>
        <translation>Einwohner nach MSS-Status; oben: % niedrig/sehr niedrig</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/editions/chart.py" line="96"/>
        <source>* estimate: the area cuts through Planungsräume of that edition</source>
        <translation>* Schätzung: Das Gebiet schneidet Planungsräume dieser Ausgabe</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/editions/trend.py" line="61"/>
        <source>{arrow} {word} since {base}</source>
        <translation>{arrow} {word} seit {base}</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/editions/trend.py" line="63"/>
        <source>niedrig/sehr niedrig: {before} % → {after} % ({change} pp)</source>
        <translation>niedrig/sehr niedrig: {before} % → {after} % ({change} Pp.)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/editions/side_by_side.py" line="95"/>
        <source>estimate by area share: {editions}</source>
        <translation>Schätzung nach Flächenanteil: {editions}</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/editions/side_by_side.py" line="130"/>
        <source>Code</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/editions/side_by_side.py" line="131"/>
        <source>Handlungsraum</source>
        <translation>Handlungsraum</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/editions/side_by_side.py" line="163"/>
        <source>Bezirk</source>
        <translation>Bezirk</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/editions/side_by_side.py" line="133"/>
        <source>Population ({edition})</source>
        <translation>Einwohner ({edition})</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/editions/side_by_side.py" line="135"/>
        <source>Planungsräume ({edition})</source>
        <translation>Planungsräume ({edition})</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/editions/side_by_side.py" line="139"/>
        <source>Status {status} (% of population)</source>
        <translation>Status {status} (% der Einwohner)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/editions/side_by_side.py" line="145"/>
        <source>Status niedrig/sehr niedrig {edition} (%)</source>
        <translation>Status niedrig/sehr niedrig {edition} (%)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/editions/side_by_side.py" line="147"/>
        <source>Change (percentage points)</source>
        <translation>Veränderung (Prozentpunkte)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/editions/side_by_side.py" line="149"/>
        <source>Trend since {edition}</source>
        <translation>Trend seit {edition}</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/editions/side_by_side.py" line="151"/>
        <source>Public primary schools</source>
        <translation>Öffentliche Grundschulen</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/editions/side_by_side.py" line="156"/>
        <source>of them with an Lmb quota</source>
        <translation>davon mit Lmb-Quote</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/editions/side_by_side.py" line="157"/>
        <source>of them Lmb ≥ {limit} %</source>
        <translation>davon Lmb ≥ {limit} %</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/editions/side_by_side.py" line="159"/>
        <source>Ressortbeiträge</source>
        <translation>Ressortbeiträge</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/editions/side_by_side.py" line="160"/>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/editions/side_by_side.py" line="187"/>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/editions/side_by_side.py" line="187"/>
        <source>Areas side by side</source>
        <translation>Gebiete im Vergleich</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/editions/side_by_side.py" line="187"/>
        <source>Rule and sources</source>
        <translation>Regel und Quellen</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/editions/trend.py" line="112"/>
        <source>Trend: share in status niedrig/sehr niedrig, newest MSS edition against MSS {base}, ±{points} percentage points; by area share on each edition's own Planungsräume.</source>
        <translation>Trend: Anteil Status niedrig/sehr niedrig, neueste MSS-Ausgabe gegen MSS {base}, ±{points} Prozentpunkte; nach Flächenanteil auf den eigenen Planungsräumen jeder Ausgabe.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/editions/catalogue.py" line="62"/>
        <source>LOR before 2021</source>
        <translation>LOR vor 2021</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/editions/catalogue.py" line="63"/>
        <source>LOR 2021</source>
        <translation>LOR 2021</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/editions/side_by_side.py" line="135"/>
        <source>PLR ({edition})</source>
        <translation>PLR ({edition})</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/editions/side_by_side.py" line="147"/>
        <source>Change (pp)</source>
        <translation>Veränderung (Pp.)</translation>
    </message>
</context>
<context>
    <name>ExampleData</name>
    <message>
        <location filename="../rgi_plugin/core/indicators/lmb/example.py" line="18"/>
        <source>example data – not official values</source>
        <translation>Beispieldaten – keine amtlichen Werte</translation>
    </message>
</context>
<context>
    <name>FactSheetActions</name>
    <message>
        <location filename="../rgi_plugin/controllers/fact_sheets.py" line="31"/>
        <source>Fact sheet of the selected area…</source>
        <translation>Steckbrief des gewählten Gebiets …</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/controllers/fact_sheets.py" line="32"/>
        <source>Fact sheets of all areas, one file…</source>
        <translation>Steckbriefe aller Gebiete in einer Datei …</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/controllers/fact_sheets.py" line="33"/>
        <source>Fact sheets of all areas, one file each…</source>
        <translation>Steckbriefe aller Gebiete, je Gebiet eine Datei …</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/controllers/fact_sheets.py" line="35"/>
        <source>Open the layout in the layout designer</source>
        <translation>Layout im Layout-Designer öffnen</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/controllers/fact_sheets.py" line="36"/>
        <source>Save the adjusted layout as template</source>
        <translation>Angepasstes Layout als Vorlage speichern</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/controllers/fact_sheets.py" line="37"/>
        <source>Use the built-in layout again</source>
        <translation>Wieder das mitgelieferte Layout verwenden</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/controllers/fact_sheets.py" line="45"/>
        <source>Select a Handlungsraum first.</source>
        <translation>Bitte zuerst einen Handlungsraum wählen.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/controllers/fact_sheets.py" line="47"/>
        <source>Save fact sheet</source>
        <translation>Steckbrief speichern</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/controllers/fact_sheets.py" line="54"/>
        <source>Save fact sheets</source>
        <translation>Steckbriefe speichern</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/controllers/fact_sheets.py" line="57"/>
        <source>Folder for the fact sheets</source>
        <translation>Ordner für die Steckbriefe</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/controllers/fact_sheets.py" line="63"/>
        <source>Creating fact sheets…</source>
        <translation>Steckbriefe werden erstellt …</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/controllers/fact_sheets.py" line="63"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/controllers/fact_sheets.py" line="103"/>
        <source>The fact sheets could not be created.</source>
        <translation>Die Steckbriefe konnten nicht erstellt werden.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/controllers/fact_sheets.py" line="78"/>
        <source>Creating the fact sheets was cancelled.</source>
        <translation>Das Erstellen der Steckbriefe wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/controllers/fact_sheets.py" line="85"/>
        <source>{n} fact sheet file(s) written: {path}</source>
        <translation>{n} Steckbrief-Datei(en) gespeichert: {path}</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/controllers/fact_sheets.py" line="86"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/controllers/fact_sheets.py" line="112"/>
        <source>Open the layout in the layout designer first.</source>
        <translation>Bitte das Layout zuerst im Layout-Designer öffnen.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/controllers/fact_sheets.py" line="119"/>
        <source>Template saved; fact sheets now use it: {path}</source>
        <translation>Vorlage gespeichert; Steckbriefe verwenden sie nun: {path}</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/controllers/fact_sheets.py" line="127"/>
        <source>Fact sheets use the built-in layout again.</source>
        <translation>Steckbriefe verwenden wieder das mitgelieferte Layout.</translation>
    </message>
</context>
<context>
    <name>FactSheetAlgorithm</name>
    <message>
        <location filename="../rgi_plugin/processing/fact_sheet.py" line="36"/>
        <source>Fact sheets of Handlungsräume (PDF)</source>
        <translation>Steckbriefe der Handlungsräume (PDF)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/fact_sheet.py" line="59"/>
        <source>Area codes (comma-separated; empty: all)</source>
        <translation>Gebietsnummern (mit Komma getrennt; leer: alle)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/fact_sheet.py" line="60"/>
        <source>Lernmittelbefreiung table (CSV or XLSX)</source>
        <translation>Tabelle der Lernmittelbefreiung (CSV oder XLSX)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/fact_sheet.py" line="64"/>
        <source>All sheets in one PDF</source>
        <translation>Alle Steckbriefe in einer PDF-Datei</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/fact_sheet.py" line="65"/>
        <source>Fact sheet PDF</source>
        <translation>Steckbrief-PDF</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/fact_sheet.py" line="66"/>
        <source>Number of PDF files written</source>
        <translation>Anzahl geschriebener PDF-Dateien</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/fact_sheet.py" line="89"/>
        <source>Fact sheets for: {codes}</source>
        <translation>Steckbriefe für: {codes}</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/fact_sheet.py" line="43"/>
        <source>Writes an A4 fact sheet (Steckbrief, in German) for each chosen Handlungsraum from the bundled data: map of the area with the MSS 2021 status and the schools, overview map, key figures, charts of the MSS mix and the Lmb distribution, Ressortbeiträge, concept document, sources and licences.

AREAS: codes separated by commas (e.g. 06,13d); empty means all 16 areas.
LMB_TABLE: optional CSV/XLSX with school number and Lmb quota (stays local; columns are detected).
LMB_WORKSPACE: true takes the Lmb quotas from the shared workspace configured in the plugin (those of your login's Bezirk, latest school year) instead of a table. With a workspace configured, the catalogue (Ressortbeiträge, concepts) is read from it too; the log says which catalogue was used.
ONE_FILE: true writes one PDF with one page per area to OUTPUT; false writes Steckbrief_&lt;code&gt;.pdf files into a folder named like OUTPUT without its extension.
Output FILES: the number of PDF files written.

A layout template saved from the panel is used when it exists. Boundaries other than 06 Wedding are approximations, and the sheets say so.</source>
        <translation>Erstellt für jeden gewählten Handlungsraum einen A4-Steckbrief aus den mitgelieferten Daten: Karte des Gebiets mit dem MSS-2021-Status und den Schulen, Übersichtskarte, Kennzahlen, Diagramme der MSS-Verteilung und der Lmb-Quoten, Ressortbeiträge, Handlungskonzept, Quellen und Lizenzen.

AREAS: Gebietsnummern mit Komma getrennt (z. B. 06,13d); leer bedeutet alle 16 Gebiete.
LMB_TABLE: optionale CSV-/XLSX-Tabelle mit Schulnummer und Lmb-Quote (bleibt lokal; Spalten werden erkannt).
LMB_WORKSPACE: wahr nimmt die Lmb-Quoten statt aus einer Tabelle aus dem im Plugin eingerichteten gemeinsamen Arbeitsbereich (die des Bezirks Ihrer Anmeldung, neuestes Schuljahr). Ist ein Arbeitsbereich eingerichtet, wird auch der Katalog (Ressortbeiträge, Konzepte) daraus gelesen; das Protokoll sagt, welcher Katalog verwendet wurde.
ONE_FILE: wahr schreibt eine PDF-Datei mit je einer Seite pro Gebiet nach OUTPUT; falsch schreibt Steckbrief_&lt;Nummer&gt;.pdf-Dateien in einen Ordner, der wie OUTPUT ohne Dateiendung heißt.
Ausgabe FILES: Anzahl der geschriebenen PDF-Dateien.

Eine im Bedienfeld gespeicherte Layout-Vorlage wird verwendet, wenn vorhanden. Abgrenzungen außer 06 Wedding sind Näherungen; die Steckbriefe sagen das.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/fact_sheet.py" line="62"/>
        <source>Lmb quotas from the shared workspace</source>
        <translation>Lmb-Quoten aus dem gemeinsamen Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/fact_sheet.py" line="79"/>
        <source>Give the Lmb quotas either as a table or from the shared workspace, not both.</source>
        <translation>Bitte die Lmb-Quoten entweder als Tabelle oder aus dem gemeinsamen Arbeitsbereich angeben, nicht beides.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/fact_sheet.py" line="107"/>
        <source>Catalogue from the shared workspace ({where}).</source>
        <translation>Katalog aus dem gemeinsamen Arbeitsbereich ({where}).</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/fact_sheet.py" line="109"/>
        <source>Catalogue: the bundled data, because the shared workspace cannot be used: {reason}</source>
        <translation>Katalog: die mitgelieferten Daten, weil der gemeinsame Arbeitsbereich nicht genutzt werden kann: {reason}</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/fact_sheet.py" line="119"/>
        <source>No shared workspace is configured in the plugin.</source>
        <translation>Im Plugin ist kein gemeinsamer Arbeitsbereich eingerichtet.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/fact_sheet.py" line="127"/>
        <source>Lmb quotas from the shared workspace: {label} ({n} schools).</source>
        <translation>Lmb-Quoten aus dem gemeinsamen Arbeitsbereich: {label} ({n} Schulen).</translation>
    </message>
</context>
<context>
    <name>Features</name>
    <message>
        <location filename="../rgi_plugin/core/common/features.py" line="41"/>
        <source>QGIS refused the fields {fields} of the layer “{layer}”: {reason}</source>
        <translation>QGIS hat die Felder {fields} der Ebene „{layer}“ abgelehnt: {reason}</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/common/features.py" line="53"/>
        <source>QGIS refused rows of the layer “{layer}” ({count} rows to write): {reason}</source>
        <translation>QGIS hat Zeilen der Ebene „{layer}“ abgelehnt ({count} zu schreibende Zeilen): {reason}</translation>
    </message>
</context>
<context>
    <name>GemeinschaftsinitiativeDock</name>
    <message>
        <location filename="../rgi_plugin/gui/dock.py" line="28"/>
        <source>Community Initiative</source>
        <translation>Gemeinschaftsinitiative</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/dock.py" line="61"/>
        <source>{label}, assembled {date}. Works without a network connection.</source>
        <translation>{label}, zusammengestellt {date}. Funktioniert ohne Netzverbindung.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/dock.py" line="53"/>
        <source>Edition</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/dock.py" line="75"/>
        <source>Action areas</source>
        <translation>Handlungsräume</translation>
    </message>
</context>
<context>
    <name>GemeinschaftsinitiativeLocatorFilter</name>
    <message>
        <location filename="../rgi_plugin/gui/locator.py" line="28"/>
        <source>Community Initiative</source>
        <translation>Gemeinschaftsinitiative</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/locator.py" line="46"/>
        <source>Action areas</source>
        <translation>Handlungsräume</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/locator.py" line="50"/>
        <source>Ressortbeiträge</source>
        <translation>Ressortbeiträge</translation>
    </message>
</context>
<context>
    <name>GemeinschaftsinitiativePlugin</name>
    <message>
        <location filename="../rgi_plugin/plugin.py" line="42"/>
        <source>&amp;Community Initiative</source>
        <translation>&amp;Gemeinschaftsinitiative</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/plugin.py" line="59"/>
        <source>Community Initiative panel</source>
        <translation>Bedienfeld Gemeinschaftsinitiative</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/plugin.py" line="62"/>
        <source>Show or hide the Community Initiative panel</source>
        <translation>Bedienfeld Gemeinschaftsinitiative ein- oder ausblenden</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/plugin.py" line="66"/>
        <source>Sources and licences…</source>
        <translation>Quellen und Lizenzen …</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/plugin.py" line="70"/>
        <source>Refresh offline snapshot…</source>
        <translation>Offline-Stand aktualisieren …</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/plugin.py" line="172"/>
        <source>The service catalogue cannot be read.</source>
        <translation>Der Dienstekatalog kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/plugin.py" line="146"/>
        <source>Layers</source>
        <translation>Layer</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/plugin.py" line="147"/>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../rgi_plugin/gui/imports/report.py" line="23"/>
        <source>Save report…</source>
        <translation>Bericht speichern …</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/imports/report.py" line="35"/>
        <source>Used</source>
        <translation>Übernommen</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/imports/report.py" line="66"/>
        <source>school number</source>
        <translation>Schulnummer</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/imports/report.py" line="66"/>
        <source>quota</source>
        <translation>Quote</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/imports/report.py" line="66"/>
        <source>school year</source>
        <translation>Schuljahr</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/imports/report.py" line="67"/>
        <source>Planungsraum id</source>
        <translation>Planungsraum-Nummer</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/imports/report.py" line="67"/>
        <source>class</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/imports/report.py" line="71"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/imports/report.py" line="73"/>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/imports/report.py" line="76"/>
        <source>percent</source>
        <translation>Prozent</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/imports/report.py" line="76"/>
        <source>shares</source>
        <translation>Anteile</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/imports/report.py" line="77"/>
        <source>Values read as</source>
        <translation>Werte gelesen als</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/imports/report.py" line="82"/>
        <source>Save report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/imports/report.py" line="82"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/imports/report.py" line="88"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../forms/import_report_dialog.ui" line="34"/>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../forms/import_report_dialog.ui" line="36"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../forms/import_report_dialog.ui" line="37"/>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location filename="../forms/import_report_dialog.ui" line="9"/>
        <source>Import report</source>
        <translation>Importbericht</translation>
    </message>
    <message>
        <location filename="../forms/import_report_dialog.ui" line="35"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
</context>
<context>
    <name>Imports</name>
    <message>
        <location filename="../rgi_plugin/controllers/imports.py" line="29"/>
        <source>Lernmittelbefreiung</source>
        <translation>Lernmittelbefreiung</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/controllers/imports.py" line="33"/>
        <source>Sozialstrukturatlas</source>
        <translation>Sozialstrukturatlas</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/controllers/imports.py" line="57"/>
        <source>{n} Lmb quotas imported, {problems} rows not used (listed in the report).</source>
        <translation>{n} Lmb-Quoten importiert, {problems} Zeilen nicht übernommen (im Importbericht aufgeführt).</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/controllers/imports.py" line="61"/>
        <source>They were not stored in the shared workspace (see the message before): this project refers to the file.</source>
        <translation>Sie wurden nicht im gemeinsamen Arbeitsbereich gespeichert (siehe die Meldung davor): Dieses Projekt verweist auf die Datei.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/controllers/imports.py" line="96"/>
        <source>Your login sees whether a school&apos;s Lmb quota is at or above the threshold, not the quota: the quotas are kept by the Bezirke.</source>
        <translation>Ihre Anmeldung sieht, ob die Lmb-Quote einer Schule die Schwelle erreicht, nicht die Quote: Die Quoten führen die Bezirke.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/controllers/imports.py" line="106"/>
        <source>The shared workspace holds no Lmb quotas of {bezirke} yet.</source>
        <translation>Der gemeinsame Arbeitsbereich enthält noch keine Lmb-Quoten von {bezirke}.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/controllers/imports.py" line="109"/>
        <source>{n} Lmb quotas of {bezirke}, school year {year}, from the shared workspace.</source>
        <translation>{n} Lmb-Quoten von {bezirke}, Schuljahr {year}, aus dem gemeinsamen Arbeitsbereich.</translation>
    </message>
</context>
<context>
    <name>IndicatorController</name>
    <message>
        <location filename="../rgi_plugin/controllers/indicators.py" line="57"/>
        <source>Import Lernmittelbefreiung quotas…</source>
        <translation>Lernmittelbefreiungsquoten importieren …</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/controllers/indicators.py" line="60"/>
        <source>Import Sozialstrukturatlas classes…</source>
        <translation>Schichten des Sozialstrukturatlas importieren …</translation>
    </message>
</context>
<context>
    <name>Indicators</name>
    <message>
        <location filename="../rgi_plugin/core/indicators/layers.py" line="21"/>
        <source>The layer “{layer}” lacks the fields {fields}.</source>
        <translation>Dem Layer „{layer}“ fehlen die Felder {fields}.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/indicators/lmb/layer.py" line="118"/>
        <source>The layer “{layer}” already has a field {field}.</source>
        <translation>Der Layer „{layer}“ hat bereits ein Feld {field}.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/indicators/lmb/layer.py" line="126"/>
        <source>A memory layer for the schools could not be created.</source>
        <translation>Ein temporärer Layer für die Schulen konnte nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>KeyFigures</name>
    <message>
        <location filename="../rgi_plugin/controllers/key_figures.py" line="66"/>
        <source>Key figures are not available.</source>
        <translation>Kennzahlen sind nicht verfügbar.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/controllers/key_figures.py" line="83"/>
        <source>Export key figures</source>
        <translation>Kennzahlen exportieren</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/controllers/key_figures.py" line="96"/>
        <source>Key figures of {n} areas written to {path}.</source>
        <translation>Kennzahlen von {n} Gebieten gespeichert: {path}.</translation>
    </message>
</context>
<context>
    <name>LayerMetadata</name>
    <message>
        <location filename="../rgi_plugin/core/services/layers.py" line="206"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/data/layers.py" line="20"/>
        <source>Publisher</source>
        <translation>Herausgeber</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/services/layers.py" line="208"/>
        <source>Edition</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/services/layers.py" line="209"/>
        <source>Catalogue status</source>
        <translation>Katalogstatus</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/services/layers.py" line="212"/>
        <source>Basis of the licence statement</source>
        <translation>Grundlage der Lizenzangabe</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/services/layers.py" line="212"/>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/services/layers.py" line="216"/>
        <source>Licence stated by the service</source>
        <translation>Lizenz laut Dienst</translation>
    </message>
</context>
<context>
    <name>LayerSearch</name>
    <message>
        <location filename="../rgi_plugin/core/services/layer_search.py" line="173"/>
        <source>same name</source>
        <translation>gleichem Namen</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/services/layer_search.py" line="173"/>
        <source>same title</source>
        <translation>gleichem Titel</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/services/layer_search.py" line="174"/>
        <source>matching keywords</source>
        <translation>passenden Schlagwörtern</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/services/layer_search.py" line="176"/>
        <source>{title}: Layer {old} is now called {new} (found by {basis}).</source>
        <translation>{title}: Layer {old} heißt jetzt {new} (gefunden nach {basis}).</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/services/layer_search.py" line="178"/>
        <source>{title}: the layer {old} is missing and several layers match ({basis}): {candidates}. None was chosen; please tell the plugin maintainers which one is right.</source>
        <translation>{title}: der Layer {old} fehlt, und mehrere Layer passen ({basis}): {candidates}. Keiner wurde gewählt; bitte sagen Sie den Betreuern des Plugins, welcher richtig ist.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/services/layer_search.py" line="181"/>
        <source>{title}: the layer {old} is missing and no layer of the service matches. Offered: {candidates}. The plugin&apos;s catalogue may be out of date; please tell the plugin maintainers.</source>
        <translation>{title}: der Layer {old} fehlt, und kein Layer des Dienstes passt. Angeboten: {candidates}. Der Katalog des Plugins ist vielleicht veraltet; bitte informieren Sie die Betreuer des Plugins.</translation>
    </message>
</context>
<context>
    <name>LayersPanel</name>
    <message>
        <location filename="../rgi_plugin/gui/layers_panel.py" line="58"/>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/layers_panel.py" line="118"/>
        <source>Edition</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/layers_panel.py" line="119"/>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/layers_panel.py" line="123"/>
        <source>verified</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/layers_panel.py" line="123"/>
        <source>unverified</source>
        <translation>unbestätigt</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/layers_panel.py" line="126"/>
        <source>offline snapshot</source>
        <translation>Offline-Stand</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/layers_panel.py" line="157"/>
        <source>loading…</source>
        <translation>wird geladen …</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/layers_panel.py" line="161"/>
        <source>loaded</source>
        <translation>geladen</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/layers_panel.py" line="183"/>
        <source>offline {date}</source>
        <translation>offline {date}</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/layers_panel.py" line="187"/>
        <source>checking…</source>
        <translation>wird geprüft …</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/layers_panel.py" line="194"/>
        <source>via {service}</source>
        <translation>über {service}</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/layers_panel.py" line="196"/>
        <source>available</source>
        <translation>erreichbar</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/layers_panel.py" line="201"/>
        <source>Offline data: snapshot refreshed on {date} ({count} datasets, in the QGIS profile folder); other datasets from the bundled snapshot {bundled}.</source>
        <translation>Offline-Daten: Stand aktualisiert am {date} ({count} Datensätze, im QGIS-Profilordner); übrige Datensätze aus dem mitgelieferten Stand {bundled}.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/layers_panel.py" line="205"/>
        <source>Offline data: snapshot bundled with the plugin ({date}).</source>
        <translation>Offline-Daten: mit dem Plugin gelieferter Stand ({date}).</translation>
    </message>
    <message>
        <location filename="../forms/layers_panel.ui" line="12"/>
        <source>Official layers of the Geoportal Berlin, loaded in the background. If a service fails, the offline snapshot steps in. Italics: service details not yet confirmed.</source>
        <translation>Amtliche Layer des Geoportals Berlin, im Hintergrund geladen. Fällt ein Dienst aus, springt der Offline-Stand ein. Kursiv: Dienstangaben noch unbestätigt.</translation>
    </message>
    <message>
        <location filename="../forms/layers_panel.ui" line="22"/>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location filename="../forms/layers_panel.ui" line="23"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../forms/layers_panel.ui" line="49"/>
        <source>Load selected</source>
        <translation>Auswahl laden</translation>
    </message>
    <message>
        <location filename="../forms/layers_panel.ui" line="54"/>
        <source>Load standard set</source>
        <translation>Standardsatz laden</translation>
    </message>
    <message>
        <location filename="../forms/layers_panel.ui" line="63"/>
        <source>Check services</source>
        <translation>Dienste prüfen</translation>
    </message>
    <message>
        <location filename="../forms/layers_panel.ui" line="74"/>
        <source>Refresh snapshot</source>
        <translation>Offline-Stand aktualisieren</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/layers_panel.py" line="82"/>
        <source>ids are not LOR 2021</source>
        <translation>IDs sind nicht LOR 2021</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/layers_panel.py" line="120"/>
        <source>Basis of the licence statement</source>
        <translation>Grundlage der Lizenzangabe</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/layers_panel.py" line="165"/>
        <source>loaded (name moved)</source>
        <translation>geladen (Name geändert)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/layers_panel.py" line="177"/>
        <source>searching the catalogue…</source>
        <translation>Katalog wird durchsucht…</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/layers_panel.py" line="179"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../forms/layers_panel.ui" line="30"/>
        <source>MSS edition:</source>
        <translation>MSS-Ausgabe:</translation>
    </message>
    <message>
        <location filename="../forms/layers_panel.ui" line="40"/>
        <source>Load edition</source>
        <translation>Ausgabe laden</translation>
    </message>
    <message>
        <location filename="../forms/layers_panel.ui" line="68"/>
        <source>Find successor…</source>
        <translation>Nachfolger suchen…</translation>
    </message>
    <message>
        <location filename="../forms/layers_panel.ui" line="69"/>
        <source>Ask the Geoportal&apos;s metadata catalogue (CSW) for a service that replaces the selected dataset&apos;s</source>
        <translation>Den Metadatenkatalog (CSW) des Geoportals nach einem Dienst fragen, der den des gewählten Datensatzes ersetzt</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/layers_panel.py" line="84"/>
        <source>Also bundled with the plugin: the development of the areas, the MSS change map and the overlay comparison use it offline.</source>
        <translation>Auch mit dem Plugin mitgeliefert: die Entwicklung der Gebiete, die MSS-Veränderungskarte und der Vergleich der Kriterien-Überlagerung nutzen diese Ausgabe offline.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/layers_panel.py" line="87"/>
        <source>Not bundled: the development of the areas, the MSS change map and the overlay comparison use it while its layer is in the project.</source>
        <translation>Nicht mitgeliefert: die Entwicklung der Gebiete, die MSS-Veränderungskarte und der Vergleich der Kriterien-Überlagerung nutzen diese Ausgabe, solange ihr Layer im Projekt ist.</translation>
    </message>
</context>
<context>
    <name>LmbImport</name>
    <message>
        <location filename="../rgi_plugin/core/indicators/lmb/reader.py" line="107"/>
        <source>no school year</source>
        <translation>ohne Schuljahr</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/indicators/lmb/reader.py" line="117"/>
        <source>{value} % is outside 0–100 %</source>
        <translation>{value} % liegt außerhalb von 0–100 %</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/indicators/lmb/reader.py" line="134"/>
        <source>same value as row {row}</source>
        <translation>gleicher Wert wie Zeile {row}</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/indicators/lmb/reader.py" line="137"/>
        <source>not a school number</source>
        <translation>keine Schulnummer</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/indicators/lmb/reader.py" line="167"/>
        <source>{name} has no column with school numbers (BSN). Columns found: {columns}. Name the column “BSN” or “Schulnummer”, or choose it in the import dialog.</source>
        <translation>{name} hat keine Spalte mit Schulnummern (BSN). Gefundene Spalten: {columns}. Benennen Sie die Spalte „BSN“ oder „Schulnummer“ oder wählen Sie sie im Importdialog aus.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/indicators/lmb/reader.py" line="172"/>
        <source>{name} has no column with the Lmb quota. Columns found: {columns}. Name it “Lmb-Quote” or choose it in the import dialog.</source>
        <translation>{name} hat keine Spalte mit der Lmb-Quote. Gefundene Spalten: {columns}. Benennen Sie sie „Lmb-Quote“ oder wählen Sie sie im Importdialog aus.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/indicators/lmb/reader.py" line="176"/>
        <source>{name} has no column “{column}”.</source>
        <translation>{name} hat keine Spalte „{column}“.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/indicators/lmb/reader.py" line="184"/>
        <source>No value of the column “{column}” is a number: is it the right column?</source>
        <translation>Kein Wert der Spalte „{column}“ ist eine Zahl: Ist es die richtige Spalte?</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/indicators/lmb/project.py" line="82"/>
        <source>values embedded in the project</source>
        <translation>im Projekt gespeicherte Werte</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/indicators/lmb/project.py" line="92"/>
        <source>The Lmb table of this project was not found: {path}. Import it again.</source>
        <translation>Die Lmb-Tabelle dieses Projekts wurde nicht gefunden: {path}. Bitte importieren Sie sie erneut.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/indicators/lmb/reader.py" line="156"/>
        <source>school number</source>
        <translation>Schulnummer</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/indicators/lmb/reader.py" line="156"/>
        <source>Lmb quota</source>
        <translation>Lmb-Quote</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/indicators/lmb/reader.py" line="156"/>
        <source>school year</source>
        <translation>Schuljahr</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/indicators/lmb/reader.py" line="163"/>
        <source>{name}: the column “{column}” is chosen for two roles ({first} and {second}). Choose one column for each.</source>
        <translation>{name}: Die Spalte „{column}“ ist für zwei Rollen gewählt ({first} und {second}). Wählen Sie für jede eine eigene Spalte.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/indicators/lmb/reader.py" line="44"/>
        <source>school year {year}</source>
        <translation>Schuljahr {year}</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/indicators/lmb/project.py" line="75"/>
        <source>The Lmb quotas of this project are in the shared workspace, and no workspace is configured.</source>
        <translation>Die Lmb-Quoten dieses Projekts liegen im gemeinsamen Arbeitsbereich, und es ist kein Arbeitsbereich eingerichtet.</translation>
    </message>
</context>
<context>
    <name>LmbImportDialog</name>
    <message>
        <location filename="../rgi_plugin/gui/imports/lmb.py" line="26"/>
        <source>detected automatically</source>
        <translation>automatisch erkannt</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/imports/lmb.py" line="27"/>
        <source>percent (75,3)</source>
        <translation>Prozent (75,3)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/imports/lmb.py" line="28"/>
        <source>shares (0,753)</source>
        <translation>Anteile (0,753)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/imports/lmb.py" line="22"/>
        <source>Import Lernmittelbefreiung quotas</source>
        <translation>Lernmittelbefreiungsquoten importieren</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/imports/lmb.py" line="23"/>
        <source>School number (BSN):</source>
        <translation>Schulnummer (BSN):</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/imports/lmb.py" line="24"/>
        <source>Lmb quota:</source>
        <translation>Lmb-Quote:</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/imports/lmb.py" line="29"/>
        <source>Values are:</source>
        <translation>Werte sind:</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/imports/lmb.py" line="30"/>
        <source>School year column:</source>
        <translation>Spalte Schuljahr:</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/imports/lmb.py" line="31"/>
        <source>School year:</source>
        <translation>Schuljahr:</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/imports/lmb.py" line="32"/>
        <source>Store the values in the project (otherwise the project keeps only the path of the file)</source>
        <translation>Werte im Projekt speichern (sonst speichert das Projekt nur den Pfad der Datei)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/imports/lmb.py" line="34"/>
        <source>Store in the shared workspace (the quotas of {bezirke}; other rows are listed, not stored)</source>
        <translation>Im Arbeitsbereich speichern (die Quoten von {bezirke}; andere Zeilen werden aufgeführt, nicht gespeichert)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/imports/lmb.py" line="39"/>
        <source>e.g. 2023/24</source>
        <translation>z. B. 2023/24</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/imports/lmb.py" line="41"/>
        <source>School year in the workspace:</source>
        <translation>Schuljahr im Arbeitsbereich:</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/imports/lmb.py" line="83"/>
        <source>The table names no school year: enter the school year to store the quotas under in the shared workspace.</source>
        <translation>Die Tabelle nennt kein Schuljahr: Bitte das Schuljahr eingeben, unter dem die Quoten im gemeinsamen Arbeitsbereich gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>LmbLayer</name>
    <message>
        <location filename="../rgi_plugin/core/indicators/lmb/layer.py" line="78"/>
        <source>Lernmittelbefreiung quota</source>
        <translation>Lernmittelbefreiung (Lmb-Quote)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/workspace/lmb_layers.py" line="51"/>
        <source>{limit} or more (criterion met)</source>
        <translation>{limit} und mehr (Kriterium erfüllt)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/workspace/lmb_layers.py" line="51"/>
        <source>below {limit}</source>
        <translation>unter {limit}</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/indicators/lmb/layer.py" line="85"/>
        <source>no Lmb quota</source>
        <translation>keine Lmb-Quote</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/indicators/lmb/layer.py" line="101"/>
        <source>Primary schools – Lmb quota</source>
        <translation>Grundschulen – Lmb-Quote</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/indicators/lmb/layer.py" line="158"/>
        <source>Synthetic values generated by scripts/build_example_lmb.py; not for decisions.</source>
        <translation>Synthetische Werte, erzeugt von scripts/build_example_lmb.py; nicht für Entscheidungen verwenden.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/indicators/lmb/layer.py" line="159"/>
        <source>{n} public primary schools from “{layer}”.</source>
        <translation>{n} öffentliche Grundschulen aus „{layer}“.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/indicators/lmb/layer.py" line="161"/>
        <source>Lmb quotas: {source} ({used} values used); threshold {limit}.</source>
        <translation>Lmb-Quoten: {source} ({used} Werte verwendet); Schwelle {limit}.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/indicators/lmb/layer.py" line="167"/>
        <source>Internal data of the administration (not public); the file stays local.</source>
        <translation>Interne Daten der Verwaltung (nicht öffentlich); die Datei bleibt lokal.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/indicators/lmb/layer.py" line="169"/>
        <source>No Lmb table loaded.</source>
        <translation>Keine Lmb-Tabelle geladen.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/indicators/lmb/layer.py" line="164"/>
        <source>Internal data of the administration (not public), from the shared workspace: only the quotas of the Bezirke of this login.</source>
        <translation>Interne Daten der Verwaltung (nicht öffentlich), aus dem gemeinsamen Arbeitsbereich: nur die Quoten der Bezirke dieser Anmeldung.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/workspace/lmb_layers.py" line="39"/>
        <source>Schools – Lmb at or above {limit} {year}</source>
        <translation>Schulen – Lmb-Quote ab {limit} {year}</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/workspace/lmb_layers.py" line="47"/>
        <source>Lernmittelbefreiung {year}: at or above the threshold</source>
        <translation>Lernmittelbefreiung {year}: Schwelle erreicht</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/workspace/lmb_layers.py" line="61"/>
        <source>Whether a school&apos;s Lmb quota is at or above {limit} (school year {year}), from the shared workspace (gi.lmb_threshold); the quotas themselves are kept by the Bezirke.</source>
        <translation>Ob die Lmb-Quote einer Schule {limit} erreicht (Schuljahr {year}), aus dem gemeinsamen Arbeitsbereich (gi.lmb_threshold); die Quoten selbst führen die Bezirke.</translation>
    </message>
</context>
<context>
    <name>LmbStoreReportDialog</name>
    <message>
        <location filename="../rgi_plugin/gui/imports/workspace_report.py" line="16"/>
        <source>Lmb quotas in the shared workspace</source>
        <translation>Lmb-Quoten im gemeinsamen Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/imports/workspace_report.py" line="25"/>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/imports/workspace_report.py" line="25"/>
        <source>Quota</source>
        <translation>Quote</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/imports/workspace_report.py" line="25"/>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/imports/workspace_report.py" line="29"/>
        <source>school of Bezirk {nr}</source>
        <translation>Schule des Bezirks {nr}</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/imports/workspace_report.py" line="31"/>
        <source>not a school of the workspace</source>
        <translation>keine Schule des Arbeitsbereichs</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/imports/workspace_report.py" line="33"/>
        <source>Stored</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/imports/workspace_report.py" line="34"/>
        <source>Schools of another Bezirk (not stored)</source>
        <translation>Schulen eines anderen Bezirks (nicht gespeichert)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/imports/workspace_report.py" line="35"/>
        <source>Unknown schools (not stored)</source>
        <translation>Unbekannte Schulen (nicht gespeichert)</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../rgi_plugin/gui/messages.py" line="41"/>
        <source>Community Initiative</source>
        <translation>Gemeinschaftsinitiative</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/messages.py" line="34"/>
        <source>Details are in the log tab &apos;{tab}&apos;.</source>
        <translation>Einzelheiten stehen im Protokoll-Reiter „{tab}“.</translation>
    </message>
</context>
<context>
    <name>MssChange</name>
    <message>
        <location filename="../rgi_plugin/core/editions/change_output.py" line="69"/>
        <source>status 2–3 classes higher</source>
        <translation>Status 2–3 Klassen höher</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/editions/change_output.py" line="69"/>
        <source>status 1 class higher</source>
        <translation>Status 1 Klasse höher</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/editions/change_output.py" line="69"/>
        <source>status unchanged</source>
        <translation>Status unverändert</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/editions/change_output.py" line="69"/>
        <source>status 1 class lower</source>
        <translation>Status 1 Klasse niedriger</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/editions/change_output.py" line="69"/>
        <source>status 2–3 classes lower</source>
        <translation>Status 2–3 Klassen niedriger</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/editions/change_output.py" line="82"/>
        <source>not compared (not rated in one edition)</source>
        <translation>nicht verglichen (in einer Ausgabe nicht bewertet)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/editions/change_output.py" line="89"/>
        <source>MSS change {before} → {after}</source>
        <translation>MSS-Veränderung {before} → {after}</translation>
    </message>
</context>
<context>
    <name>MssChangeAlgorithm</name>
    <message>
        <location filename="../rgi_plugin/processing/mss_change.py" line="62"/>
        <source>MSS change between two editions</source>
        <translation>MSS-Veränderung zwischen zwei Ausgaben</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/mss_change.py" line="65"/>
        <source>Status class change (−3…+3) and dynamics of every Planungsraum between two MSS editions.</source>
        <translation>Veränderung der Statusklasse (−3…+3) und Dynamik jedes Planungsraums zwischen zwei MSS-Ausgaben.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/mss_change.py" line="73"/>
        <source>&lt;p&gt;Compares two editions of the Monitoring Soziale Stadtentwicklung. One feature per Planungsraum of the later edition.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Same LOR scheme&lt;/b&gt; (MSS 2013, 2015, 2017, 2019 on the Planungsräume before 2021; 2021 and later on LOR 2021): the tables are joined by Planungsraum id; si_change is the difference of the status classes (−3 … +3).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Different schemes&lt;/b&gt; (e.g. 2017 → 2021): ids are never joined. The earlier status is the mean class of the overlapping Planungsräume weighted by area; si_change is a decimal number. The method is written into the output's metadata and the METHOD output.&lt;/p&gt;&lt;p&gt;FROM, TO: the editions (e.g. “MSS 2017”, “MSS 2019”); MSS 2023 or 2025 can be chosen once loaded through the plugin's service catalogue.&lt;/p&gt;&lt;p&gt;Output fields:&lt;/p&gt;&lt;ul&gt;{}&lt;/ul&gt;</source>
        <translation>&lt;p&gt;Vergleicht zwei Ausgaben des Monitorings Soziale Stadtentwicklung. Ein Objekt je Planungsraum der späteren Ausgabe.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Gleicher LOR-Stand&lt;/b&gt; (MSS 2013, 2015, 2017, 2019 auf den Planungsräumen vor 2021; ab 2021 auf LOR 2021): Die Tabellen werden über die Planungsraum-Nummer verbunden; si_change ist die Differenz der Statusklassen (−3 … +3).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Verschiedene Stände&lt;/b&gt; (z. B. 2017 → 2021): Nummern werden nie verbunden. Der frühere Status ist die flächengewichtete mittlere Klasse der überlappenden Planungsräume; si_change ist eine Dezimalzahl. Die Methode steht in den Metadaten der Ausgabe und in der Ausgabe METHOD.&lt;/p&gt;&lt;p&gt;FROM, TO: die Ausgaben (z. B. „MSS 2017“, „MSS 2019“); MSS 2023 oder 2025 sind wählbar, sobald sie über den Dienstkatalog des Plugins geladen sind.&lt;/p&gt;&lt;p&gt;Ausgabefelder:&lt;/p&gt;&lt;ul&gt;{}&lt;/ul&gt;</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/mss_change.py" line="88"/>
        <source>Earlier edition</source>
        <translation>Frühere Ausgabe</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/mss_change.py" line="88"/>
        <source>Later edition</source>
        <translation>Spätere Ausgabe</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/mss_change.py" line="93"/>
        <source>MSS change</source>
        <translation>MSS-Veränderung</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/mss_change.py" line="94"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/mss_change.py" line="95"/>
        <source>Planungsräume compared</source>
        <translation>Verglichene Planungsräume</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/mss_change.py" line="95"/>
        <source>Planungsräume with a lower status</source>
        <translation>Planungsräume mit niedrigerem Status</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/mss_change.py" line="95"/>
        <source>Planungsräume with a higher status</source>
        <translation>Planungsräume mit höherem Status</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/mss_change.py" line="95"/>
        <source>Planungsräume with the same status</source>
        <translation>Planungsräume mit gleichem Status</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/mss_change.py" line="104"/>
        <source>Choose two different editions (both are {}).</source>
        <translation>Bitte zwei verschiedene Ausgaben wählen (beide sind {}).</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/mss_change.py" line="127"/>
        <source>{edition}: rows without a Planungsraum geometry, not used: {ids}</source>
        <translation>{edition}: Zeilen ohne Planungsraum-Geometrie, nicht verwendet: {ids}</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/mss_change.py" line="131"/>
        <source>{n} Planungsräume are not rated in one of the editions (no change): {ids}</source>
        <translation>{n} Planungsräume sind in einer der Ausgaben nicht bewertet (keine Veränderung): {ids}</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/processing/mss_change.py" line="163"/>
        <source>The method could not be written into the file&apos;s metadata: {}</source>
        <translation>Die Methode konnte nicht in die Metadaten der Datei geschrieben werden: {}</translation>
    </message>
</context>
<context>
    <name>MssChangeFields</name>
    <message>
        <location filename="../rgi_plugin/core/editions/change_output.py" line="21"/>
        <source>Planungsraum id of the later edition, 8 digits</source>
        <translation>Planungsraum-Nummer der späteren Ausgabe, 8-stellig</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/editions/change_output.py" line="21"/>
        <source>its name</source>
        <translation>sein Name</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/editions/change_output.py" line="21"/>
        <source>inhabitants in the earlier edition (across schemes: by area share)</source>
        <translation>Einwohner in der früheren Ausgabe (zwischen Ständen: nach Flächenanteil)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/editions/change_output.py" line="21"/>
        <source>inhabitants in the later edition</source>
        <translation>Einwohner in der späteren Ausgabe</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/editions/change_output.py" line="21"/>
        <source>status class in the earlier edition (across schemes: area-weighted mean)</source>
        <translation>Statusklasse in der früheren Ausgabe (zwischen Ständen: flächengewichtetes Mittel)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/editions/change_output.py" line="21"/>
        <source>status class in the later edition (1 hoch … 4 sehr niedrig)</source>
        <translation>Statusklasse in der späteren Ausgabe (1 hoch … 4 sehr niedrig)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/editions/change_output.py" line="21"/>
        <source>si_n_to − si_n_from: positive = lower status, negative = higher</source>
        <translation>si_n_to − si_n_from: positiv = niedrigerer Status, negativ = höherer</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/editions/change_output.py" line="21"/>
        <source>dynamics class in the earlier edition (across schemes: the one covering most)</source>
        <translation>Dynamikklasse in der früheren Ausgabe (zwischen Ständen: die mit der größten Überdeckung)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/editions/change_output.py" line="21"/>
        <source>dynamics class in the later edition (1 positiv, 3 stabil, 5 negativ)</source>
        <translation>Dynamikklasse in der späteren Ausgabe (1 positiv, 3 stabil, 5 negativ)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/editions/change_output.py" line="21"/>
        <source>share of the area covered by rated Planungsräume of the earlier edition</source>
        <translation>Anteil der Fläche, den bewertete Planungsräume der früheren Ausgabe überdecken</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/editions/change_output.py" line="21"/>
        <source>Planungsräume of the earlier edition (across schemes: with share of the area)</source>
        <translation>Planungsräume der früheren Ausgabe (zwischen Ständen: mit Flächenanteil)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/editions/change_output.py" line="21"/>
        <source>&apos;same_scheme&apos; (joined by id) or &apos;area_weighted&apos; (different LOR schemes)</source>
        <translation>'same_scheme' (über die Nummer verbunden) oder 'area_weighted' (verschiedene LOR-Stände)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/editions/change_output.py" line="21"/>
        <source>why there is no change: not_rated_before, not_rated_after, not_rated</source>
        <translation>warum es keine Veränderung gibt: not_rated_before, not_rated_after, not_rated</translation>
    </message>
</context>
<context>
    <name>MssStyles</name>
    <message>
        <location filename="../rgi_plugin/core/indicators/mss/styles.py" line="162"/>
        <source>The layer “{layer}” lacks the MSS fields {fields}.</source>
        <translation>Dem Layer „{layer}“ fehlen die MSS-Felder {fields}.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/indicators/mss/styles.py" line="34"/>
        <source>Status index</source>
        <translation>Statusindex</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/indicators/mss/styles.py" line="35"/>
        <source>Dynamics index</source>
        <translation>Dynamikindex</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/indicators/mss/styles.py" line="36"/>
        <source>Status/dynamics index</source>
        <translation>Status/Dynamik-Index</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/indicators/mss/styles.py" line="40"/>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/indicators/mss/styles.py" line="40"/>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/indicators/mss/styles.py" line="41"/>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/indicators/mss/styles.py" line="41"/>
        <source>very low</source>
        <translation>sehr niedrig</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/indicators/mss/styles.py" line="43"/>
        <source>positive</source>
        <translation>positiv</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/indicators/mss/styles.py" line="44"/>
        <source>stable</source>
        <translation>stabil</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/indicators/mss/styles.py" line="45"/>
        <source>negative</source>
        <translation>negativ</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/indicators/mss/styles.py" line="47"/>
        <source>no rating</source>
        <translation>keine Bewertung</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/indicators/mss/styles.py" line="48"/>
        <source>Area requiring special attention</source>
        <translation>Gebiet mit besonderem Aufmerksamkeitsbedarf</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/indicators/mss/styles.py" line="113"/>
        <source>{code}{sign} – status {status}, dynamics {dynamics}</source>
        <translation>{code}{sign} – Status {status}, Dynamik {dynamics}</translation>
    </message>
</context>
<context>
    <name>OfflineData</name>
    <message>
        <location filename="../rgi_plugin/core/data/offline.py" line="70"/>
        <source>Offline data: snapshot refreshed on {date} from {source} ({folder})</source>
        <translation>Offline-Stand: aktualisiert am {date} aus {source} ({folder})</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/data/offline.py" line="72"/>
        <source>Offline data: bundled with the plugin ({date})</source>
        <translation>Offline-Stand: mit dem Plugin geliefert ({date})</translation>
    </message>
</context>
<context>
    <name>OverlayCompare</name>
    <message>
        <location filename="../rgi_plugin/core/editions/overlay_output.py" line="68"/>
        <source>entered the candidate set</source>
        <translation>zu den Kandidaten hinzugekommen</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/editions/overlay_output.py" line="70"/>
        <source>left the candidate set</source>
        <translation>aus den Kandidaten herausgefallen</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/editions/overlay_output.py" line="76"/>
        <source>Criteria overlay: candidates entered/left {before} → {after}</source>
        <translation>Kriterien-Überlagerung: Kandidaten hinzugekommen/herausgefallen {before} → {after}</translation>
    </message>
</context>
<context>
    <name>OverlayCompareFields</name>
    <message>
        <location filename="../rgi_plugin/core/editions/overlay_output.py" line="18"/>
        <source>&apos;entered&apos; (candidate only in the later run) or &apos;left&apos; (only in the earlier)</source>
        <translation>'entered' (nur im späteren Lauf Kandidat) oder 'left' (nur im früheren)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/editions/overlay_output.py" line="18"/>
        <source>the edition whose Planungsraum and values the row shows</source>
        <translation>die Ausgabe, deren Planungsraum und Werte die Zeile zeigt</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/editions/overlay_output.py" line="18"/>
        <source>its LOR scheme (lor_2019: before 2021, lor_2021)</source>
        <translation>ihr LOR-Stand (lor_2019: vor 2021, lor_2021)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/editions/overlay_output.py" line="18"/>
        <source>Planungsraum id in that scheme</source>
        <translation>Planungsraum-Nummer in diesem Stand</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/editions/overlay_output.py" line="18"/>
        <source>its name</source>
        <translation>sein Name</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/editions/overlay_output.py" line="18"/>
        <source>inhabitants</source>
        <translation>Einwohner</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/editions/overlay_output.py" line="18"/>
        <source>MSS status class (1 hoch … 4 sehr niedrig)</source>
        <translation>MSS-Statusklasse (1 hoch … 4 sehr niedrig)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/editions/overlay_output.py" line="18"/>
        <source>MSS dynamics class (1 positiv, 3 stabil, 5 negativ)</source>
        <translation>MSS-Dynamikklasse (1 positiv, 3 stabil, 5 negativ)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/editions/overlay_output.py" line="18"/>
        <source>criterion 1 met (NULL: no rating)</source>
        <translation>Kriterium 1 erfüllt (NULL: keine Bewertung)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/editions/overlay_output.py" line="18"/>
        <source>schools passing the filter</source>
        <translation>Schulen, die den Filter passieren</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/editions/overlay_output.py" line="18"/>
        <source>highest Lmb quota there (percent)</source>
        <translation>höchste Lmb-Quote dort (Prozent)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/editions/overlay_output.py" line="18"/>
        <source>criterion 2 met (NULL: no quota)</source>
        <translation>Kriterium 2 erfüllt (NULL: keine Quote)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/editions/overlay_output.py" line="18"/>
        <source>inferred GESIx class (7 = lowest values)</source>
        <translation>erschlossene GESIx-Klasse (7 = niedrigste Werte)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/editions/overlay_output.py" line="18"/>
        <source>criterion 3 met (NULL: no value)</source>
        <translation>Kriterium 3 erfüllt (NULL: kein Wert)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/editions/overlay_output.py" line="18"/>
        <source>criteria with data</source>
        <translation>Kriterien mit Daten</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/editions/overlay_output.py" line="18"/>
        <source>criteria met</source>
        <translation>erfüllte Kriterien</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/editions/overlay_output.py" line="18"/>
        <source>current Handlungsraum it lies in</source>
        <translation>bestehender Handlungsraum, in dem er liegt</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/editions/overlay_output.py" line="18"/>
        <source>across schemes: share covered by the other run&apos;s candidates</source>
        <translation>zwischen Ständen: Anteil, den die Kandidaten des anderen Laufs überdecken</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/editions/overlay_output.py" line="18"/>
        <source>the other run's Planungsräume there (* = candidate; across schemes with share)</source>
        <translation>die Planungsräume des anderen Laufs dort (* = Kandidat; zwischen Ständen mit Anteil)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/editions/overlay_output.py" line="18"/>
        <source>note on the data, e.g. that Lmb values are examples</source>
        <translation>Hinweis zu den Daten, z. B. dass Lmb-Werte Beispiele sind</translation>
    </message>
</context>
<context>
    <name>OverlayLauncher</name>
    <message>
        <location filename="../rgi_plugin/controllers/overlay.py" line="116"/>
        <source>The criteria overlay is not available.</source>
        <translation>Die Kriterien-Überlagerung ist nicht verfügbar.</translation>
    </message>
</context>
<context>
    <name>ProgrammeDialog</name>
    <message>
        <location filename="../rgi_plugin/gui/catalogue_edit.py" line="84"/>
        <source>Change Ressortbeitrag</source>
        <translation>Ressortbeitrag ändern</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/catalogue_edit.py" line="84"/>
        <source>New Ressortbeitrag</source>
        <translation>Neuer Ressortbeitrag</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/catalogue_edit.py" line="85"/>
        <source>(none named by the source)</source>
        <translation>(von der Quelle nicht genannt)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/catalogue_edit.py" line="90"/>
        <source>stated: the source names these areas</source>
        <translation>belegt: die Quelle nennt diese Gebiete</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/catalogue_edit.py" line="90"/>
        <source>inferred: the source names the GI as a whole</source>
        <translation>abgeleitet: die Quelle nennt die GI insgesamt</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/catalogue_edit.py" line="131"/>
        <source>The id is missing or not made of lower-case letters, digits and hyphens.</source>
        <translation>Die Kennung fehlt oder besteht nicht nur aus Kleinbuchstaben, Ziffern und Bindestrichen.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/catalogue_edit.py" line="133"/>
        <source>The id {id} is taken already; choose another one.</source>
        <translation>Die Kennung {id} ist schon vergeben; bitte eine andere wählen.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/catalogue_edit.py" line="136"/>
        <source>The programme needs a name.</source>
        <translation>Das Programm braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/catalogue_edit.py" line="139"/>
        <source>Choose the Handlungsräume the contribution applies to, or all of them.</source>
        <translation>Bitte die Handlungsräume wählen, für die der Beitrag gilt, oder alle.</translation>
    </message>
    <message>
        <location filename="../forms/programme_dialog.ui" line="8"/>
        <source>Ressortbeitrag</source>
        <translation>Ressortbeitrag</translation>
    </message>
    <message>
        <location filename="../forms/programme_dialog.ui" line="13"/>
        <source>Id:</source>
        <translation>Kennung:</translation>
    </message>
    <message>
        <location filename="../forms/programme_dialog.ui" line="17"/>
        <source>lower case, digits and hyphens, e.g. lesefoerderung-06</source>
        <translation>Kleinbuchstaben, Ziffern und Bindestriche, z. B. lesefoerderung-06</translation>
    </message>
    <message>
        <location filename="../forms/programme_dialog.ui" line="21"/>
        <source>Programme:</source>
        <translation>Programm:</translation>
    </message>
    <message>
        <location filename="../forms/programme_dialog.ui" line="27"/>
        <source>Department:</source>
        <translation>Ressort:</translation>
    </message>
    <message>
        <location filename="../forms/programme_dialog.ui" line="33"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../forms/programme_dialog.ui" line="39"/>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <location filename="../forms/programme_dialog.ui" line="47"/>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <location filename="../forms/programme_dialog.ui" line="51"/>
        <source>web address or document the contribution is taken from</source>
        <translation>Internetadresse oder Dokument, dem der Beitrag entnommen ist</translation>
    </message>
    <message>
        <location filename="../forms/programme_dialog.ui" line="55"/>
        <source>Applies to:</source>
        <translation>Gilt für:</translation>
    </message>
    <message>
        <location filename="../forms/programme_dialog.ui" line="60"/>
        <source>all Handlungsräume</source>
        <translation>alle Handlungsräume</translation>
    </message>
    <message>
        <location filename="../forms/programme_dialog.ui" line="70"/>
        <source>Basis:</source>
        <translation>Grundlage:</translation>
    </message>
    <message>
        <location filename="../forms/programme_dialog.ui" line="76"/>
        <source>Note on the areas:</source>
        <translation>Hinweis zu den Gebieten:</translation>
    </message>
</context>
<context>
    <name>Programmes</name>
    <message>
        <location filename="../rgi_plugin/core/areas/catalogue.py" line="13"/>
        <source>confirmed contribution</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/areas/catalogue.py" line="14"/>
        <source>named in the GI context</source>
        <translation>im GI-Zusammenhang genannt</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/areas/catalogue.py" line="15"/>
        <source>proposed in 2018</source>
        <translation>2018 vorgeschlagen</translation>
    </message>
</context>
<context>
    <name>ServiceLoader</name>
    <message>
        <location filename="../rgi_plugin/core/services/tasks.py" line="66"/>
        <source>Loading {title}</source>
        <translation>{title} wird geladen</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/services/tasks.py" line="93"/>
        <source>Checking the Geoportal services</source>
        <translation>Dienste des Geoportals werden geprüft</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/services/loader.py" line="48"/>
        <source>The offline copy is another edition: {edition}.</source>
        <translation>Der Offline-Stand ist eine andere Ausgabe: {edition}.</translation>
    </message>
</context>
<context>
    <name>ServiceMessages</name>
    <message>
        <location filename="../rgi_plugin/core/services/failures.py" line="65"/>
        <source>{title}: the server {host} cannot be reached (unknown host or no network). Check the network connection and the proxy settings of QGIS.</source>
        <translation>{title}: Der Server {host} ist nicht erreichbar (unbekannter Rechnername oder kein Netz). Bitte prüfen Sie die Netzverbindung und die Proxy-Einstellungen von QGIS.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/services/failures.py" line="67"/>
        <source>{title}: the server {host} refused the connection; the service is probably down. Try again later.</source>
        <translation>{title}: Der Server {host} hat die Verbindung abgelehnt; der Dienst ist vermutlich außer Betrieb. Bitte versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/services/failures.py" line="69"/>
        <source>{title}: the server {host} did not answer within {seconds} s. Try again later.</source>
        <translation>{title}: Der Server {host} hat nicht innerhalb von {seconds} s geantwortet. Bitte versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/services/failures.py" line="70"/>
        <source>{title}: the service at {host} answered with HTTP error {status}; its address may have changed. Please tell the plugin maintainers.</source>
        <translation>{title}: Der Dienst auf {host} hat mit dem HTTP-Fehler {status} geantwortet; möglicherweise hat sich seine Adresse geändert. Bitte informieren Sie die Betreuer des Plugins.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/services/failures.py" line="72"/>
        <source>{title}: the service at {host} has a server error (HTTP {status}). Try again later.</source>
        <translation>{title}: Beim Dienst auf {host} ist ein Serverfehler aufgetreten (HTTP {status}). Bitte versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/services/failures.py" line="73"/>
        <source>{title}: the service at {host} reported an error: {text}</source>
        <translation>{title}: Der Dienst auf {host} meldet einen Fehler: {text}</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/services/failures.py" line="74"/>
        <source>{title}: the answer of {host} is damaged or incomplete ({what}). Try again later.</source>
        <translation>{title}: Die Antwort von {host} ist fehlerhaft oder unvollständig ({what}). Bitte versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/services/failures.py" line="75"/>
        <source>{title}: the service at {host} delivered no features.</source>
        <translation>{title}: Der Dienst auf {host} hat keine Objekte geliefert.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/services/failures.py" line="76"/>
        <source>{title}: the service at {host} no longer offers the layer {name}; the plugin&apos;s catalogue may be out of date. Please tell the plugin maintainers.</source>
        <translation>{title}: Der Dienst auf {host} bietet den Layer {name} nicht mehr an; der Dienstkatalog des Plugins ist möglicherweise veraltet. Bitte informieren Sie die Betreuer des Plugins.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/services/failures.py" line="78"/>
        <source>{title}: the data of {host} lack the expected fields {fields}; the service has changed. Please tell the plugin maintainers.</source>
        <translation>{title}: In den Daten von {host} fehlen die erwarteten Felder {fields}; der Dienst wurde geändert. Bitte informieren Sie die Betreuer des Plugins.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/services/failures.py" line="80"/>
        <source>{title}: QGIS could not open the layer of {host}.</source>
        <translation>{title}: QGIS konnte den Layer von {host} nicht öffnen.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/services/failures.py" line="81"/>
        <source>{title}: loading was cancelled.</source>
        <translation>{title}: Das Laden wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/services/failures.py" line="82"/>
        <source>{title}: network error with {host}: {text}</source>
        <translation>{title}: Netzwerkfehler bei {host}: {text}</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/services/failures.py" line="104"/>
        <source>The fallback service ({hosts}) failed too.</source>
        <translation>Auch der Ersatzdienst ({hosts}) ist ausgefallen.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/services/failures.py" line="110"/>
        <source>No offline copy of this dataset is available.</source>
        <translation>Für diesen Datensatz gibt es keinen Offline-Stand.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/services/failures.py" line="112"/>
        <source>You can use the offline snapshot refreshed on {date} instead.</source>
        <translation>Sie können stattdessen den am {date} aktualisierten Offline-Stand verwenden.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/services/failures.py" line="113"/>
        <source>You can use the offline snapshot bundled with the plugin ({date}) instead.</source>
        <translation>Sie können stattdessen den mit dem Plugin gelieferten Offline-Stand ({date}) verwenden.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/services/failures.py" line="118"/>
        <source>Use offline snapshot of {date}</source>
        <translation>Offline-Stand vom {date} verwenden</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/services/failures.py" line="119"/>
        <source>Use bundled snapshot ({date})</source>
        <translation>Mitgelieferten Stand ({date}) verwenden</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/services/failures.py" line="141"/>
        <source>unreachable</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/services/failures.py" line="141"/>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/services/failures.py" line="142"/>
        <source>timeout</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/services/failures.py" line="142"/>
        <source>service error</source>
        <translation>Dienstfehler</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/services/failures.py" line="143"/>
        <source>damaged answer</source>
        <translation>fehlerhafte Antwort</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/services/failures.py" line="143"/>
        <source>no features</source>
        <translation>keine Objekte</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/services/failures.py" line="144"/>
        <source>layer missing</source>
        <translation>Layer fehlt</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/services/failures.py" line="144"/>
        <source>fields changed</source>
        <translation>Felder geändert</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/services/failures.py" line="145"/>
        <source>unreadable</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/services/failures.py" line="145"/>
        <source>network error</source>
        <translation>Netzwerkfehler</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/services/failures.py" line="146"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>ServicesController</name>
    <message>
        <location filename="../rgi_plugin/controllers/services.py" line="29"/>
        <source>Geoportal Berlin</source>
        <translation>Geoportal Berlin</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/controllers/services.py" line="106"/>
        <source>The offline snapshot could not be loaded either.</source>
        <translation>Auch der Offline-Stand konnte nicht geladen werden.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/controllers/services.py" line="111"/>
        <source>{title}: offline snapshot of {date} loaded.</source>
        <translation>{title}: Offline-Stand vom {date} geladen.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/controllers/services.py" line="213"/>
        <source>Offline snapshot of {date} saved in {folder} ({count} datasets).</source>
        <translation>Offline-Stand vom {date} in {folder} gespeichert ({count} Datensätze).</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/controllers/services.py" line="216"/>
        <source>Not refreshed: {ids}.</source>
        <translation>Nicht aktualisiert: {ids}.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/controllers/services.py" line="219"/>
        <source>The offline snapshot could not be refreshed; the previous one stays in use.</source>
        <translation>Der Offline-Stand konnte nicht aktualisiert werden; der bisherige bleibt in Gebrauch.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/controllers/services.py" line="220"/>
        <source>No dataset could be downloaded.</source>
        <translation>Kein Datensatz konnte heruntergeladen werden.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/controllers/services.py" line="87"/>
        <source>Find successor</source>
        <translation>Nachfolger suchen</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/controllers/services.py" line="136"/>
        <source>The metadata catalogue {url} could not be asked: {reason}.</source>
        <translation>Der Metadatenkatalog {url} konnte nicht gefragt werden: {reason}.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/controllers/services.py" line="144"/>
        <source>{title}: the metadata catalogue knows no service for it ({n} records found, none with a WMS or WFS).</source>
        <translation>{title}: der Metadatenkatalog kennt keinen Dienst dafür ({n} Einträge gefunden, keiner mit WMS oder WFS).</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/controllers/services.py" line="160"/>
        <source>The service could not be taken into the catalogue.</source>
        <translation>Der Dienst konnte nicht in den Katalog übernommen werden.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/controllers/services.py" line="164"/>
        <source>{title}: the service {url} ({name}) from the metadata catalogue is now tried first; it is kept in your catalogue copy {path}.</source>
        <translation>{title}: der Dienst {url} ({name}) aus dem Metadatenkatalog wird jetzt zuerst versucht; er steht in Ihrer Katalogkopie {path}.</translation>
    </message>
</context>
<context>
    <name>SideBySideDialog</name>
    <message>
        <location filename="../rgi_plugin/gui/side_by_side_dialog.py" line="44"/>
        <source>Handlungsräume side by side</source>
        <translation>Handlungsräume im Vergleich</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/side_by_side_dialog.py" line="74"/>
        <source>Export (XLSX/CSV)…</source>
        <translation>Exportieren (XLSX/CSV) …</translation>
    </message>
</context>
<context>
    <name>SnapshotRefresh</name>
    <message>
        <location filename="../rgi_plugin/core/services/refresh.py" line="123"/>
        <source>Refreshing the offline snapshot</source>
        <translation>Offline-Stand wird aktualisiert</translation>
    </message>
</context>
<context>
    <name>SocialAtlas</name>
    <message>
        <location filename="../rgi_plugin/core/indicators/social/reader.py" line="117"/>
        <source>{name} has no column with Planungsraum ids. Columns found: {columns}. Name it “plr_id” or choose it in the import dialog.</source>
        <translation>{name} hat keine Spalte mit Planungsraum-Nummern. Gefundene Spalten: {columns}. Benennen Sie sie „plr_id“ oder wählen Sie sie im Importdialog aus.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/indicators/social/reader.py" line="125"/>
        <source>{name} has no column with the class (Schicht). Columns found: {columns}. Name it “Schicht” or choose it in the import dialog.</source>
        <translation>{name} hat keine Spalte mit der Schicht. Gefundene Spalten: {columns}. Benennen Sie sie „Schicht“ oder wählen Sie sie im Importdialog aus.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/indicators/social/reader.py" line="144"/>
        <source>not an 8-digit Planungsraum id</source>
        <translation>keine 8-stellige Planungsraum-Nummer</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/indicators/social/reader.py" line="155"/>
        <source>{unknown} of {total} ids are not Planungsräume of LOR 2021: the table uses the Planungsräume from before 2021 (447 LOR). No official key translating old into new ids is available, so nothing was joined; ask the Amt für Statistik Berlin-Brandenburg for the key or a table in LOR 2021.</source>
        <translation>{unknown} von {total} Nummern sind keine Planungsräume der LOR 2021: Die Tabelle verwendet die Planungsräume von vor 2021 (447 LOR). Ein amtlicher Schlüssel von alten zu neuen Nummern liegt nicht vor, daher wurde nichts verknüpft; bitte erfragen Sie beim Amt für Statistik Berlin-Brandenburg den Schlüssel oder eine Tabelle in LOR 2021.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/indicators/social/reader.py" line="161"/>
        <source>also a LOR 2021 id, but the table is old LOR</source>
        <translation>auch eine Nummer der LOR 2021, die Tabelle verwendet aber die alten LOR</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/indicators/social/reader.py" line="170"/>
        <source>not a Planungsraum of LOR 2021</source>
        <translation>kein Planungsraum der LOR 2021</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/indicators/social/reader.py" line="180"/>
        <source>Schicht must be 1 to 7</source>
        <translation>Schicht muss zwischen 1 und 7 liegen</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/indicators/social/reader.py" line="198"/>
        <source>same value as row {row}</source>
        <translation>gleicher Wert wie Zeile {row}</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/indicators/social/reader.py" line="109"/>
        <source>{n} Planungsräume of LOR 2021 have no class in this table.</source>
        <translation>{n} Planungsräume der LOR 2021 haben in dieser Tabelle keine Schicht.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/indicators/social/reader.py" line="121"/>
        <source>{name}: the column “{column}” is chosen for two roles (Planungsraum id and class). Choose one column for each.</source>
        <translation>{name}: Die Spalte „{column}“ ist für zwei Rollen gewählt (Planungsraum-Nummer und Schicht). Wählen Sie für jede eine eigene Spalte.</translation>
    </message>
</context>
<context>
    <name>SocialAtlasImportDialog</name>
    <message>
        <location filename="../rgi_plugin/gui/imports/social.py" line="16"/>
        <source>Import Sozialstrukturatlas classes</source>
        <translation>Schichten des Sozialstrukturatlas importieren</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/imports/social.py" line="17"/>
        <source>Planungsraum id:</source>
        <translation>Planungsraum-Nummer:</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/imports/social.py" line="18"/>
        <source>Class (Schicht):</source>
        <translation>Schicht:</translation>
    </message>
</context>
<context>
    <name>SocialAtlasLayer</name>
    <message>
        <location filename="../rgi_plugin/core/indicators/social/layer.py" line="28"/>
        <source>Class (Schicht) {value}</source>
        <translation>Schicht {value}</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/indicators/social/layer.py" line="30"/>
        <source> (GI criterion)</source>
        <translation> (GI-Kriterium)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/indicators/social/layer.py" line="34"/>
        <source>no value</source>
        <translation>keine Angabe</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/indicators/social/layer.py" line="44"/>
        <source>Social structure atlas – class ({source})</source>
        <translation>Sozialstrukturatlas – Schicht ({source})</translation>
    </message>
</context>
<context>
    <name>SourcesDialog</name>
    <message>
        <location filename="../rgi_plugin/gui/sources_dialog.py" line="12"/>
        <source>Sources and licences</source>
        <translation>Quellen und Lizenzen</translation>
    </message>
</context>
<context>
    <name>SourcesView</name>
    <message>
        <location filename="../rgi_plugin/core/data/sources.py" line="15"/>
        <source>Assembled {date}; coordinate reference system {crs}.</source>
        <translation>Zusammengestellt {date}; Koordinatenbezugssystem {crs}.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/data/sources.py" line="59"/>
        <source>Attribution</source>
        <translation>Namensnennung</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/data/sources.py" line="27"/>
        <source>Publisher</source>
        <translation>Herausgeber</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/data/sources.py" line="57"/>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/data/sources.py" line="58"/>
        <source>Basis of the licence statement</source>
        <translation>Grundlage der Lizenzangabe</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/data/sources.py" line="30"/>
        <source>Edition</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/data/sources.py" line="31"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/data/sources.py" line="32"/>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/data/sources.py" line="49"/>
        <source>verified</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/data/sources.py" line="50"/>
        <source>unverified</source>
        <translation>unbestätigt</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/data/sources.py" line="51"/>
        <source>Geoportal services: licences and their basis</source>
        <translation>Dienste des Geoportals: Lizenzen und ihre Grundlage</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/data/sources.py" line="62"/>
        <source>Licence of {service}</source>
        <translation>Lizenz von {service}</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/data/sources.py" line="66"/>
        <source>{text} (read on {date} from {origin})</source>
        <translation>{text} (gelesen am {date} aus {origin})</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/data/sources.py" line="68"/>
        <source>Stated by the service</source>
        <translation>Angabe des Dienstes</translation>
    </message>
</context>
<context>
    <name>Styles</name>
    <message>
        <location filename="../rgi_plugin/core/data/styles.py" line="29"/>
        <source>Public primary school</source>
        <translation>Öffentliche Grundschule</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/data/styles.py" line="31"/>
        <source>Other school</source>
        <translation>Andere Schule</translation>
    </message>
</context>
<context>
    <name>SuccessorDialog</name>
    <message>
        <location filename="../rgi_plugin/gui/successor_dialog.py" line="18"/>
        <source>Successor of {title}</source>
        <translation>Nachfolger für {title}</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/successor_dialog.py" line="22"/>
        <source>Services found in the metadata catalogue {url} for records matching {terms}: {n}. The service you take is tried first from now on, marked &apos;unverified&apos;, in your catalogue copy; the plugin&apos;s own catalogue stays as it is.</source>
        <translation>Im Metadatenkatalog {url} gefundene Dienste für Einträge zu {terms}: {n}. Der übernommene Dienst wird von nun an zuerst versucht, als 'unbestätigt' markiert, in Ihrer Katalogkopie; der Katalog des Plugins selbst bleibt unverändert.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/successor_dialog.py" line="31"/>
        <source>Record</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/successor_dialog.py" line="31"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/successor_dialog.py" line="31"/>
        <source>Layer</source>
        <translation>Layer</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/successor_dialog.py" line="31"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/successor_dialog.py" line="66"/>
        <source>(from GetCapabilities)</source>
        <translation>(aus GetCapabilities)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/successor_dialog.py" line="51"/>
        <source>Take into my catalogue and load</source>
        <translation>In meinen Katalog übernehmen und laden</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/successor_dialog.py" line="27"/>
        <source>Further records that link to no WMS or WFS: {n}.</source>
        <translation>Weitere Einträge ohne Verweis auf einen WMS oder WFS: {n}.</translation>
    </message>
</context>
<context>
    <name>SuccessorSearch</name>
    <message>
        <location filename="../rgi_plugin/core/services/csw.py" line="222"/>
        <source>Looking for a successor of {title}</source>
        <translation>Nachfolger für {title} wird gesucht</translation>
    </message>
</context>
<context>
    <name>TableImport</name>
    <message>
        <location filename="../rgi_plugin/core/tables/table.py" line="94"/>
        <source>Excel workbook, sheet “{sheet}”</source>
        <translation>Excel-Arbeitsmappe, Tabellenblatt „{sheet}“</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/tables/table.py" line="98"/>
        <source>semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/tables/table.py" line="99"/>
        <source>comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/tables/table.py" line="100"/>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/tables/table.py" line="101"/>
        <source>none (one column)</source>
        <translation>keines (eine Spalte)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/tables/table.py" line="103"/>
        <source>CSV, encoding {encoding}, delimiter {delimiter}</source>
        <translation>CSV, Zeichenkodierung {encoding}, Trennzeichen {delimiter}</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/tables/reading.py" line="60"/>
        <source>The file {path} does not exist.</source>
        <translation>Die Datei {path} existiert nicht.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/tables/reading.py" line="63"/>
        <source>{name}: the old Excel format .xls cannot be read. Save the table as .xlsx or CSV.</source>
        <translation>{name}: Das alte Excel-Format .xls kann nicht gelesen werden. Bitte speichern Sie die Tabelle als .xlsx oder CSV.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/tables/reading.py" line="72"/>
        <source>It was read from the sheet “{sheet}”; the workbook has the sheets {sheets}.</source>
        <translation>Gelesen wurde das Tabellenblatt „{sheet}“; die Arbeitsmappe enthält die Tabellenblätter {sheets}.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/tables/reading.py" line="75"/>
        <source>{name} is empty: it has no header row and no data.</source>
        <translation>{name} ist leer: Die Datei hat weder eine Kopfzeile noch Daten.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/tables/reading.py" line="78"/>
        <source>{name} has a header row but no data rows.</source>
        <translation>{name} hat eine Kopfzeile, aber keine Datenzeilen.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/tables/reading.py" line="156"/>
        <source>{name} is empty.</source>
        <translation>{name} ist leer.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/tables/header.py" line="85"/>
        <source>(column {n})</source>
        <translation>(Spalte {n})</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/tables/reading.py" line="180"/>
        <source>{name} has no sheet “{sheet}” (sheets: {sheets}).</source>
        <translation>{name} hat kein Tabellenblatt „{sheet}“ (Tabellenblätter: {sheets}).</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/tables/reading.py" line="189"/>
        <source>{name} cannot be read as an Excel workbook ({error}).</source>
        <translation>{name} kann nicht als Excel-Arbeitsmappe gelesen werden ({error}).</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/tables/reading.py" line="198"/>
        <source>Reading Excel files needs the Python packages pandas and openpyxl ({error}).</source>
        <translation>Zum Lesen von Excel-Dateien werden die Python-Pakete pandas und openpyxl benötigt ({error}).</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/tables/columns.py" line="25"/>
        <source>chosen by the user</source>
        <translation>manuell gewählt</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/tables/columns.py" line="28"/>
        <source>all {n} values without a percent sign lie between 0 and 1, so they are read as shares (0,753 = 75,3 %)</source>
        <translation>alle {n} Werte ohne Prozentzeichen liegen zwischen 0 und 1 und werden daher als Anteile gelesen (0,753 = 75,3 %)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/tables/columns.py" line="32"/>
        <source>every value carries a percent sign</source>
        <translation>alle Werte tragen ein Prozentzeichen</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/tables/columns.py" line="33"/>
        <source>not all values without a percent sign lie between 0 and 1</source>
        <translation>nicht alle Werte ohne Prozentzeichen liegen zwischen 0 und 1</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/tables/report.py" line="39"/>
        <source>Rows without {key} (not used)</source>
        <translation>Zeilen ohne {key} (nicht übernommen)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/tables/report.py" line="40"/>
        <source>Unknown {key} (not in the reference layer; not used)</source>
        <translation>{key} unbekannt (nicht im Bezugslayer; nicht übernommen)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/tables/report.py" line="41"/>
        <source>Planungsraum ids from before 2021 (447 LOR; not joined)</source>
        <translation>Planungsraum-Nummern von vor 2021 (447 LOR; nicht verknüpft)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/tables/report.py" line="42"/>
        <source>{key} listed more than once with different values (not used)</source>
        <translation>{key} mehrfach mit unterschiedlichen Werten (nicht übernommen)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/tables/report.py" line="43"/>
        <source>{key} listed more than once with the same value (counted once)</source>
        <translation>{key} mehrfach mit gleichem Wert (einmal gezählt)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/tables/report.py" line="44"/>
        <source>Rows of another school year (not used)</source>
        <translation>Zeilen eines anderen Schuljahres (nicht übernommen)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/tables/report.py" line="45"/>
        <source>Empty values (not used)</source>
        <translation>Leere Werte (nicht übernommen)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/tables/report.py" line="46"/>
        <source>Text in a number column (not used)</source>
        <translation>Text in einer Zahlenspalte (nicht übernommen)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/tables/report.py" line="47"/>
        <source>Values out of range (not used)</source>
        <translation>Werte außerhalb des zulässigen Bereichs (nicht übernommen)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/tables/report.py" line="48"/>
        <source>Values of at most 1 in a percent column (used; check whether they are shares)</source>
        <translation>Werte bis 1 in einer Prozentspalte (übernommen; bitte prüfen, ob es Anteile sind)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/tables/report.py" line="50"/>
        <source>Matched, but not a public primary school (not part of the criterion)</source>
        <translation>Zugeordnet, aber keine öffentliche Grundschule (nicht Teil des Kriteriums)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/tables/report.py" line="52"/>
        <source>Blank rows (skipped)</source>
        <translation>Leerzeilen (übersprungen)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/tables/report.py" line="89"/>
        <source>{rows} rows read: {matched} used, {problems} not used; repeated rows counted once: {repeated} (all listed below).</source>
        <translation>{rows} Zeilen gelesen: {matched} übernommen, {problems} nicht übernommen; mehrfache Zeilen einmal gezählt: {repeated} (alle unten aufgeführt).</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/tables/report.py" line="92"/>
        <source>{rows} rows read: {matched} used, {problems} not used (listed below).</source>
        <translation>{rows} Zeilen gelesen: {matched} übernommen, {problems} nicht übernommen (unten aufgeführt).</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/tables/report.py" line="138"/>
        <source>Used</source>
        <translation>Übernommen</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/tables/table.py" line="70"/>
        <source>{n} cells, but the header has {m}</source>
        <translation>{n} Zellen, die Kopfzeile hat aber {m}</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/tables/table.py" line="72"/>
        <source>: a decimal comma in an unquoted number? Quote such numbers (&quot;81,5&quot;) or use semicolons as delimiter.</source>
        <translation>: ein Dezimalkomma in einer Zahl ohne Anführungszeichen? Setzen Sie solche Zahlen in Anführungszeichen („&quot;81,5&quot;“) oder verwenden Sie Semikolons als Trennzeichen.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/tables/table.py" line="85"/>
        <source>Header in row 2; row 1 above it is skipped.</source>
        <translation>Kopfzeile in Zeile 2; Zeile 1 darüber wird übersprungen.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/tables/table.py" line="87"/>
        <source>Header in row {row}; rows 1–{last} above it are skipped.</source>
        <translation>Kopfzeile in Zeile {row}; die Zeilen 1–{last} darüber werden übersprungen.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/tables/table.py" line="92"/>
        <source>QGIS layer “{name}”</source>
        <translation>QGIS-Layer „{name}“</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/tables/header.py" line="59"/>
        <source>{name}: row {row} is empty or not in the file; it cannot be the header.</source>
        <translation>{name}: Zeile {row} ist leer oder nicht in der Datei; sie kann nicht die Kopfzeile sein.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/tables/report.py" line="38"/>
        <source>Rows with more cells than the header (not used)</source>
        <translation>Zeilen mit mehr Zellen als die Kopfzeile (nicht übernommen)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/tables/report.py" line="51"/>
        <source>Rows above the header (skipped)</source>
        <translation>Zeilen über der Kopfzeile (übersprungen)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/tables/report.py" line="101"/>
        <source>percent</source>
        <translation>Prozent</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/tables/report.py" line="101"/>
        <source>shares</source>
        <translation>Anteile</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/tables/report.py" line="102"/>
        <source>Values read as {scale}: {reason}.</source>
        <translation>Werte gelesen als {scale}: {reason}.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/tables/report.py" line="121"/>
        <source>feature {n}</source>
        <translation>Objekt {n}</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/tables/report.py" line="123"/>
        <source>row {n}</source>
        <translation>Zeile {n}</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/core/tables/table.py" line="96"/>
        <source>table of the shared workspace: {name}</source>
        <translation>Tabelle des gemeinsamen Arbeitsbereichs: {name}</translation>
    </message>
</context>
<context>
    <name>TableImportDialog</name>
    <message>
        <location filename="../forms/table_import_dialog.ui" line="12"/>
        <source>The table is read from the file on this computer and is never sent anywhere.</source>
        <translation>Die Tabelle wird aus der Datei auf diesem Computer gelesen und an keine Stelle übertragen.</translation>
    </message>
    <message>
        <location filename="../forms/table_import_dialog.ui" line="21"/>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <location filename="../forms/table_import_dialog.ui" line="26"/>
        <source>CSV or Excel file (.csv, .txt, .xlsx)</source>
        <translation>CSV- oder Excel-Datei (.csv, .txt, .xlsx)</translation>
    </message>
    <message>
        <location filename="../forms/table_import_dialog.ui" line="31"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location filename="../forms/table_import_dialog.ui" line="43"/>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <location filename="../forms/table_import_dialog.ui" line="47"/>
        <source>Sheet:</source>
        <translation>Tabellenblatt:</translation>
    </message>
    <message>
        <location filename="../forms/table_import_dialog.ui" line="55"/>
        <source>Header in row:</source>
        <translation>Kopfzeile in Zeile:</translation>
    </message>
    <message>
        <location filename="../forms/table_import_dialog.ui" line="62"/>
        <source>The row of the file that holds the column names; rows above it (titles) are skipped. Found automatically; change it if the preview shows the wrong columns.</source>
        <translation>Die Zeile der Datei mit den Spaltennamen; Zeilen darüber (Titel) werden übersprungen. Wird automatisch gefunden; ändern Sie sie, wenn die Vorschau die falschen Spalten zeigt.</translation>
    </message>
    <message>
        <location filename="../forms/table_import_dialog.ui" line="84"/>
        <source>Preview (columns from the header row, first data rows with their row numbers):</source>
        <translation>Vorschau (Spalten aus der Kopfzeile, erste Datenzeilen mit ihren Zeilennummern):</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/imports/table.py" line="79"/>
        <source>Choose a table</source>
        <translation>Tabelle auswählen</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/imports/table.py" line="79"/>
        <source>Tables (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>Tabellen (*.csv *.txt *.xlsx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/imports/table.py" line="133"/>
        <source>— none —</source>
        <translation>— keine —</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/imports/table.py" line="151"/>
        <source>Above it: {rows}</source>
        <translation>Darüber: {rows}</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../rgi_plugin/workspace/catalogue_store.py" line="135"/>
        <source>The catalogue in the shared workspace is not valid: {reason}</source>
        <translation>Der Katalog im gemeinsamen Arbeitsbereich ist ungültig: {reason}</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/workspace/catalogue_store.py" line="107"/>
        <source>The change was not saved: {reason}</source>
        <translation>Die Änderung wurde nicht gespeichert: {reason}</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/workspace/catalogue_store.py" line="265"/>
        <source>The concept document {id} no longer exists in the workspace.</source>
        <translation>Das Konzeptdokument {id} gibt es im Arbeitsbereich nicht mehr.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/workspace/connection.py" line="86"/>
        <source>No shared workspace is configured.</source>
        <translation>Es ist kein gemeinsamer Arbeitsbereich eingerichtet.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/workspace/connection.py" line="120"/>
        <source>The QGIS authentication configuration {id} was not found or cannot be decrypted.</source>
        <translation>Die QGIS-Authentifizierungskonfiguration {id} wurde nicht gefunden oder lässt sich nicht entschlüsseln.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/workspace/connection.py" line="123"/>
        <source>The QGIS authentication configuration {id} uses the method {method}; the workspace needs user name and password (Basic).</source>
        <translation>Die QGIS-Authentifizierungskonfiguration {id} nutzt die Methode {method}; der Arbeitsbereich braucht Benutzername und Passwort (Basic).</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/workspace/connection.py" line="148"/>
        <source>The Python module psycopg2 is missing; the shared workspace needs it (Debian: python3-psycopg2).</source>
        <translation>Das Python-Modul psycopg2 fehlt; der gemeinsame Arbeitsbereich braucht es (Debian: python3-psycopg2).</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/workspace/connection.py" line="185"/>
        <source>The shared workspace ({where}) refused the login: check the user and password of the service or authentication configuration. The bundled data are used.</source>
        <translation>Der gemeinsame Arbeitsbereich ({where}) hat die Anmeldung abgelehnt: Benutzer und Passwort des Dienstes bzw. der Authentifizierungskonfiguration prüfen. Die mitgelieferten Daten werden verwendet.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/workspace/connection.py" line="189"/>
        <source>The shared workspace ({where}) cannot be reached. The bundled data are used.</source>
        <translation>Der gemeinsame Arbeitsbereich ({where}) ist nicht erreichbar. Die mitgelieferten Daten werden verwendet.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/workspace/connection.py" line="267"/>
        <source>The connection to the shared workspace ({where}) was lost; this change was not saved. Try again when it is back; until then the bundled data are used.</source>
        <translation>Die Verbindung zum gemeinsamen Arbeitsbereich ({where}) ist abgebrochen; diese Änderung wurde nicht gespeichert. Bitte erneut versuchen, sobald er wieder erreichbar ist; bis dahin werden die mitgelieferten Daten verwendet.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/workspace/connection.py" line="272"/>
        <source>Your login may not do this in the shared workspace.</source>
        <translation>Ihre Anmeldung darf das im gemeinsamen Arbeitsbereich nicht.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/workspace/connection.py" line="274"/>
        <source>The database holds no GI workspace (or an older one): set it up with “Set up workspace”.</source>
        <translation>Die Datenbank enthält keinen GI-Arbeitsbereich (oder einen älteren): mit „Arbeitsbereich einrichten“ einrichten.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/workspace/connection.py" line="277"/>
        <source>The shared workspace refused the data: {reason}</source>
        <translation>Der gemeinsame Arbeitsbereich hat die Daten abgelehnt: {reason}</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/workspace/connection.py" line="279"/>
        <source>The shared workspace reported an error: {reason}</source>
        <translation>Der gemeinsame Arbeitsbereich meldet einen Fehler: {reason}</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/workspace/lmb_store.py" line="66"/>
        <source>The Lmb table names no school year: choose the school year to store the quotas under.</source>
        <translation>Die Lmb-Tabelle nennt kein Schuljahr: bitte das Schuljahr wählen, unter dem die Quoten gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/workspace/lmb_store.py" line="74"/>
        <source>Your login edits no Bezirk in the shared workspace, so it cannot store Lmb quotas.</source>
        <translation>Ihre Anmeldung bearbeitet im gemeinsamen Arbeitsbereich keinen Bezirk und kann daher keine Lmb-Quoten speichern.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/workspace/migrations.py" line="134"/>
        <source>The workspace migration {name} was changed after it had been applied; the workspace was left as it is.</source>
        <translation>Die Arbeitsbereich-Migration {name} wurde nach ihrer Anwendung geändert; der Arbeitsbereich bleibt unverändert.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/workspace/migrations.py" line="152"/>
        <source>The database holds workspace version {have}; this plugin needs {expected}. An administrator updates it with “Set up workspace”.</source>
        <translation>Die Datenbank enthält den Arbeitsbereich in Version {have}; diese Erweiterung braucht {expected}. Eine Administratorin oder ein Administrator aktualisiert ihn mit „Arbeitsbereich einrichten“.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/workspace/catalogue_store.py" line="90"/>
        <source>The shared workspace holds no catalogue yet (an administrator fills it with “Set up workspace”).</source>
        <translation>Der gemeinsame Arbeitsbereich enthält noch keinen Katalog (eine Administratorin oder ein Administrator füllt ihn mit „Arbeitsbereich einrichten“).</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/workspace/catalogue_store.py" line="182"/>
        <source>The id {id} is taken already (by {who}); choose another id.</source>
        <translation>Die Kennung {id} ist schon vergeben (von {who}); bitte eine andere wählen.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/workspace/catalogue_store.py" line="188"/>
        <source>Your login may not change the entry “{id}”.</source>
        <translation>Ihre Anmeldung darf den Eintrag „{id}“ nicht ändern.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/workspace/catalogue_store.py" line="190"/>
        <source>The entry “{id}” was removed from the shared workspace after you opened it; your edit was not saved.</source>
        <translation>Der Eintrag „{id}“ wurde aus dem gemeinsamen Arbeitsbereich entfernt, nachdem Sie ihn geöffnet hatten; Ihre Änderung wurde nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/workspace/catalogue_store.py" line="193"/>
        <source>{who} changed the entry “{id}” at {when}, after you opened it; your edit was not saved. Reopen the entry to see the change.</source>
        <translation>{who} hat den Eintrag „{id}“ am {when} geändert, nachdem Sie ihn geöffnet hatten; Ihre Änderung wurde nicht gespeichert. Öffnen Sie den Eintrag erneut, um die Änderung zu sehen.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/workspace/connection.py" line="263"/>
        <source>The connection to the shared workspace ({where}) was lost; nothing was changed. Until it is back the bundled data are used (the next read connects anew).</source>
        <translation>Die Verbindung zum gemeinsamen Arbeitsbereich ({where}) ist abgebrochen; nichts wurde geändert. Bis sie wieder besteht, werden die mitgelieferten Daten verwendet (das nächste Lesen verbindet neu).</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/workspace/lmb_layers.py" line="44"/>
        <source>The threshold view of the shared workspace cannot be read ({where}).</source>
        <translation>Die Schwellen-Sicht des gemeinsamen Arbeitsbereichs kann nicht gelesen werden ({where}).</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/workspace/lmb_store.py" line="45"/>
        <source>{stored} Lmb quotas stored in the shared workspace for {bezirke}, school year {year}; {other} of schools of another Bezirk and {unknown} of unknown schools not stored.</source>
        <translation>{stored} Lmb-Quoten im gemeinsamen Arbeitsbereich für {bezirke} gespeichert, Schuljahr {year}; {other} von Schulen eines anderen Bezirks und {unknown} von unbekannten Schulen nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/workspace/lmb_store.py" line="131"/>
        <source>Your login sees no Lmb quotas in the shared workspace, only whether a school is at or above the threshold.</source>
        <translation>Ihre Anmeldung sieht im gemeinsamen Arbeitsbereich keine Lmb-Quoten, nur ob eine Schule die Schwelle erreicht.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/workspace/projects.py" line="63"/>
        <source>A project in the workspace needs a name.</source>
        <translation>Ein Projekt im Arbeitsbereich braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/workspace/projects.py" line="65"/>
        <source>The project “{name}” could not be saved in the shared workspace.</source>
        <translation>Das Projekt „{name}“ konnte nicht im gemeinsamen Arbeitsbereich gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/workspace/projects.py" line="74"/>
        <source>The project “{name}” could not be opened from the shared workspace.</source>
        <translation>Das Projekt „{name}“ konnte nicht aus dem gemeinsamen Arbeitsbereich geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/workspace/status.py" line="57"/>
        <source>Login {user}: the database {database} holds no GI workspace yet.</source>
        <translation>Anmeldung {user}: Die Datenbank {database} enthält noch keinen GI-Arbeitsbereich.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/workspace/status.py" line="60"/>
        <source>Login {user}: the workspace has version {have}, this plugin needs {expected}.</source>
        <translation>Anmeldung {user}: Der Arbeitsbereich hat Version {have}, diese Erweiterung braucht {expected}.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/workspace/status.py" line="64"/>
        <source>edits the catalogue</source>
        <translation>bearbeitet den Katalog</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/workspace/status.py" line="66"/>
        <source>keeps the Lmb quotas of {bezirke}</source>
        <translation>führt die Lmb-Quoten von {bezirke}</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/workspace/status.py" line="68"/>
        <source>keeps the concept documents of the areas {areas}</source>
        <translation>führt die Handlungskonzepte der Handlungsräume {areas}</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/workspace/status.py" line="71"/>
        <source>reads (Lmb only as “at or above the threshold”)</source>
        <translation>liest (Lmb nur als „Schwelle erreicht“)</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/workspace/status.py" line="73"/>
        <source>administrator</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/workspace/status.py" line="74"/>
        <source>Login {user}: {rights}.</source>
        <translation>Anmeldung {user}: {rights}.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/workspace/migrations.py" line="115"/>
        <source>The database {database} has no PostGIS and your login may not add it. A database administrator runs “CREATE EXTENSION postgis;” in it once; then set the workspace up again.</source>
        <translation>Die Datenbank {database} hat kein PostGIS, und Ihre Anmeldung darf es nicht hinzufügen. Eine Datenbankadministratorin oder ein Datenbankadministrator führt darin einmal „CREATE EXTENSION postgis;“ aus; danach den Arbeitsbereich erneut einrichten.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/workspace/migrations.py" line="119"/>
        <source>Your login may not set the workspace up in {database}: that needs a login that may create roles (CREATEROLE) and owns the database. Nothing was changed.</source>
        <translation>Ihre Anmeldung darf den Arbeitsbereich in {database} nicht einrichten: Dafür braucht es eine Anmeldung, die Rollen anlegen darf (CREATEROLE) und der die Datenbank gehört. Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>WorkspaceController</name>
    <message>
        <location filename="../rgi_plugin/controllers/workspace.py" line="50"/>
        <source>Shared workspace</source>
        <translation>Gemeinsamer Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/controllers/workspace.py" line="108"/>
        <source>The shared workspace is set up (version {version}).</source>
        <translation>Der gemeinsame Arbeitsbereich ist eingerichtet (Version {version}).</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/controllers/workspace.py" line="110"/>
        <source>It was filled with the bundled catalogue and geodata, each row marked as from the bundle.</source>
        <translation>Er wurde mit dem mitgelieferten Katalog und den Geodaten gefüllt, jede Zeile als mitgeliefert gekennzeichnet.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/controllers/workspace.py" line="185"/>
        <source>The Ressortbeitrag “{name}” was changed or removed in the shared workspace after the catalogue was read. Press “Read again” and open it once more.</source>
        <translation>Der Ressortbeitrag „{name}“ wurde im gemeinsamen Arbeitsbereich geändert oder entfernt, nachdem der Katalog gelesen wurde. Klicken Sie auf „Neu lesen“ und öffnen Sie ihn erneut.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/controllers/workspace.py" line="192"/>
        <source>The concept documents of {area} were changed in the shared workspace after the catalogue was read. Press “Read again” and open the document once more.</source>
        <translation>Die Handlungskonzepte von {area} wurden im gemeinsamen Arbeitsbereich geändert, nachdem der Katalog gelesen wurde. Klicken Sie auf „Neu lesen“ und öffnen Sie das Konzept erneut.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/controllers/workspace.py" line="239"/>
        <source>No shared workspace is configured.</source>
        <translation>Es ist kein gemeinsamer Arbeitsbereich eingerichtet.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/controllers/workspace.py" line="229"/>
        <source>The Ressortbeitrag “{name}” was saved in the shared workspace.</source>
        <translation>Der Ressortbeitrag „{name}“ wurde im gemeinsamen Arbeitsbereich gespeichert.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/controllers/workspace.py" line="234"/>
        <source>The concept document “{title}” was saved in the shared workspace.</source>
        <translation>Das Handlungskonzept „{title}“ wurde im gemeinsamen Arbeitsbereich gespeichert.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/controllers/workspace.py" line="264"/>
        <source>The Lmb quotas of this project are in the shared workspace, and no workspace is configured.</source>
        <translation>Die Lmb-Quoten dieses Projekts liegen im gemeinsamen Arbeitsbereich, und es ist kein Arbeitsbereich eingerichtet.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/controllers/workspace.py" line="279"/>
        <source>The shared workspace holds no Lmb quotas yet.</source>
        <translation>Der gemeinsame Arbeitsbereich enthält noch keine Lmb-Quoten.</translation>
    </message>
</context>
<context>
    <name>WorkspacePanel</name>
    <message>
        <location filename="../forms/workspace_panel.ui" line="143"/>
        <source>Save the current QGIS project in the shared workspace</source>
        <translation>Das aktuelle QGIS-Projekt im gemeinsamen Arbeitsbereich speichern</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/workspace_panel.py" line="91"/>
        <source>Coordinators and Bezirk editors save projects in the workspace</source>
        <translation>Koordination und Bezirke speichern Projekte im Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/workspace_panel.py" line="99"/>
        <source>The catalogue has not been read yet.</source>
        <translation>Der Katalog wurde noch nicht gelesen.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/workspace_panel.py" line="101"/>
        <source>Catalogue from the shared workspace ({where}).</source>
        <translation>Katalog aus dem gemeinsamen Arbeitsbereich ({where}).</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/workspace_panel.py" line="104"/>
        <source>Catalogue: the bundled data (no shared workspace is configured).</source>
        <translation>Katalog: die mitgelieferten Daten (kein gemeinsamer Arbeitsbereich eingerichtet).</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/workspace_panel.py" line="105"/>
        <source>Catalogue: the bundled data, because the shared workspace cannot be used: {reason}</source>
        <translation>Katalog: die mitgelieferten Daten, weil der gemeinsame Arbeitsbereich nicht genutzt werden kann: {reason}</translation>
    </message>
    <message>
        <location filename="../forms/workspace_panel.ui" line="12"/>
        <source>In use</source>
        <translation>In Gebrauch</translation>
    </message>
    <message>
        <location filename="../forms/workspace_panel.ui" line="30"/>
        <source>Read again</source>
        <translation>Neu lesen</translation>
    </message>
    <message>
        <location filename="../forms/workspace_panel.ui" line="31"/>
        <source>Read the catalogue of the workspace again (changes by others appear)</source>
        <translation>Den Katalog des Arbeitsbereichs neu lesen (Änderungen anderer erscheinen)</translation>
    </message>
    <message>
        <location filename="../forms/workspace_panel.ui" line="36"/>
        <source>Show Lmb</source>
        <translation>Lmb anzeigen</translation>
    </message>
    <message>
        <location filename="../forms/workspace_panel.ui" line="37"/>
        <source>The Lmb criterion as your login may see it: your Bezirk&apos;s quotas, or whether schools are at or above the threshold</source>
        <translation>Das Lmb-Kriterium, wie Ihre Anmeldung es sehen darf: die Quoten Ihres Bezirks, oder ob Schulen die Schwelle erreichen</translation>
    </message>
    <message>
        <location filename="../forms/workspace_panel.ui" line="42"/>
        <source>Set up workspace…</source>
        <translation>Arbeitsbereich einrichten …</translation>
    </message>
    <message>
        <location filename="../forms/workspace_panel.ui" line="43"/>
        <source>Create or update the workspace schema in this database (administrators)</source>
        <translation>Das Schema des Arbeitsbereichs in dieser Datenbank anlegen oder aktualisieren (Administration)</translation>
    </message>
    <message>
        <location filename="../forms/workspace_panel.ui" line="54"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location filename="../forms/workspace_panel.ui" line="58"/>
        <source>A service of pg_service.conf, or host and database with a QGIS authentication configuration. No password is stored in the settings or in projects.</source>
        <translation>Ein Dienst aus pg_service.conf, oder Host und Datenbank mit einer QGIS-Authentifizierungskonfiguration. Kein Passwort wird in den Einstellungen oder in Projekten gespeichert.</translation>
    </message>
    <message>
        <location filename="../forms/workspace_panel.ui" line="66"/>
        <source>Service:</source>
        <translation>Dienst:</translation>
    </message>
    <message>
        <location filename="../forms/workspace_panel.ui" line="71"/>
        <source>e.g. gi-berlin</source>
        <translation>z. B. gi-berlin</translation>
    </message>
    <message>
        <location filename="../forms/workspace_panel.ui" line="77"/>
        <source>Authentication:</source>
        <translation>Authentifizierung:</translation>
    </message>
    <message>
        <location filename="../forms/workspace_panel.ui" line="85"/>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <location filename="../forms/workspace_panel.ui" line="93"/>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location filename="../forms/workspace_panel.ui" line="103"/>
        <source>Database:</source>
        <translation>Datenbank:</translation>
    </message>
    <message>
        <location filename="../forms/workspace_panel.ui" line="115"/>
        <source>Check connection</source>
        <translation>Verbindung prüfen</translation>
    </message>
    <message>
        <location filename="../forms/workspace_panel.ui" line="120"/>
        <source>Use</source>
        <translation>Verwenden</translation>
    </message>
    <message>
        <location filename="../forms/workspace_panel.ui" line="121"/>
        <source>Use this workspace from now on (empty: the bundled data only)</source>
        <translation>Diesen Arbeitsbereich ab jetzt verwenden (leer: nur die mitgelieferten Daten)</translation>
    </message>
    <message>
        <location filename="../forms/workspace_panel.ui" line="138"/>
        <source>Projects in the workspace</source>
        <translation>Projekte im Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../forms/workspace_panel.ui" line="142"/>
        <source>Save project…</source>
        <translation>Projekt speichern …</translation>
    </message>
    <message>
        <location filename="../forms/workspace_panel.ui" line="148"/>
        <source>Open project…</source>
        <translation>Projekt öffnen …</translation>
    </message>
    <message>
        <location filename="../forms/workspace_panel.ui" line="149"/>
        <source>Open a QGIS project saved in the shared workspace</source>
        <translation>Ein im gemeinsamen Arbeitsbereich gespeichertes QGIS-Projekt öffnen</translation>
    </message>
</context>
<context>
    <name>WorkspaceProjects</name>
    <message>
        <location filename="../rgi_plugin/controllers/workspace_projects.py" line="31"/>
        <source>The project was saved in the shared workspace as “{name}”.</source>
        <translation>Das Projekt wurde im gemeinsamen Arbeitsbereich als „{name}“ gespeichert.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/controllers/workspace_projects.py" line="40"/>
        <source>The Lmb quotas embedded in this project were not saved into the shared workspace, whose projects every GI role reads. Store the quotas in the workspace (Lmb import) to share them with your Bezirk.</source>
        <translation>Die in dieses Projekt eingebetteten Lmb-Quoten wurden nicht in den gemeinsamen Arbeitsbereich gespeichert, dessen Projekte jede GI-Rolle liest. Speichern Sie die Quoten im Arbeitsbereich (Lmb-Import), um sie mit Ihrem Bezirk zu teilen.</translation>
    </message>
</context>
<context>
    <name>WorkspaceViews</name>
    <message>
        <location filename="../rgi_plugin/controllers/workspace_views.py" line="118"/>
        <source>Set up workspace</source>
        <translation>Arbeitsbereich einrichten</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/controllers/workspace_views.py" line="118"/>
        <source>Create or update the GI workspace schema in the database {where}? An empty workspace is then filled with the bundled catalogue and geodata (marked as from the bundle); existing data are kept.</source>
        <translation>Das Schema des GI-Arbeitsbereichs in der Datenbank {where} anlegen oder aktualisieren? Ein leerer Arbeitsbereich wird dann mit dem mitgelieferten Katalog und den Geodaten gefüllt (als mitgeliefert gekennzeichnet); vorhandene Daten bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/controllers/workspace_views.py" line="130"/>
        <source>GI map</source>
        <translation>GI-Karte</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/controllers/workspace_views.py" line="131"/>
        <source>Save project in the workspace</source>
        <translation>Projekt im Arbeitsbereich speichern</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/controllers/workspace_views.py" line="131"/>
        <source>Project name:</source>
        <translation>Projektname:</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/controllers/workspace_views.py" line="145"/>
        <source>Open project from the workspace</source>
        <translation>Projekt aus dem Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/controllers/workspace_views.py" line="140"/>
        <source>The shared workspace holds no project yet.</source>
        <translation>Der gemeinsame Arbeitsbereich enthält noch kein Projekt.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/controllers/workspace_views.py" line="145"/>
        <source>Project:</source>
        <translation>Projekt:</translation>
    </message>
</context>
</TS>
