-- What a document's file is: an attachment of the draft or of the register (the default), or the
-- signed original (bản gốc đã ký: the issued paper scanned after it was numbered, stamped and signed,
-- or the digitally signed file). Only a signed original may be added once the document is issued.
ALTER TABLE document_files
  ADD COLUMN kind text NOT NULL DEFAULT 'attachment' CHECK (kind IN ('attachment', 'signed_original'));
