"""The shared GI workspace in PostgreSQL/PostGIS (optional; without one the plugin uses its
bundled data exactly as before).

* ``connection``: where and who (pg_service.conf name or QGIS authentication configuration),
  sessions with transactions, and the error types the GUI shows.
* ``migrations``: sets up or updates the schema from ``sql/`` (``Arbeitsbereich einrichten``).
* ``catalogue_store``: the catalogue read from / edited in the workspace, as the same objects
  the bundled reader returns, with the bundled catalogue as the fallback.
* ``lmb_store``: Lmb quotas stored for the user's Bezirk, the threshold view for everyone else.
* ``bundle``: fills an empty workspace with the bundled data, each row marked as from the bundle.
* ``publication``: the QGIS project of the public GI map (never a confidential layer).
"""
