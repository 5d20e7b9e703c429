-- The search walks the register newest first and tests each document's stored tsvector. Kept out of
-- line (TOAST, the default for a value past about 2 kB) each tested row cost a heap page, a TOAST
-- index page and a TOAST page; kept in the row, compressed, it costs the heap page. The document's
-- text and files' text stay out of line, so rows stay short enough for several per page.
-- Rows written before this keep their layout until rewritten (`VACUUM FULL documents`, docs/operations.md).
ALTER TABLE documents ALTER COLUMN search SET STORAGE MAIN;
