"""A real OGC CSW 2.0.2 on 127.0.0.1 for the successor search: pycsw with a SQLite repository.

pycsw (OSGeo, the maintained Python CSW implementation; pinned in requirements-test.txt) runs
as its WSGI application under ``wsgiref`` in a subprocess. Its repository is loaded with ISO
19139 records of the Berlin datasets, each linking to a service on the local QGIS Server.

The records are **test records** made here, not the Geoportal's metadata: every abstract says
so. Run as a script: ``python tests/support/csw.py CONFIG PORT`` serves one configured repository.
"""

import sys
from html import escape
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEST_NOTE = "Testdatensatz des Plugin-Tests (lokaler CSW), keine amtlichen Metadaten."

#: (identifier, title, keywords, [(protocol, url key, layer name)]): url key names a local service.
BERLIN_RECORDS = (
    ("test-gi-handlungsraeume-2026", "Ressortübergreifende Gemeinschaftsinitiative: Handlungsräume (Nachfolgedienst)",
     ("Gemeinschaftsinitiative", "Handlungsräume", "Soziale Stadt"),
     [("OGC:WMS-1.3.0-http-get-capabilities", "gi_wms", "k_gemeinschaftsinitiative_quartier")]),
    ("test-gi-konzepte", "Gemeinschaftsinitiative: Integrierte Handlungskonzepte (Dokumente)",
     ("Gemeinschaftsinitiative", "Handlungskonzept"), [("WWW:LINK", "www", "")]),
    ("test-mss-2025-indizes", "Monitoring Soziale Stadtentwicklung 2025: Indizes",
     ("Monitoring Soziale Stadtentwicklung", "2025", "Indizes"), [("OGC:WFS", "gdi", "mss2025_indizes_542")]),
    ("test-lor-plr-2021", "LOR-Planungsräume 2021", ("LOR", "Planungsräume", "2021"),
     [("OGC:WFS-2.0.0-http-get-capabilities", "gdi", "a_lor_plr_2021"), ("OGC:WMS", "gdi", "a_lor_plr_2021")]),
    ("test-schulen", "Schulen", ("Schulen", "Bildung"), [("OGC:WFS", "gdi", "schulen")]),
)


def iso_record(identifier, title, keywords, links, urls):
    """An ISO 19139 record (gmd:MD_Metadata) with the given online resources."""
    keyword_xml = "".join("<gmd:keyword><gco:CharacterString>{}</gco:CharacterString></gmd:keyword>".format(escape(k))
                          for k in keywords)
    online = "".join(
        "<gmd:onLine><gmd:CI_OnlineResource><gmd:linkage><gmd:URL>{url}</gmd:URL></gmd:linkage>"
        "<gmd:protocol><gco:CharacterString>{protocol}</gco:CharacterString></gmd:protocol>"
        "<gmd:name><gco:CharacterString>{name}</gco:CharacterString></gmd:name></gmd:CI_OnlineResource></gmd:onLine>".format(
            url=escape(urls[key]), protocol=escape(protocol), name=escape(name))
        for protocol, key, name in links)
    return """<?xml version="1.0" encoding="UTF-8"?>
<gmd:MD_Metadata xmlns:gmd="http://www.isotc211.org/2005/gmd" xmlns:gco="http://www.isotc211.org/2005/gco">
<gmd:fileIdentifier><gco:CharacterString>{identifier}</gco:CharacterString></gmd:fileIdentifier>
<gmd:language><gco:CharacterString>ger</gco:CharacterString></gmd:language>
<gmd:hierarchyLevel><gmd:MD_ScopeCode codeList="http://www.isotc211.org/2005/resources/codeList.xml#MD_ScopeCode"
 codeListValue="dataset">dataset</gmd:MD_ScopeCode></gmd:hierarchyLevel>
<gmd:dateStamp><gco:Date>2026-12-01</gco:Date></gmd:dateStamp>
<gmd:identificationInfo><gmd:MD_DataIdentification>
<gmd:citation><gmd:CI_Citation><gmd:title><gco:CharacterString>{title}</gco:CharacterString></gmd:title>
<gmd:date><gmd:CI_Date><gmd:date><gco:Date>2026-12-01</gco:Date></gmd:date>
<gmd:dateType><gmd:CI_DateTypeCode codeList="http://www.isotc211.org/2005/resources/codeList.xml#CI_DateTypeCode"
 codeListValue="publication">publication</gmd:CI_DateTypeCode></gmd:dateType></gmd:CI_Date></gmd:date>
</gmd:CI_Citation></gmd:citation>
<gmd:abstract><gco:CharacterString>{note}</gco:CharacterString></gmd:abstract>
<gmd:descriptiveKeywords><gmd:MD_Keywords>{keywords}</gmd:MD_Keywords></gmd:descriptiveKeywords>
<gmd:language><gco:CharacterString>ger</gco:CharacterString></gmd:language>
<gmd:extent><gmd:EX_Extent><gmd:geographicElement><gmd:EX_GeographicBoundingBox>
<gmd:westBoundLongitude><gco:Decimal>13.08</gco:Decimal></gmd:westBoundLongitude>
<gmd:eastBoundLongitude><gco:Decimal>13.77</gco:Decimal></gmd:eastBoundLongitude>
<gmd:southBoundLatitude><gco:Decimal>52.33</gco:Decimal></gmd:southBoundLatitude>
<gmd:northBoundLatitude><gco:Decimal>52.68</gco:Decimal></gmd:northBoundLatitude>
</gmd:EX_GeographicBoundingBox></gmd:geographicElement></gmd:EX_Extent></gmd:extent>
</gmd:MD_DataIdentification></gmd:identificationInfo>
<gmd:distributionInfo><gmd:MD_Distribution><gmd:transferOptions><gmd:MD_DigitalTransferOptions>{online}
</gmd:MD_DigitalTransferOptions></gmd:transferOptions></gmd:MD_Distribution></gmd:distributionInfo>
</gmd:MD_Metadata>
""".format(identifier=escape(identifier), title=escape(title), note=escape(TEST_NOTE), keywords=keyword_xml, online=online)


