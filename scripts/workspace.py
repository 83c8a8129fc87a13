"""The shared workspace from the command line (the make targets call this).

    workspace.py init --service NAME      set up / update the schema in the database of a
                                          pg_service.conf entry (an administrator's login)
    workspace.py local                    a local workspace with the bundled data in
                                          build/workspace-local (started if stopped)
    workspace.py stop                     stop the local workspace
    workspace.py service ROLE             the service of a demo login of the local workspace
                                          (reader, mitte, neukoelln, coordinator, admin)
    workspace.py publish [--port N]       write the public GI map project from the local
                                          workspace and serve it with qgis_mapserver (Ctrl-C ends)

The local workspace listens on 127.0.0.1 only; its pg_service.conf (build/workspace-local/)
names one service per demo login: gi-local (administrator), gi-local-reader, gi-local-mitte
(Bezirk editor, Mitte), gi-local-neukoelln, gi-local-coordinator. Logins are trusted from
127.0.0.1 (no passwords anywhere).
"""

import argparse
import os
import signal
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO), str(REPO / "scripts")]

from local_postgres import LocalCluster  # noqa: E402
from local_servers import MapServer  # noqa: E402

LOCAL = REPO / "build" / "workspace-local"
SERVICE_FILE = LOCAL / "pg_service.conf"
DBNAME = "gi"
DEMO_LOGINS = {
    "gi-local-reader": ("gi_demo_reader", ("gi_reader",)),
    "gi-local-mitte": ("gi_demo_mitte", ("gi_bezirk_01",)),
    "gi-local-neukoelln": ("gi_demo_neukoelln", ("gi_bezirk_08",)),
    "gi-local-coordinator": ("gi_demo_coordinator", ("gi_coordinator",)),
}
PUBLISH_DIR = REPO / "build" / "publish"
PUBLISH_PROJECT = PUBLISH_DIR / "gi_karte.qgs"


_APP = []


def qgis():
    """The one headless QgsApplication of this process (QGIS cannot be started twice)."""
    from qgis.core import QgsApplication

    if not _APP:
        app = QgsApplication([], False)
        app.initQgis()
        _APP.append(app)
    return _APP[0]


def init(service):
    from rgi_plugin.workspace import migrations
    from rgi_plugin.workspace.connection import WorkspaceConfig, WorkspaceError, WorkspaceSession

    qgis()
    try:
        with WorkspaceSession(WorkspaceConfig(service=service)) as session:
            applied = migrations.apply_migrations(session)
            print("workspace {}: {}".format(service, "applied " + ", ".join(applied) if applied else "up to date")
                  + " (version {})".format(migrations.check_version(session)))
    except WorkspaceError as error:
        print("error: {} ({})".format(error, error.details), file=sys.stderr)
        return 1
    return 0


def local_cluster():
    return LocalCluster(LOCAL)


def local():
    """Start (or reuse) the local cluster, set up the schema, load the bundled data once."""
    from rgi_plugin.workspace import bundle, migrations
    from rgi_plugin.workspace.connection import WorkspaceConfig, WorkspaceSession

    cluster = local_cluster().start()
    cluster.create_database(DBNAME)
    services = {"gi-local": {"dbname": DBNAME, "user": "gi_admin"}}
    services.update({service: {"dbname": DBNAME, "user": login} for service, (login, _) in DEMO_LOGINS.items()})
    cluster.write_service_file(SERVICE_FILE, services)
    os.environ["PGSERVICEFILE"] = str(SERVICE_FILE)
    qgis()
    with WorkspaceSession(WorkspaceConfig(service="gi-local")) as admin:
        applied = migrations.apply_migrations(admin)
        for login, roles in DEMO_LOGINS.values():
            cluster.create_login(login, roles)
        report = bundle.load_bundle(admin)
    print("local workspace: PostgreSQL on 127.0.0.1:{}, database {}, schema {}".format(
        cluster.port, DBNAME, "set up (" + ", ".join(applied) + ")" if applied else "up to date"))
    print("\n".join("  " + line for line in report.lines()))
    print("services in {} (export PGSERVICEFILE={}):".format(SERVICE_FILE, SERVICE_FILE))
    print("  gi-local (administrator)")
    for service, (login, roles) in DEMO_LOGINS.items():
        print("  {} (login {}: {})".format(service, login, ", ".join(roles)))
    print("stop it with: make workspace-stop")
    return 0


#: ROLE of `make run-workspace` -> service of the local workspace.
ROLES = {"admin": "gi-local", "reader": "gi-local-reader", "mitte": "gi-local-mitte", "neukoelln": "gi-local-neukoelln",
         "coordinator": "gi-local-coordinator"}


def service(role):
    if role not in ROLES:
        print("unknown ROLE {!r}: one of {}".format(role, ", ".join(ROLES)), file=sys.stderr)
        return 2
    print(ROLES[role])
    return 0


def stop():
    cluster = local_cluster()
    if cluster.running:
        cluster.stop()
        print("local workspace stopped")
    else:
        print("local workspace was not running")
    return 0


def write_publication(service, path=PUBLISH_PROJECT, dbname=""):
    from rgi_plugin.workspace import catalogue_store, publication
    from rgi_plugin.workspace.connection import WorkspaceConfig, WorkspaceSession

    config = WorkspaceConfig(service=service, dbname=dbname)
    with WorkspaceSession(config) as session:
        catalogue = catalogue_store.read_catalogue(session)
    return publication.write_project(config, path, catalogue)


def publish(port):
    local()
    project = write_publication("gi-local-reader")
    server = MapServer(project, port, PUBLISH_DIR / "qgis_mapserver.log", SERVICE_FILE).start()
    print("published {} (read as gi_demo_reader: no quota can reach it)".format(project))
    print("  WMS/WFS:            {}?SERVICE=WMS&REQUEST=GetCapabilities".format(server.url))
    print("  OGC API Features:   http://127.0.0.1:{}/wfs3/collections".format(port))
    print("Ctrl-C stops the server.")
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    try:
        while server.process.poll() is None:
            time.sleep(1)
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    return 0


def main():
    parser = argparse.ArgumentParser(description="The shared GI workspace")
    commands = parser.add_subparsers(dest="command", required=True)
    init_parser = commands.add_parser("init")
    init_parser.add_argument("--service", required=True)
    commands.add_parser("local")
    commands.add_parser("stop")
    service_parser = commands.add_parser("service")
    service_parser.add_argument("role")
    publish_parser = commands.add_parser("publish")
    publish_parser.add_argument("--port", type=int, default=8765)
    args = parser.parse_args()
    if args.command == "init":
        return init(args.service)
    if args.command == "local":
        return local()
    if args.command == "stop":
        return stop()
    if args.command == "service":
        return service(args.role)
    return publish(args.port)


if __name__ == "__main__":
    sys.exit(main())
