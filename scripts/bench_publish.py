"""`make bench-publish`: a bounded load run against the published GI map on 127.0.0.1.

Starts the local workspace (``make workspace-local``) and ``qgis_mapserver`` with the public
project, then runs CLIENTS threads for SECONDS seconds, each sending GetMap (random extents
and layer sets) and GetFeature (WFS 1.1.0 GeoJSON, random bounding boxes) in turn, and waits for
every answer. It stops by itself (no new request after SECONDS, every request with a timeout),
then prints throughput, median and p95 latency per request type and the failures (a status
other than 200, a wrong content type, an OGC exception, a damaged image or JSON, a timeout).
Exit status 1 when any request failed.
"""

import argparse
import json
import os
import random
import statistics
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO), str(REPO / "scripts")]

import workspace as ws  # noqa: E402
from local_servers import MapServer, free_port  # noqa: E402

BERLIN = (370000.0, 5800000.0, 415000.0, 5837000.0)
LAYER_SETS = ("mss_2021,gi_handlungsraeume,schulen", "gi_handlungsraeume", "mss_2021", "schulen", "mss_2021,schulen")
TYPENAMES = ("schulen", "gi_handlungsraeume", "mss_2021")


def random_box(rng):
    width = rng.uniform(3000, BERLIN[2] - BERLIN[0])
    height = width * 0.8
    x = rng.uniform(BERLIN[0], BERLIN[2] - width)
    y = rng.uniform(BERLIN[1], max(BERLIN[1], BERLIN[3] - height))
    return x, y, x + width, y + height


def get_map(base, rng):
    box = random_box(rng)
    return ("GetMap", base + "?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&STYLES=&CRS=EPSG:25833&FORMAT=image/png"
            "&WIDTH=512&HEIGHT=410&LAYERS={}&BBOX={:.0f},{:.0f},{:.0f},{:.0f}".format(rng.choice(LAYER_SETS), *box))


def get_feature(base, rng):
    box = random_box(rng)
    return ("GetFeature", base + "?SERVICE=WFS&VERSION=1.1.0&REQUEST=GetFeature&OUTPUTFORMAT=application/json"
            "&TYPENAME={}&SRSNAME=EPSG:25833&BBOX={:.0f},{:.0f},{:.0f},{:.0f},EPSG:25833".format(rng.choice(TYPENAMES), *box))


def check(kind, content_type, body):
    """None when the answer is what was asked for, else the reason."""
    if kind == "GetMap":
        if not content_type.startswith("image/png") or not body.startswith(b"\x89PNG"):
            return "not a PNG: {} {!r}".format(content_type, body[:80])
        return None
    try:
        data = json.loads(body)
    except ValueError:
        return "not JSON: {!r}".format(body[:80])
    if data.get("type") != "FeatureCollection":
        return "not a FeatureCollection"
    return None


def client(number, base, deadline, timeout, results, failures):
    rng = random.Random(number)
    while time.monotonic() < deadline:
        kind, url = (get_map if rng.random() < 0.5 else get_feature)(base, rng)
        started = time.perf_counter()
        try:
            with urllib.request.urlopen(url, timeout=timeout) as answer:
                body = answer.read()
                problem = None if answer.status == 200 else "HTTP {}".format(answer.status)
                problem = problem or check(kind, answer.headers.get("Content-Type", ""), body)
        except (urllib.error.URLError, OSError) as error:
            problem = "{}: {}".format(type(error).__name__, error)
        elapsed = time.perf_counter() - started
        if problem:
            failures.append((kind, problem))
        else:
            results.append((kind, elapsed))


def p95(values):
    ordered = sorted(values)
    return ordered[max(0, int(round(0.95 * len(ordered))) - 1)]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--timeout", type=float, default=60)
    args = parser.parse_args()
    ws.local()
    os.environ["PGSERVICEFILE"] = str(ws.SERVICE_FILE)
    project = ws.write_publication("gi-local-reader")
    server = MapServer(project, free_port(), REPO / "build" / "bench-publish" / "qgis_mapserver.log", ws.SERVICE_FILE).start()
    results, failures = [], []
    try:
        deadline = time.monotonic() + args.seconds
        started = time.perf_counter()
        threads = [threading.Thread(target=client, args=(n, server.url, deadline, args.timeout, results, failures), daemon=True)
                   for n in range(args.clients)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(args.seconds + args.timeout + 10)
        wall = time.perf_counter() - started
    finally:
        server.stop()
    total = len(results) + len(failures)
    print("{} clients for {:.0f} s against qgis_mapserver on 127.0.0.1 ({} requests in {:.1f} s)".format(
        args.clients, args.seconds, total, wall))
    for kind in ("GetMap", "GetFeature"):
        times = [t for k, t in results if k == kind]
        if times:
            print("  {:<10} {:5d} ok  {:6.1f}/s  median {:6.0f} ms  p95 {:6.0f} ms".format(
                kind, len(times), len(times) / wall, statistics.median(times) * 1000, p95(times) * 1000))
    all_times = [t for _, t in results]
    if all_times:
        print("  all        {:5d} ok  {:6.1f}/s  median {:6.0f} ms  p95 {:6.0f} ms".format(
            len(all_times), len(all_times) / wall, statistics.median(all_times) * 1000, p95(all_times) * 1000))
    print("  failed requests: {}".format(len(failures)))
    for kind, problem in failures[:10]:
        print("    {}: {}".format(kind, problem))
    return 1 if failures or not results else 0


if __name__ == "__main__":
    sys.exit(main())
