-- A search filtered by type or direction walks that type's or direction's documents in the register's
-- date order (newest first) and tests each one's words, instead of walking the whole register and
-- skipping the other documents: a common word in one type of a city's register read hundreds of
-- thousands of rows to find its 1,000 newest matches. The incoming register is kept by the day
-- documents arrived (its own partial indexes); the others by their own date. Type and direction
-- together have their own, so a type of outgoing or internal documents is one range too.
CREATE INDEX IF NOT EXISTS documents_type_key ON documents
  (type_code, (coalesce(issued_on, received_on, (created_at AT TIME ZONE 'UTC')::date)) DESC, id DESC);
CREATE INDEX IF NOT EXISTS documents_direction_key ON documents
  (direction, (coalesce(issued_on, received_on, (created_at AT TIME ZONE 'UTC')::date)) DESC, id DESC);
CREATE INDEX IF NOT EXISTS documents_incoming_type_key ON documents
  (type_code, (coalesce(received_on, (created_at AT TIME ZONE 'UTC')::date)) DESC, id DESC) WHERE direction = 'in';
CREATE INDEX IF NOT EXISTS documents_direction_type_key ON documents
  (direction, type_code, (coalesce(issued_on, received_on, (created_at AT TIME ZONE 'UTC')::date)) DESC, id DESC)
  WHERE direction <> 'in';
