-- What waits on an account (the staff home): outgoing documents submitted for signature or signed
-- and waiting for their number are a handful at any time, but without an index counting them read
-- the whole register (1.7 s for a city's 1,000,000 documents, on every home page). Open tasks are a
-- third of the tracker; the home counts those due this week or overdue.
CREATE INDEX IF NOT EXISTS documents_waiting ON documents (status, signer_id)
  WHERE direction = 'out' AND status IN ('submitted', 'approved');
CREATE INDEX IF NOT EXISTS tasks_open_due ON tasks (due_on, owner_org_id) WHERE progress < 100;
