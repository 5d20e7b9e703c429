// Links between areas that neither area should know about: registered once when a runtime opens.
import type { RequestCtx } from './auth/actor.ts';
import type { Db } from './db/client.ts';
import { AppError } from './http/errors.ts';
import { recordGuard } from './modules/archive/service.ts';
import { registerDirectionTaskCreator } from './modules/documents/handling/service.ts';
import { registerRecordGuard } from './modules/documents/service.ts';
import { itemIdsOfProgram, itemRef, programsOfItems } from './modules/programs/items/service.ts';
import { createTaskInTx, registerProgramItems } from './modules/tasks/service.ts';

/**
 * A leader's direction with a lead unit and a deadline becomes a tracked task whose source is the
 * document (its symbol is the directive reference). When the lead unit is outside the leader's own
 * scope, or the person named does not belong to it, the direction is kept without a task rather
 * than refused: the document's routing matters more than the tracking.
 */
async function taskFromDirection(
  tx: Db,
  ctx: RequestCtx,
  input: {
    title: string;
    orgId: number;
    assigneeId?: number;
    coordinatingOrgIds: number[];
    dueOn: string;
    documentId: number;
    ref: string;
  },
): Promise<number | null> {
  const base = {
    title: input.title,
    orgId: input.orgId,
    coordinatingOrgIds: input.coordinatingOrgIds,
    dueOn: input.dueOn,
    source: { kind: 'document' as const, id: input.documentId, ref: input.ref },
  };
  const attempts = input.assigneeId ? [{ ...base, assigneeId: input.assigneeId }, base] : [base];
  for (const attempt of attempts) {
    try {
      // A savepoint: a refused attempt leaves the direction's transaction usable.
      const task = await tx.transaction((sp) => createTaskInTx(sp, ctx, attempt));
      return task.id;
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
    }
  }
  return null;
}

export function registerIntegrations(): void {
  // A declared record is refused with the archive's clear message before the database refuses it.
  registerRecordGuard(recordGuard);
  registerDirectionTaskCreator(taskFromDirection);
  // A task given from a programme item records the item; the programmes area answers for its items.
  registerProgramItems({ item: itemRef, programsOf: programsOfItems, itemsOf: itemIdsOfProgram });
}
