"""The workspace's catalogue document as last read, kept in a file between QGIS sessions.

``catalogue_store.read_catalogue`` uses it for the first read of a session: while the
workspace's version and time of change are those of the kept copy, only the version is
transferred, and the kept text goes through the same checks as a transferred one.
"""

import hashlib
import json
import os
from pathlib import Path


class KeptDocument:
    """The workspace's catalogue document as last read, in a file (the plugin's profile folder).

    The catalogue is what every GI role reads (no quota, no login): keeping it spares the
    transfer on the first read of each QGIS session. It is used only while the workspace's
    version and time of change are the same as when it was kept, and is checked again each time.
    One file per workspace (service, host, port, database).
    """

    def __init__(self, folder, config):
        where = "|".join((config.service, config.host, config.port, config.dbname))
        self.path = Path(folder) / "catalogue-{}.json".format(hashlib.sha1(where.encode("utf-8")).hexdigest()[:16])

    def load(self):
        """(version, changed_at, document text) or None."""
        try:
            with open(self.path, encoding="utf-8") as handle:
                head = json.loads(handle.readline())
                return head["version"], head["changed_at"], handle.read()
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def save(self, version, changed_at, text):
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            temporary = self.path.with_suffix(".tmp")
            with open(temporary, "w", encoding="utf-8") as handle:
                handle.write(json.dumps({"version": version, "changed_at": changed_at}) + "\n" + text)
            os.replace(temporary, self.path)
        except OSError:  # a profile folder that cannot be written only costs the next transfer
            pass

    def forget(self):
        try:
            self.path.unlink()
        except OSError:
            pass
