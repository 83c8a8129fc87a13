"""Fixtures of the server tests: a real QGIS Server on 127.0.0.1, the catalogue pointing to it,
and a fault-injecting server in front of it (``support/servers.py``)."""

import pytest

from rgi_plugin.core.services import catalogue as services
from support.faults import FaultServer
from support.servers import OUT, QgisServer, build_projects, local_catalogue


@pytest.fixture(scope="session")
def qgis_server(qgis_app):
    projects = build_projects(OUT / "projects")
    server = QgisServer(projects, OUT / "qgis_mapserver.log").start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def catalogue(qgis_app):
    return services.read_service_catalogue()


@pytest.fixture(scope="session")
def server_catalogue(catalogue, qgis_server):
    return local_catalogue(catalogue, qgis_server)


@pytest.fixture
def fault_server(qgis_server):
    server = FaultServer(qgis_server.port).start()
    yield server
    server.stop()
