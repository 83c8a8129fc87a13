-- Shared GI workspace, version 1: catalogue, Handlungsraum boundaries, geodata, Lmb quotas,
-- roles and row-level security. Applied once per database by rgi_plugin/workspace/migrations.py
-- (recorded in gi_meta.schema_migrations), inside one transaction.
--
-- Needs PostgreSQL >= 15 (views WITH (security_invoker)) and PostGIS, and an administrator who
-- may create roles and the postgis extension. Roles are cluster-wide: every CREATE ROLE checks
-- first, so a second database in the same cluster reuses them.
--
-- Roles (NOLOGIN groups; people get LOGIN roles that are granted one or more of them):
--   gi_reader         reads the catalogue, boundaries, geodata and the Lmb threshold view
--   gi_coordinator    (Senate coordinators) gi_reader + edits the catalogue and the boundaries
--   gi_bezirk_editor  gi_reader + reads and edits Lmb quotas, limited by RLS to the Bezirke of
--                     the gi_bezirk_NN roles the person is a member of
--   gi_bezirk_01..12  one per Bezirk, each a member of gi_bezirk_editor; gi.bezirk maps the
--                     Bezirk number to its role
--   gi_owner          owns every object (the views read the quotas as this role); nobody logs
--                     in as it; the migration lends it to the administrator and takes it back.

DO $roles$
DECLARE
    name text;
BEGIN
    FOREACH name IN ARRAY ARRAY['gi_owner', 'gi_reader', 'gi_coordinator', 'gi_bezirk_editor',
        'gi_bezirk_01', 'gi_bezirk_02', 'gi_bezirk_03', 'gi_bezirk_04', 'gi_bezirk_05', 'gi_bezirk_06',
        'gi_bezirk_07', 'gi_bezirk_08', 'gi_bezirk_09', 'gi_bezirk_10', 'gi_bezirk_11', 'gi_bezirk_12']
    LOOP
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = name) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', name);
        END IF;
    END LOOP;
END
$roles$;

GRANT gi_reader TO gi_coordinator, gi_bezirk_editor;
GRANT gi_bezirk_editor TO gi_bezirk_01, gi_bezirk_02, gi_bezirk_03, gi_bezirk_04, gi_bezirk_05, gi_bezirk_06,
    gi_bezirk_07, gi_bezirk_08, gi_bezirk_09, gi_bezirk_10, gi_bezirk_11, gi_bezirk_12;

CREATE EXTENSION IF NOT EXISTS postgis;

GRANT gi_owner TO CURRENT_USER;
DO $db$ BEGIN EXECUTE format('GRANT CREATE ON DATABASE %I TO gi_owner', current_database()); END $db$;
CREATE SCHEMA gi AUTHORIZATION gi_owner;
SET LOCAL ROLE gi_owner;
SET LOCAL search_path = gi, public;

GRANT USAGE ON SCHEMA gi TO gi_reader;

-- -- who and when ---------------------------------------------------------------------------
-- Every editable table has created_at/_by and changed_at/_by, set by this trigger (the client
-- cannot write them). "Who" is the login role (session_user), not a group role it switched to.

CREATE FUNCTION gi.stamp_audit() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        NEW.created_at := now();
        NEW.created_by := session_user;
    ELSE
        NEW.created_at := OLD.created_at;
        NEW.created_by := OLD.created_by;
    END IF;
    NEW.changed_at := now();
    NEW.changed_by := session_user;
    RETURN NEW;
END
$$;

-- History of the catalogue and boundaries: the old and new row of every change.
CREATE TABLE gi.change_log (
    id bigserial PRIMARY KEY,
    table_name text NOT NULL,
    row_key text NOT NULL,
    operation text NOT NULL,
    changed_at timestamptz NOT NULL DEFAULT now(),
    changed_by text NOT NULL DEFAULT session_user,
    old_row jsonb,
    new_row jsonb
);

CREATE FUNCTION gi.log_change() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, gi AS $$
DECLARE
    old_row jsonb := CASE WHEN TG_OP IN ('UPDATE', 'DELETE') THEN to_jsonb(OLD) END;
    new_row jsonb := CASE WHEN TG_OP IN ('INSERT', 'UPDATE') THEN to_jsonb(NEW) END;
    key text := TG_ARGV[0];
