"""The shared GI workspace in PostgreSQL/PostGIS (optional; without one the plugin uses its
bundled data exactly as before).

* ``connection``: where and who (pg_service.conf name or QGIS authentication configuration),
  sessions with transactions, and the error types the GUI shows.
* ``status``: who the login is (administrator, coordinator, the Bezirke it keeps) and the version.
* ``migrations``: sets up or updates the schema from ``sql/`` (``Arbeitsbereich einrichten``).
* ``catalogue_store``: the catalogue read from / edited in the workspace, as the same objects
  the bundled reader returns, with the bundled catalogue as the fallback; ``kept_document``: its
  document kept in the profile between QGIS sessions.
* ``lmb_store``: Lmb quotas stored for the user's Bezirk and read back through the one Lmb
  reader; ``lmb_layers``: the threshold view for everyone else.
* ``projects``: QGIS projects saved in and opened from the workspace (QGIS's project storage),
  never with embedded quotas.
* ``bundle``: fills an empty workspace with the bundled data, each row marked as from the bundle.
* ``publication``: the QGIS project of the public GI map (never a confidential layer).
"""
