"""A PostgreSQL cluster of its own in a folder under build/, on a free 127.0.0.1 port.

Used by the tests (a throwaway cluster per run), ``make workspace-local`` (a lasting local
workspace) and the benchmarks. Debian's newest installed PostgreSQL (15 on Debian 12); ``initdb`` refuses to run as
root, so as root the cluster belongs to the system user ``postgres`` (created with the
``postgresql`` package) and its commands run through ``runuser``. Only TCP on 127.0.0.1, no
Unix socket; logins are trusted from 127.0.0.1 except the roles named in ``password_roles``
(scram-sha-256), so the authentication paths can be tested too.
"""

import os
import pwd
import shutil
import subprocess
import time
from pathlib import Path

from local_servers import free_port


def _newest_pg_bin():
    """Debian's newest installed server (15 on Debian 12; the package 'postgresql' picks it)."""
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: int(p.parent.parent.name))
    return found[-1].parent if found else Path("/usr/lib/postgresql/15/bin")


PG_BIN = Path(os.environ.get("GI_PG_BIN") or _newest_pg_bin())
SUPERUSER = "gi_admin"


class LocalCluster:
    def __init__(self, folder, port=None, password_roles=(), fast=False):
        self.folder = Path(folder).resolve()
        self.data = self.folder / "data"
        self.log = self.folder / "postgres.log"
        self.port_file = self.folder / "port"
        self.port = port
        self.password_roles = tuple(password_roles)
        self.fast = fast  # no fsync: for throwaway clusters only
        self.as_user = "postgres" if os.geteuid() == 0 else None

    # -- running commands as the cluster's owner ----------------------------------------------

    def _run(self, args, check=True, **kwargs):
        command = [str(a) for a in args]
        if self.as_user:
            command = ["runuser", "-u", self.as_user, "--"] + command
        return subprocess.run(command, check=check, capture_output=True, text=True, **kwargs)

    def _own(self, path):
        if self.as_user:
            entry = pwd.getpwnam(self.as_user)
            os.chown(path, entry.pw_uid, entry.pw_gid)

    # -- life cycle ----------------------------------------------------------------------------

    @property
    def initialised(self):
        return (self.data / "PG_VERSION").exists()

    @property
    def running(self):
        return self.initialised and self._run([PG_BIN / "pg_ctl", "status", "-D", self.data], check=False).returncode == 0

    def init(self):
        self.folder.mkdir(parents=True, exist_ok=True)
        if self.as_user:
            try:
                pwd.getpwnam(self.as_user)
            except KeyError as error:
                raise RuntimeError("running as root needs the system user 'postgres' (Debian package postgresql)") from error
        self._own(self.folder)
        self._run([PG_BIN / "initdb", "-D", self.data, "-U", SUPERUSER, "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8"])
        lines = ["# written by scripts/local_postgres.py: loopback only"]
        lines += ["host all {} 127.0.0.1/32 scram-sha-256".format(role) for role in self.password_roles]
        lines += ["host all all 127.0.0.1/32 trust"]
        hba = self.data / "pg_hba.conf"
        hba.write_text("\n".join(lines) + "\n")
        self._own(hba)
        return self

    def start(self, wait_seconds=30):
        if not self.initialised:
            self.init()
        if self.running:
            self.port = int(self.port_file.read_text())
            return self
        self.port = self.port or free_port()
        options = ["-c listen_addresses=127.0.0.1", "-c port={}".format(self.port), "-c unix_socket_directories=''",
                   "-c max_connections=120", "-c shared_buffers=64MB", "-c password_encryption=scram-sha-256"]
        if self.fast:
            options += ["-c fsync=off", "-c synchronous_commit=off", "-c full_page_writes=off"]
        self._run([PG_BIN / "pg_ctl", "start", "-D", self.data, "-l", self.log, "-w", "-t", wait_seconds,
                   "-o", " ".join(options)])
        self.port_file.write_text(str(self.port))
        return self

    def stop(self):
        if self.initialised and self.running:
            self._run([PG_BIN / "pg_ctl", "stop", "-D", self.data, "-m", "fast", "-w", "-t", "30"], check=False)

    def destroy(self):
        self.stop()
        shutil.rmtree(self.folder, ignore_errors=True)

    # -- use -----------------------------------------------------------------------------------

    def dsn(self, dbname="postgres", user=SUPERUSER):
        return "host=127.0.0.1 port={} dbname={} user={}".format(self.port, dbname, user)

    def connect(self, dbname="postgres", user=SUPERUSER, **kwargs):
        import psycopg2

        return psycopg2.connect(host="127.0.0.1", port=self.port, dbname=dbname, user=user, connect_timeout=5, **kwargs)

    def execute(self, sql, dbname="postgres", parameters=None):
        connection = self.connect(dbname)
        connection.autocommit = True
        try:
            with connection.cursor() as cursor:
                cursor.execute(sql, parameters)
                return cursor.fetchall() if cursor.description else None
        finally:
            connection.close()

    def create_database(self, name):
        exists = self.execute("SELECT 1 FROM pg_database WHERE datname = %s", parameters=(name,))
        if not exists:
            self.execute('CREATE DATABASE "{}"'.format(name))

    def create_login(self, name, member_of=(), password=None, dbname="postgres"):
        """A login role (idempotent), granted the given group roles."""
        sql = ("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{0}') THEN CREATE ROLE \"{0}\" LOGIN; "
               "END IF; END $$;").format(name)
        if password is not None:
            sql += " ALTER ROLE \"{}\" PASSWORD '{}';".format(name, password.replace("'", "''"))
        for group in member_of:
            sql += ' GRANT "{}" TO "{}";'.format(group, name)
        self.execute(sql, dbname)

    def write_service_file(self, path, services):
        """A ``pg_service.conf`` with ``{service name: {"dbname": .., "user": ..}}`` on this cluster."""
        lines = []
        for name, entry in services.items():
            lines.append("[{}]".format(name))
            lines += ["host=127.0.0.1", "port={}".format(self.port)]
            lines += ["{}={}".format(key, value) for key, value in entry.items()]
            lines.append("")
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        Path(path).write_text("\n".join(lines))
        return Path(path)


def wait_for(cluster, seconds=10):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            cluster.execute("SELECT 1")
            return True
        except Exception:
            time.sleep(0.2)
    return False