BEGIN
    INSERT INTO gi.change_log (table_name, row_key, operation, changed_by, old_row, new_row)
    VALUES (TG_TABLE_NAME, coalesce(new_row ->> key, old_row ->> key), TG_OP, session_user, old_row, new_row);
    RETURN NULL;
END
$$;

-- Columns every table with bundled or edited rows carries. origin: 'bundle' (loaded from the
-- plugin's bundled data, origin_source names the file) or 'workspace' (entered here).
-- (Written out in each table; PostgreSQL has no column templates.)

-- -- Bezirke and sources ------------------------------------------------------------------------

CREATE TABLE gi.bezirk (
    nr char(2) PRIMARY KEY CHECK (nr ~ '^[0-9]{2}$'),
    name text NOT NULL UNIQUE,
    editor_role name NOT NULL UNIQUE
);
INSERT INTO gi.bezirk (nr, name, editor_role) VALUES
    ('01', 'Mitte', 'gi_bezirk_01'),
    ('02', 'Friedrichshain-Kreuzberg', 'gi_bezirk_02'),
    ('03', 'Pankow', 'gi_bezirk_03'),
    ('04', 'Charlottenburg-Wilmersdorf', 'gi_bezirk_04'),
    ('05', 'Spandau', 'gi_bezirk_05'),
    ('06', 'Steglitz-Zehlendorf', 'gi_bezirk_06'),
    ('07', 'Tempelhof-Schöneberg', 'gi_bezirk_07'),
    ('08', 'Neukölln', 'gi_bezirk_08'),
    ('09', 'Treptow-Köpenick', 'gi_bezirk_09'),
    ('10', 'Marzahn-Hellersdorf', 'gi_bezirk_10'),
    ('11', 'Lichtenberg', 'gi_bezirk_11'),
    ('12', 'Reinickendorf', 'gi_bezirk_12');

-- The Bezirke whose quotas the current login may edit: membership of the Bezirk's role,
-- evaluated for the calling user (not SECURITY DEFINER), so it works inside policies.
CREATE FUNCTION gi.editable_bezirke() RETURNS SETOF char(2) LANGUAGE sql STABLE AS $$
    SELECT nr FROM gi.bezirk WHERE pg_has_role(editor_role, 'MEMBER')
$$;

-- Origin, licence and attribution of each dataset loaded into the workspace
-- (from resources/data/datasets.json for the bundled ones).
CREATE TABLE gi.dataset_source (
    dataset_id text PRIMARY KEY,
    title text NOT NULL,
    edition text NOT NULL DEFAULT '',
    publisher text NOT NULL DEFAULT '',
    licence text NOT NULL DEFAULT '',
    attribution text NOT NULL DEFAULT '',
    source text NOT NULL DEFAULT '',
    notes text NOT NULL DEFAULT '',
    origin text NOT NULL DEFAULT 'workspace' CHECK (origin IN ('bundle', 'workspace')),
    origin_source text NOT NULL DEFAULT '',
    created_at timestamptz, created_by text, changed_at timestamptz, changed_by text
);

-- -- catalogue (the objects of rgi_plugin/core/catalogue.py) -----------------------------------
-- Allowed values are those of catalogue.py (tests/test_workspace_schema.py compares them).

CREATE TABLE gi.area_group (
    code text PRIMARY KEY,
    name text NOT NULL,
    note text NOT NULL DEFAULT '',
    position integer NOT NULL DEFAULT 0,
    origin text NOT NULL DEFAULT 'workspace' CHECK (origin IN ('bundle', 'workspace')),
    origin_source text NOT NULL DEFAULT '',
    created_at timestamptz, created_by text, changed_at timestamptz, changed_by text
);

CREATE TABLE gi.handlungsraum (
    code text PRIMARY KEY,
    name text NOT NULL,
    group_code text REFERENCES gi.area_group (code) ON UPDATE CASCADE,
    bezirke text[] NOT NULL,
    number_status text NOT NULL CHECK (number_status IN ('official', 'inferred')),
    number_source text NOT NULL DEFAULT '',
    basis text NOT NULL CHECK (basis IN ('official_text', 'name_match', 'criteria_derived')),
    composition_note text NOT NULL DEFAULT '',
    composition_source text NOT NULL DEFAULT '',
    position integer NOT NULL DEFAULT 0,
    origin text NOT NULL DEFAULT 'workspace' CHECK (origin IN ('bundle', 'workspace')),
    origin_source text NOT NULL DEFAULT '',
    created_at timestamptz, created_by text, changed_at timestamptz, changed_by text
);

-- The LOR units named in the catalogue (the composition as described, before any criterion).
CREATE TABLE gi.handlungsraum_unit (
    area_code text NOT NULL REFERENCES gi.handlungsraum (code) ON UPDATE CASCADE ON DELETE CASCADE,
    position integer NOT NULL,
    level text NOT NULL CHECK (level IN ('plr', 'bzr', 'pgr')),
    unit_id text NOT NULL CHECK (unit_id ~ '^[0-9]+$' AND length(unit_id) = CASE level WHEN 'plr' THEN 8 WHEN 'bzr' THEN 6 ELSE 4 END),
    name text NOT NULL DEFAULT '',
    origin text NOT NULL DEFAULT 'workspace' CHECK (origin IN ('bundle', 'workspace')),
    origin_source text NOT NULL DEFAULT '',
    created_at timestamptz, created_by text, changed_at timestamptz, changed_by text,
    PRIMARY KEY (area_code, position)
);

CREATE TABLE gi.department (
    id text PRIMARY KEY,
    name text NOT NULL,
    short text NOT NULL DEFAULT '',
    lead boolean NOT NULL DEFAULT false,
    position integer NOT NULL DEFAULT 0,
    origin text NOT NULL DEFAULT 'workspace' CHECK (origin IN ('bundle', 'workspace')),
    origin_source text NOT NULL DEFAULT '',
    created_at timestamptz, created_by text, changed_at timestamptz, changed_by text
);

-- Programmes (Ressortbeiträge). applies_to_all, or the areas in ressortbeitrag_area.
CREATE TABLE gi.ressortbeitrag (
    id text PRIMARY KEY,
    department_id text REFERENCES gi.department (id) ON UPDATE CASCADE,
    programme text NOT NULL,
    description text NOT NULL DEFAULT '',
    status text NOT NULL CHECK (status IN ('confirmed', 'context', 'proposed_2018')),
    source text NOT NULL DEFAULT '',
    applies_to_all boolean NOT NULL DEFAULT false,
    -- 'stated': the source names these areas; 'inferred': it names the GI as a whole
    applies_basis text NOT NULL CHECK (applies_basis IN ('stated', 'inferred')),
    applies_note text NOT NULL DEFAULT '',
    position integer NOT NULL DEFAULT 0,
    origin text NOT NULL DEFAULT 'workspace' CHECK (origin IN ('bundle', 'workspace')),
    origin_source text NOT NULL DEFAULT '',
    created_at timestamptz, created_by text, changed_at timestamptz, changed_by text
);

CREATE TABLE gi.ressortbeitrag_area (
    programme_id text NOT NULL REFERENCES gi.ressortbeitrag (id) ON UPDATE CASCADE ON DELETE CASCADE,
    area_code text NOT NULL REFERENCES gi.handlungsraum (code) ON UPDATE CASCADE,
    position integer NOT NULL DEFAULT 0,
    origin text NOT NULL DEFAULT 'workspace' CHECK (origin IN ('bundle', 'workspace')),
    origin_source text NOT NULL DEFAULT '',
    created_at timestamptz, created_by text, changed_at timestamptz, changed_by text,
    PRIMARY KEY (programme_id, area_code)
);

-- Concept documents (GI-IHK) per area.
CREATE TABLE gi.concept_document (
    id bigserial PRIMARY KEY,
    area_code text NOT NULL REFERENCES gi.handlungsraum (code) ON UPDATE CASCADE,
    title text NOT NULL,
    year text NOT NULL DEFAULT '',
    author text NOT NULL DEFAULT '',
    url text NOT NULL DEFAULT '',
    url_kind text NOT NULL DEFAULT 'document',
    local_file text NOT NULL DEFAULT '',
    note text NOT NULL DEFAULT '',
    position integer NOT NULL DEFAULT 0,
    origin text NOT NULL DEFAULT 'workspace' CHECK (origin IN ('bundle', 'workspace')),
    origin_source text NOT NULL DEFAULT '',
    created_at timestamptz, created_by text, changed_at timestamptz, changed_by text
);

-- -- the catalogue as one document ---------------------------------------------------------
-- The three parts of the catalogue in the shape of the bundled JSON files, kept current by
-- statement triggers in the transaction of every change, so the plugin reads it in one small
-- query (as fast as the bundled files) and checks it with the same code.

CREATE FUNCTION gi.catalogue_json() RETURNS json LANGUAGE sql STABLE AS $$
SELECT json_build_object(
  'areas', json_build_object(
    'groups', (SELECT coalesce(json_agg(json_build_object('code', g.code, 'name', g.name, 'note', g.note)
                                        ORDER BY g.position, g.code), '[]') FROM gi.area_group g),
    'areas', (SELECT coalesce(json_agg(json_build_object(
                'code', h.code, 'name', h.name, 'group', coalesce(h.group_code, ''), 'bezirke', h.bezirke,
                'number_status', h.number_status, 'number_source', h.number_source,
                'composition', json_build_object(
                  'basis', h.basis, 'note', h.composition_note, 'source', h.composition_source,
                  'units', (SELECT coalesce(json_agg(json_build_object('level', u.level, 'id', u.unit_id, 'name', u.name)
                                                     ORDER BY u.position), '[]')
                            FROM gi.handlungsraum_unit u WHERE u.area_code = h.code)))
              ORDER BY h.position, h.code), '[]') FROM gi.handlungsraum h)),
  'programmes', json_build_object(
    'departments', (SELECT coalesce(json_agg(json_build_object('id', d.id, 'name', d.name, 'short', d.short, 'lead', d.lead)
                                             ORDER BY d.position, d.id), '[]') FROM gi.department d),
    'programmes', (SELECT coalesce(json_agg(json_build_object(
                     'id', r.id, 'department', coalesce(r.department_id, ''), 'programme', r.programme,
                     'description', r.description, 'status', r.status, 'source', r.source, 'applies_note', r.applies_note,
                     'applies_basis', r.applies_basis,
                     'applies_to', CASE WHEN r.applies_to_all THEN to_json('all'::text) ELSE
                        (SELECT coalesce(json_agg(a.area_code ORDER BY a.position, a.area_code), '[]')
                         FROM gi.ressortbeitrag_area a WHERE a.programme_id = r.id) END)
                   ORDER BY r.position, r.id), '[]') FROM gi.ressortbeitrag r)),
  'documents', json_build_object(
    'documents', (SELECT coalesce(json_agg(json_build_object(
                    'area', c.area_code, 'title', c.title, 'year', c.year, 'author', c.author, 'url', c.url,
                    'url_kind', c.url_kind, 'local_file', c.local_file, 'note', c.note)
                  ORDER BY c.position, c.id), '[]') FROM gi.concept_document c)))
$$;

CREATE TABLE gi.catalogue_document (
    singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    document json NOT NULL,
    version bigint NOT NULL DEFAULT 1,
    changed_at timestamptz NOT NULL DEFAULT now(),
    changed_by text NOT NULL DEFAULT session_user
);
INSERT INTO gi.catalogue_document (document) VALUES (gi.catalogue_json());

CREATE FUNCTION gi.refresh_catalogue_document() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, gi, public AS $$
BEGIN
    UPDATE gi.catalogue_document SET document = gi.catalogue_json(), version = version + 1, changed_at = now(),
        changed_by = session_user;
    RETURN NULL;
END
$$;

DO $document$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['area_group', 'handlungsraum', 'handlungsraum_unit', 'department', 'ressortbeitrag',
        'ressortbeitrag_area', 'concept_document']
    LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON gi.%I FOR EACH STATEMENT '
                       'EXECUTE FUNCTION gi.refresh_catalogue_document()', t || '_document', t);
    END LOOP;
