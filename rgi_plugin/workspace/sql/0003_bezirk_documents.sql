-- Shared GI workspace, version 3: the SPK of each Bezirk keeps the concept documents of its areas.
--
-- The Senate's coordinators keep the whole catalogue; a Bezirk editor (a member of a
-- gi_bezirk_NN role) adds and changes the concept documents (gi.concept_document) of the
-- Handlungsräume lying in their Bezirk(e). Row-level security decides, as for the Lmb quotas;
-- everyone in the GI still reads every document.

GRANT gi_owner TO CURRENT_USER;
SET LOCAL ROLE gi_owner;
SET LOCAL search_path = gi, public;

-- The areas whose concept documents the calling login keeps as a Bezirk editor: those lying in
-- a Bezirk whose gi_bezirk_NN role it is a member of (evaluated for the caller, for the policy).
CREATE FUNCTION gi.editable_areas() RETURNS SETOF text LANGUAGE sql STABLE AS $$
    SELECT h.code FROM gi.handlungsraum h
    WHERE h.bezirke && ARRAY(SELECT b.name FROM gi.bezirk b WHERE b.nr IN (SELECT gi.editable_bezirke()))
$$;
GRANT EXECUTE ON FUNCTION gi.editable_areas() TO gi_reader;

ALTER TABLE gi.concept_document ENABLE ROW LEVEL SECURITY;
ALTER TABLE gi.concept_document FORCE ROW LEVEL SECURITY;

-- Every role that may read the table (gi_reader and the roles that are members of it, and the
-- owner for the catalogue document) reads every row.
CREATE POLICY concept_document_read ON gi.concept_document FOR SELECT USING (true);
CREATE POLICY concept_document_coordinator ON gi.concept_document FOR ALL TO gi_coordinator
    USING (true) WITH CHECK (true);
-- A Bezirk editor changes only documents of the areas of their Bezirk(e), and cannot move one elsewhere.
CREATE POLICY concept_document_bezirk ON gi.concept_document FOR ALL TO gi_bezirk_editor
    USING (area_code IN (SELECT gi.editable_areas())) WITH CHECK (area_code IN (SELECT gi.editable_areas()));

GRANT INSERT, UPDATE, DELETE ON gi.concept_document TO gi_bezirk_editor;
GRANT USAGE ON SEQUENCE gi.concept_document_id_seq TO gi_bezirk_editor;

RESET ROLE;
REVOKE gi_owner FROM CURRENT_USER;
