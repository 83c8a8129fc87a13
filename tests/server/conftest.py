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


@pytest.fixture(scope="session")
def renamed_url(qgis_server):
    """The local QGIS Server's address of a service whose layers were renamed (``support/maps.py``)."""
    from support.maps import renamed_project

    qgis_server.projects["renamed"] = renamed_project(OUT / "projects")
    return qgis_server.url("renamed")


@pytest.fixture(scope="session")
def map_services(qgis_server):
    """The local QGIS Server publishing maps of known Handlungsräume as the Geoportal draws them."""
    from support.maps import map_projects

    qgis_server.projects.update(map_projects(OUT / "projects"))
    return qgis_server
