-- Shared GI workspace, version 2: QGIS projects saved in the workspace.
--
-- QGIS's own PostgreSQL project storage (Project › Save To › PostgreSQL, and the URI
-- postgresql:///?service=…&dbname=…&schema=gi&project=…, in QGIS since 3.2) keeps projects in
-- the table qgis_projects of a schema: (name, metadata, content), written by QGIS with
-- INSERT … VALUES (name, metadata, content) ON CONFLICT (name) DO UPDATE. QGIS creates that
-- table itself only when it is missing, which nobody but gi_owner could do in schema gi; so it
-- is created here, with QGIS's three columns first and who/when after them.
--
-- Everyone in the GI reads the projects; coordinators and Bezirk editors save them. A project
-- must never carry quotas: the plugin refuses to save embedded Lmb values into the workspace
-- (a project refers to the quotas in gi.lmb_quota instead, which row-level security guards).

GRANT gi_owner TO CURRENT_USER;
SET LOCAL ROLE gi_owner;
SET LOCAL search_path = gi, public;

CREATE TABLE gi.qgis_projects (
    name text PRIMARY KEY,
    metadata jsonb,
    content bytea,
    created_at timestamptz, created_by text, changed_at timestamptz, changed_by text
);

CREATE TRIGGER qgis_projects_audit BEFORE INSERT OR UPDATE ON gi.qgis_projects
    FOR EACH ROW EXECUTE FUNCTION gi.stamp_audit();

GRANT SELECT ON gi.qgis_projects TO gi_reader;
GRANT INSERT, UPDATE, DELETE ON gi.qgis_projects TO gi_coordinator, gi_bezirk_editor;

RESET ROLE;
REVOKE gi_owner FROM CURRENT_USER;
