-- Versions of data that the servers cache (GET /api/orgs/tree): a counter per cached thing, bumped by
-- the database itself in the transaction of every write to the tables the cache is built from, so no
-- write path can forget it (the services, the demo, a restore, the benchmark's COPY, psql) and two
-- app servers on one database see the same version. A server compares the version (one primary-key
-- read per request) with the one its cached copy was built at, and rebuilds when they differ.
--
-- Derived state: not in backups (server/backup/catalog.ts lists it as ephemeral); a restored database
-- keeps its own row, which the restore's inserts bump.
CREATE TABLE cache_versions (
  name    text PRIMARY KEY,
  version bigint NOT NULL
);
INSERT INTO cache_versions (name, version) VALUES ('org_tree', 1);

-- Bumps 'org_tree' once per transaction. The triggers below are deferred to the commit, so the row lock
-- on the counter is the last lock a writing transaction takes (held only while it commits): two
-- transactions that change units never wait on each other's counter while holding units' rows.
CREATE FUNCTION bump_org_tree_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('vanphong.org_tree_bumped', true) IS DISTINCT FROM txid_current()::text THEN
    UPDATE cache_versions SET version = version + 1 WHERE name = 'org_tree';
    PERFORM set_config('vanphong.org_tree_bumped', txid_current()::text, true);
  END IF;
  RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER orgs_tree_version AFTER INSERT OR UPDATE OR DELETE ON orgs
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_org_tree_version();
CREATE CONSTRAINT TRIGGER org_versions_tree_version AFTER INSERT OR UPDATE OR DELETE ON org_versions
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_org_tree_version();
CREATE CONSTRAINT TRIGGER org_links_tree_version AFTER INSERT OR UPDATE OR DELETE ON org_links
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_org_tree_version();
-- TRUNCATE has no row triggers (and constraint triggers are row triggers): bumped at once.
CREATE TRIGGER orgs_tree_version_truncate AFTER TRUNCATE ON orgs
  FOR EACH STATEMENT EXECUTE FUNCTION bump_org_tree_version();
CREATE TRIGGER org_versions_tree_version_truncate AFTER TRUNCATE ON org_versions
  FOR EACH STATEMENT EXECUTE FUNCTION bump_org_tree_version();
CREATE TRIGGER org_links_tree_version_truncate AFTER TRUNCATE ON org_links
  FOR EACH STATEMENT EXECUTE FUNCTION bump_org_tree_version();