END
$document$;

-- -- geodata --------------------------------------------------------------------------------

CREATE TABLE gi.planungsraum (
    plr_id char(8) PRIMARY KEY CHECK (plr_id ~ '^[0-9]{8}$'),
    plr_name text NOT NULL,
    bzr_id char(6) NOT NULL,
    bzr_name text NOT NULL DEFAULT '',
    pgr_id char(4) NOT NULL,
    pgr_name text NOT NULL DEFAULT '',
    bez_id char(2) NOT NULL REFERENCES gi.bezirk (nr),
    bez_name text NOT NULL DEFAULT '',
    geom geometry(MultiPolygon, 25833) NOT NULL,
    dataset_id text NOT NULL REFERENCES gi.dataset_source (dataset_id),
    origin text NOT NULL DEFAULT 'workspace' CHECK (origin IN ('bundle', 'workspace')),
    origin_source text NOT NULL DEFAULT '',
    created_at timestamptz, created_by text, changed_at timestamptz, changed_by text
);
CREATE INDEX planungsraum_geom_idx ON gi.planungsraum USING gist (geom);

-- Monitoring Soziale Stadtentwicklung per Planungsraum and edition (indices; NULL = no value).
CREATE TABLE gi.mss (
    plr_id char(8) NOT NULL REFERENCES gi.planungsraum (plr_id),
    edition text NOT NULL,
    zeit integer,
    ew integer,
    si_n smallint CHECK (si_n BETWEEN 1 AND 4),
    si_v text,
    di_n smallint CHECK (di_n IN (1, 3, 5)),
    di_v text,
    sdi text,
    sdi_n smallint,
    sdi_v text,
    kom text,
    dataset_id text NOT NULL REFERENCES gi.dataset_source (dataset_id),
    origin text NOT NULL DEFAULT 'workspace' CHECK (origin IN ('bundle', 'workspace')),
    origin_source text NOT NULL DEFAULT '',
    created_at timestamptz, created_by text, changed_at timestamptz, changed_by text,
    PRIMARY KEY (plr_id, edition)
);

