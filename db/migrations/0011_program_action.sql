-- Action programmes (chương trình hành động): a programme of kind 'action' concretises a resolution or
-- directive studied at its level (Chỉ thị 01-CT/TW 2016), with the same cascade and copy-check as any
-- programme. The text is a document of the system (resolution_document_id) or a reference written by
-- hand; resolution_key (domain/resolution.ts) matches both, so a lower unit finds its superior's
-- action programme for the same text.
ALTER TABLE programs DROP CONSTRAINT programs_kind_check;
ALTER TABLE programs ADD CONSTRAINT programs_kind_check
  CHECK (kind IN ('term','year','quarter','month','week','action'));
ALTER TABLE programs
  ADD COLUMN resolution_document_id bigint REFERENCES documents(id),
  ADD COLUMN resolution_ref text,
  ADD COLUMN resolution_title text,
  ADD COLUMN resolution_key text;
ALTER TABLE programs ADD CONSTRAINT programs_action_resolution
  CHECK ((kind = 'action') = (resolution_key IS NOT NULL)
         AND (resolution_key IS NULL OR (resolution_ref IS NOT NULL AND resolution_title IS NOT NULL)));
CREATE INDEX programs_resolution ON programs (resolution_key, owner_org_id) WHERE resolution_key IS NOT NULL;
