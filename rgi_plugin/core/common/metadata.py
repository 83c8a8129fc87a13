"""Layer metadata as the plugin writes it: the one builder for bundled, service and indicator layers."""

from qgis.core import QgsAbstractMetadataBase, QgsLayerMetadata

from ...definitions.names import METADATA_VOCABULARY


def layer_metadata(identifier, title, language, abstract, rights=(), licences=(), links=()):
    """``QgsLayerMetadata`` of a dataset: ``links`` are (name, type, url) triples; the keywords
    name Berlin, the initiative and ``identifier``."""
    metadata = QgsLayerMetadata()
    metadata.setIdentifier(identifier)
    metadata.setTitle(title)
    metadata.setType("dataset")
    metadata.setLanguage(language)
    metadata.setAbstract(abstract)
    metadata.setRights(list(rights))
    metadata.setLicenses([licence for licence in licences if licence])
    metadata.setKeywords({METADATA_VOCABULARY: ["Berlin", "Gemeinschaftsinitiative", identifier]})
    if links:
        metadata.setLinks([QgsAbstractMetadataBase.Link(name, kind, url) for name, kind, url in links])
    return metadata
