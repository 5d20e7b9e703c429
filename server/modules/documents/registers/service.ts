// The registers (sổ đăng ký văn bản đến / đi) for a date range, as Excel with Vietnamese headers:
// the documents the reader may see.
import type { RequestCtx } from '../../../auth/actor.ts';
import { signedIn } from '../../../auth/authorize.ts';
import type { Deps } from '../../../deps.ts';
import { registerWorkbook } from './presenter.ts';
import { registerRows } from './queries.ts';

export async function registerExport(
  deps: Deps,
  ctx: RequestCtx,
  f: { direction: 'in' | 'out'; from: string; to: string; orgId?: number | undefined },
): Promise<{ buffer: Buffer; name: string }> {
  const actor = signedIn(ctx);
  const list = await registerRows(deps.database.db, actor, f);
  return {
    buffer: await registerWorkbook(f, list),
    name: `so-van-ban-${f.direction === 'in' ? 'den' : 'di'}-${f.from}-${f.to}.xlsx`,
  };
}