-- The MSS with the Planungsraum outlines, for maps (one row per Planungsraum and edition).
CREATE VIEW gi.mss_map AS
    SELECT m.plr_id || ':' || m.edition AS map_id, m.plr_id, p.plr_name, p.bez_id, m.edition, m.zeit, m.ew,
           m.si_n, m.si_v, m.di_n, m.di_v, m.sdi, m.sdi_n, m.sdi_v, m.kom, p.geom
    FROM gi.mss m JOIN gi.planungsraum p USING (plr_id);

-- Schools. bezirk_nr is the Bezirk of the school number (its first two digits: the Bezirk
-- responsible for the school); bezirk is the Bezirk of the address as the dataset gives it.
CREATE TABLE gi.school (
    bsn text PRIMARY KEY CHECK (bsn ~ '^[0-9]{2}[A-Z][0-9]{2}$'),
    bezirk_nr char(2) NOT NULL REFERENCES gi.bezirk (nr) CHECK (bezirk_nr = left(bsn, 2)),
    name text NOT NULL,
    schulart text NOT NULL DEFAULT '',
    traeger text NOT NULL DEFAULT '',
    schultyp text NOT NULL DEFAULT '',
    bezirk text NOT NULL DEFAULT '',
    ortsteil text NOT NULL DEFAULT '',
    plz text NOT NULL DEFAULT '',
    strasse text NOT NULL DEFAULT '',
    hausnr text NOT NULL DEFAULT '',
    internet text NOT NULL DEFAULT '',
    geom geometry(Point, 25833) NOT NULL,
    dataset_id text NOT NULL REFERENCES gi.dataset_source (dataset_id),
    origin text NOT NULL DEFAULT 'workspace' CHECK (origin IN ('bundle', 'workspace')),
    origin_source text NOT NULL DEFAULT '',
    created_at timestamptz, created_by text, changed_at timestamptz, changed_by text
);
CREATE INDEX school_geom_idx ON gi.school USING gist (geom);
CREATE INDEX school_bezirk_idx ON gi.school (bezirk_nr);

