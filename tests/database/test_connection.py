"""Where and who: service names and QGIS authentication configurations, never a stored password."""

import pytest
from qgis.core import QgsSettings

from rgi_plugin.core.common import settings
from rgi_plugin.definitions.names import SETTINGS_PREFIX
from rgi_plugin.workspace import catalogue_store
from rgi_plugin.workspace.connection import (
    WorkspaceConfig,
    WorkspaceError,
    WorkspaceSession,
    WorkspaceUnavailable,
    read_config,
    write_config,
)
from support.workspace import PASSWORD, PASSWORD_LOGIN, store_basic_config


def test_no_workspace_is_configured_by_default(qgis_app):
    settings.remove_all()
    assert not read_config().configured
    with pytest.raises(WorkspaceError):
        WorkspaceConfig().connect_arguments()


def test_the_settings_hold_where_and_who_but_no_password(qgis_app):
    settings.remove_all()
    config = WorkspaceConfig(service="gi-berlin", authcfg="abc1234")
    write_config(config)
    assert read_config() == config
    qsettings = QgsSettings()
    qsettings.beginGroup(SETTINGS_PREFIX)
    keys = qsettings.allKeys()
    qsettings.endGroup()
    assert sorted(keys) == sorted("workspace/" + k for k in WorkspaceConfig.__dataclass_fields__)
    assert not [k for k in keys if "pass" in k.lower()]
    settings.remove_all()


def test_a_qgis_authentication_configuration_logs_in(pg_cluster, workspace):
    authcfg = store_basic_config("GI workspace test", PASSWORD_LOGIN, PASSWORD)
    config = WorkspaceConfig(authcfg=authcfg, host="127.0.0.1", port=str(pg_cluster.port), dbname=workspace.dbname)
    with WorkspaceSession(config) as session:
        assert session.query("SELECT session_user")[0][0] == PASSWORD_LOGIN
        assert len(catalogue_store.read_catalogue(session).areas) == 16
    uri = config.layer_uri("school_map", key="bsn")
    assert "authcfg={}".format(authcfg) in uri and "password" not in uri


def test_a_wrong_password_in_the_authentication_configuration_is_a_clear_error(pg_cluster, workspace):
    authcfg = store_basic_config("GI wrong password", PASSWORD_LOGIN, "falsch")
    config = WorkspaceConfig(authcfg=authcfg, host="127.0.0.1", port=str(pg_cluster.port), dbname=workspace.dbname)
    with pytest.raises(WorkspaceUnavailable, match="refused the login") as raised:
        WorkspaceSession(config).connect()
    assert "password" in raised.value.details


def test_an_unknown_authentication_configuration_is_named(qgis_app):
    with pytest.raises(WorkspaceError, match="zzzzzzz"):
        WorkspaceConfig(authcfg="zzzzzzz", host="127.0.0.1", dbname="gi").connect_arguments()
