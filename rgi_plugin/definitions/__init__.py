"""The plugin's identity strings and paths, each defined once.

``names`` (plugin id, settings prefix, log tab, object names), ``paths`` (folders and files of
the plugin and of its data in the user's QGIS profile), ``datasets`` (ids of the bundled
datasets and catalogue entries), ``properties`` (keys the plugin writes into layers and
projects), ``settings`` (keys under the settings prefix) and ``processing`` (provider,
algorithm and output names). Import from the module that owns a name.
"""