-- The schools for maps and publication: the public columns, without who edited them.
CREATE VIEW gi.school_map AS
    SELECT bsn, name, schulart, traeger, schultyp, bezirk_nr, bezirk, ortsteil, plz, strasse, hausnr, internet,
           dataset_id, origin, geom
    FROM gi.school;

-- -- Handlungsraum boundaries and derived compositions --------------------------------------
-- status: 'official' (drawn from an official description) or 'approximation'. The composition
-- lists the Planungsräume an area is made of, with how they were derived.

CREATE TABLE gi.handlungsraum_boundary (
    area_code text PRIMARY KEY REFERENCES gi.handlungsraum (code) ON UPDATE CASCADE ON DELETE CASCADE,
    status text NOT NULL CHECK (status IN ('official', 'approximation')),
    basis text NOT NULL CHECK (basis IN ('official_text', 'name_match', 'criteria_derived', 'official_file')),
    mss_edition text NOT NULL DEFAULT '',
    ew integer,
    source text NOT NULL DEFAULT '',
    geom geometry(MultiPolygon, 25833) NOT NULL,
    origin text NOT NULL DEFAULT 'workspace' CHECK (origin IN ('bundle', 'workspace')),
    origin_source text NOT NULL DEFAULT '',
    created_at timestamptz, created_by text, changed_at timestamptz, changed_by text
);
CREATE INDEX handlungsraum_boundary_geom_idx ON gi.handlungsraum_boundary USING gist (geom);

