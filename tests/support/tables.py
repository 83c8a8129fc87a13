"""What the table-import tests share: the reference schools and the report's rows."""

import json

from rgi_plugin.core.indicators.criteria import is_public_primary_school
from rgi_plugin.definitions.paths import DATA_DIR


def school_catalogue():
    """BSN -> public primary school?, read straight from the bundled GeoJSON (no QGIS)."""
    with open(DATA_DIR / "schulen_2023-10.geojson", encoding="utf-8") as handle:
        features = json.load(handle)["features"]
    return {f["properties"]["bsn"]: is_public_primary_school(f["properties"]["schulart"], f["properties"]["traeger"])
            for f in features}


def listed(result, category):
    """(row, key, value) of the report's entries in ``category``, in file order."""
    return [(e.row, e.key, e.value) for e in result.report.entries(category)]


def unaccounted_rows(report, all_rows):
    """Row numbers that were neither used nor listed as not used: every row of the file must be one
    or the other (the report lists repeated rows counted once under ``duplicate``)."""
    from rgi_plugin.core.tables import EXCLUDING

    listed_rows = {e.row for e in report.matched}
    listed_rows |= {e.row for name in EXCLUDING for e in report.categories[name]}
    listed_rows |= {e.row for e in report.categories["duplicate"]}
    return sorted(set(all_rows) - listed_rows)
