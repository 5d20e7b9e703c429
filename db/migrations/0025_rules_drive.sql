-- The working regulation drives submissions for signature and directed tasks (docs/rules.md).
--
-- A submission for signature (trình ký) whose unit has a signing rule gets its due date from it: the
-- document keeps the regulation's version and the article, so a later version changes nothing, and
-- the day it was signed or returned, so that a late signature stays visible on the dashboard.
ALTER TABLE documents
  ADD COLUMN sign_due_on date,
  ADD COLUMN sign_rule_id integer REFERENCES work_rule_regulations(id),
  ADD COLUMN sign_rule_article text,
  ADD COLUMN sign_done_on date;
CREATE INDEX documents_sign_due ON documents (sign_due_on) WHERE sign_due_on IS NOT NULL;

-- A leader's direction given without a deadline takes the regulation's time to handle: the direction
-- keeps the article it was counted under.
ALTER TABLE document_directions
  ADD COLUMN work_rule_id integer REFERENCES work_rule_regulations(id),
  ADD COLUMN rule_article text;

-- A task whose due date came from the regulation keeps the version and the article, shown next to it.
ALTER TABLE tasks
  ADD COLUMN work_rule_id integer REFERENCES work_rule_regulations(id),
  ADD COLUMN rule_article text;
