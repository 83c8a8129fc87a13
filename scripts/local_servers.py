"""Local servers on 127.0.0.1 for ``make publish``, the benchmarks and the tests: a free port, and
Debian's ``qgis_mapserver`` serving one project.

The one owner of starting and stopping ``qgis_mapserver``: ``scripts/workspace.py`` (the public
GI map), ``scripts/bench_publish.py`` and the test servers (``tests/support/servers.py``,
``tests/database``) use it. The server process ends with the process that started it, also when
that one crashes.
"""

import os
import signal
import socket
import subprocess
import time
import urllib.request
from pathlib import Path


def free_port():
    """A TCP port on 127.0.0.1 that nothing listens on now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _die_with_parent():
    """In the server process: end it when the starting process ends, even if that one crashes."""
    import ctypes

    ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


class MapServer:
    """``qgis_mapserver`` with one project on 127.0.0.1:port, its output in ``log_path``.

    ``service_file``: a pg_service.conf for the projects' PostgreSQL layers; ``log_level``: QGIS
    Server's log level (None: its default, which logs every request).
    """

    def __init__(self, project, port, log_path, service_file=None, log_level="1"):
        self.project, self.port, self.log_path = Path(project), port, Path(log_path)
        self.environment = dict(os.environ)
        if log_level is not None:
            self.environment["QGIS_SERVER_LOG_LEVEL"] = log_level
        if service_file:
            self.environment["PGSERVICEFILE"] = str(service_file)
        self.process = None

    @property
    def url(self):
        return "http://127.0.0.1:{}/ows/".format(self.port)

    def start(self, wait_seconds=30):
        """Start and wait until the project answers GetCapabilities; raise if it does not."""
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        self.log = open(self.log_path, "wb")
        self.process = subprocess.Popen(["qgis_mapserver", "-p", str(self.project), "127.0.0.1:{}".format(self.port)],
                                        stdout=self.log, stderr=subprocess.STDOUT, env=self.environment,
                                        preexec_fn=_die_with_parent)
        deadline = time.monotonic() + wait_seconds
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                break
            try:
                with urllib.request.urlopen(self.url + "?SERVICE=WMS&REQUEST=GetCapabilities", timeout=5) as answer:
                    if answer.status == 200:
                        return self
            except OSError:
                time.sleep(0.2)
        self.stop()
        raise RuntimeError("qgis_mapserver did not start; see {}".format(self.log_path))

    def stop(self):
        if self.process is not None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)
            self.process = None
            self.log.close()
