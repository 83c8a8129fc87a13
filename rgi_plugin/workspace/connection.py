"""The connection to the shared workspace: where (a pg_service.conf name) and who (libpq's own
means, or a QGIS authentication configuration), never a password in settings or projects.

Sessions use psycopg2 (Debian: ``python3-psycopg2``; OSGeo4W ships it with QGIS): real
transactions with bind parameters and typed errors. QGIS's
``QgsAbstractDatabaseProviderConnection.executeSql`` (3.10 and later) takes one SQL text
without parameters per call on pooled connections, so an edit spanning several statements could
not be one transaction there. QGIS is used for what it owns: the authentication database
(``QgsAuthManager.loadAuthenticationConfig``, all of 3.x) and layer URIs.

Errors are ``WorkspaceError`` subclasses whose ``str()`` is a short message for the message bar
(translated) and whose ``details`` go to the log tab.
"""

from contextlib import contextmanager
from dataclasses import dataclass

from qgis.PyQt.QtCore import QCoreApplication

from ..core.common import settings
from ..core.common.errors import PluginError
from ..definitions import settings as keys

_translate = QCoreApplication.translate

APPLICATION_NAME = "Gemeinschaftsinitiative QGIS plugin"
CONNECT_TIMEOUT_S = 5


class WorkspaceError(PluginError):
    """The workspace could not do what was asked; ``str()`` says what, ``details`` why."""

    def __init__(self, message, details=""):
        super().__init__(message)
        self.details = details


class WorkspaceUnavailable(WorkspaceError):
    """No connection to the workspace (the plugin falls back to the bundled data)."""


class WorkspaceConnectionLost(WorkspaceUnavailable):
    """The connection broke during an operation: nothing of that operation was saved."""


class WorkspacePermissionError(WorkspaceError):
    """The login may not do this (its roles in the workspace)."""


class WorkspaceDataError(WorkspaceError):
    """The workspace refused the data (a check, a missing reference, an invalid catalogue)."""


class WorkspaceSchemaError(WorkspaceError):
    """The database holds no workspace, or one of another version."""


@dataclass(frozen=True)
class WorkspaceConfig:
    """Where the workspace is and who connects.

    ``service``: a section of ``pg_service.conf`` (host, port, database and, if the service
    says so, the user; the password then comes from libpq's ``.pgpass`` or Kerberos). Or
    ``authcfg``: a QGIS authentication configuration (method Basic) with ``host``, ``port`` and
    ``dbname`` (not secret). Both together: the service says where, the authcfg who.
    """

    service: str = ""
    authcfg: str = ""
    host: str = ""
    port: str = ""
    dbname: str = ""

    @property
    def configured(self):
        return bool(self.service or (self.authcfg and self.dbname))

    def describe(self):
        if self.service:
            return "service={}".format(self.service)
        return "{}@{}:{}".format(self.dbname, self.host or "localhost", self.port or "5432")

    def connect_arguments(self):
        """Keyword arguments for ``psycopg2.connect`` (the password only in memory, from QGIS)."""
        if not self.configured:
            raise WorkspaceError(_translate("Workspace", "No shared workspace is configured."))
        arguments = {}
        if self.service:
            arguments["service"] = self.service
        for key in ("host", "port", "dbname"):
            if getattr(self, key):
                arguments[key] = getattr(self, key)
        if self.authcfg:
            arguments.update(credentials_from_authcfg(self.authcfg))
        return arguments

    def layer_uri(self, table, geometry_column="geom", key=None, schema="gi"):
        """A ``postgres`` provider URI for a table or view of the workspace (no password in it)."""
        from qgis.core import QgsDataSourceUri

        uri = QgsDataSourceUri()
        if self.service:
            uri.setConnection(self.service, self.dbname, "", "", QgsDataSourceUri.SslMode.SslPrefer, self.authcfg)
        else:
            uri.setConnection(self.host, self.port or "5432", self.dbname, "", "", QgsDataSourceUri.SslMode.SslPrefer, self.authcfg)
        uri.setDataSource(schema, table, geometry_column, "", key or "")
        return uri.uri(False)


def credentials_from_authcfg(authcfg):
    """User and password of a QGIS authentication configuration, decrypted for this call only."""
    from qgis.core import QgsApplication, QgsAuthMethodConfig

    config = QgsAuthMethodConfig()
    manager = QgsApplication.authManager()
    loaded = manager.loadAuthenticationConfig(authcfg, config, True)
    if isinstance(loaded, tuple):  # some bindings return (bool, config)
        loaded, config = loaded
    if not loaded or not config.isValid():
        raise WorkspaceError(_translate("Workspace", "The QGIS authentication configuration {id} was not found or cannot be "
                                                     "decrypted.").format(id=authcfg))
    if config.method() != "Basic":
        raise WorkspaceError(_translate("Workspace", "The QGIS authentication configuration {id} uses the method {method}; the "
                                                     "workspace needs user name and password (Basic).").format(
            id=authcfg, method=config.method()))
    return {"user": config.config("username"), "password": config.config("password")}


def read_config():
    """The configured workspace from the QGIS settings; not ``configured`` when none is set."""
    values = {key: str(settings.value(keys.workspace(key), "") or "")
              for key in WorkspaceConfig.__dataclass_fields__}
    return WorkspaceConfig(**values)


def write_config(config):
    """Store where and who; there is no password field to store."""
    for key in WorkspaceConfig.__dataclass_fields__:
        settings.set_value(keys.workspace(key), getattr(config, key))


