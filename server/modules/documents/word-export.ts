// Gathers what the Word layout needs for one visible document.
import { sql } from 'drizzle-orm';
import type { RequestCtx } from '../../auth/actor.ts';
import { one } from '../../db/sql.ts';
import type { Deps } from '../../deps.ts';
import { notFound } from '../../http/errors.ts';
import { actorOf } from './access.ts';
import * as q from './queries.ts';
import { documentToDocx } from './word.ts';

export async function documentWord(deps: Deps, ctx: RequestCtx, id: number) {
  const actor = actorOf(ctx);
  const db = deps.database.db;
  const doc = await q.visibleById(db, actor, id);
  if (!doc) throw notFound('Văn bản');
  const issuerId = doc.issuer_org_id ?? doc.owner_org_id;
  const issuer = await one<{ name: string; parent_name: string | null }>(
    db,
    sql`SELECT o.name, p.name AS parent_name FROM orgs o LEFT JOIN orgs p ON p.id = o.parent_id WHERE o.id = ${issuerId}`,
  );
  const recipients = (await q.recipients(db, id)).map((r) => r.name);
  const buffer = await documentToDocx({
    typeCode: doc.type_code,
    symbol: doc.symbol,
    summary: doc.summary,
    content: doc.content,
    secrecy: doc.secrecy,
    urgency: doc.urgency,
    issuedOn: doc.issued_on,
    place: doc.place,
    issuerName: doc.direction === 'in' ? (doc.issuer_name ?? issuer?.name ?? '') : (issuer?.name ?? ''),
    superiorName: doc.direction === 'in' ? null : (issuer?.parent_name ?? null),
    signAuthority: doc.sign_authority,
    signerTitle: doc.signer_title,
    signerName: doc.signer_name,
    recipients,
  });
  const name = `${(doc.symbol ?? `du-thao-${id}`).replace(/[/\\]/g, '-')}.docx`;
  return { buffer, name };
}