CREATE TABLE gi.handlungsraum_composition (
    area_code text NOT NULL REFERENCES gi.handlungsraum (code) ON UPDATE CASCADE ON DELETE CASCADE,
    plr_id char(8) NOT NULL REFERENCES gi.planungsraum (plr_id),
    status text NOT NULL CHECK (status IN ('official', 'derived')),
    derived_by text NOT NULL CHECK (derived_by IN ('official_text', 'name_match', 'criteria_derived', 'official_file')),
    mss_edition text NOT NULL DEFAULT '',
    origin text NOT NULL DEFAULT 'workspace' CHECK (origin IN ('bundle', 'workspace')),
    origin_source text NOT NULL DEFAULT '',
    created_at timestamptz, created_by text, changed_at timestamptz, changed_by text,
    PRIMARY KEY (area_code, plr_id)
);

-- The areas with their name, for maps.
CREATE VIEW gi.handlungsraum_map AS
    SELECT h.code, h.name, h.group_code, array_to_string(h.bezirke, ', ') AS bezirk, h.number_status,
           b.basis, b.status, (b.status <> 'official') AS approximate, b.mss_edition, b.ew,
           (SELECT count(*) FROM gi.handlungsraum_composition c WHERE c.area_code = h.code) AS n_plr,
           b.source, b.geom
    FROM gi.handlungsraum h JOIN gi.handlungsraum_boundary b ON b.area_code = h.code;

-- -- Lernmittelbefreiung quotas: confidential, per Bezirk -----------------------------------

CREATE TABLE gi.lmb_quota (
    bsn text NOT NULL REFERENCES gi.school (bsn) ON UPDATE CASCADE,
    school_year text NOT NULL CHECK (school_year <> ''),
    quota_percent numeric(6, 3) NOT NULL CHECK (quota_percent BETWEEN 0 AND 100),
    example boolean NOT NULL DEFAULT false,
    data_note text NOT NULL DEFAULT '',
    source text NOT NULL DEFAULT '',
    origin text NOT NULL DEFAULT 'workspace' CHECK (origin IN ('bundle', 'workspace')),
    origin_source text NOT NULL DEFAULT '',
    created_at timestamptz, created_by text, changed_at timestamptz, changed_by text,
    PRIMARY KEY (bsn, school_year),
    CHECK (NOT example OR data_note <> '')
);

ALTER TABLE gi.lmb_quota ENABLE ROW LEVEL SECURITY;
ALTER TABLE gi.lmb_quota FORCE ROW LEVEL SECURITY;

-- A Bezirk editor reads and writes the quotas of the schools of their Bezirk(e) only.
CREATE POLICY lmb_quota_bezirk ON gi.lmb_quota FOR ALL TO gi_bezirk_editor
    USING ((SELECT s.bezirk_nr FROM gi.school s WHERE s.bsn = lmb_quota.bsn) IN (SELECT gi.editable_bezirke()))
    WITH CHECK ((SELECT s.bezirk_nr FROM gi.school s WHERE s.bsn = lmb_quota.bsn) IN (SELECT gi.editable_bezirke()));

-- The views below are owned by gi_owner and read the table as gi_owner: this policy lets them
-- see every row; what they show of it is their column list.
CREATE POLICY lmb_quota_owner_views ON gi.lmb_quota FOR SELECT TO gi_owner USING (true);

-- Only whether a school is at or above the threshold of the GI's school criterion (75 %, the
-- value of rgi_plugin/core/criteria_defaults.py), never the quota. A school without a quota has
-- no row (no data, not "below").
CREATE VIEW gi.lmb_threshold WITH (security_barrier) AS
    SELECT q.bsn, q.school_year, s.name AS school_name, s.bezirk_nr,
           (q.quota_percent >= 75.0) AS at_or_above_threshold, 75.0::numeric AS threshold_percent,
           q.example, q.data_note, q.origin, q.origin_source, s.geom
    FROM gi.lmb_quota q JOIN gi.school s USING (bsn);

