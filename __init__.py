"""QGIS plugin entry point: QGIS calls ``classFactory`` and nothing else lives here."""


def classFactory(iface):  # noqa: N802 (name fixed by QGIS)
    from .rgi_plugin.plugin import GemeinschaftsinitiativePlugin

    return GemeinschaftsinitiativePlugin(iface)
