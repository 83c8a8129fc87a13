"""The one base of the plugin's own errors.

Every error the plugin raises on purpose derives from ``PluginError``; its message is for the
user (translated where it is shown as is), and the code that catches it decides how to tell
them (``gui.messages.notify``: the message bar, details in the log tab). A bare ``Exception``
from the plugin is a bug.
"""


class PluginError(Exception):
    """A problem the plugin found and can explain: bad input, missing data, a failed service."""
