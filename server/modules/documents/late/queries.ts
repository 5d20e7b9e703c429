// SQL of the late signatures: submissions whose due date from the working regulation passed before
// the signer answered (or while they still have not).
import { sql } from 'drizzle-orm';
import type { Actor } from '../../../auth/actor.ts';
import { inScope } from '../../../auth/queries.ts';
import type { Db } from '../../../db/client.ts';
import { rows } from '../../../db/sql.ts';
import { docVisible } from '../queries.ts';

export interface LateSignatureRow {
  id: number;
  type_code: string;
  summary: string;
  status: string;
  signer_name: string | null;
  org_id: number;
  org_name: string;
  due_on: string;
  done_on: string | null;
  rule_article: string | null;
}

/**
 * Submissions due in [from, today) not answered by their due date. The unit answerable is the
 * signer's; the register's access rule and the viewer's scope over that unit are part of the query.
 */
export function lateSignatures(db: Db, actor: Actor, from: string, today: string) {
  return rows<LateSignatureRow>(
    db,
    sql`SELECT d.id, d.type_code, d.summary, d.status, d.signer_name, s.org_id, so.name AS org_name,
               d.sign_due_on::text AS due_on, d.sign_done_on::text AS done_on, d.sign_rule_article AS rule_article
          FROM documents d JOIN users s ON s.id = d.signer_id JOIN orgs so ON so.id = s.org_id
         WHERE d.sign_due_on >= ${from}::date AND d.sign_due_on < ${today}::date
           AND d.sign_due_on < COALESCE(d.sign_done_on, ${today}::date)
           AND d.status <> 'cancelled'
           AND ${docVisible(actor)} AND ${inScope(actor, sql`s.org_id`)}
         ORDER BY d.sign_due_on, d.id LIMIT 500`,
  );
}
