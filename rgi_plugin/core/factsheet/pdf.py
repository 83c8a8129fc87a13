"""The fact sheets written as PDF: one file, or one file per area, with text as text and a title."""

from pathlib import Path

from qgis.core import Qgis, QgsLayoutExporter

from .layout import FactSheetError


def export_pdf(layout, path, one_file=True, feedback=None):
    """Export the atlas to one PDF (``path``) or one PDF per area (files in ``path``'s folder).

    Returns the list of files written.
    """
    settings = QgsLayoutExporter.PdfExportSettings()
    settings.dpi = 200
    # Text stays text (searchable, copyable, read by screen readers). The default is outlines;
    # QGIS 3.22 still drew layout labels as text regardless, later versions follow the setting.
    settings.textRenderFormat = Qgis.TextRenderFormat.AlwaysText
    settings.rasterizeWholeImage = False
    atlas = layout.atlas()
    path = Path(path)
    if one_file:
        result, error = QgsLayoutExporter.exportToPdf(atlas, str(path), settings, feedback)
        written = [path]
    else:
        path.mkdir(parents=True, exist_ok=True)
        result, error = QgsLayoutExporter.exportToPdfs(atlas, str(path / "steckbrief.pdf"), settings, feedback)
        written = sorted(path.glob("Steckbrief_*.pdf"))
    if result != QgsLayoutExporter.ExportResult.Success:
        raise FactSheetError("PDF export failed ({}): {}".format(result, error))
    return written


def describe_pdf(path, title):
    """Write the document properties (title, author, language) into a written PDF.

    QGIS's atlas export to one file writes none (it sets them only for single-layout exports,
    from the project's metadata, which a user's project must not be changed for); GDAL's PDF
    driver adds them as an incremental update, as QGIS itself does for georeferencing.
    """
    from osgeo import gdal

    dataset = gdal.OpenEx(str(path), gdal.OF_RASTER | gdal.OF_UPDATE)
    if dataset is None:
        raise FactSheetError("the PDF {} could not be opened to write its title".format(path))
    dataset.SetMetadataItem("TITLE", title)
    dataset.SetMetadataItem("AUTHOR", "Ressortübergreifende Gemeinschaftsinitiative Berlin")
    dataset.SetMetadataItem("SUBJECT", "Steckbrief der Gemeinschaftsinitiative (Handlungsraum)")
    dataset = None  # closing writes the update
