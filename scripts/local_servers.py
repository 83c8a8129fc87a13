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


def launch(command, log_path, probe_url, name, wait_seconds=30, environment=None):
    """Start a server process (output in ``log_path``; it ends with this process) and wait until
    ``probe_url`` answers 200; return (process, log file). Raise ``RuntimeError`` if it does not."""
    log_path = Path(log_path)
    log_path.parent.mkdir(parents=True, exist_ok=True)
    log = open(log_path, "wb")
    process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, env=environment, preexec_fn=_die_with_parent)
    deadline = time.monotonic() + wait_seconds
    while time.monotonic() < deadline and process.poll() is None:
        try:
            with urllib.request.urlopen(probe_url, timeout=5) as answer:
                if answer.status == 200:
                    return process, log
        except OSError:  # not listening yet (URLError, refused, timeout)
            time.sleep(0.1)
    stop(process, log)
    raise RuntimeError("{} did not start; see {}".format(name, log_path))


def stop(process, log):
    """End a server started by ``launch`` (terminate, then kill) and close its log."""
    process.terminate()
    try:
        process.wait(10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(5)
    log.close()


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
        self.process, self.log = launch(["qgis_mapserver", "-p", str(self.project), "127.0.0.1:{}".format(self.port)], self.log_path,
                                        self.url + "?SERVICE=WMS&REQUEST=GetCapabilities", "qgis_mapserver", wait_seconds,
                                        self.environment)
        return self

    def stop(self):
        if self.process is not None:
            stop(self.process, self.log)
            self.process = None
