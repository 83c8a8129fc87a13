<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1">
<context>
    <name>DockContents</name>
    <message>
        <location filename="../forms/dock.ui" line="12" />
        <source>Cross-departmental joint initiative to strengthen socially disadvantaged neighbourhoods in Berlin.</source>
        <translation>Ressortübergreifende Gemeinschaftsinitiative zur Stärkung sozial benachteiligter Quartiere in Berlin.</translation>
    </message>
    <message>
        <location filename="../forms/dock.ui" line="19" />
        <source>Bundled data (offline)</source>
        <translation>Mitgelieferte Daten (offline)</translation>
    </message>
    <message>
        <location filename="../forms/dock.ui" line="26" />
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location filename="../forms/dock.ui" line="27" />
        <source>Objects</source>
        <translation>Objekte</translation>
    </message>
    <message>
        <location filename="../forms/dock.ui" line="39" />
        <source>Load selected</source>
        <translation>Auswahl laden</translation>
    </message>
    <message>
        <location filename="../forms/dock.ui" line="44" />
        <source>Load overview map</source>
        <translation>Übersichtskarte laden</translation>
    </message>
    <message>
        <location filename="../forms/dock.ui" line="54" />
        <source>Sources and licences…</source>
        <translation>Quellen und Lizenzen …</translation>
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
        <location filename="../rgi_plugin/gui/dock.py" line="49" />
        <source>{label}, assembled {date}. Works without a network connection.</source>
        <translation>{label}, zusammengestellt {date}. Funktioniert ohne Netzverbindung.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/gui/dock.py" line="41" />
        <source>Edition</source>
        <translation>Stand</translation>
    </message>
</context>
<context>
    <name>GemeinschaftsinitiativePlugin</name>
    <message>
        <location filename="../rgi_plugin/plugin.py" line="27" />
        <source>&amp;Community Initiative</source>
        <translation>&amp;Gemeinschaftsinitiative</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/plugin.py" line="35" />
        <source>Community Initiative panel</source>
        <translation>Bedienfeld Gemeinschaftsinitiative</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/plugin.py" line="38" />
        <source>Show or hide the Community Initiative panel</source>
        <translation>Bedienfeld Gemeinschaftsinitiative ein- oder ausblenden</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/plugin.py" line="41" />
        <source>Sources and licences…</source>
        <translation>Quellen und Lizenzen …</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/plugin.py" line="98" />
        <source>The bundled data description cannot be read.</source>
        <translation>Die Beschreibung der mitgelieferten Daten kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/plugin.py" line="106" />
        <source>Bundled data could not be loaded.</source>
        <translation>Die mitgelieferten Daten konnten nicht geladen werden.</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/plugin.py" line="140" />
        <source>Community Initiative</source>
        <translation>Gemeinschaftsinitiative</translation>
    </message>
    <message>
        <location filename="../rgi_plugin/plugin.py" line="140" />
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