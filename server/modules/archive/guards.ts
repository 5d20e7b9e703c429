// Checks that the archive's sub-features share, run inside their own transactions after the
// service's role check: the file locked for an action its state allows, and no legal hold on files
// about to be destroyed. No SQL here (queries.ts) and no role checks (the services).
import { type FileAction, fileActionProblem } from '../../../domain/archive/rules.ts';
import type { Who } from '../../auth/actor.ts';
import type { Db } from '../../db/client.ts';
import { notFound, RuleError } from '../../http/errors.ts';
import { activeHoldsOn, type FileRow, lockFile } from './queries.ts';

/** The account's id for the columns that say who did something; null for the system. */
export const userIdOf = (who: Who): number | null => who?.userId ?? null;

/** The file locked for a change, visible to the account (404) and in a state that allows the action. */
export async function lockFileFor(tx: Db, who: Who, id: number, action: FileAction): Promise<FileRow> {
  const f = await lockFile(tx, who, id);
  if (!f) throw notFound('Hồ sơ');
  const problem = fileActionProblem({ status: f.status, declared: f.declared_at !== null }, action);
  if (problem) throw new RuleError(`file_${f.status}`, problem);
  return f;
}

/** 422 `legal_hold` when an active hold covers any of the files (or one of their records). */
export async function requireNoHolds(tx: Db, fileIds: number[]): Promise<void> {
  const holds = await activeHoldsOn(tx, fileIds);
  if (holds.length > 0) {
    const codes = [...new Set(holds.map((h) => h.code))].join(', ');
    throw new RuleError(
      'legal_hold',
      `Hồ sơ ${codes} đang bị tạm giữ (${holds[0]?.reason}): không được tiêu hủy cho đến khi gỡ lệnh tạm giữ.`,
      { holdIds: holds.map((h) => Number(h.id)) },
    );
  }
}
