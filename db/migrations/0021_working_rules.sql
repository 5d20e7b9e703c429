-- The working rules as data (docs/rules.md).
--
-- The working-day calendar: weekends and public holidays are computed (domain/workdays/); an
-- administrator enters only what the government adds or swaps in a given year: a day off
-- (nghỉ bù, hoán đổi) or a weekend day worked in exchange (làm bù). One entry per date.
CREATE TABLE calendar_days (
  day        date PRIMARY KEY,
  kind       text NOT NULL CHECK (kind IN ('off', 'work')),
  note       text NOT NULL CHECK (length(note) BETWEEN 1 AND 200),
  created_by integer REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
