"""A throwaway QGIS profile with the packaged plugin installed and enabled.

Used by ``make run`` (scripts/run_qgis.py) and by the desktop tests, so both start QGIS the
same way a user who installed the zip would have it.
"""

import shutil
import zipfile
from pathlib import Path

PLUGIN_ID = "gemeinschaftsinitiative_berlin"


def prepare_profile(root, zip_path, language=None, plugin_settings=None):
    """Create ``root/profiles/default`` afresh with the plugin from ``zip_path`` enabled.

    ``plugin_settings`` (a dict) is written to the plugin's own settings group.

    Returns the profiles root to pass to ``qgis --profiles-path``.
    """
    root = Path(root)
    profile = root / "profiles" / "default"
    if profile.exists():
        shutil.rmtree(profile)
    plugins_dir = profile / "python" / "plugins"
    plugins_dir.mkdir(parents=True)
    with zipfile.ZipFile(zip_path) as archive:
        archive.extractall(plugins_dir)
    if not (plugins_dir / PLUGIN_ID / "metadata.txt").exists():
        raise RuntimeError("{} does not contain the plugin folder {}".format(zip_path, PLUGIN_ID))

    lines = [
        "[PythonPlugins]",
        "{}=true".format(PLUGIN_ID),
        "",
        "[qgis]",
        "checkVersion=false",
        "showTips322=false",
        "",
        # QGIS 3.28+ fetches fonts its default styles name (Open Sans) from the internet and
        # shows a warning when that fails; a throwaway profile on a machine without network
        # would greet the user (and every screenshot) with it
        "[fonts]",
        "downloadMissingFonts=false",
        "",
    ]
    if language:
        lines += ["[locale]", "overrideFlag=true", "userLocale={}".format(language), "globalLocale={}".format(language), ""]
    if plugin_settings:
        lines += ["[{}]".format(PLUGIN_ID)] + ["{}={}".format(k, v) for k, v in plugin_settings.items()] + [""]
    (profile / "QGIS").mkdir(parents=True)
    (profile / "QGIS" / "QGIS3.ini").write_text("\n".join(lines), encoding="utf-8")
    return root


def qgis_command(profiles_root, code_file, language=None):
    """The command line that starts the real QGIS desktop on that profile."""
    command = ["qgis", "--noversioncheck", "--nologo", "--profiles-path", str(profiles_root), "--profile", "default"]
    if language:
        command += ["--lang", language]
    command += ["--code", str(code_file)]
    return command
