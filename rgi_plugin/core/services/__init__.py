"""The Geoportal Berlin services: their catalogue (``catalogue``), HTTP (``network``) and OGC
requests (``ogc``), a service as a layer (``layers``), background tasks (``tasks``, ``loader``),
why a service failed (``failures``) and the refresh of the offline snapshot (``refresh``)."""
