#!/usr/bin/python3
"""``make run``: start QGIS with a throwaway profile, the freshly built plugin and the demo map.

The profile lives in build/run-profile and is made anew each time; your own QGIS profile is
not touched. With --screenshot FILE, QGIS saves a picture of its window once the map is drawn
and closes (used for the README and the tests).

``make run-workspace ROLE=mitte``: the same, connected to the local shared workspace as the
demo login of that role (``--workspace-service gi-local-mitte``, with ``PGSERVICEFILE`` pointing
at its pg_service.conf), in a profile of its own (build/run-profile-<service>), so that two
roles can be open side by side. With --report FILE, QGIS also writes what the panel and the Lmb
layer show (JSON).
"""

import argparse
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from qgis_profile import prepare_profile, qgis_command  # noqa: E402


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--zip", required=True, help="the packaged plugin (make package)")
    parser.add_argument("--lang", default="de", help="QGIS language, e.g. de or en (empty: the system's)")
    parser.add_argument("--profile-root", default=str(HERE.parent / "build" / "run-profile"))
    parser.add_argument("--screenshot", help="save a screenshot of the QGIS window to this PNG and quit")
    parser.add_argument("--workspace-service", default="", help="connect to the shared workspace through this pg_service.conf entry")
    parser.add_argument("--workspace-dbname", default="", help="the workspace's database, when the service names another")
    parser.add_argument("--service-file", help="the pg_service.conf to use (PGSERVICEFILE)")
    parser.add_argument("--report", help="with --screenshot: write what the panel and the Lmb layer show to this JSON file")
    args = parser.parse_args(argv)

    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        role = args.workspace_service.replace("gi-local-", "") if args.workspace_service != "gi-local" else "admin"
        command = "make run-workspace ROLE=" + role if args.workspace_service else "make run"
        print("No display found. On a server without a screen, run:  xvfb-run -a " + command, file=sys.stderr)
        return 2
    settings = {}
    profile_root = args.profile_root
    if args.workspace_service:
        settings = {"dock_visible": "true", "workspace/service": args.workspace_service, "workspace/dbname": args.workspace_dbname}
        if profile_root == parser.get_default("profile_root"):
            profile_root = "{}-{}".format(profile_root, args.workspace_service)
    root = prepare_profile(profile_root, args.zip, args.lang or None, plugin_settings=settings)
    env = dict(os.environ)
    if args.service_file:
        env["PGSERVICEFILE"] = str(Path(args.service_file).resolve())
    if args.screenshot:
        env["GI_DEMO_SCREENSHOT"] = str(Path(args.screenshot).resolve())
    if args.report:
        env["GI_DEMO_REPORT"] = str(Path(args.report).resolve())
    command = qgis_command(root, HERE / "open_demo.py", args.lang or None)
    print("Starting:", " ".join(command))
    return subprocess.call(command, env=env)


if __name__ == "__main__":
    sys.exit(main())
