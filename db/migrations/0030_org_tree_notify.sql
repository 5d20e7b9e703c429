-- The embedded server knows the units' version without reading it: one process owns a PGlite data
-- directory (server/db/lock.ts), so every commit that changes the units passes through it, and this
-- notification (delivered with the COMMIT's answer, before the committing caller goes on) tells it the
-- version it holds is no longer current (server/modules/orgs/tree-cache.ts). Sent only when a
-- transaction actually bumps the counter (once per transaction, like the bump), and only on commit:
-- PostgreSQL drops the notifications of a rolled-back transaction. On a PostgreSQL server nobody
-- listens (servers there keep reading the version per request), and a NOTIFY nobody listens to costs
-- one entry in the queue at commit.
CREATE OR REPLACE FUNCTION bump_org_tree_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('vanphong.org_tree_bumped', true) IS DISTINCT FROM txid_current()::text THEN
    UPDATE cache_versions SET version = version + 1 WHERE name = 'org_tree';
    PERFORM set_config('vanphong.org_tree_bumped', txid_current()::text, true);
    PERFORM pg_notify('vanphong_org_tree', '');
  END IF;
  RETURN NULL;
END
$$;