def _psycopg2():
    try:
        import psycopg2
        import psycopg2.errors  # noqa: F401 (the error classes used below)
        import psycopg2.extras  # noqa: F401
    except ImportError as error:
        raise WorkspaceUnavailable(_translate("Workspace", "The Python module psycopg2 is missing; the shared workspace "
                                                           "needs it (Debian: python3-psycopg2)."), str(error)) from error
    return psycopg2


class WorkspaceSession:
    """One connection to the workspace; every change runs in ``transaction()``.

    A broken connection raises ``WorkspaceConnectionLost`` (the transaction is rolled back by
    the server: nothing half-saved); the next ``transaction()`` connects anew.
    """

    def __init__(self, config, connect_timeout=CONNECT_TIMEOUT_S):
        self.config = config
        self.connect_timeout = connect_timeout
        self._connection = None
        self.cache = {}  # what readers keep between reads of this session (see catalogue_store)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    @property
    def connected(self):
        return self._connection is not None and not self._connection.closed

    def connect(self):
        psycopg2 = _psycopg2()
        arguments = self.config.connect_arguments()
        try:
            connection = psycopg2.connect(connect_timeout=self.connect_timeout, application_name=APPLICATION_NAME,
                                          keepalives=1, keepalives_idle=30, **arguments)
            connection.autocommit = True
        except psycopg2.OperationalError as error:
            if "authentication failed" in str(error) or "no password supplied" in str(error):
                raise WorkspaceUnavailable(_translate("Workspace", "The shared workspace ({where}) refused the login: check the "
                                                                  "user and password of the service or authentication "
                                                                  "configuration. The bundled data are used.").format(
                    where=self.config.describe()), _first_line(error)) from error
            raise WorkspaceUnavailable(_translate("Workspace", "The shared workspace ({where}) cannot be reached. The "
                                                              "bundled data are used.").format(where=self.config.describe()),
                                       _first_line(error)) from error
        self._connection = connection
        return connection

    def close(self):
        if self._connection is not None:
            try:
                self._connection.close()
            finally:
                self._connection = None

    @property
    def backend_pid(self):
        return self._connection.get_backend_pid() if self.connected else None

    @contextmanager
    def transaction(self, reading=False):
        """A cursor in one transaction: committed when the block ends, rolled back on any error.

        ``reading``: the transaction only reads (a lost connection then says that nothing was
        changed, not that a change was not saved).

        The connection runs in autocommit mode and the transaction is explicit (BEGIN ...
        COMMIT), so that a single read (``query``) costs one round trip, not three.
        """
        psycopg2 = _psycopg2()
        connection = self._connection if self.connected else self.connect()
        try:
            with connection.cursor() as cursor:
                cursor.execute("BEGIN")
                yield cursor
                cursor.execute("COMMIT")
        except psycopg2.Error as error:
            self._rollback_quietly()
            raise self._translated(error, reading) from error
        except BaseException:
            self._rollback_quietly()
            raise

    def query(self, sql, parameters=None):
        """All rows of one statement (one statement is one transaction: a consistent snapshot)."""
        psycopg2 = _psycopg2()
        connection = self._connection if self.connected else self.connect()
        try:
            with connection.cursor() as cursor:
                cursor.execute(sql, parameters)
                return cursor.fetchall()
        except psycopg2.Error as error:
            if self._connection is not None and self._connection.closed:
                self._connection = None
            raise self._translated(error, reading=True) from error

    def _rollback_quietly(self):
        if self._connection is None:
            return
        if self._connection.closed:
            self._connection = None
            return
        try:
            with self._connection.cursor() as cursor:
                cursor.execute("ROLLBACK")
        except Exception:  # a connection broken during the rollback: the server discards the transaction
            self.close()

    def _translated(self, error, reading=False):
        psycopg2 = _psycopg2()
        details = _first_line(error)
        if isinstance(error, (psycopg2.OperationalError, psycopg2.InterfaceError)) and (
                self._connection is None or self._connection.closed or isinstance(error, psycopg2.InterfaceError)
                or error.pgcode is None or error.pgcode.startswith("57P")):
            self.close()
            if reading:
                return WorkspaceConnectionLost(_translate("Workspace", "The connection to the shared workspace ({where}) was lost; "
                                                                       "nothing was changed. Until it is back the bundled data are "
                                                                       "used (the next read connects anew).").format(
                    where=self.config.describe()), details)
            return WorkspaceConnectionLost(_translate("Workspace", "The connection to the shared workspace ({where}) was lost; "
                                                                   "this change was not saved. Try again when it is back; "
                                                                   "until then the bundled data are used.").format(
                where=self.config.describe()), details)
        if isinstance(error, psycopg2.errors.InsufficientPrivilege):
            return WorkspacePermissionError(_translate("Workspace", "Your login may not do this in the shared workspace."), details)
        if isinstance(error, psycopg2.errors.UndefinedTable):
            return WorkspaceSchemaError(_translate("Workspace", "The database holds no GI workspace (or an older one): set it up "
                                                                "with “Set up workspace”."), details)
        if isinstance(error, (psycopg2.IntegrityError, psycopg2.DataError)):
            return WorkspaceDataError(_translate("Workspace", "The shared workspace refused the data: {reason}").format(reason=details),
                                      details)
        return WorkspaceError(_translate("Workspace", "The shared workspace reported an error: {reason}").format(reason=details), details)


def _first_line(error):
    text = str(getattr(error, "pgerror", None) or error).strip()
    return text.splitlines()[0] if text else type(error).__name__
