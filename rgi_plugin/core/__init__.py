"""The plugin's logic without widgets, one room per domain: ``common`` (errors, translation, log,
settings, the geodata schema, values), ``tables`` (the one reader of user tables),
``indicators`` (the GI criteria and their data: MSS, Lmb, social atlas), ``data`` (the bundled
snapshot), ``services`` (the Geoportal services), ``areas`` (the Handlungsräume and their
catalogue), ``overlay`` (the criteria overlay) and ``factsheet`` (the Steckbriefe)."""