-- The quotas with the school location, for an editor's map: RLS applies as the caller.
CREATE VIEW gi.lmb_quota_school WITH (security_invoker = true) AS
    SELECT q.bsn || ':' || q.school_year AS quota_id, q.bsn, q.school_year, s.name AS school_name, s.bezirk_nr,
           q.quota_percent, q.example, q.data_note, q.source, q.origin, q.changed_at, q.changed_by, s.geom
    FROM gi.lmb_quota q JOIN gi.school s USING (bsn);

-- -- triggers --------------------------------------------------------------------------------

DO $triggers$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['dataset_source', 'area_group', 'handlungsraum', 'handlungsraum_unit', 'department',
        'ressortbeitrag', 'ressortbeitrag_area', 'concept_document', 'planungsraum', 'mss', 'school',
        'handlungsraum_boundary', 'handlungsraum_composition', 'lmb_quota']
    LOOP
        EXECUTE format('CREATE TRIGGER %I BEFORE INSERT OR UPDATE ON gi.%I FOR EACH ROW EXECUTE FUNCTION gi.stamp_audit()',
                       t || '_audit', t);
    END LOOP;
END
$triggers$;

CREATE TRIGGER area_group_log AFTER INSERT OR UPDATE OR DELETE ON gi.area_group FOR EACH ROW EXECUTE FUNCTION gi.log_change('code');
CREATE TRIGGER handlungsraum_log AFTER INSERT OR UPDATE OR DELETE ON gi.handlungsraum FOR EACH ROW EXECUTE FUNCTION gi.log_change('code');
CREATE TRIGGER handlungsraum_unit_log AFTER INSERT OR UPDATE OR DELETE ON gi.handlungsraum_unit FOR EACH ROW EXECUTE FUNCTION gi.log_change('area_code');
CREATE TRIGGER department_log AFTER INSERT OR UPDATE OR DELETE ON gi.department FOR EACH ROW EXECUTE FUNCTION gi.log_change('id');
CREATE TRIGGER ressortbeitrag_log AFTER INSERT OR UPDATE OR DELETE ON gi.ressortbeitrag FOR EACH ROW EXECUTE FUNCTION gi.log_change('id');
CREATE TRIGGER ressortbeitrag_area_log AFTER INSERT OR UPDATE OR DELETE ON gi.ressortbeitrag_area FOR EACH ROW EXECUTE FUNCTION gi.log_change('programme_id');
CREATE TRIGGER concept_document_log AFTER INSERT OR UPDATE OR DELETE ON gi.concept_document FOR EACH ROW EXECUTE FUNCTION gi.log_change('id');
CREATE TRIGGER handlungsraum_boundary_log AFTER INSERT OR UPDATE OR DELETE ON gi.handlungsraum_boundary FOR EACH ROW EXECUTE FUNCTION gi.log_change('area_code');
CREATE TRIGGER handlungsraum_composition_log AFTER INSERT OR UPDATE OR DELETE ON gi.handlungsraum_composition FOR EACH ROW EXECUTE FUNCTION gi.log_change('area_code');

-- -- privileges ------------------------------------------------------------------------------
-- Whole tables and views only (no column grants: QGIS's Browser hides such tables).

GRANT SELECT ON gi.bezirk, gi.dataset_source, gi.area_group, gi.handlungsraum, gi.handlungsraum_unit, gi.department,
    gi.ressortbeitrag, gi.ressortbeitrag_area, gi.concept_document, gi.planungsraum, gi.mss, gi.mss_map, gi.school, gi.school_map,
    gi.handlungsraum_boundary, gi.handlungsraum_composition, gi.handlungsraum_map, gi.lmb_threshold, gi.change_log,
    gi.catalogue_document TO gi_reader;
GRANT EXECUTE ON FUNCTION gi.editable_bezirke() TO gi_reader;

GRANT INSERT, UPDATE, DELETE ON gi.area_group, gi.handlungsraum, gi.handlungsraum_unit, gi.department,
    gi.ressortbeitrag, gi.ressortbeitrag_area, gi.concept_document, gi.handlungsraum_boundary,
    gi.handlungsraum_composition
    TO gi_coordinator;
GRANT USAGE ON SEQUENCE gi.concept_document_id_seq TO gi_coordinator;

GRANT SELECT, INSERT, UPDATE, DELETE ON gi.lmb_quota TO gi_bezirk_editor;
GRANT SELECT ON gi.lmb_quota_school TO gi_bezirk_editor;

RESET ROLE;
REVOKE gi_owner FROM CURRENT_USER;
