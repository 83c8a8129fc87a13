"""The bundled data: its description (``snapshot``), its layers and the plugin's group (``layers``),
refreshed offline copies (``offline``), styles and sources.
The room's public names:"""

from .layers import (
    DEMO_DATASETS,
    DEMO_VISIBLE,
    add_to_group,
    add_to_project,
    create_layer,
    layer_metadata,
    load_datasets,
    plugin_group,
    project_layer,
)
from .offline import MANIFEST_FILE, OfflineCopy, RefreshedSnapshot, offline_copy, refreshed_root, refreshed_snapshots
from .snapshot import BundledDataError, BundledDataset, Snapshot, read_snapshot

__all__ = ["DEMO_DATASETS", "DEMO_VISIBLE", "MANIFEST_FILE", "BundledDataError", "BundledDataset", "OfflineCopy",
           "RefreshedSnapshot", "Snapshot", "add_to_group", "add_to_project", "create_layer", "layer_metadata",
           "load_datasets", "offline_copy", "plugin_group", "project_layer", "read_snapshot", "refreshed_root",
           "refreshed_snapshots"]
