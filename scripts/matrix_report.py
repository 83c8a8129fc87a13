"""One table per QGIS version of the matrix, from the JUnit files of build/matrix/VERSION.

    python3 scripts/matrix_report.py build/matrix 3.22 3.40 3.44

Exit status 1 when a version failed, has no result, skipped a test for a reason other than
`--live`, or ran a different number of tests than the others.
"""

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

LIVE_REASON = "--live"


def read_version(folder):
    """Counts and problems of one version's run."""
    junit = folder / "junit.xml"
    if not junit.exists():
        return None
    suites = ET.parse(junit).getroot()
    cases = list(suites.iter("testcase"))
    result = {"passed": 0, "failed": [], "skipped_live": 0, "skipped_other": [], "time": 0.0}
    for case in cases:
        name = "{}::{}".format(case.get("classname", ""), case.get("name", ""))
        result["time"] += float(case.get("time") or 0)
        failure = case.find("failure")
        if failure is None:
            failure = case.find("error")
        skipped = case.find("skipped")
        if failure is not None:
            result["failed"].append(name)
        elif skipped is not None:
            if LIVE_REASON in (skipped.get("message") or ""):
                result["skipped_live"] += 1
            else:
                result["skipped_other"].append("{} ({})".format(name, skipped.get("message")))
        else:
            result["passed"] += 1
    versions = folder / "versions.txt"
    lines = versions.read_text(encoding="utf-8").split() if versions.exists() else []
    result["qgis"] = lines[0] if lines else "?"
    result["python"] = lines[1] if len(lines) > 1 else "?"
    seconds = folder / "seconds.txt"
    result["seconds"] = seconds.read_text().strip() if seconds.exists() else "?"
    result["ran"] = result["passed"] + len(result["failed"])
    return result


def main(argv):
    base = Path(argv[1])
    versions = argv[2:]
    ok = True
    ran = {}
    for version in versions:
        result = read_version(base / version)
        print()
        print("QGIS {}".format(version))
        print("-" * 44)
        if result is None:
            print("  no result (the run did not reach pytest): see {}".format(base / version / "test.log"))
            ok = False
            continue
        rows = [
            ("QGIS / Python", "{} / {}".format(result["qgis"], result["python"])),
            ("tests run", result["ran"]),
            ("passed", result["passed"]),
            ("failed", len(result["failed"])),
            ("skipped (live)", result["skipped_live"]),
            ("skipped (other)", len(result["skipped_other"])),
            ("wall time (s)", result["seconds"]),
        ]
        for label, value in rows:
            print("  {:<18} {}".format(label, value))
        for name in result["failed"]:
            print("  FAILED  {}".format(name))
        for name in result["skipped_other"]:
            print("  SKIPPED {}".format(name))
        ok = ok and not result["failed"] and not result["skipped_other"]
        ran[version] = result["ran"]
    if len(set(ran.values())) > 1:
        print()
        print("The versions ran different numbers of tests: {}".format(ran))
        ok = False
    print()
    print("matrix: {}".format("green" if ok else "NOT green"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