CONFIG = """[server]
home={home}
url=http://127.0.0.1:{port}/csw
mimetype=application/xml; charset=UTF-8
encoding=UTF-8
language=de-DE
maxrecords=50
loglevel=WARNING
logfile={folder}/pycsw.log
pretty_print=false
gzip_compresslevel=0
domainquerytype=list
domaincounts=false
profiles=apiso

[manager]
transactions=false
allowed_ips=127.0.0.1

[metadata:main]
identification_title=Test-CSW der Gemeinschaftsinitiative (lokal)
identification_abstract={note}
identification_keywords=Test
identification_keywords_type=theme
identification_fees=None
identification_accessconstraints=None
provider_name=Plugin-Test
provider_url=http://127.0.0.1/
contact_name=Test
contact_position=Test
contact_address=-
contact_city=Berlin
contact_stateorprovince=Berlin
contact_postalcode=10000
contact_country=Germany
contact_phone=-
contact_fax=-
contact_email=test@example.org
contact_url=http://127.0.0.1/
contact_hours=-
contact_instructions=-
contact_role=pointOfContact

[repository]
database=sqlite:///{folder}/records.db
table=records

[metadata:inspire]
enabled=false
languages_supported=ger
default_language=ger
date=2026-12-01
gemet_keywords=Utility and governmental services
conformity_service=notEvaluated
contact_name=Test
contact_email=test@example.org
temp_extent=2026-12-01/2026-12-31
"""


def build_repository(folder, urls, records=BERLIN_RECORDS):
    """Write the records and a SQLite repository loaded with them into ``folder``; return the config path."""
    import configparser

    from pycsw.core import admin, config

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    record_dir = folder / "records"
    record_dir.mkdir(exist_ok=True)
    for old in record_dir.glob("*.xml"):
        old.unlink()
    for identifier, title, keywords, links in records:
        (record_dir / (identifier + ".xml")).write_text(iso_record(identifier, title, keywords, links, urls), encoding="utf-8")
    from local_servers import free_port  # scripts/: the one owner of ports (not imported when run as the server)

    database = folder / "records.db"
    if database.exists():
        database.unlink()
    port = free_port()
    config_path = folder / "pycsw.cfg"
    import pycsw

    home = Path(pycsw.__file__).resolve().parent.parent
    config_path.write_text(CONFIG.format(home=home, port=port, folder=folder, note=TEST_NOTE), encoding="utf-8")
    url = "sqlite:///{}".format(database)
    admin.setup_db(url, "records", str(home))
    parsed = configparser.ConfigParser(interpolation=None)
    parsed.read(config_path)
    context = config.StaticContext()
    admin.load_records(context, url, "records", str(record_dir))
    return config_path, port


class CswServer:
    """pycsw under wsgiref in a subprocess on 127.0.0.1."""

    def __init__(self, config_path, port, log_path):
        self.config_path, self.port, self.log_path = Path(config_path), port, Path(log_path)
        self.process = None

    @property
    def url(self):
        return "http://127.0.0.1:{}/csw".format(self.port)

    def start(self, wait_seconds=30):
        from local_servers import launch

        self.process, self.log = launch([sys.executable, str(Path(__file__).resolve()), str(self.config_path), str(self.port)],
                                        self.log_path, self.url + "?service=CSW&version=2.0.2&request=GetCapabilities", "pycsw",
                                        wait_seconds)
        return self

    def stop(self):
        from local_servers import stop

        if self.process is not None:
            stop(self.process, self.log)
            self.process = None


def _serve(config_path, port):
    import os
    import warnings
    from wsgiref.simple_server import WSGIRequestHandler, make_server

    warnings.simplefilter("ignore")  # pycsw imports pkg_resources, which warns about itself
    os.environ["PYCSW_CONFIG"] = str(config_path)
    from pycsw.wsgi import application

    class QuietHandler(WSGIRequestHandler):
        def log_message(self, *args):
            pass

    def with_true_length(environ, start_response):
        """pycsw 2.6.2 gzips the answer when asked (QGIS asks) but keeps the Content-Length of
        the plain text, so a client that trusts the header reads a cut answer: set it right."""
        captured = {}
        body = b"".join(application(environ, lambda status, headers: captured.update(status=status, headers=headers)))
        headers = [(key, value) for key, value in captured["headers"] if key.lower() != "content-length"]
        start_response(captured["status"], headers + [("Content-Length", str(len(body)))])
        return [body]

    with make_server("127.0.0.1", int(port), with_true_length, handler_class=QuietHandler) as httpd:
        httpd.serve_forever()


if __name__ == "__main__":
    _serve(sys.argv[1], sys.argv[2])
