"""Gemeinschaftsinitiative Berlin: the plugin's Python package.

``core`` holds logic that runs without widgets, ``gui`` the thin widgets over it.
All imports inside the package are relative, so it works both as the subpackage of the
installed plugin folder and as the top-level package ``rgi_plugin`` in the test suite.
"""
