-- Shared GI workspace, version 4: an administrator who is no superuser fills the workspace too.
--
-- In the Land's clusters the GI's administrator is a login that may create roles (CREATEROLE)
-- and owns the database; a DBA has created PostGIS in it. Such an administrator fills an empty
-- workspace with the bundled catalogue as gi_owner (rgi_plugin/workspace/bundle.py, through
-- migrations.as_owner). Row-level security on the concept documents (version 3) is forced on the
-- owner too, so it is given a policy of its own; a superuser bypassed it, which is why
-- only a non-superuser set-up found the gap. Nobody logs in as gi_owner.

GRANT gi_owner TO CURRENT_USER;
SET LOCAL ROLE gi_owner;

CREATE POLICY concept_document_owner ON gi.concept_document FOR ALL TO gi_owner USING (true) WITH CHECK (true);

RESET ROLE;
REVOKE gi_owner FROM CURRENT_USER;
