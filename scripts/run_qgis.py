#!/usr/bin/python3
"""``make run``: start QGIS with a throwaway profile, the freshly built plugin and the demo map.

The profile lives in build/run-profile and is made anew each time; your own QGIS profile is
not touched. With --screenshot FILE, QGIS saves a picture of its window once the map is drawn
and closes (used for the README and the tests).
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
    args = parser.parse_args(argv)

    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        print("No display found. On a server without a screen, run:  xvfb-run -a make run", file=sys.stderr)
        return 2
    root = prepare_profile(args.profile_root, args.zip, args.lang or None)
    env = dict(os.environ)
    if args.screenshot:
        env["GI_DEMO_SCREENSHOT"] = str(Path(args.screenshot).resolve())
    command = qgis_command(root, HERE / "open_demo.py", args.lang or None)
    print("Starting:", " ".join(command))
    return subprocess.call(command, env=env)


if __name__ == "__main__":
    sys.exit(main())
