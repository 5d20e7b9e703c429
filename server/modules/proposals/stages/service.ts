// Moves along the chain, each recorded with who, when and why. Forward to any later stage (a thematic
// report may need no consultation); back only with a reason (returned for rework). Recording the
// standing committee's conclusion and the issue are a leader's acts and need the conclusion's and the
// issued document's references. Moving past consultation ends the open rounds; the issue turns the
// measures into tasks, all in the move's one transaction.
import { STAGE_LABELS, STAGES } from '../../../../domain/proposals/labels.ts';
import type { moveStageBody } from '../../../../domain/proposals/schemas.ts';
import { isAdopted, isBefore, moveProblem, stageIndex } from '../../../../domain/proposals/stages.ts';
import type { z } from '../../../../domain/validation.ts';
import type { RequestCtx } from '../../../auth/actor.ts';
import { authorize } from '../../../auth/authorize.ts';
import { type Deps, transact } from '../../../deps.ts';
import { forbidden, RuleError, ValidationError } from '../../../http/errors.ts';
import { recordAudit } from '../../audit/service.ts';
import { closeOpenRoundsInTx } from '../consultation/service.ts';
import { tasksFromMeasuresInTx } from '../measures/service.ts';
import type { ProposalDetail } from '../presenter.ts';
import * as pq from '../queries.ts';
import { detailOf, proposalFor } from '../service.ts';

const CONCLUSION = stageIndex('conclusion');

function required(fields: { path: string; label: string; message: string }[]): never {
  throw new ValidationError(fields.map((f) => `${f.label}: ${f.message}`).join('; '), { fields });
}

export async function move(
  deps: Deps,
  ctx: RequestCtx,
  id: number,
  input: z.infer<typeof moveStageBody>,
): Promise<ProposalDetail> {
  const actor = authorize(ctx, 'proposal.manage');
  return transact(deps, async (tx) => {
    const leaderAct = stageIndex(input.stage) >= CONCLUSION;
    const found = await proposalFor(tx, ctx, id, { right: leaderAct ? 'conclude' : 'manage', lock: true });
    const { row } = found;
    // Taking an issued scheme back is the leader's call too.
    if (isAdopted(row.stage) && !found.can.conclude) {
      throw forbidden('Đề án đã ban hành: chỉ lãnh đạo mới chuyển về bước trước.');
    }
    const problem = moveProblem(row.stage, input.stage, input.note);
    if (problem) throw new RuleError('stage_move', problem);
    const missing: { path: string; label: string; message: string }[] = [];
    const need = (ok: boolean, path: string, label: string) => {
      if (!ok)
        missing.push({
          path,
          label,
          message: `bắt buộc khi chuyển sang bước «${STAGE_LABELS[input.stage]}»`,
        });
    };
    if (leaderAct) {
      need(!!(input.conclusionRef || row.conclusion_ref), 'conclusionRef', 'Số thông báo kết luận');
      need(!!(input.conclusionOn || row.conclusion_on), 'conclusionOn', 'Ngày kết luận');
    }
    if (isAdopted(input.stage)) {
      need(!!(input.issuedRef || row.issued_ref), 'issuedRef', 'Số ký hiệu văn bản ban hành');
      need(!!(input.issuedOn || row.issued_on), 'issuedOn', 'Ngày ban hành');
    }
    if (missing.length > 0) required(missing);

    const closed = isBefore('consultation', input.stage) ? await closeOpenRoundsInTx(tx, ctx, id) : 0;
    await pq.setStage(tx, id, input);
    const skipped = STAGES.filter((s) => isBefore(row.stage, s) && isBefore(s, input.stage)).map(
      (s) => STAGE_LABELS[s],
    );
    const note = [
      input.note?.trim(),
      skipped.length > 0 ? `Không qua bước: ${skipped.join(', ')}` : '',
      closed > 0 ? `Kết thúc ${closed} đợt lấy ý kiến đang mở` : '',
      input.conclusionRef ? `Kết luận số ${input.conclusionRef}` : '',
      input.issuedRef ? `Ban hành: ${input.issuedRef}` : '',
    ]
      .filter(Boolean)
      .join('. ');
    await pq.insertEvent(tx, {
      proposalId: id,
      from: row.stage,
      to: input.stage,
      note: note || null,
      actorId: actor.userId,
    });
    const moved = (await pq.byId(tx, id)) as pq.ProposalRow;
    const tasks =
      isAdopted(input.stage) && !isAdopted(row.stage) ? await tasksFromMeasuresInTx(tx, ctx, moved) : 0;
    const after = await detailOf(tx, ctx, { row: moved, can: found.can });
    await recordAudit(tx, ctx, {
      action: 'proposal.stage',
      entity: pq.ENTITY,
      entityId: id,
      orgId: row.org_id,
      before: { stage: row.stage, conclusionRef: row.conclusion_ref, issuedRef: row.issued_ref },
      after: {
        stage: after.stage,
        note,
        tasks,
        conclusionRef: after.conclusionRef,
        issuedRef: after.issuedRef,
      },
    });
    return after;
  });
}
