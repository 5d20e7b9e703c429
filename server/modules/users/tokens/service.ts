// Personal API tokens (Bearer) for scripts: each account manages its own; a token is shown once and
// only its hash is kept (server/auth/sessions.ts checks it on every request).
import type { RequestCtx } from '../../../auth/actor.ts';
import { signedIn } from '../../../auth/authorize.ts';
import { newApiToken } from '../../../auth/sessions.ts';
import { type Deps, transact } from '../../../deps.ts';
import { notFound } from '../../../http/errors.ts';
import { recordAudit } from '../../audit/service.ts';
import { type ApiTokenList, type NewApiTokenJson, presentToken } from './presenter.ts';
import * as q from './queries.ts';

export async function createToken(deps: Deps, ctx: RequestCtx, name: string): Promise<NewApiTokenJson> {
  const actor = signedIn(ctx);
  const t = newApiToken();
  return transact(deps, async (tx) => {
    const row = await q.insert(tx, { userId: actor.userId, name, hash: t.hash, prefix: t.prefix });
    await recordAudit(tx, ctx, {
      action: 'auth.token_created',
      entity: 'api_token',
      entityId: row.id,
      after: presentToken(row),
    });
    // The token is shown once; only its hash is kept.
    return { ...presentToken(row), token: t.token };
  });
}

export async function listTokens(deps: Deps, ctx: RequestCtx): Promise<ApiTokenList> {
  const actor = signedIn(ctx);
  return { items: (await q.listOf(deps.database.db, actor.userId)).map(presentToken) };
}

export async function revokeToken(deps: Deps, ctx: RequestCtx, id: number): Promise<void> {
  const actor = signedIn(ctx);
  await transact(deps, async (tx) => {
    const row = await q.revoke(tx, id, actor.userId);
    if (!row) throw notFound('Mã truy cập');
    await recordAudit(tx, ctx, {
      action: 'auth.token_revoked',
      entity: 'api_token',
      entityId: id,
      after: presentToken(row),
    });
  });
}
