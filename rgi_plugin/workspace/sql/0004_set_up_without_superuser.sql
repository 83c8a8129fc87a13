-- Shared GI workspace, version 4: an administrator who is no superuser fills the workspace too.
--
-- In the Land's clusters the GI's administrator is a login that may create roles (CREATEROLE)
-- and owns the database; a DBA has created PostGIS in it. Such an administrator fills an empty
-- workspace with the bundled catalogue as gi_owner (rgi_plugin/workspace/bundle.py, through
-- migrations.as_owner). Row-level security on the concept documents (version 3) is forced on the
-- owner too, so it is given a policy of its own; a superuser bypassed it, which is why
-- only a non-superuser set-up found the gap. Nobody logs in as gi_owner.
--
-- From PostgreSQL 16 on, a CREATEROLE login that creates a role becomes a member of it with the
-- ADMIN option only (it may grant the role, but holds none of its privileges). Membership
-- ('MEMBER') then no longer means "may act as"; the privileges of a role ('USAGE') still do, in
-- 15 as in 16 and later. So the Bezirke a login keeps are those whose role's privileges it has:
-- the administrator who created gi_bezirk_01..12 does not keep the quotas of all twelve.

GRANT gi_owner TO CURRENT_USER;
SET LOCAL ROLE gi_owner;

CREATE POLICY concept_document_owner ON gi.concept_document FOR ALL TO gi_owner USING (true) WITH CHECK (true);

CREATE OR REPLACE FUNCTION gi.editable_bezirke() RETURNS SETOF char(2) LANGUAGE sql STABLE AS $$
    SELECT nr FROM gi.bezirk WHERE pg_has_role(editor_role, 'USAGE')
$$;

RESET ROLE;
REVOKE gi_owner FROM CURRENT_USER;
