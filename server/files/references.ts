// Which columns hold the hash of a stored file. Every module that stores files lists its columns
// here, so that sweeps (crash recovery, fixity, disposal) know whether a file is still used.
import type { Db } from '../db/client.ts';
import * as q from './queries.ts';

export const FILE_COLUMNS: readonly q.FileColumn[] = [
  { table: 'document_files', column: 'sha256' }, // documents' files, scans of digitised documents
  { table: 'document_files', column: 'ocr_sha256' }, // their searchable PDF/A
  { table: 'task_files', column: 'sha256' }, // evidence and products of tasks
  { table: 'meeting_files', column: 'sha256' }, // materials, signed minutes and resolutions of meetings
  { table: 'study_reflections', column: 'sha256' }, // written reflections on a studied resolution
  { table: 'archive_disposal_lists', column: 'minutes_sha256' }, // destruction minutes (Word)
  { table: 'proposal_versions', column: 'sha256' }, // versions of schemes (Word)
  { table: 'congress_candidate_files', column: 'sha256' }, // papers of congress candidates' dossiers
  { table: 'congress_document_versions', column: 'file_sha256' }, // congress papers uploaded in Word
];

export function isReferenced(db: Db, sha256: string): Promise<boolean> {
  return q.referenced(db, FILE_COLUMNS, sha256);
}

/** Intent rows: committed before a file is stored, removed with the row that references it. */
export function openIntent(db: Db, sha256: string): Promise<number> {
  return q.insertIntent(db, sha256);
}

export function closeIntent(tx: Db, id: number): Promise<void> {
  return q.deleteIntent(tx, id);
}

/** Leftover intents (a crash between storing and committing): their unused files are removed. */
export async function sweepIntents(db: Db, remove: (sha256: string) => Promise<void>): Promise<number> {
  let removed = 0;
  for (const intent of await q.allIntents(db)) {
    if (!(await isReferenced(db, intent.sha256))) {
      await remove(intent.sha256);
      removed++;
    }
    await q.deleteIntent(db, intent.id);
  }
  return removed;
}
