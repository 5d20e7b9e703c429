-- The search looks for the newest matches by walking the register in date order (the date a
-- document is kept by: its own date, or the day it arrived, or for an undated draft the day it was
-- made), newest first, and testing each document's stored tsvector; date filters become a range of
-- the same index. The incoming register is kept by the day documents arrived.
CREATE INDEX IF NOT EXISTS documents_register_key ON documents
  ((coalesce(issued_on, received_on, (created_at AT TIME ZONE 'UTC')::date)) DESC, id DESC);
CREATE INDEX IF NOT EXISTS documents_incoming_key ON documents
  ((coalesce(received_on, (created_at AT TIME ZONE 'UTC')::date)) DESC, id DESC) WHERE direction = 'in';
