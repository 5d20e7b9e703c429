// JSON shapes of transfers (chuyển sinh hoạt), residences and the residence's yearly comments.
import { z } from '@hono/zod-openapi';
import { TRANSFER_KIND_LABELS, TRANSFER_KINDS } from '../../../../domain/members/records.ts';
import { MemberRecord } from '../presenter.ts';
import type { ResidenceRow, TransferRow } from './queries.ts';

const int = () => z.number().int();
const date = () => z.string().openapi({ format: 'date' });

export const MemberTransfer = z
  .object({
    id: int(),
    memberId: int(),
    fullName: z.string(),
    kind: z.enum(TRANSFER_KINDS),
    kindLabel: z.string(),
    /** internal: between units of this system; out / in: to or from a unit outside it. */
    direction: z.enum(['internal', 'out', 'in']),
    fromOrgId: int().nullable(),
    fromName: z.string().nullable(),
    toOrgId: int().nullable(),
    toName: z.string().nullable(),
    paperNo: z.string(),
    outOn: date().nullable(),
    inOn: date().nullable(),
    untilOn: date().nullable(),
    state: z.enum(['pending', 'done', 'ended', 'cancelled']),
    note: z.string().nullable(),
  })
  .openapi('MemberTransfer');
export type MemberTransfer = z.infer<typeof MemberTransfer>;

export const MemberTransferList = z.object({ items: z.array(MemberTransfer) }).openapi('MemberTransferList');

export const MemberTransferIn = z
  .object({ member: MemberRecord, transfer: MemberTransfer })
  .openapi('MemberTransferIn');

export const MemberMoves = z
  .object({
    transfers: z.array(MemberTransfer),
    residences: z.array(
      z.object({
        id: int(),
        place: z.string(),
        residenceOrgId: int().nullable(),
        residenceOrgName: z.string().nullable(),
        registeredOn: date(),
        endedOn: date().nullable(),
      }),
    ),
    residenceComments: z.array(
      z.object({ year: int(), comment: z.string(), commentedOn: date(), by: z.string().nullable() }),
    ),
  })
  .openapi('MemberMoves');
export type MemberMoves = z.infer<typeof MemberMoves>;

export function presentTransfer(t: TransferRow): MemberTransfer {
  return {
    id: t.id,
    memberId: t.member_id,
    fullName: t.full_name,
    kind: t.kind,
    kindLabel: TRANSFER_KIND_LABELS[t.kind],
    direction: t.direction,
    fromOrgId: t.from_org_id,
    fromName: t.from_org_name ?? t.from_name,
    toOrgId: t.to_org_id,
    toName: t.to_org_name ?? t.to_name,
    paperNo: t.paper_no,
    outOn: t.out_on,
    inOn: t.in_on,
    untilOn: t.until_on,
    state: t.state,
    note: t.note,
  };
}

export function presentMoves(
  transfers: readonly TransferRow[],
  residences: readonly ResidenceRow[],
  comments: readonly { year: number; comment: string; commented_on: string; by_name: string | null }[],
): MemberMoves {
  return {
    transfers: transfers.map(presentTransfer),
    residences: residences.map((r) => ({
      id: r.id,
      place: r.place,
      residenceOrgId: r.residence_org_id,
      residenceOrgName: r.residence_org_name,
      registeredOn: r.registered_on,
      endedOn: r.ended_on,
    })),
    residenceComments: comments.map((c) => ({
      year: c.year,
      comment: c.comment,
      commentedOn: c.commented_on,
      by: c.by_name,
    })),
  };
}
