// Storing a file before the row that references it, the project's way (server/files/references.ts):
// an intent is committed first, the file goes into the store, and the transaction that commits the
// row closes the intent. A crash in between leaves the intent, and the next start removes the unused
// file; a failure without a crash is cleaned up here at once.
import type { Deps } from '../deps.ts';
import { fromFileSystem, UnavailableError } from '../http/errors.ts';
import { otherIntent } from './queries.ts';
import { closeIntent, isReferenced, openIntent } from './references.ts';

export interface Stored {
  intent: number;
  sha256: string;
}

export async function storeWithIntent(deps: Deps, tempPath: string, sha256: string): Promise<Stored> {
  const intent = await openIntent(deps.database.db, sha256);
  try {
    await deps.files.putFile(tempPath, sha256);
  } catch (err) {
    await closeIntent(deps.database.db, intent);
    // Whatever the file system says (full, read-only, gone), the file is not stored.
    throw (
      fromFileSystem(err) ??
      new UnavailableError(
        'storage_unavailable',
        'Không ghi được vào kho tệp của máy chủ: tệp chưa được lưu. Báo quản trị hệ thống.',
      )
    );
  }
  return { intent, sha256 };
}

/** After a failed transaction: files no row uses (and no other upload is storing) leave the store. */
export async function abandon(deps: Deps, stored: readonly Stored[]): Promise<void> {
  const db = deps.database.db;
  for (const s of stored) {
    try {
      const other = await otherIntent(db, s.sha256, s.intent);
      if (!other && !(await isReferenced(db, s.sha256))) await deps.files.remove(s.sha256);
      await closeIntent(db, s.intent);
    } catch (err) {
      // The intent stays: the next start's recovery sweep finishes the job.
      deps.log.warn({ err: String(err), sha: s.sha256 }, 'could not clean up a stored file after a failure');
    }
  }
}
