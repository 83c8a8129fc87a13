"""Reading what a widget or the iface stub shows."""

from qgis.PyQt.QtCore import Qt


def messages(iface, level):
    """The texts the iface stub's message bar received at ``level``."""
    return iface.messageBar().get_messages(level)


def visible_codes(panel):
    """The area codes the areas panel's list shows (after a search)."""
    items = []
    root = panel.areaTree.invisibleRootItem()
    for index in range(root.childCount()):
        item = root.child(index)
        items.append(item)
        items.extend(item.child(child) for child in range(item.childCount()))
    return [item.data(0, Qt.ItemDataRole.UserRole) for item in items if item.data(0, Qt.ItemDataRole.UserRole) and not item.isHidden()]


def state_text(panel, entry_id):
    """What the layers panel shows as the state of a catalogue entry."""
    from rgi_plugin.gui.layers_panel import STATE_COLUMN

    return panel.item(entry_id).text(STATE_COLUMN)
