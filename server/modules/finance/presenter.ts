// JSON shape of the remittance of party fees up the tree (the stable API): the asked unit's
// totals and one line per unit of its subtree.
import { z } from '@hono/zod-openapi';
import type { Remittance } from '../../../domain/finance/remittance.ts';

const dong = () => z.number().int();

export const RemittanceLine = z
  .object({ orgId: z.number().int(), collected: dong(), kept: dong(), remitted: dong() })
  .openapi('RemittanceLine');

export const FeeRemittance = z
  .object({
    /** Đồng that reached the unit: its members' payments plus what the units below remitted. */
    collected: dong(),
    /** The unit's own share. */
    kept: dong(),
    /** Sent to the level above. */
    remitted: dong(),
    lines: z.array(RemittanceLine),
  })
  .openapi('FeeRemittance');
export type FeeRemittance = z.infer<typeof FeeRemittance>;

export function presentRemittance(r: Remittance): FeeRemittance {
  return {
    collected: r.collected,
    kept: r.kept,
    remitted: r.remitted,
    lines: r.lines.map((l) => ({
      orgId: l.orgId,
      collected: l.collected,
      kept: l.kept,
      remitted: l.remitted,
    })),
  };
}
