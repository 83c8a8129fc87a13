"""Taking a service found in the Geoportal's metadata catalogue into the user's catalogue copy.

The bundled ``resources/services/catalogue.json`` is never changed. The user's copy lives in the
QGIS profile (``services.user_catalogue_file()``) and takes precedence once it exists; a found
service becomes the entry's first source, of generation ``found``, status ``unverified``, with
the record it came from and the day it was taken as its basis. The copy is checked by the
catalogue reader before it replaces the previous one, so a bad write never breaks the plugin.
"""

import json
import os
from datetime import date
from pathlib import Path

from ...definitions.paths import SERVICE_CATALOGUE_FILE
from . import catalogue as services

WFS_DEFAULT_VERSION = "2.0.0"
WMS_DEFAULT_VERSION = "1.3.0"


def found_source(record, offer, csw_url, taken_on):
    """The catalogue source (JSON) for ``offer`` of the CSW ``record``."""
    source = {
        "kind": "service", "generation": "found", "type": offer.type, "url": offer.url,
        "version": WFS_DEFAULT_VERSION if offer.type == "WFS" else WMS_DEFAULT_VERSION,
        "crs": "EPSG:25833", "format": "application/json" if offer.type == "WFS" else "image/png",
        "status": "unverified",
        "basis": "found in the metadata catalogue {csw} (record {id} '{title}', protocol {protocol}, name {name}); taken into this "
                 "catalogue copy by the user on {day}; CRS assumed EPSG:25833, the native CRS of the Geoportal".format(
                     csw=csw_url, id=record.identifier, title=record.title, protocol=offer.protocol or "-",
                     name=offer.name or "(read from GetCapabilities)", day=taken_on),
    }
    source["typename" if offer.type == "WFS" else "layer"] = offer.name or None
    return source


def take_into_catalogue(entry_id, record, offer, csw_url, target=None, taken_on=None):
    """Write the user's catalogue copy with ``offer`` as the first service of ``entry_id``.

    ``target``: the copy to write (default: the one in the QGIS profile). An earlier found
    service of the entry is replaced. Returns the path; raises ``ServiceCatalogueError``
    (nothing written) when the result would not be a valid catalogue.
    """
    target = target or services.user_catalogue_file()
    if target is None:
        raise services.ServiceCatalogueError("QGIS has no profile folder to keep a catalogue copy in")
    current = target if os.path.isfile(target) else SERVICE_CATALOGUE_FILE
    raw = json.loads(Path(current).read_text(encoding="utf-8"))
    taken_on = taken_on or date.today().isoformat()
    for item in raw["datasets"]:
        if item["id"] == entry_id:
            item["sources"] = [found_source(record, offer, csw_url, taken_on)] + [
                source for source in item["sources"] if source.get("generation") != "found"]
            break
    else:
        raise services.ServiceCatalogueError("{}: no such dataset in {}".format(entry_id, current))
    os.makedirs(os.path.dirname(str(target)), exist_ok=True)
    scratch = "{}.new".format(target)
    with open(scratch, "w", encoding="utf-8") as handle:
        handle.write(json.dumps(raw, ensure_ascii=False, indent=2) + "\n")
    try:
        services.read_service_catalogue(scratch)
    except services.ServiceCatalogueError:
        os.remove(scratch)
        raise
    os.replace(scratch, str(target))
    return target


def forget_found(entry_id, target=None):
    """Remove the found service of ``entry_id`` from the user's copy (the bundled sources stay)."""
    target = target or services.user_catalogue_file()
    if target is None or not os.path.isfile(target):
        return False
    raw = json.loads(Path(target).read_text(encoding="utf-8"))
    changed = False
    for item in raw["datasets"]:
        if item["id"] == entry_id:
            kept = [source for source in item["sources"] if source.get("generation") != "found"]
            changed = len(kept) != len(item["sources"])
            item["sources"] = kept
    if changed:
        with open(target, "w", encoding="utf-8") as handle:
            handle.write(json.dumps(raw, ensure_ascii=False, indent=2) + "\n")
    return changed
